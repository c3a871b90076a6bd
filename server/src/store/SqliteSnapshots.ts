/**
 * The snapshot table of the SQLite store: append and read only (the retention purge in
 * SqliteClosing.ts is the one place rows are deleted). The seq and the chained sha256 are worked
 * out inside the insert's transaction, so two appends can never claim the same place in a chain.
 * The transaction is IMMEDIATE (it takes the write lock before it reads): in WAL mode a deferred
 * one that reads, then writes after the update writer's connection committed, fails at once with
 * SQLITE_BUSY whatever the busy timeout; an immediate one waits its turn for the lock instead.
 */
import type Database from 'better-sqlite3';
import type { Stage } from '@cb/shared/doc/schema';
import type { Cipher } from '../crypto.ts';
import { contentHashes, GENESIS_SHA256, snapshotDigest, type SnapshotReason } from '../snapshots/chain.ts';
import type { NewSnapshot, Snapshot, SnapshotMeta } from './Store.ts';

type Row = Record<string, unknown>;

/** Each sealed part is bound to its conference, seq and part, so rows cannot be swapped around. */
const aad = (conferenceId: string, seq: number, part: 'public' | 'restricted' | 'json') =>
  `snapshot:${conferenceId}:${seq}:${part}`;

const META_COLUMNS = 'conference_id, seq, taken_at, reason, stage, sha256, prev_sha256';

function metaFrom(r: Row): SnapshotMeta {
  return {
    conferenceId: String(r.conference_id),
    seq: Number(r.seq),
    takenAt: String(r.taken_at),
    reason: String(r.reason) as SnapshotReason,
    stage: String(r.stage) as Stage,
    sha256: String(r.sha256),
    prevSha256: String(r.prev_sha256),
  };
}

export class SqliteSnapshots {
  constructor(
    private readonly db: Database.Database,
    private readonly cipher: Cipher,
  ) {}

  async appendSnapshot(x: NewSnapshot): Promise<SnapshotMeta> {
    const hashes = contentHashes(x);
    return this.db
      .transaction((): SnapshotMeta => {
        const last = this.db
          .prepare('SELECT seq, sha256 FROM snapshots WHERE conference_id = ? ORDER BY seq DESC LIMIT 1')
          .get(x.conferenceId) as Row | undefined;
        const seq = last ? Number(last.seq) + 1 : 1;
        const prevSha256 = last ? String(last.sha256) : GENESIS_SHA256;
        const meta: SnapshotMeta = {
          conferenceId: x.conferenceId,
          seq,
          takenAt: x.takenAt,
          reason: x.reason,
          stage: x.stage,
          prevSha256,
          sha256: snapshotDigest({ ...x, ...hashes, seq, prevSha256 }),
        };
        this.db
          .prepare(
            `INSERT INTO snapshots (conference_id, seq, taken_at, reason, stage, public_state, restricted_state, json, prev_sha256, sha256)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            x.conferenceId,
            seq,
            x.takenAt,
            x.reason,
            x.stage,
            this.cipher.encrypt(x.publicState, aad(x.conferenceId, seq, 'public')),
            this.cipher.encrypt(x.restrictedState, aad(x.conferenceId, seq, 'restricted')),
            this.cipher.encryptText(x.json, aad(x.conferenceId, seq, 'json')),
            prevSha256,
            meta.sha256,
          );
        return meta;
      })
      .immediate();
  }

  async listSnapshots(conferenceId: string): Promise<SnapshotMeta[]> {
    const rows = this.db
      .prepare(`SELECT ${META_COLUMNS} FROM snapshots WHERE conference_id = ? ORDER BY seq`)
      .all(conferenceId) as Row[];
    return rows.map(metaFrom);
  }

  async getSnapshot(conferenceId: string, which: number | 'latest'): Promise<Snapshot | null> {
    const r = (
      which === 'latest'
        ? this.db
            .prepare('SELECT * FROM snapshots WHERE conference_id = ? ORDER BY seq DESC LIMIT 1')
            .get(conferenceId)
        : this.db
            .prepare('SELECT * FROM snapshots WHERE conference_id = ? AND seq = ?')
            .get(conferenceId, which)
    ) as Row | undefined;
    if (!r) return null;
    const meta = metaFrom(r);
    return {
      ...meta,
      publicState: new Uint8Array(
        this.cipher.decrypt(r.public_state as Buffer, aad(conferenceId, meta.seq, 'public')),
      ),
      restrictedState: new Uint8Array(
        this.cipher.decrypt(r.restricted_state as Buffer, aad(conferenceId, meta.seq, 'restricted')),
      ),
      json: this.cipher.decryptText(r.json as Buffer, aad(conferenceId, meta.seq, 'json')),
    };
  }

  async listSnapshotConferences(): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT DISTINCT conference_id FROM snapshots ORDER BY conference_id')
      .all() as Row[];
    return rows.map((r) => String(r.conference_id));
  }
}
