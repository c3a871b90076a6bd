import type Database from 'better-sqlite3';

/**
 * SQLite schema, versioned. Each entry runs once, in order, inside a transaction; the applied
 * versions are recorded in schema_migrations. Never edit a shipped migration: add the next one.
 */
export const SQLITE_MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE staff_users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'chair')),
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES staff_users(id),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      -- title, place, children's names and dates of birth are personal data: sealed (AES-256-GCM).
      CREATE TABLE conferences (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title BLOB NOT NULL,
        place BLOB,
        scheduled_at TEXT NOT NULL,
        status TEXT NOT NULL,
        chair_user_id TEXT NOT NULL REFERENCES staff_users(id),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        closed_at TEXT
      );
      CREATE TABLE children (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conferences(id),
        position INTEGER NOT NULL,
        name BLOB NOT NULL,
        date_of_birth BLOB
      );
      CREATE INDEX children_by_conference ON children (conference_id, position);
      CREATE TABLE links (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conferences(id),
        role TEXT NOT NULL,
        label BLOB NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX links_by_conference ON links (conference_id);
      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conferences(id),
        link_id TEXT NOT NULL REFERENCES links(id),
        role TEXT NOT NULL,
        name BLOB NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        decided_at TEXT
      );
      CREATE INDEX participants_by_conference ON participants (conference_id, status);
      CREATE TABLE doc_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_name TEXT NOT NULL,
        data BLOB NOT NULL,
        bytes INTEGER NOT NULL
      );
      CREATE INDEX doc_updates_by_doc ON doc_updates (doc_name, seq);
      -- Append-only; each row chains a SHA-256 over the previous row's hash.
      CREATE TABLE snapshots (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        state BLOB NOT NULL,
        json BLOB NOT NULL,
        prev_sha256 TEXT NOT NULL,
        sha256 TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        conference_id TEXT,
        detail TEXT NOT NULL
      );
      CREATE INDEX audit_by_conference ON audit_log (conference_id, seq);
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER snapshots_append_only_update BEFORE UPDATE ON snapshots
        BEGIN SELECT RAISE(ABORT, 'snapshots are append-only'); END;
    `,
  },
  {
    version: 2,
    sql: `
      -- Control state that must survive a reconnect (and a restart): stage, presenter focus, raised hands,
      -- suggestions from professionals. Names and suggestion text are sealed.
      CREATE TABLE room_state (
        conference_id TEXT PRIMARY KEY REFERENCES conferences(id),
        stage TEXT NOT NULL DEFAULT 'part-one',
        focus TEXT,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE raised_hands (
        conference_id TEXT NOT NULL REFERENCES conferences(id),
        hand_key TEXT NOT NULL,
        name BLOB NOT NULL,
        role TEXT NOT NULL,
        since TEXT NOT NULL,
        PRIMARY KEY (conference_id, hand_key)
      );
      CREATE TABLE suggestions (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conferences(id),
        section TEXT NOT NULL,
        kind TEXT,
        body BLOB NOT NULL,
        author_key TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        decided_at TEXT
      );
      CREATE INDEX suggestions_by_conference ON suggestions (conference_id, status, created_at);
    `,
  },
  {
    version: 3,
    sql: `
      -- The snapshot chain (snapshots/chain.ts). Version 1's snapshots table was never written to by
      -- any release; it is replaced by one with both documents and a per-conference seq.
      DROP TRIGGER IF EXISTS snapshots_append_only_update;
      DROP TABLE IF EXISTS snapshots;
      CREATE TABLE snapshots (
        conference_id TEXT NOT NULL REFERENCES conferences(id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        taken_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('periodic', 'stage', 'close', 'manual')),
        stage TEXT NOT NULL,
        -- sealed (AES-256-GCM, bound to conference, seq and part); the hashes stay in clear
        public_state BLOB NOT NULL,
        restricted_state BLOB NOT NULL,
        json BLOB NOT NULL,
        prev_sha256 TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        PRIMARY KEY (conference_id, seq)
      );
      CREATE TRIGGER snapshots_append_only_update BEFORE UPDATE ON snapshots
        BEGIN SELECT RAISE(ABORT, 'snapshots are append-only'); END;
      -- Only the retention purge deletes snapshots, and only a closed conference's.
      CREATE TRIGGER snapshots_kept_while_open BEFORE DELETE ON snapshots
        WHEN (SELECT status FROM conferences WHERE id = OLD.conference_id) IS NOT 'closed'
        BEGIN SELECT RAISE(ABORT, 'snapshots of a conference that is not closed are kept'); END;
      -- Set when the retention purge has removed a closed conference's records.
      ALTER TABLE conferences ADD COLUMN purged_at TEXT;
      CREATE INDEX conferences_by_closed ON conferences (status, closed_at);
    `,
  },
  {
    version: 4,
    sql: `
      -- A refused or removed person's device may not ask to join again before this time.
      ALTER TABLE participants ADD COLUMN cool_off_until TEXT;
    `,
  },
  {
    version: 5,
    sql: `
      -- One sealed row per document per batch: 0 = the row seals one update as is (every row
      -- before this version); n >= 1 = it seals n updates, framed (store/sealing/updateFrames.ts).
      ALTER TABLE doc_updates ADD COLUMN frames INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 6,
    sql: `
      -- When the conference began (status 'live' from then) and who chaired it, as they joined
      -- (sealed: store/sealing/aad.ts conferenceChairName).
      ALTER TABLE conferences ADD COLUMN started_at TEXT;
      ALTER TABLE conferences ADD COLUMN chair_name BLOB;
    `,
  },
  {
    version: 7,
    sql: `
      -- What the room's screen shows (protocol ROOM_VIEWS); null is the whole board.
      ALTER TABLE room_state ADD COLUMN screen TEXT;
    `,
  },
  {
    version: 8,
    sql: `
      -- The strategy discussion (transfer-in: notification) it was convened from, YYYY-MM-DD, and
      -- why (sealed: aad.ts conferenceReason).
      ALTER TABLE conferences ADD COLUMN strategy_discussion_on TEXT;
      ALTER TABLE conferences ADD COLUMN reason BLOB;
      -- Who was sent the plan, the family's letter or the minutes, when and by whom (recipient
      -- sealed: aad.ts distributionRecipient).
      CREATE TABLE distribution (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conferences(id),
        document TEXT NOT NULL,
        recipient BLOB NOT NULL,
        sent_on TEXT NOT NULL,
        sent_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX distribution_by_conference ON distribution (conference_id, recorded_at);
    `,
  },
  {
    version: 9,
    sql: `
      -- Each agency's report: received, shared with the family and the child (agency, author and
      -- the reason not shared sealed: aad.ts report*).
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        conference_id TEXT NOT NULL REFERENCES conferences(id),
        position INTEGER NOT NULL,
        agency BLOB NOT NULL,
        author BLOB NOT NULL,
        received_on TEXT,
        shared_with_family_on TEXT,
        shared_with_child INTEGER,
        not_shared_reason BLOB NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX reports_by_conference ON reports (conference_id, position);
    `,
  },
  {
    version: 10,
    sql: `
      -- The person each invitation link was made for (name, job, agency, emails: one sealed JSON
      -- object, aad.ts invitationDetails), so the board's attendance can be filled in before the day.
      CREATE TABLE invitations (
        link_id TEXT PRIMARY KEY REFERENCES links(id),
        conference_id TEXT NOT NULL REFERENCES conferences(id),
        agency_type TEXT NOT NULL,
        details BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX invitations_by_conference ON invitations (conference_id, created_at);
    `,
  },
];

/**
 * Runs every migration not yet applied, each in its own transaction, in order; only those up to
 * `upToVersion` when given (tests make files as an older release left them).
 */
export function applyMigrations(db: Database.Database, upToVersion = Number.POSITIVE_INFINITY): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) =>
      Number(r.version),
    ),
  );
  for (const m of SQLITE_MIGRATIONS) {
    if (applied.has(m.version) || m.version > upToVersion) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        m.version,
        new Date().toISOString(),
      );
    }).immediate();
  }
}
