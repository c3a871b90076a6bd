/**
 * The registry of live connections (sync sockets and control sockets), tagged with who holds them,
 * so that revoking a link, removing a person or signing out closes their sockets at once — in this
 * process directly, and in any other through the bus (`endConnections`).
 */
import { CloseCode, LIMITS } from '@cb/shared/protocol';
import type { Bus, ConnectionSelector } from './bus/Bus.ts';

/** setTimeout's longest delay; a later expiry is re-armed when it comes round. */
const MAX_DELAY_MS = 2_147_483_647;

export interface Tagged {
  conferenceId: string;
  participantId: string | null;
  linkId: string | null;
  sessionTokenHash: string | null;
  /** When the link or session behind it stops being valid (epoch ms), or null. */
  expiresAt: number | null;
}

export interface LiveConnection extends Tagged {
  /** Closes the connection, telling the person why. */
  end(code: CloseCode): void;
}

function matches(c: Tagged, where: ConnectionSelector): boolean {
  const keys = Object.keys(where) as (keyof ConnectionSelector)[];
  return keys.length > 0 && keys.every((key) => where[key] !== undefined && c[key] === where[key]);
}

export class Hub {
  private readonly connections = new Set<LiveConnection>();
  private readonly timers = new Map<LiveConnection, NodeJS.Timeout>();

  constructor(
    private readonly bus: Bus,
    /** This process's name on the bus: its own `endConnections` messages are not acted on twice. */
    private readonly processId: string,
  ) {
    bus.subscribe('endConnections', (message) => {
      if (message.origin !== this.processId) this.endLocal(message.where, message.code);
    });
  }

  /**
   * Tracks a connection until the returned function is called. One that has an expiry is closed
   * with `linkExpired` the moment it comes (a timer of its own, not a periodic sweep).
   */
  add(connection: LiveConnection): () => void {
    this.connections.add(connection);
    if (connection.expiresAt !== null) this.arm(connection, connection.expiresAt);
    return () => {
      this.connections.delete(connection);
      this.disarm(connection);
    };
  }

  private arm(connection: LiveConnection, expiresAt: number): void {
    const delay = Math.max(0, expiresAt - Date.now());
    const timer = setTimeout(
      () => {
        this.timers.delete(connection);
        if (!this.connections.has(connection)) return;
        if (Date.now() < expiresAt) return this.arm(connection, expiresAt);
        this.connections.delete(connection);
        connection.end(CloseCode.linkExpired);
      },
      Math.min(delay, MAX_DELAY_MS),
    );
    timer.unref();
    this.timers.set(connection, timer);
  }

  private disarm(connection: LiveConnection): void {
    const timer = this.timers.get(connection);
    if (timer) clearTimeout(timer);
    this.timers.delete(connection);
  }

  /**
   * Ends every connection that matches, here and (through the bus) in every other process; returns
   * how many were ended in this process.
   */
  end(where: ConnectionSelector, code: CloseCode): number {
    const n = this.endLocal(where, code);
    this.bus.publish({ type: 'endConnections', origin: this.processId, where, code });
    return n;
  }

  private endLocal(where: ConnectionSelector, code: CloseCode): number {
    let n = 0;
    for (const c of [...this.connections]) {
      if (matches(c, where)) {
        this.connections.delete(c);
        this.disarm(c);
        c.end(code);
        n++;
      }
    }
    return n;
  }

  count(match: (c: Tagged) => boolean = () => true): number {
    let n = 0;
    for (const c of this.connections) if (match(c)) n++;
    return n;
  }

  /**
   * Whether one more sync or control socket would be too many for this person or this link
   * (LIMITS.maxSocketsPerParticipant and maxSocketsPerLink, both kinds counted together).
   */
  full(participantId: string | null, linkId: string | null): boolean {
    return (
      (participantId !== null &&
        this.count((c) => c.participantId === participantId) >= LIMITS.maxSocketsPerParticipant) ||
      (linkId !== null && this.count((c) => c.linkId === linkId) >= LIMITS.maxSocketsPerLink)
    );
  }
}
