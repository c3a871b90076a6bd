/** Links and participants in SQLite; labels and names arrive and leave sealed. */
import type Database from 'better-sqlite3';
import type { ParticipantStatus } from '@cb/shared/protocol';
import type { LinksBackend, SealedLinkRow, SealedParticipantRow } from '../ports/links.ts';
import { blob, bound, s, sOrNull, type Row } from './rows.ts';

function linkFrom(r: Row): SealedLinkRow {
  return {
    id: s(r.id),
    conferenceId: s(r.conference_id),
    role: s(r.role) as SealedLinkRow['role'],
    label: blob(r.label),
    tokenHash: s(r.token_hash),
    createdBy: s(r.created_by),
    createdAt: s(r.created_at),
    expiresAt: sOrNull(r.expires_at),
    revokedAt: sOrNull(r.revoked_at),
  };
}

function participantFrom(r: Row): SealedParticipantRow {
  return {
    id: s(r.id),
    conferenceId: s(r.conference_id),
    linkId: s(r.link_id),
    role: s(r.role) as SealedParticipantRow['role'],
    name: blob(r.name),
    tokenHash: s(r.token_hash),
    status: s(r.status) as ParticipantStatus,
    createdAt: s(r.created_at),
    decidedAt: sOrNull(r.decided_at),
    coolOffUntil: sOrNull(r.cool_off_until),
  };
}

export class SqliteLinks implements LinksBackend {
  constructor(private readonly db: Database.Database) {}

  async createLink(l: SealedLinkRow): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO links (id, conference_id, role, label, token_hash, created_by, created_at, expires_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        l.id,
        l.conferenceId,
        l.role,
        bound(l.label),
        l.tokenHash,
        l.createdBy,
        l.createdAt,
        l.expiresAt,
        l.revokedAt,
      );
  }
  async findLinkByTokenHash(tokenHash: string): Promise<SealedLinkRow | null> {
    const r = this.db.prepare('SELECT * FROM links WHERE token_hash = ?').get(tokenHash) as Row | undefined;
    return r ? linkFrom(r) : null;
  }
  async findLink(id: string): Promise<SealedLinkRow | null> {
    const r = this.db.prepare('SELECT * FROM links WHERE id = ?').get(id) as Row | undefined;
    return r ? linkFrom(r) : null;
  }
  async listLinks(conferenceId: string): Promise<SealedLinkRow[]> {
    return (
      this.db
        .prepare('SELECT * FROM links WHERE conference_id = ? ORDER BY created_at')
        .all(conferenceId) as Row[]
    ).map(linkFrom);
  }
  async revokeLink(id: string, at: string): Promise<void> {
    this.db.prepare('UPDATE links SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?').run(at, id);
  }

  async createParticipant(p: SealedParticipantRow): Promise<void> {
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
        bound(p.name),
        p.tokenHash,
        p.status,
        p.createdAt,
        p.decidedAt,
      );
  }
  async findParticipantByTokenHash(tokenHash: string): Promise<SealedParticipantRow | null> {
    const r = this.db.prepare('SELECT * FROM participants WHERE token_hash = ?').get(tokenHash) as
      Row | undefined;
    return r ? participantFrom(r) : null;
  }
  async findParticipant(id: string): Promise<SealedParticipantRow | null> {
    const r = this.db.prepare('SELECT * FROM participants WHERE id = ?').get(id) as Row | undefined;
    return r ? participantFrom(r) : null;
  }
  async listParticipants(conferenceId: string, status?: ParticipantStatus): Promise<SealedParticipantRow[]> {
    const rows = status
      ? this.db
          .prepare('SELECT * FROM participants WHERE conference_id = ? AND status = ? ORDER BY created_at')
          .all(conferenceId, status)
      : this.db
          .prepare('SELECT * FROM participants WHERE conference_id = ? ORDER BY created_at')
          .all(conferenceId);
    return (rows as Row[]).map(participantFrom);
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
}
