/** Staff accounts and sessions in SQLite (nothing here is sealed). */
import type Database from 'better-sqlite3';
import type { AccountsPort, SessionRow, StaffUserRow } from '../ports/accounts.ts';
import { s, type Row } from './rows.ts';

function staffFrom(r: Row): StaffUserRow {
  return {
    id: s(r.id),
    email: s(r.email),
    name: s(r.name),
    role: s(r.role) as StaffUserRow['role'],
    passwordHash: s(r.password_hash),
    createdAt: s(r.created_at),
  };
}

export class SqliteAccounts implements AccountsPort {
  constructor(private readonly db: Database.Database) {}

  async createStaffUser(u: StaffUserRow): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO staff_users (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt);
  }
  async findStaffUserByEmail(email: string): Promise<StaffUserRow | null> {
    const r = this.db.prepare('SELECT * FROM staff_users WHERE email = ?').get(email) as Row | undefined;
    return r ? staffFrom(r) : null;
  }
  async findStaffUser(id: string): Promise<StaffUserRow | null> {
    const r = this.db.prepare('SELECT * FROM staff_users WHERE id = ?').get(id) as Row | undefined;
    return r ? staffFrom(r) : null;
  }
  async listStaffUsers(): Promise<StaffUserRow[]> {
    return (this.db.prepare('SELECT * FROM staff_users ORDER BY created_at').all() as Row[]).map(staffFrom);
  }
  async countStaffUsers(): Promise<number> {
    return Number((this.db.prepare('SELECT COUNT(*) AS n FROM staff_users').get() as Row).n);
  }

  async createSession(x: SessionRow): Promise<void> {
    this.db
      .prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
      .run(x.tokenHash, x.userId, x.createdAt, x.expiresAt);
  }
  async findSession(tokenHash: string): Promise<SessionRow | null> {
    const r = this.db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as
      Row | undefined;
    return r
      ? {
          tokenHash: s(r.token_hash),
          userId: s(r.user_id),
          createdAt: s(r.created_at),
          expiresAt: s(r.expires_at),
        }
      : null;
  }
  async deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }
  async deleteExpiredSessions(now: string): Promise<number> {
    return this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now).changes;
  }
}
