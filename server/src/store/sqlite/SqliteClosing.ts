/**
 * Closing a conference and the retention purge, for the SQLite store. The purge re-checks, in the
 * same transaction as its deletes, that the conference is closed and old enough: whatever the
 * caller believed, an open conference is never touched (and the snapshot table's delete trigger
 * refuses too).
 */
import type Database from 'better-sqlite3';
import { docNameFor } from '@cb/shared/protocol';
import type { Sealed } from '../ports/common.ts';
import type { ClosingBackend, PurgeCounts } from '../ports/closing.ts';
import { bound, type Row } from './rows.ts';

export class SqliteClosing implements ClosingBackend {
  constructor(private readonly db: Database.Database) {}

  async closeConference(id: string, closedAt: string): Promise<boolean> {
    const result = this.db
      .prepare(`UPDATE conferences SET status = 'closed', closed_at = ? WHERE id = ? AND status <> 'closed'`)
      .run(closedAt, id);
    return result.changes > 0;
  }

  async listConferencesClosedBefore(cutoff: string): Promise<string[]> {
    const rows = this.db
      .prepare(
        `SELECT id FROM conferences
         WHERE status = 'closed' AND closed_at IS NOT NULL AND closed_at <= ? AND purged_at IS NULL
         ORDER BY closed_at`,
      )
      .all(cutoff) as Row[];
    return rows.map((r) => String(r.id));
  }

  /** `purgedTitle`: the emptied row's title, sealed (sealing/SealedStore.ts). */
  async purgeConference(
    id: string,
    cutoff: string,
    at: string,
    purgedTitle: Sealed,
  ): Promise<PurgeCounts | null> {
    return this.db
      .transaction((): PurgeCounts | null => {
        const eligible = this.db
          .prepare(
            `SELECT 1 FROM conferences
           WHERE id = ? AND status = 'closed' AND closed_at IS NOT NULL AND closed_at <= ? AND purged_at IS NULL`,
          )
          .get(id, cutoff);
        if (!eligible) return null;
        const byConference = (table: string) =>
          this.db.prepare(`DELETE FROM ${table} WHERE conference_id = ?`).run(id).changes;
        const docs = [docNameFor(id, false), docNameFor(id, true)];
        // Updates, not rows: a row may hold several (frames).
        const updates = Number(
          (
            this.db
              .prepare(
                'SELECT COALESCE(SUM(CASE WHEN frames = 0 THEN 1 ELSE frames END), 0) AS n FROM doc_updates WHERE doc_name IN (?, ?)',
              )
              .get(...docs) as Row
          ).n,
        );
        this.db.prepare('DELETE FROM doc_updates WHERE doc_name IN (?, ?)').run(...docs);
        const snapshots = byConference('snapshots');
        const participants = byConference('participants');
        byConference('invitations');
        const links = byConference('links');
        byConference('raised_hands');
        byConference('suggestions');
        byConference('children');
        byConference('distribution');
        byConference('reports');
        // The row stays so that the audit log's references still resolve; nothing personal is left.
        this.db
          .prepare(
            'UPDATE conferences SET title = ?, place = NULL, chair_name = NULL, reason = NULL, purged_at = ? WHERE id = ?',
          )
          .run(bound(purgedTitle), at, id);
        return { updates, snapshots, participants, links };
      })
      .immediate();
  }
}
