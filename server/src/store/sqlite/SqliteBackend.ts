/**
 * The embedded backend: one SQLite file (WAL) under the data dir, each port in its own module.
 * better-sqlite3 is synchronous, so every method has finished, and its write is on disk
 * (synchronous=FULL), when its promise resolves; document updates are written by their own
 * connection and synced by one group fdatasync of the WAL, off the event loop (WalWriter.ts). It holds secret fields only as sealed bytes: wrap it
 * in SealedStore (SqliteStore.ts does) to get a Store.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { StoreBackend } from '../ports/backend.ts';
import { applyMigrations } from './migrations.ts';
import { SqliteAccounts } from './SqliteAccounts.ts';
import { SqliteAudit } from './SqliteAudit.ts';
import { SqliteClosing } from './SqliteClosing.ts';
import { SqliteConferences } from './SqliteConferences.ts';
import { SqliteDocuments } from './SqliteDocuments.ts';
import { SqliteLinks } from './SqliteLinks.ts';
import { SqliteRoomState } from './SqliteRoomState.ts';
import { SqliteSnapshots } from './SqliteSnapshots.ts';

export function openSqliteBackend(file: string): StoreBackend {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before we acknowledge it, even across a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  applyMigrations(db);
  const documents = new SqliteDocuments(db, file);
  return {
    lifecycle: {
      kind: 'sqlite',
      ping: async () => (db.prepare('SELECT 1 AS ok').get() as { ok: number }).ok === 1,
      close: async () => {
        await documents.close();
        if (db.open) db.close();
      },
    },
    accounts: new SqliteAccounts(db),
    conferences: new SqliteConferences(db),
    links: new SqliteLinks(db),
    documents,
    roomState: new SqliteRoomState(db),
    snapshots: new SqliteSnapshots(db),
    closing: new SqliteClosing(db),
    audit: new SqliteAudit(db),
  };
}
