/**
 * Where each connection is in the sync handshake. A stock client sends its sync step 1 when its
 * socket opens and its edits as they happen, even before it has answered the room's step 1; after
 * working offline, such an edit builds on offline edits the room has not seen, which only that
 * answer (its sync step 2: everything it has that the room lacks) brings. So an update that could
 * not be integrated yet, from a connection between its step 1 and its step 2, is kept (bounded)
 * and tried again once the step 2 is in; anyone else sending one is refused as before.
 */
import { LIMITS } from '@cb/shared/protocol';
import type { SyncConnection } from './roomTypes.ts';

interface Midway {
  early: Uint8Array[];
  bytes: number;
}

export class Handshakes {
  private readonly state = new WeakMap<SyncConnection, Midway | 'answered'>();

  /** The connection sent its sync step 1 (a second one changes nothing). */
  began(conn: SyncConnection): void {
    if (!this.state.has(conn)) this.state.set(conn, { early: [], bytes: 0 });
  }

  /** Between its step 1 and its step 2: an update it sends may wait for the step 2. */
  midway(conn: SyncConnection): boolean {
    const s = this.state.get(conn);
    return s !== undefined && s !== 'answered';
  }

  /** Keeps an early update until the step 2; false when that would pass the limit. */
  keep(conn: SyncConnection, update: Uint8Array): boolean {
    const s = this.state.get(conn);
    if (s === undefined || s === 'answered') return false;
    if (s.bytes + update.byteLength > LIMITS.maxLoadingBytes) return false;
    s.early.push(update);
    s.bytes += update.byteLength;
    return true;
  }

  /** Its step 2 arrived: the updates kept for it, in the order they came. */
  answered(conn: SyncConnection): Uint8Array[] {
    const s = this.state.get(conn);
    this.state.set(conn, 'answered');
    return s === undefined || s === 'answered' ? [] : s.early;
  }
}
