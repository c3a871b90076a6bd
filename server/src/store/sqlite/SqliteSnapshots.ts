/**
 * The snapshot table of the SQLite store: append and read only (the retention purge in
 * SqliteClosing.ts is the one place rows are deleted). The seq and the previous row's sha256 are
 * read inside the insert's transaction, so two appends can never claim the same place in a chain.
 * The transaction is IMMEDIATE (it takes the write lock before it reads): in WAL mode a deferred
 * one that reads, then writes after the update writer's connection committed, fails at once with
 * SQLITE_BUSY whatever the busy timeout; an immediate one waits its turn for the lock instead.
 * The contents arrive sealed, with their digest, from sealing/SealedSnapshots.ts.
 */
import type Database from 'better-sqlite3';
import type { Stage } from '@cb/shared/doc/schema';
import { GENESIS_SHA256, type SnapshotReason } from '../../snapshots/chain.ts';
import type {
  SealedSnapshot,
  SealedSnapshotRow,
  SnapshotHead,
  SnapshotMeta,
  SnapshotsBackend,
} from '../ports/snapshots.ts';
import { blob, bound, type Row } from './rows.ts';

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

export class SqliteSnapshots implements SnapshotsBackend {
  constructor(private readonly db: Database.Database) {}

  async appendSnapshot(
    x: SnapshotHead,
    row: (seq: number, prevSha256: string) => SealedSnapshotRow,
  ): Promise<SnapshotMeta> {
    return this.db
      .transaction((): SnapshotMeta => {
        const last = this.db
          .prepare('SELECT seq, sha256 FROM snapshots WHERE conference_id = ? ORDER BY seq DESC LIMIT 1')
          .get(x.conferenceId) as Row | undefined;
        const seq = last ? Number(last.seq) + 1 : 1;
        const prevSha256 = last ? String(last.sha256) : GENESIS_SHA256;
        const sealed = row(seq, prevSha256);
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
            bound(sealed.publicState),
            bound(sealed.restrictedState),
            bound(sealed.json),
            prevSha256,
            sealed.sha256,
          );
        return { ...x, seq, prevSha256, sha256: sealed.sha256 };
      })
      .immediate();
  }

  async listSnapshots(conferenceId: string): Promise<SnapshotMeta[]> {
    const rows = this.db
      .prepare(`SELECT ${META_COLUMNS} FROM snapshots WHERE conference_id = ? ORDER BY seq`)
      .all(conferenceId) as Row[];
    return rows.map(metaFrom);
  }

  async getSnapshot(conferenceId: string, which: number | 'latest'): Promise<SealedSnapshot | null> {
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
    return {
      ...metaFrom(r),
      publicState: blob(r.public_state),
      restrictedState: blob(r.restricted_state),
      json: blob(r.json),
    };
  }

  async listSnapshotConferences(): Promise<string[]> {
    const rows = this.db
      .prepare('SELECT DISTINCT conference_id FROM snapshots ORDER BY conference_id')
      .all() as Row[];
    return rows.map((r) => String(r.conference_id));
  }
}
