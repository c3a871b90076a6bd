/**
 * Yjs updates as the sync server sees them: whether one changes anything, whether it applies
 * cleanly, and the update a change made by the server itself amounts to.
 */
import * as Y from 'yjs';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export function isEmptyUpdate(update: Uint8Array | DecodedUpdate): boolean {
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  return structs.length === 0 && ds.clients.size === 0;
}

/**
 * True when `update` holds nothing `doc` lacks. A client that reconnects answers the server's sync
 * step 1 with its whole delete set, even when it has nothing new: that is not a write, and must
 * not cost a read-only or closed board's reader their connection. Any struct the document lacks
 * answers at once (so a flood of real writes from a reader costs one decode each); only an
 * update of known structs and deletes costs O(document), comparing the delete sets.
 */
export function addsNothing(doc: Y.Doc, update: Uint8Array | DecodedUpdate): boolean {
  const { structs, ds } = update instanceof Uint8Array ? Y.decodeUpdate(update) : update;
  for (const s of structs) {
    if (s instanceof Y.Skip) continue;
    if (s.id.clock + s.length > Y.getState(doc.store, s.id.client)) return false;
  }
  if (ds.clients.size === 0) return true;
  // Two copies: merging may extend the delete items it is given in place.
  const known = Y.createDeleteSetFromStructStore(doc.store);
  const withTheirs = Y.mergeDeleteSets([Y.createDeleteSetFromStructStore(doc.store), ds]);
  return Y.equalDeleteSets(known, withTheirs);
}

/** The kinds of content a board's clients write; anything else is rare enough to check the slow way. */
const PLAIN_CONTENT: ReadonlySet<unknown> = new Set([
  Y.ContentString,
  Y.ContentAny,
  Y.ContentType,
  Y.ContentDeleted,
  Y.ContentFormat,
  Y.ContentEmbed,
  Y.ContentBinary,
  Y.ContentJSON,
]);

/**
 * True when every struct of a decoded update is an item of ordinary content or a GC range: then
 * decoding has already read every byte of it, and once `integrableEnds` has found every item's
 * origins and parent in the document (or earlier in the update), applying it cannot throw — the
 * throws of a corrupted update come from looking up an id the store does not have. Updates with
 * anything else (a subdocument, a skip) are tried on a scratch document first (`appliesCleanly`).
 * tests/fuzz/malformed.test.ts and updates.test.ts hold this against seeded corrupted updates.
 */
export function isPlainUpdate(update: DecodedUpdate): boolean {
  for (const struct of update.structs) {
    if (struct instanceof Y.GC) continue;
    if (!(struct instanceof Y.Item) || !PLAIN_CONTENT.has(struct.content.constructor)) return false;
  }
  return true;
}

/**
 * Some corrupted updates decode but throw half-way through being applied. Trying each one on a
 * scratch document first keeps them out of the store and out of everyone else's board.
 */
export function appliesCleanly(update: Uint8Array): boolean {
  // A fixed guid spares a random uuid per update (the scratch document is never shared).
  const scratch = new Y.Doc({ guid: 'scratch', gc: false });
  try {
    Y.applyUpdate(scratch, update);
    return true;
  } catch {
    return false;
  } finally {
    scratch.destroy();
  }
}

/**
 * What `fn` changes, as one update, computed on a copy of `doc` so that the live document (and so
 * everyone connected) sees nothing until the update has been stored. Null when `fn` changes
 * nothing. A thrown error (e.g. a failed validation in `fn`) leaves everything as it was.
 *
 * The copy has a fresh client id each time: two changes worked out from the same state then never
 * claim the same (client, clock) pair, which Yjs would treat as one and silently drop.
 */
export function updateFrom(doc: Y.Doc, fn: (doc: Y.Doc) => void): Uint8Array | null {
  const scratch = new Y.Doc({ guid: 'server-change' });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    // Only what fn does: encodeStateAsUpdate(scratch, before) would repeat the whole delete set.
    const made: Uint8Array[] = [];
    scratch.on('update', (update: Uint8Array) => made.push(update));
    fn(scratch);
    if (made.length === 0) return null;
    const update = made.length === 1 ? (made[0] as Uint8Array) : Y.mergeUpdates(made);
    return isEmptyUpdate(update) ? null : update;
  } finally {
    scratch.destroy();
  }
}
