/**
 * The embedded store: one SQLite file (WAL) under the data dir. better-sqlite3 is synchronous, so
 * every method has finished, and its write is on disk, when its promise resolves. Document updates
 * and personal data are sealed with the data key before they are written.
 */
import Database, { type Statement } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Cipher } from '../crypto.ts';
import { applyMigrations } from './migrations.ts';
import type {
  AuditEntry,
  ConferenceRow,
  LinkRow,
  ParticipantRow,
  SessionRow,
  StaffUserRow,
  Store,
  StoredUpdates,
} from './Store.ts';
import type { ParticipantStatus } from '@cb/shared/protocol';
import { SqliteClosing } from './SqliteClosing.ts';
import { SqliteRoomState } from './SqliteRoomState.ts';
import { SqliteSnapshots } from './SqliteSnapshots.ts';
import { UpdateWriter } from './UpdateWriter.ts';

type Row = Record<string, unknown>;

const s = (v: unknown): string => String(v);
const sOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly roomState: SqliteRoomState;
  private readonly snapshots: SqliteSnapshots;
  private readonly closing: SqliteClosing;
  /** Document updates are written on a worker thread (see updateWriter.worker.mjs). */
  private readonly writer: UpdateWriter;

  constructor(
    file: string,
    private readonly cipher: Cipher,
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk before we acknowledge it, even across a power cut.
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    applyMigrations(this.db);
    this.roomState = new SqliteRoomState(this.db, cipher);
    this.snapshots = new SqliteSnapshots(this.db, cipher);
    this.closing = new SqliteClosing(this.db, cipher);
    this.writer = new UpdateWriter(file);
  }

  private seal(text: string, aad: string): Buffer {
    return this.cipher.encryptText(text, aad);
  }
  private open(blob: unknown, aad: string): string {
    return this.cipher.decryptText(blob as Buffer, aad);
  }

  async ping(): Promise<boolean> {
    return (this.db.prepare('SELECT 1 AS ok').get() as Row).ok === 1;
  }

  async close(): Promise<void> {
    await this.writer.close();
    if (this.db.open) this.db.close();
  }

  // ---------------------------------------------------------------------------------- staff
  private staffFrom(r: Row): StaffUserRow {
    return {
      id: s(r.id),
      email: s(r.email),
      name: s(r.name),
      role: s(r.role) as StaffUserRow['role'],
      passwordHash: s(r.password_hash),
      createdAt: s(r.created_at),
    };
  }

  async createStaffUser(u: StaffUserRow): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO staff_users (id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(u.id, u.email, u.name, u.role, u.passwordHash, u.createdAt);
  }
  async findStaffUserByEmail(email: string): Promise<StaffUserRow | null> {
    const r = this.db.prepare('SELECT * FROM staff_users WHERE email = ?').get(email) as Row | undefined;
    return r ? this.staffFrom(r) : null;
  }
  async findStaffUser(id: string): Promise<StaffUserRow | null> {
    const r = this.db.prepare('SELECT * FROM staff_users WHERE id = ?').get(id) as Row | undefined;
    return r ? this.staffFrom(r) : null;
  }
  async listStaffUsers(): Promise<StaffUserRow[]> {
    return (this.db.prepare('SELECT * FROM staff_users ORDER BY created_at').all() as Row[]).map((r) =>
      this.staffFrom(r),
    );
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

  // ---------------------------------------------------------------------------------- conferences
  async createConference(c: ConferenceRow): Promise<void> {
    this.db
      .transaction(() => {
        this.db
          .prepare(
            `INSERT INTO conferences (id, kind, title, place, scheduled_at, status, chair_user_id, created_by, created_at, closed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            c.id,
            c.kind,
            this.seal(c.title, `conference:${c.id}:title`),
            c.place === null ? null : this.seal(c.place, `conference:${c.id}:place`),
            c.scheduledAt,
            c.status,
            c.chairUserId,
            c.createdBy,
            c.createdAt,
            c.closedAt,
          );
        const insertChild = this.db.prepare(
          'INSERT INTO children (id, conference_id, position, name, date_of_birth) VALUES (?, ?, ?, ?, ?)',
        );
        c.children.forEach((child, i) =>
          insertChild.run(
            child.id,
            c.id,
            i,
            this.seal(child.name, `child:${child.id}:name`),
            child.dateOfBirth === null ? null : this.seal(child.dateOfBirth, `child:${child.id}:dob`),
          ),
        );
      })
      .immediate();
  }

  private conferenceFrom(r: Row): ConferenceRow {
    const id = s(r.id);
    const children = (
      this.db.prepare('SELECT * FROM children WHERE conference_id = ? ORDER BY position').all(id) as Row[]
    ).map((c) => ({
      id: s(c.id),
      name: this.open(c.name, `child:${s(c.id)}:name`),
      dateOfBirth: c.date_of_birth === null ? null : this.open(c.date_of_birth, `child:${s(c.id)}:dob`),
    }));
    return {
      id,
      kind: s(r.kind) as ConferenceRow['kind'],
      title: this.open(r.title, `conference:${id}:title`),
      place: r.place === null ? null : this.open(r.place, `conference:${id}:place`),
      scheduledAt: s(r.scheduled_at),
      status: s(r.status) as ConferenceRow['status'],
      chairUserId: s(r.chair_user_id),
      createdBy: s(r.created_by),
      createdAt: s(r.created_at),
      closedAt: sOrNull(r.closed_at),
      purgedAt: sOrNull(r.purged_at),
      children,
    };
  }

  async findConference(id: string): Promise<ConferenceRow | null> {
    const r = this.db.prepare('SELECT * FROM conferences WHERE id = ?').get(id) as Row | undefined;
    return r ? this.conferenceFrom(r) : null;
  }
  async listConferences(filter: { chairUserId?: string }): Promise<ConferenceRow[]> {
    const rows = filter.chairUserId
      ? this.db
          .prepare('SELECT * FROM conferences WHERE chair_user_id = ? ORDER BY scheduled_at DESC')
          .all(filter.chairUserId)
      : this.db.prepare('SELECT * FROM conferences ORDER BY scheduled_at DESC').all();
    return (rows as Row[]).map((r) => this.conferenceFrom(r));
  }

  // ---------------------------------------------------------------------------------- links
  private linkFrom(r: Row): LinkRow {
    return {
      id: s(r.id),
      conferenceId: s(r.conference_id),
      role: s(r.role) as LinkRow['role'],
      label: this.open(r.label, `link:${s(r.id)}:label`),
      tokenHash: s(r.token_hash),
      createdBy: s(r.created_by),
      createdAt: s(r.created_at),
      expiresAt: sOrNull(r.expires_at),
      revokedAt: sOrNull(r.revoked_at),
    };
  }
  async createLink(l: LinkRow): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO links (id, conference_id, role, label, token_hash, created_by, created_at, expires_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        l.id,
        l.conferenceId,
        l.role,
        this.seal(l.label, `link:${l.id}:label`),
        l.tokenHash,
        l.createdBy,
        l.createdAt,
        l.expiresAt,
        l.revokedAt,
      );
  }
  async findLinkByTokenHash(tokenHash: string): Promise<LinkRow | null> {
    const r = this.db.prepare('SELECT * FROM links WHERE token_hash = ?').get(tokenHash) as Row | undefined;
    return r ? this.linkFrom(r) : null;
  }
  async findLink(id: string): Promise<LinkRow | null> {
    const r = this.db.prepare('SELECT * FROM links WHERE id = ?').get(id) as Row | undefined;
    return r ? this.linkFrom(r) : null;
  }
  async listLinks(conferenceId: string): Promise<LinkRow[]> {
    return (
      this.db
        .prepare('SELECT * FROM links WHERE conference_id = ? ORDER BY created_at')
        .all(conferenceId) as Row[]
    ).map((r) => this.linkFrom(r));
  }
  async revokeLink(id: string, at: string): Promise<void> {
    this.db.prepare('UPDATE links SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(at, id);
  }

  // ---------------------------------------------------------------------------------- participants
  private participantFrom(r: Row): ParticipantRow {
    return {
      id: s(r.id),
      conferenceId: s(r.conference_id),
      linkId: s(r.link_id),
      role: s(r.role) as ParticipantRow['role'],
      name: this.open(r.name, `participant:${s(r.id)}:name`),
      tokenHash: s(r.token_hash),
      status: s(r.status) as ParticipantStatus,
      createdAt: s(r.created_at),
      decidedAt: sOrNull(r.decided_at),
      coolOffUntil: sOrNull(r.cool_off_until),
    };
  }
  async createParticipant(p: ParticipantRow): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO participants (id, conference_id, link_id, role, name, token_hash, status, created_at, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        p.id,
        p.conferenceId,
        p.linkId,
        p.role,
        this.seal(p.name, `participant:${p.id}:name`),
        p.tokenHash,
        p.status,
        p.createdAt,
        p.decidedAt,
      );
  }
  async findParticipantByTokenHash(tokenHash: string): Promise<ParticipantRow | null> {
    const r = this.db.prepare('SELECT * FROM participants WHERE token_hash = ?').get(tokenHash) as
      Row | undefined;
    return r ? this.participantFrom(r) : null;
  }
  async findParticipant(id: string): Promise<ParticipantRow | null> {
    const r = this.db.prepare('SELECT * FROM participants WHERE id = ?').get(id) as Row | undefined;
    return r ? this.participantFrom(r) : null;
  }
  async listParticipants(conferenceId: string, status?: ParticipantStatus): Promise<ParticipantRow[]> {
    const rows = status
      ? this.db
          .prepare('SELECT * FROM participants WHERE conference_id = ? AND status = ? ORDER BY created_at')
          .all(conferenceId, status)
      : this.db
          .prepare('SELECT * FROM participants WHERE conference_id = ? ORDER BY created_at')
          .all(conferenceId);
    return (rows as Row[]).map((r) => this.participantFrom(r));
  }
  async setParticipantStatus(
    id: string,
    status: ParticipantStatus,
    at: string,
    coolOffUntil: string | null = null,
  ): Promise<void> {
    this.db
      .prepare('UPDATE participants SET status = ?, decided_at = ?, cool_off_until = ? WHERE id = ?')
      .run(status, at, coolOffUntil, id);
  }

  // ---------------------------------------------------------------------------------- documents
  private insertStatement: Statement | null = null;
  /** Prepared once: inserts happen for every keystroke of every conference. */
  private insertUpdate(): Statement {
    this.insertStatement ??= this.db.prepare(
      'INSERT INTO doc_updates (doc_name, data, bytes) VALUES (?, ?, ?)',
    );
    return this.insertStatement;
  }

  async appendUpdates(docName: string, updates: Uint8Array[]): Promise<number> {
    const [last] = await this.appendUpdateBatches([{ docName, updates }]);
    return last ?? 0;
  }

  async appendUpdateBatches(batches: { docName: string; updates: Uint8Array[] }[]): Promise<number[]> {
    return this.writer.write(
      batches.map(({ docName, updates }) => ({
        docName,
        rows: updates.map((u) => ({ data: this.cipher.encrypt(u, `doc:${docName}`), bytes: u.byteLength })),
      })),
    );
  }

  async loadUpdates(docName: string): Promise<StoredUpdates> {
    const rows = this.db
      .prepare('SELECT seq, data, bytes FROM doc_updates WHERE doc_name = ? ORDER BY seq')
      .all(docName) as Row[];
    let bytes = 0;
    const updates = rows.map((r) => {
      bytes += Number(r.bytes);
      return new Uint8Array(this.cipher.decrypt(r.data as Buffer, `doc:${docName}`));
    });
    const last = rows.at(-1);
    return { updates, lastSeq: last ? Number(last.seq) : 0, bytes };
  }

  async compact(docName: string, merged: Uint8Array, uptoSeq: number): Promise<void> {
    const insert = this.insertUpdate();
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM doc_updates WHERE doc_name = ? AND seq <= ?').run(docName, uptoSeq);
        insert.run(docName, this.cipher.encrypt(merged, `doc:${docName}`), merged.byteLength);
      })
      .immediate();
  }

  // ---------------------------------------------------------------------------------- control state
  getRoom: Store['getRoom'] = (...a) => this.roomState.getRoom(...a);
  setRoom: Store['setRoom'] = (...a) => this.roomState.setRoom(...a);
  listHands: Store['listHands'] = (...a) => this.roomState.listHands(...a);
  raiseHand: Store['raiseHand'] = (...a) => this.roomState.raiseHand(...a);
  lowerHand: Store['lowerHand'] = (...a) => this.roomState.lowerHand(...a);
  createSuggestion: Store['createSuggestion'] = (...a) => this.roomState.createSuggestion(...a);
  listSuggestions: Store['listSuggestions'] = (...a) => this.roomState.listSuggestions(...a);
  resolveSuggestion: Store['resolveSuggestion'] = (...a) => this.roomState.resolveSuggestion(...a);

  // ---------------------------------------------------------------------------------- snapshots, closing
  appendSnapshot: Store['appendSnapshot'] = (...a) => this.snapshots.appendSnapshot(...a);
  listSnapshots: Store['listSnapshots'] = (...a) => this.snapshots.listSnapshots(...a);
  getSnapshot: Store['getSnapshot'] = (...a) => this.snapshots.getSnapshot(...a);
  listSnapshotConferences: Store['listSnapshotConferences'] = () => this.snapshots.listSnapshotConferences();
  closeConference: Store['closeConference'] = (...a) => this.closing.closeConference(...a);
  listConferencesClosedBefore: Store['listConferencesClosedBefore'] = (...a) =>
    this.closing.listConferencesClosedBefore(...a);
  purgeConference: Store['purgeConference'] = (...a) => this.closing.purgeConference(...a);

  // ---------------------------------------------------------------------------------- audit
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
