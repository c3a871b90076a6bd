/**
 * The control state tables (stage, presenter focus, raised hands, suggestions) of the SQLite
 * store; names and suggestion bodies arrive and leave sealed.
 */
import type Database from 'better-sqlite3';
import type { Stage } from '@cb/shared/doc/schema';
import type { FocusSection, RoomView, Suggestion } from '@cb/shared/protocol';
import type { RoomStateBackend, SealedHand, SealedSuggestion } from '../ports/roomState.ts';
import { blob, bound, s, sOrNull, type Row } from './rows.ts';

type Room = { stage: Stage; focus: FocusSection | null; screen: RoomView };

export class SqliteRoomState implements RoomStateBackend {
  constructor(private readonly db: Database.Database) {}

  async getRoom(conferenceId: string): Promise<Room> {
    return this.readRoom(conferenceId);
  }

  private readRoom(conferenceId: string): Room {
    const r = this.db
      .prepare('SELECT stage, focus, screen FROM room_state WHERE conference_id = ?')
      .get(conferenceId) as Row | undefined;
    return r
      ? {
          stage: s(r.stage) as Stage,
          focus: sOrNull(r.focus) as FocusSection | null,
          screen: (sOrNull(r.screen) ?? 'board') as RoomView,
        }
      : { stage: 'part-one', focus: null, screen: 'board' };
  }

  async setRoom(conferenceId: string, patch: Partial<Room>, at: string): Promise<void> {
    // Read and write in one IMMEDIATE transaction: no other write can land in between.
    this.db
      .transaction(() => {
        const next = { ...this.readRoom(conferenceId), ...patch };
        this.db
          .prepare(
            `INSERT INTO room_state (conference_id, stage, focus, screen, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (conference_id) DO UPDATE SET stage = excluded.stage, focus = excluded.focus,
             screen = excluded.screen, updated_at = excluded.updated_at`,
          )
          .run(conferenceId, next.stage, next.focus, next.screen === 'board' ? null : next.screen, at);
      })
      .immediate();
  }

  async listHands(conferenceId: string): Promise<SealedHand[]> {
    const rows = this.db
      .prepare('SELECT * FROM raised_hands WHERE conference_id = ? ORDER BY since')
      .all(conferenceId) as Row[];
    return rows.map((r) => ({
      key: s(r.hand_key),
      name: blob(r.name),
      role: s(r.role) as SealedHand['role'],
      since: s(r.since),
    }));
  }
  async raiseHand(conferenceId: string, hand: SealedHand): Promise<void> {
    this.db
      .prepare(
        'INSERT OR IGNORE INTO raised_hands (conference_id, hand_key, name, role, since) VALUES (?, ?, ?, ?, ?)',
      )
      .run(conferenceId, hand.key, bound(hand.name), hand.role, hand.since);
  }
  async lowerHand(conferenceId: string, key: string): Promise<boolean> {
    return (
      this.db
        .prepare('DELETE FROM raised_hands WHERE conference_id = ? AND hand_key = ?')
        .run(conferenceId, key).changes > 0
    );
  }
  async createSuggestion(conferenceId: string, x: SealedSuggestion, authorKey: string): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO suggestions (id, conference_id, section, kind, body, author_key, status, created_at, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)`,
      )
      .run(x.id, conferenceId, x.section, x.kind, bound(x.body), authorKey, x.status, x.createdAt);
  }
  async listSuggestions(
    conferenceId: string,
    status: Suggestion['status'],
  ): Promise<(SealedSuggestion & { authorKey: string })[]> {
    const rows = this.db
      .prepare('SELECT * FROM suggestions WHERE conference_id = ? AND status = ? ORDER BY created_at')
      .all(conferenceId, status) as Row[];
    return rows.map((r) => ({
      id: s(r.id),
      section: s(r.section) as Suggestion['section'],
      kind: sOrNull(r.kind) as Suggestion['kind'],
      body: blob(r.body),
      createdAt: s(r.created_at),
      status: s(r.status) as Suggestion['status'],
      authorKey: s(r.author_key),
    }));
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
