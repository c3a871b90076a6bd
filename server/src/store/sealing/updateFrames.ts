/**
 * Several document updates as one plaintext, so that a batch is sealed once (one IV, one tag, one
 * row) instead of once per update: for each update its length (4 bytes, big-endian) then its
 * bytes. The count is not in the frame; the row keeps it (and the seal binds it, see aad.ts).
 */
const LENGTH_BYTES = 4;

export function frameUpdates(updates: readonly Uint8Array[]): Buffer {
  let total = 0;
  for (const u of updates) total += LENGTH_BYTES + u.byteLength;
  const frame = Buffer.allocUnsafe(total);
  let at = 0;
  for (const u of updates) {
    frame.writeUInt32BE(u.byteLength, at);
    frame.set(u, at + LENGTH_BYTES);
    at += LENGTH_BYTES + u.byteLength;
  }
  return frame;
}

/** The `count` updates in a frame, as views into it; throws unless it holds exactly that. */
export function unframeUpdates(frame: Uint8Array, count: number): Uint8Array[] {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  const updates: Uint8Array[] = [];
  let at = 0;
  while (at < frame.byteLength) {
    if (at + LENGTH_BYTES > frame.byteLength) break;
    const length = view.getUint32(at);
    const start = at + LENGTH_BYTES;
    if (start + length > frame.byteLength) break;
    updates.push(new Uint8Array(frame.buffer, frame.byteOffset + start, length));
    at = start + length;
  }
  if (at !== frame.byteLength || updates.length !== count) throw new Error('Unreadable stored updates');
  return updates;
}
