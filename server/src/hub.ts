/**
 * The registry of live connections (sync sockets and control sockets), tagged with who holds them,
 * so that revoking a link, removing a person or signing out closes their sockets at once.
 */
import type { CloseCode } from '@cb/shared/protocol';

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

export class Hub {
  private readonly connections = new Set<LiveConnection>();

  add(connection: LiveConnection): () => void {
    this.connections.add(connection);
    return () => this.connections.delete(connection);
  }

  /** Ends every connection that matches; returns how many. */
  endWhere(match: (c: Tagged) => boolean, code: CloseCode): number {
    let n = 0;
    for (const c of [...this.connections]) {
      if (match(c)) {
        this.connections.delete(c);
        c.end(code);
        n++;
      }
    }
    return n;
  }

  /** Ends connections whose link or session has expired. */
  endExpired(now: number, code: CloseCode): number {
    return this.endWhere((c) => c.expiresAt !== null && c.expiresAt <= now, code);
  }

  count(match: (c: Tagged) => boolean = () => true): number {
    let n = 0;
    for (const c of this.connections) if (match(c)) n++;
    return n;
  }
}
