/**
 * The SQLite store: the whole contract suite on a real file in a temp dir, then what only SQLite
 * has: files left by an older release (before frames, migration 5) still read, the tables'
 * append-only triggers, and a failed write rejecting every waiting write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCipher } from '../crypto.ts';
import { storeContract } from './contract/storeContract.ts';
import { snapshotOf } from './contract/snapshots.contract.ts';
import { applyMigrations } from './sqlite/migrations.ts';
import { openSqliteBackend } from './sqlite/SqliteBackend.ts';
import { SqliteStore } from './SqliteStore.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-sqlite-store-'));
  dirs.push(dir);
  return path.join(dir, 'db.sqlite');
}

storeContract('sqlite', async () => {
  const file = tempFile();
  return {
    backend: openSqliteBackend(file),
    reopen: () => openSqliteBackend(file),
    // The database and whatever WAL and shared-memory files are left beside it.
    bytesAtRest: async () =>
      fs.readdirSync(path.dirname(file)).map((f) => fs.readFileSync(path.join(path.dirname(file), f))),
  };
});

const KEY = Buffer.alloc(32, 0x3d);
const CONFERENCE = '00000000-0000-4000-8000-0000000000a1';

describe('sqlite: a file left by an older release', () => {
  it('reads everything written before frames existed, and adds to it', async () => {
    // The file as release 4 of the schema left it, rows sealed as that release sealed them
    // (the AAD strings written out here on purpose: they may never change).
    const file = tempFile();
    const cipher = createCipher(KEY);
    const db = new Database(file);
    applyMigrations(db, 4);
    const seal = (text: string, aad: string) => cipher.encryptText(text, aad);
    db.prepare(
      `INSERT INTO staff_users (id, email, name, role, password_hash, created_at) VALUES ('u1', 'chair@example.test', 'Chair Fictional', 'chair', 'x', 'then')`,
    ).run();
    db.prepare(
      `INSERT INTO conferences (id, kind, title, place, scheduled_at, status, chair_user_id, created_by, created_at, closed_at)
       VALUES (?, 'initial', ?, ?, '2026-12-03T10:00:00.000Z', 'scheduled', 'u1', 'test', 'then', NULL)`,
    ).run(
      CONFERENCE,
      seal('Old title (fictional)', `conference:${CONFERENCE}:title`),
      seal('Old place', `conference:${CONFERENCE}:place`),
    );
    db.prepare(
      `INSERT INTO children (id, conference_id, position, name, date_of_birth) VALUES ('k1', ?, 0, ?, ?)`,
    ).run(CONFERENCE, seal('Oldchild Fictional', 'child:k1:name'), seal('2020-01-01', 'child:k1:dob'));
    db.prepare(
      `INSERT INTO links (id, conference_id, role, label, token_hash, created_by, created_at) VALUES ('l1', ?, 'family', ?, 'h1', 'x', 'then')`,
    ).run(CONFERENCE, seal('Old label', 'link:l1:label'));
    db.prepare(
      `INSERT INTO participants (id, conference_id, link_id, role, name, token_hash, status, created_at) VALUES ('p1', ?, 'l1', 'family', ?, 'ph1', 'waiting', 'then')`,
    ).run(CONFERENCE, seal('Oldparent Fictional', 'participant:p1:name'));
    db.prepare(
      `INSERT INTO raised_hands (conference_id, hand_key, name, role, since) VALUES (?, 'p1', ?, 'family', 'then')`,
    ).run(CONFERENCE, seal('Oldparent Fictional', `hand:${CONFERENCE}:p1`));
    const body = JSON.stringify({
      text: 'Old suggestion',
      by: { name: 'Pro Fictional', role: 'professional', participantId: null },
    });
    db.prepare(
      `INSERT INTO suggestions (id, conference_id, section, kind, body, author_key, status, created_at) VALUES ('s1', ?, 'worries', NULL, ?, 'pk', 'open', 'then')`,
    ).run(CONFERENCE, seal(body, 'suggestion:s1'));
    const insertUpdate = db.prepare('INSERT INTO doc_updates (doc_name, data, bytes) VALUES (?, ?, ?)');
    for (const update of [[1, 1], [2, 2, 2], [3]])
      insertUpdate.run(
        CONFERENCE,
        cipher.encrypt(new Uint8Array(update), `doc:${CONFERENCE}`),
        update.length,
      );
    db.close();

    const store = new SqliteStore(file, cipher);
    try {
      expect(await store.findConference(CONFERENCE)).toMatchObject({
        title: 'Old title (fictional)',
        place: 'Old place',
        children: [{ id: 'k1', name: 'Oldchild Fictional', dateOfBirth: '2020-01-01' }],
      });
      expect((await store.findLink('l1'))?.label).toBe('Old label');
      expect((await store.findParticipant('p1'))?.name).toBe('Oldparent Fictional');
      expect((await store.listHands(CONFERENCE))[0]?.name).toBe('Oldparent Fictional');
      expect((await store.listSuggestions(CONFERENCE, 'open'))[0]).toMatchObject({
        text: 'Old suggestion',
        by: { name: 'Pro Fictional' },
      });
      const before = await store.loadUpdates(CONFERENCE);
      expect(before.updates.map((u) => [...u])).toEqual([[1, 1], [2, 2, 2], [3]]);
      expect(before).toMatchObject({ lastSeq: 3, bytes: 6 });
      const last = await store.appendUpdates(CONFERENCE, [new Uint8Array([4]), new Uint8Array([5, 5])]);
      expect(last).toBe(4);
      const after = await store.loadUpdates(CONFERENCE);
      expect(after.updates.map((u) => [...u])).toEqual([[1, 1], [2, 2, 2], [3], [4], [5, 5]]);
      expect(after).toMatchObject({ lastSeq: 4, bytes: 9 });
      await store.compact(CONFERENCE, new Uint8Array([9]), last);
      expect((await store.loadUpdates(CONFERENCE)).updates.map((u) => [...u])).toEqual([[9]]);
    } finally {
      await store.close();
    }
  });
});

describe('sqlite: the tables themselves', () => {
  it('keeps snapshots append-only in SQLite itself, and their contents sealed at rest', async () => {
    const file = tempFile();
    const store = new SqliteStore(file, createCipher(KEY));
    const secret = 'Snapshot text that must never be stored in clear ZQ-4471';
    try {
      await store.createStaffUser({
        id: 'chair-1',
        email: 'chair-1@example.test',
        name: 'Chair Fictional',
        role: 'chair',
        passwordHash: 'x',
        createdAt: 'then',
      });
      await store.createConference({
        id: CONFERENCE,
        kind: 'initial',
        title: 'Snapshot store test (fictional)',
        place: null,
        scheduledAt: '2026-12-03T10:00:00.000Z',
        status: 'scheduled',
        chairUserId: 'chair-1',
        createdBy: 'test',
        createdAt: 'then',
        closedAt: null,
        children: [],
      });
      await store.appendSnapshot(snapshotOf(CONFERENCE, 1, secret));
      await store.audit({ at: 'then', actor: 'test', action: 'sign-in', conferenceId: null, detail: {} });
    } finally {
      await store.close();
    }
    const db = new Database(file);
    try {
      expect(() => db.prepare(`UPDATE snapshots SET reason = 'manual'`).run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM snapshots').run()).toThrow(/not closed are kept/);
      expect(() => db.prepare(`UPDATE audit_log SET actor = 'someone else'`).run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    for (const f of [file, `${file}-wal`].filter((x) => fs.existsSync(x))) {
      expect(fs.readFileSync(f).includes(Buffer.from(secret))).toBe(false);
    }
  });

  it('rejects every write waiting on a write that failed, and stores none of them', async () => {
    const file = tempFile();
    const store = new SqliteStore(file, createCipher(KEY));
    try {
      await store.appendUpdates('doc', [new Uint8Array([1])]);
      // Behind the store's back, the table goes: the writer's next transaction fails.
      const db = new Database(file);
      db.exec('ALTER TABLE doc_updates RENAME TO doc_updates_elsewhere');
      const writes = [
        store.appendUpdates('doc', [new Uint8Array([2])]),
        store.appendUpdateBatches([{ docName: 'doc', updates: [new Uint8Array([3]), new Uint8Array([4])] }]),
        store.appendUpdates('other', [new Uint8Array([5])]),
      ];
      const settled = await Promise.allSettled(writes);
      expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
      db.exec('ALTER TABLE doc_updates_elsewhere RENAME TO doc_updates');
      db.close();
      expect((await store.loadUpdates('doc')).updates.map((u) => [...u])).toEqual([[1]]);
      expect((await store.loadUpdates('other')).updates).toEqual([]);
      // And the writer takes the next write.
      await store.appendUpdates('doc', [new Uint8Array([6])]);
      expect((await store.loadUpdates('doc')).updates.map((u) => [...u])).toEqual([[1], [6]]);
    } finally {
      await store.close();
    }
  });
});
