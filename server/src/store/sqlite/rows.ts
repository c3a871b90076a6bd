/** Reading better-sqlite3's rows: columns come back as unknown. */
export type Row = Record<string, unknown>;

export const s = (v: unknown): string => String(v);
export const sOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
/** A BLOB column (better-sqlite3 returns a Buffer); a sealed field. */
export const blob = (v: unknown): Uint8Array => v as Buffer;
export const blobOrNull = (v: unknown): Uint8Array | null => (v === null || v === undefined ? null : blob(v));
/** A sealed field as better-sqlite3 binds a BLOB: a Buffer (over the same bytes, not a copy). */
export const bound = (v: Uint8Array): Buffer =>
  Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
export const boundOrNull = (v: Uint8Array | null): Buffer | null => (v === null ? null : bound(v));
