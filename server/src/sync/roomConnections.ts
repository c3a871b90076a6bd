/**
 * The connections of one document room and their presence (y-protocols awareness): who is here,
 * which awareness client ids each connection controls, presence filtered to what the connection
 * may say (awarenessFilter.ts), and a message sent once to everyone who should have it.
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

  /** A presence update from `conn`, kept to what it may say; `presenceOnly` for readers and closed boards. */
  receive(conn: SyncConnection, update: Uint8Array, presenceOnly: boolean): void {
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
    if (filtered) awarenessProtocol.applyAwarenessUpdate(this.awareness, filtered, conn);
  }

  private readonly onAwarenessUpdate = ({
    added,
    updated,
    removed,
  }: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length > 0) this.broadcast(awarenessMessage(this.awareness, changed));
  };

  destroy(): void {
    this.awareness.destroy();
  }
}
