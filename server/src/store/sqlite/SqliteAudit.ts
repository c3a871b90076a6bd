/** The audit log in SQLite: append-only (triggers refuse UPDATE and DELETE, see migrations.ts). */
import type Database from 'better-sqlite3';
import type { AuditEntry, AuditPort } from '../ports/audit.ts';
import { s, sOrNull, type Row } from './rows.ts';

export class SqliteAudit implements AuditPort {
  constructor(private readonly db: Database.Database) {}

  async audit(e: Omit<AuditEntry, 'seq'>): Promise<void> {
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, conference_id, detail) VALUES (?, ?, ?, ?, ?)')
      .run(e.at, e.actor, e.action, e.conferenceId, JSON.stringify(e.detail));
  }
  async listAudit(conferenceId: string | null): Promise<AuditEntry[]> {
    const rows = conferenceId
      ? this.db.prepare('SELECT * FROM audit_log WHERE conference_id = ? ORDER BY seq').all(conferenceId)
      : this.db.prepare('SELECT * FROM audit_log ORDER BY seq').all();
    return (rows as Row[]).map((r) => ({
      seq: Number(r.seq),
      at: s(r.at),
      actor: s(r.actor),
      action: s(r.action) as AuditEntry['action'],
      conferenceId: sOrNull(r.conference_id),
      detail: JSON.parse(s(r.detail)) as Record<string, unknown>,
    }));
  }
}
