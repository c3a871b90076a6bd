/**
 * Closing a conference and the retention purge, for the SQLite store. The purge re-checks, in the
 * same transaction as its deletes, that the conference is closed and old enough: whatever the
 * caller believed, an open conference is never touched (and the snapshot table's delete trigger
 * refuses too).
 */
import type Database from 'better-sqlite3';
import { docNameFor } from '@cb/shared/protocol';
import type { Cipher } from '../crypto.ts';
import type { PurgeCounts } from './Store.ts';

type Row = Record<string, unknown>;

/** What the emptied conference row is called from then on (the title was personal data). */
const PURGED_TITLE = 'Records removed under the retention policy';

export class SqliteClosing {
  constructor(
    private readonly db: Database.Database,
    private readonly cipher: Cipher,
  ) {}

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

  async purgeConference(id: string, cutoff: string, at: string): Promise<PurgeCounts | null> {
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
        const updates = this.db
          .prepare('DELETE FROM doc_updates WHERE doc_name IN (?, ?)')
          .run(docNameFor(id, false), docNameFor(id, true)).changes;
        const snapshots = byConference('snapshots');
        const participants = byConference('participants');
        const links = byConference('links');
        byConference('raised_hands');
        byConference('suggestions');
        byConference('children');
        // The row stays so that the audit log's references still resolve; nothing personal is left.
        this.db
          .prepare('UPDATE conferences SET title = ?, place = NULL, purged_at = ? WHERE id = ?')
          .run(this.cipher.encryptText(PURGED_TITLE, `conference:${id}:title`), at, id);
        return { updates, snapshots, participants, links };
      })
      .immediate();
  }
}
