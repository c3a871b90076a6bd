/** Conferences and their children in SQLite; the personal fields arrive and leave sealed. */
import type Database from 'better-sqlite3';
import type {
  ConferencesBackend,
  SealedConferenceRow,
  SealedDistributionRow,
  SealedInvitationRow,
  SealedReportRow,
} from '../ports/conferences.ts';
import { blob, blobOrNull, bound, boundOrNull, s, sOrNull, type Row } from './rows.ts';

export class SqliteConferences implements ConferencesBackend {
  constructor(private readonly db: Database.Database) {}

  async createConference(c: SealedConferenceRow): Promise<void> {
    this.db
      .transaction(() => {
        this.db
          .prepare(
            `INSERT INTO conferences (id, kind, title, place, scheduled_at, status, chair_user_id, created_by, created_at, closed_at,
             strategy_discussion_on, reason)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            c.id,
            c.kind,
            bound(c.title),
            boundOrNull(c.place),
            c.scheduledAt,
            c.status,
            c.chairUserId,
            c.createdBy,
            c.createdAt,
            c.closedAt,
            c.strategyDiscussionOn ?? null,
            c.reason ? bound(c.reason) : null,
          );
        const insertChild = this.db.prepare(
          'INSERT INTO children (id, conference_id, position, name, date_of_birth) VALUES (?, ?, ?, ?, ?)',
        );
        c.children.forEach((child, i) =>
          insertChild.run(child.id, c.id, i, bound(child.name), boundOrNull(child.dateOfBirth)),
        );
      })
      .immediate();
  }

  private conferenceFrom(r: Row): SealedConferenceRow {
    const id = s(r.id);
    const children = (
      this.db.prepare('SELECT * FROM children WHERE conference_id = ? ORDER BY position').all(id) as Row[]
    ).map((c) => ({ id: s(c.id), name: blob(c.name), dateOfBirth: blobOrNull(c.date_of_birth) }));
    return {
      id,
      kind: s(r.kind) as SealedConferenceRow['kind'],
      title: blob(r.title),
      place: blobOrNull(r.place),
      scheduledAt: s(r.scheduled_at),
      status: s(r.status) as SealedConferenceRow['status'],
      chairUserId: s(r.chair_user_id),
      createdBy: s(r.created_by),
      createdAt: s(r.created_at),
      closedAt: sOrNull(r.closed_at),
      purgedAt: sOrNull(r.purged_at),
      startedAt: sOrNull(r.started_at),
      chairName: blobOrNull(r.chair_name),
      strategyDiscussionOn: sOrNull(r.strategy_discussion_on),
      reason: blobOrNull(r.reason),
      children,
    };
  }

  async findConference(id: string): Promise<SealedConferenceRow | null> {
    const r = this.db.prepare('SELECT * FROM conferences WHERE id = ?').get(id) as Row | undefined;
    return r ? this.conferenceFrom(r) : null;
  }
  async startConference(id: string, startedAt: string, chairName: Uint8Array): Promise<boolean> {
    const changed = this.db
      .prepare(
        `UPDATE conferences SET status = 'live', started_at = ?, chair_name = ?
         WHERE id = ? AND status = 'scheduled'`,
      )
      .run(startedAt, bound(chairName), id).changes;
    return changed === 1;
  }
  async listConferences(filter: { chairUserId?: string }): Promise<SealedConferenceRow[]> {
    const rows = filter.chairUserId
      ? this.db
          .prepare('SELECT * FROM conferences WHERE chair_user_id = ? ORDER BY scheduled_at DESC')
          .all(filter.chairUserId)
      : this.db.prepare('SELECT * FROM conferences ORDER BY scheduled_at DESC').all();
    return (rows as Row[]).map((r) => this.conferenceFrom(r));
  }
  async recordDistribution(e: SealedDistributionRow): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO distribution (id, conference_id, document, recipient, sent_on, sent_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.id, e.conferenceId, e.document, bound(e.to), e.sentOn, e.sentBy, e.recordedAt);
  }
  async listDistribution(conferenceId: string): Promise<SealedDistributionRow[]> {
    const rows = this.db
      .prepare('SELECT * FROM distribution WHERE conference_id = ? ORDER BY recorded_at, rowid')
      .all(conferenceId) as Row[];
    return rows.map((r) => ({
      id: s(r.id),
      conferenceId: s(r.conference_id),
      document: s(r.document) as SealedDistributionRow['document'],
      to: blob(r.recipient),
      sentOn: s(r.sent_on),
      sentBy: s(r.sent_by),
      recordedAt: s(r.recorded_at),
    }));
  }
  async saveReport(r: SealedReportRow): Promise<void> {
    const child = r.sharedWithChild === null ? null : r.sharedWithChild ? 1 : 0;
    this.db
      .prepare(
        `INSERT INTO reports (id, conference_id, position, agency, author, received_on, shared_with_family_on,
           shared_with_child, not_shared_reason, updated_at)
         VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM reports WHERE conference_id = ?), ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET agency = excluded.agency, author = excluded.author,
           received_on = excluded.received_on, shared_with_family_on = excluded.shared_with_family_on,
           shared_with_child = excluded.shared_with_child, not_shared_reason = excluded.not_shared_reason,
           updated_at = excluded.updated_at
         WHERE reports.conference_id = excluded.conference_id`,
      )
      .run(
        r.id,
        r.conferenceId,
        r.conferenceId,
        bound(r.agency),
        bound(r.author),
        r.receivedOn,
        r.sharedWithFamilyOn,
        child,
        bound(r.notSharedReason),
        r.updatedAt,
      );
  }
  async listReports(conferenceId: string): Promise<SealedReportRow[]> {
    const rows = this.db
      .prepare('SELECT * FROM reports WHERE conference_id = ? ORDER BY position')
      .all(conferenceId) as Row[];
    return rows.map((r) => ({
      id: s(r.id),
      conferenceId: s(r.conference_id),
      agency: blob(r.agency),
      author: blob(r.author),
      receivedOn: sOrNull(r.received_on),
      sharedWithFamilyOn: sOrNull(r.shared_with_family_on),
      sharedWithChild: r.shared_with_child === null ? null : Number(r.shared_with_child) === 1,
      notSharedReason: blob(r.not_shared_reason),
      updatedAt: s(r.updated_at),
    }));
  }
  async saveInvitation(i: SealedInvitationRow): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO invitations (link_id, conference_id, agency_type, details, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(i.linkId, i.conferenceId, i.agencyType, bound(i.details), i.createdAt);
  }
  async listInvitations(conferenceId: string): Promise<SealedInvitationRow[]> {
    const rows = this.db
      .prepare('SELECT * FROM invitations WHERE conference_id = ? ORDER BY created_at, rowid')
      .all(conferenceId) as Row[];
    return rows.map((r) => ({
      linkId: s(r.link_id),
      conferenceId: s(r.conference_id),
      agencyType: s(r.agency_type),
      details: blob(r.details),
      createdAt: s(r.created_at),
    }));
  }
}
