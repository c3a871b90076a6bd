/**
 * The snapshot hash chain, defined once. Each conference's snapshots form their own chain:
 * seq 1, 2, 3 … with each row's `prev_sha256` equal to the previous row's `sha256` (the first
 * row's is GENESIS_SHA256). A row's `sha256` covers its metadata and the SHA-256 of each of its
 * three plaintexts, so a change to any byte of a row, a reordering or a removal from the middle
 * shows up when the chain is recomputed (see verify.ts).
 */
import { createHash } from 'node:crypto';

/** The `prev_sha256` of a conference's first snapshot. */
export const GENESIS_SHA256 = '0'.repeat(64);

export { SNAPSHOT_REASONS, type SnapshotReason } from '@cb/shared/vocabulary';

export interface SnapshotDigestInput {
  prevSha256: string;
  conferenceId: string;
  seq: number;
  takenAt: string;
  reason: string;
  stage: string;
  /** SHA-256 (hex) of the public document's state (Y.encodeStateAsUpdate), in plaintext. */
  publicStateSha256: string;
  restrictedStateSha256: string;
  /** SHA-256 (hex) of the JSON rendering's UTF-8 bytes. */
  jsonSha256: string;
}

const sha256Hex = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/**
 * sha256( prevSha256 | conferenceId | seq | takenAt | reason | stage
 *         | sha256(publicState) | sha256(restrictedState) | sha256(json) )
 * as lowercase hex, fields joined by '|' in UTF-8, seq in decimal. No field may contain '|', so
 * the joined string can be read back one way only.
 */
export function snapshotDigest(x: SnapshotDigestInput): string {
  if (!Number.isSafeInteger(x.seq) || x.seq < 1) throw new Error('A snapshot seq is a positive integer');
  const fields = [
    x.prevSha256,
    x.conferenceId,
    String(x.seq),
    x.takenAt,
    x.reason,
    x.stage,
    x.publicStateSha256,
    x.restrictedStateSha256,
    x.jsonSha256,
  ];
  if (fields.some((f) => f.includes('|'))) throw new Error('A snapshot field may not contain "|"');
  return sha256Hex(fields.join('|'));
}

/** The three plaintext hashes a digest covers. */
export function contentHashes(contents: {
  publicState: Uint8Array;
  restrictedState: Uint8Array;
  json: string;
}): Pick<SnapshotDigestInput, 'publicStateSha256' | 'restrictedStateSha256' | 'jsonSha256'> {
  return {
    publicStateSha256: sha256Hex(contents.publicState),
    restrictedStateSha256: sha256Hex(contents.restrictedState),
    jsonSha256: sha256Hex(Buffer.from(contents.json, 'utf8')),
  };
}
