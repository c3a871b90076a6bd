/**
 * Snapshots with their three parts sealed, each bound to its conference, seq and part. The digest
 * that chains a row to the one before (snapshots/chain.ts) is worked out here, from the plaintext
 * hashes, once the backend knows the row's place: every backend chains the same way.
 */
import type { Cipher } from '../../crypto.ts';
import { contentHashes, snapshotDigest } from '../../snapshots/chain.ts';
import type {
  NewSnapshot,
  Snapshot,
  SnapshotHead,
  SnapshotMeta,
  SnapshotsBackend,
  SnapshotsPort,
} from '../ports/snapshots.ts';
import { AAD } from './aad.ts';

const asView = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export class SealedSnapshots implements SnapshotsPort {
  constructor(
    private readonly rows: SnapshotsBackend,
    private readonly cipher: Cipher,
  ) {}

  async appendSnapshot(x: NewSnapshot): Promise<SnapshotMeta> {
    const hashes = contentHashes(x);
    const head: SnapshotHead = {
      conferenceId: x.conferenceId,
      takenAt: x.takenAt,
      reason: x.reason,
      stage: x.stage,
    };
    const part = (seq: number, which: 'public' | 'restricted' | 'json') =>
      AAD.snapshotPart(x.conferenceId, seq, which);
    return this.rows.appendSnapshot(head, (seq, prevSha256) => ({
      sha256: snapshotDigest({ ...head, ...hashes, seq, prevSha256 }),
      publicState: this.cipher.encrypt(x.publicState, part(seq, 'public')),
      restrictedState: this.cipher.encrypt(x.restrictedState, part(seq, 'restricted')),
      json: this.cipher.encryptText(x.json, part(seq, 'json')),
    }));
  }

  listSnapshots(conferenceId: string): Promise<SnapshotMeta[]> {
    return this.rows.listSnapshots(conferenceId);
  }

  async getSnapshot(conferenceId: string, which: number | 'latest'): Promise<Snapshot | null> {
    const row = await this.rows.getSnapshot(conferenceId, which);
    if (!row) return null;
    const { publicState, restrictedState, json, ...meta } = row;
    const part = (p: 'public' | 'restricted' | 'json') => AAD.snapshotPart(conferenceId, meta.seq, p);
    return {
      ...meta,
      publicState: asView(this.cipher.decrypt(publicState, part('public'))),
      restrictedState: asView(this.cipher.decrypt(restrictedState, part('restricted'))),
      json: this.cipher.decryptText(json, part('json')),
    };
  }

  listSnapshotConferences(): Promise<string[]> {
    return this.rows.listSnapshotConferences();
  }
}
