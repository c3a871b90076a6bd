/**
 * The connections of one document room and their presence (y-protocols awareness): who is here,
 * which awareness client ids each connection controls, presence filtered to what the connection
 * may say (awarenessFilter.ts), and a message sent once to everyone who should have it.
 *
 * Presence follows the edits sent before it: a cursor or selection that arrives while the room is
 * still storing updates is held until they have been applied and broadcast, so nobody is shown a
 * cursor on something they have not got yet (and the two leave in the same socket write).
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { CloseCode } from '@cb/shared/protocol';
import { AwarenessViolation, filterAwarenessUpdate } from './awarenessFilter.ts';
import { awarenessMessage } from './roomMessages.ts';
import { ProtocolViolation, type SyncConnection } from './roomTypes.ts';

export class RoomConnections {
  readonly awareness: awarenessProtocol.Awareness;
  /** Each connection and the awareness client ids it controls. */
  private readonly conns = new Map<SyncConnection, Set<number>>();
  /** Filtered presence held until the batch it follows has settled, in arrival order. */
  private held: { conn: SyncConnection; update: Uint8Array; after: number }[] = [];

  constructor(doc: Y.Doc) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  get size(): number {
    return this.conns.size;
  }

  /** Sends `message` to every connection but `except` (the sender of an update already has it). */
  broadcast(message: Uint8Array, except: unknown = null): void {
    for (const conn of this.conns.keys()) if (conn !== except) conn.send(message);
  }

  /** Takes the connection in and tells it who is here. */
  add(conn: SyncConnection): void {
    this.conns.set(conn, new Set());
    if (this.awareness.getStates().size > 0) this.sendPresence(conn);
  }

  /** Lets it go; the presence it controlled goes with it. */
  remove(conn: SyncConnection): void {
    const ids = this.conns.get(conn);
    this.conns.delete(conn);
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  /** Everyone's presence, to one connection (on joining, or when it asks). */
  sendPresence(conn: SyncConnection): void {
    conn.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]));
  }

  /**
   * A presence update from `conn`, kept to what it may say; `presenceOnly` for readers and closed
   * boards. Applied (and broadcast) now, or once batch `after` has settled (see `settled`).
   */
  receive(conn: SyncConnection, update: Uint8Array, presenceOnly: boolean, after = 0): void {
    const owned = this.conns.get(conn);
    if (!owned) return;
    let filtered: Uint8Array | null;
    try {
      filtered = filterAwarenessUpdate(update, conn.identity, presenceOnly, owned, (id) => {
        for (const [other, ids] of this.conns) if (other !== conn && ids.has(id)) return true;
        return false;
      });
    } catch (err) {
      if (err instanceof AwarenessViolation) throw new ProtocolViolation(CloseCode.malformed);
      throw err;
    }
    if (!filtered) return;
    if (after > 0) {
      this.held.push({ conn, update: filtered, after });
      return;
    }
    // Nothing is pending now, so whatever still waits has nothing left to wait for.
    if (this.held.length > 0) this.settled(Number.POSITIVE_INFINITY);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, filtered, conn);
  }

  /** Batch `id` of the room's updates has been applied (or dropped): what waited for it follows. */
  settled(id: number): void {
    let n = 0;
    for (const h of this.held) {
      if (h.after > id) break;
      n++;
      // Gone meanwhile: its presence went with it.
      if (this.conns.has(h.conn)) awarenessProtocol.applyAwarenessUpdate(this.awareness, h.update, h.conn);
    }
    if (n > 0) this.held = this.held.slice(n);
  }

  private readonly onAwarenessUpdate = (
    {
      added,
      updated,
      removed,
    }: {
      added: number[];
      updated: number[];
      removed: number[];
    },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    // Not back to the connection it came from: a client already has its own presence.
    if (changed.length > 0) this.broadcast(awarenessMessage(this.awareness, changed), origin);
  };

  destroy(): void {
    this.held = [];
    this.awareness.destroy();
  }
}
