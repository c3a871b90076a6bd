/**
 * Whether an update a connection sent may be stored: the checks between "a sync message arrived"
 * and "queued for the store", in order. Nothing new (a reconnecting reader's handshake) is ignored;
 * a write from a reader or to a closed board, one that could never be integrated (integrable.ts)
 * and one that breaks when applied are refused with the close code that says why (except an
 * update that may build on offline edits the sender's sync step 2 is still to bring: it waits).
 */
import * as Y from 'yjs';
import { CloseCode } from '@cb/shared/protocol';
import { integrableEnds } from './integrable.ts';
import { ProtocolViolation } from './roomTypes.ts';
import { addsNothing, appliesCleanly, isEmptyUpdate, isPlainUpdate } from './updates.ts';

export interface WriteContext {
  doc: Y.Doc;
  canWrite: boolean;
  /** The conference is closed: nobody writes. */
  frozen: boolean;
  /** Per client, how far updates accepted but not yet in the document reach. */
  ahead: Map<number, number>;
  /**
   * The connection is between its sync step 1 and its step 2 (handshakes.ts): an update it
   * cannot integrate yet may build on offline edits that step 2 brings, so it waits for it.
   */
  beforeStep2: boolean;
  /** Told (for the log) when an update is refused for something a real client never sends. */
  onRefused: (why: string) => void;
}

/** To be tried again once the sender's sync step 2 is in (see WriteContext.beforeStep2). */
export const AFTER_STEP_2 = Symbol('after the sync step 2');

/**
 * Per client, how far the update takes the document; null when it holds nothing the document
 * lacks. Throws ProtocolViolation when it may not be stored.
 */
export function writeFrom(
  update: Uint8Array,
  ctx: WriteContext,
): Map<number, number> | null | typeof AFTER_STEP_2 {
  // Decoding validates the structure and tells us whether it changes anything.
  const decoded = Y.decodeUpdate(update);
  if (isEmptyUpdate(decoded)) return null;
  if (ctx.frozen || !ctx.canWrite) {
    if (addsNothing(ctx.doc, decoded)) return null;
    // Closed before read-only, so that everyone who tries is told the real reason.
    throw new ProtocolViolation(ctx.frozen ? CloseCode.conferenceClosed : CloseCode.readOnly);
  }
  // Something it depends on is missing: stored, it would stay pending for ever.
  const ends = integrableEnds(decoded, (client) =>
    Math.max(Y.getState(ctx.doc.store, client), ctx.ahead.get(client) ?? 0),
  );
  if (!ends) {
    if (ctx.beforeStep2) return AFTER_STEP_2;
    ctx.onRefused('refused an update that could never be integrated');
    throw new ProtocolViolation(CloseCode.malformed);
  }
  // Ordinary items whose every dependency is known apply cleanly; only the rest pay for a trial.
  if (!isPlainUpdate(decoded) && !appliesCleanly(update)) throw new ProtocolViolation(CloseCode.malformed);
  return ends;
}
