/** The control state tables (presenter focus, raised hands, suggestions) of the SQLite store. */
import type Database from 'better-sqlite3';
import type { Stage } from '@cb/shared/doc/schema';
import type { FocusSection, RaisedHand, Suggestion } from '@cb/shared/protocol';
import type { Cipher } from '../crypto.ts';

type Row = Record<string, unknown>;
const s = (v: unknown): string => String(v);
const sOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export class SqliteRoomState {
  constructor(
    private readonly db: Database.Database,
    private readonly cipher: Cipher,
  ) {}

  async getRoom(conferenceId: string): Promise<{ stage: Stage; focus: FocusSection | null }> {
    return this.readRoom(conferenceId);
  }

  private readRoom(conferenceId: string): { stage: Stage; focus: FocusSection | null } {
    const r = this.db
      .prepare('SELECT stage, focus FROM room_state WHERE conference_id = ?')
      .get(conferenceId) as Row | undefined;
    return r
      ? { stage: s(r.stage) as Stage, focus: sOrNull(r.focus) as FocusSection | null }
      : { stage: 'part-one', focus: null };
  }

  async setRoom(
    conferenceId: string,
    patch: { stage?: Stage; focus?: FocusSection | null },
    at: string,
  ): Promise<void> {
    // Read and write in one IMMEDIATE transaction: no other write can land in between.
    this.db
      .transaction(() => {
        const next = { ...this.readRoom(conferenceId), ...patch };
        this.db
          .prepare(
            `INSERT INTO room_state (conference_id, stage, focus, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (conference_id) DO UPDATE SET stage = excluded.stage, focus = excluded.focus, updated_at = excluded.updated_at`,
          )
          .run(conferenceId, next.stage, next.focus, at);
      })
      .immediate();
  }

  async listHands(conferenceId: string): Promise<RaisedHand[]> {
    const rows = this.db
      .prepare('SELECT * FROM raised_hands WHERE conference_id = ? ORDER BY since')
      .all(conferenceId) as Row[];
    return rows.map((r) => ({
      key: s(r.hand_key),
      name: this.cipher.decryptText(r.name as Buffer, `hand:${conferenceId}:${s(r.hand_key)}`),
      role: s(r.role) as RaisedHand['role'],
      since: s(r.since),
    }));
  }
  async raiseHand(conferenceId: string, hand: RaisedHand): Promise<void> {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO raised_hands (conference_id, hand_key, name, role, since) VALUES (?, ?, ?, ?, ?)',
      )
      .run(
        conferenceId,
        hand.key,
        this.cipher.encryptText(hand.name, `hand:${conferenceId}:${hand.key}`),
        hand.role,
        hand.since,
      );
  }
  async lowerHand(conferenceId: string, key: string): Promise<boolean> {
    return (
      this.db
        .prepare('DELETE FROM raised_hands WHERE conference_id = ? AND hand_key = ?')
        .run(conferenceId, key).changes > 0
    );
  }
  async createSuggestion(conferenceId: string, x: Suggestion, authorKey: string): Promise<void> {
    const body = JSON.stringify({ text: x.text, by: x.by });
    this.db
      .prepare(
        `INSERT INTO suggestions (id, conference_id, section, kind, body, author_key, status, created_at, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
      )
      .run(
        x.id,
        conferenceId,
        x.section,
        x.kind,
        this.cipher.encryptText(body, `suggestion:${x.id}`),
        authorKey,
        x.status,
        x.createdAt,
      );
  }
  async listSuggestions(
    conferenceId: string,
    status: Suggestion['status'],
  ): Promise<(Suggestion & { authorKey: string })[]> {
    const rows = this.db
      .prepare('SELECT * FROM suggestions WHERE conference_id = ? AND status = ? ORDER BY created_at')
      .all(conferenceId, status) as Row[];
    return rows.map((r) => {
      const body = JSON.parse(this.cipher.decryptText(r.body as Buffer, `suggestion:${s(r.id)}`)) as Pick<
        Suggestion,
        'text' | 'by'
      >;
      return {
        id: s(r.id),
        section: s(r.section) as Suggestion['section'],
        kind: sOrNull(r.kind) as Suggestion['kind'],
        text: body.text,
        by: body.by,
        createdAt: s(r.created_at),
        status: s(r.status) as Suggestion['status'],
        authorKey: s(r.author_key),
      };
    });
  }
  async resolveSuggestion(
    conferenceId: string,
    id: string,
    status: 'accepted' | 'dismissed',
    at: string,
  ): Promise<boolean> {
    return (
      this.db
        .prepare(
          `UPDATE suggestions SET status = ?, decided_at = ? WHERE id = ? AND conference_id = ? AND status = 'open'`,
        )
        .run(status, at, id, conferenceId).changes > 0
    );
  }
}
