/**
 * The snapshot part of the store contract: seqs and chain links made by the store (even for
 * appends that arrive together), contents back exactly as given, append-only, and sealed at rest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCipher } from '@cb/server/src/crypto.ts';
import { GENESIS_SHA256 } from '@cb/server/src/snapshots/chain.ts';
import { verifyConferenceChain } from '@cb/server/src/snapshots/verify.ts';
import { SqliteStore } from '@cb/server/src/store/SqliteStore.ts';
import type { NewSnapshot, Store } from '@cb/server/src/store/Store.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const SECRET = 'Snapshot text that must never be stored in clear ZQ-4471';

function sqlite(): { store: Store; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-snapstore-'));
  dirs.push(dir);
  const file = path.join(dir, 'db.sqlite');
  return { store: new SqliteStore(file, createCipher(randomBytes(32))), file };
}

async function conference(store: Store, id: string, status: 'scheduled' | 'closed' = 'scheduled') {
  await store.createStaffUser({
    id: `chair-${id}`,
    email: `chair-${id}@example.test`,
    name: 'Chair Fictional',
    role: 'chair',
    passwordHash: 'x',
    createdAt: '2026-12-01T09:00:00.000Z',
  });
  await store.createConference({
    id,
    kind: 'initial',
    title: 'Snapshot store test (fictional)',
    place: null,
    scheduledAt: '2026-12-03T10:00:00.000Z',
    status,
    chairUserId: `chair-${id}`,
    createdBy: 'test',
    createdAt: '2026-12-01T09:00:00.000Z',
    closedAt: null,
    children: [],
  });
}

const snapshot = (conferenceId: string, n: number): NewSnapshot => ({
  conferenceId,
  takenAt: `2026-12-03T10:0${n}:00.000Z`,
  reason: 'periodic',
  stage: 'sharing',
  publicState: new Uint8Array([n, 1, 2]),
  restrictedState: new Uint8Array([n, 3]),
  json: JSON.stringify({ public: { worries: [{ text: `${SECRET} ${n}` }] }, restricted: {} }),
});

describe('snapshot store contract: sqlite', () => {
  it('numbers each conference’s snapshots from 1 and chains them, even when appended together', async () => {
    const { store } = sqlite();
    const a = '00000000-0000-4000-8000-00000000000a';
    const b = '00000000-0000-4000-8000-00000000000b';
    await conference(store, a);
    await conference(store, b);
    const made = await Promise.all([1, 2, 3].map((n) => store.appendSnapshot(snapshot(a, n))));
    await store.appendSnapshot(snapshot(b, 1));
    expect(made.map((m) => m.seq)).toEqual([1, 2, 3]);
    const listed = await store.listSnapshots(a);
    expect(listed.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(listed[0]?.prevSha256).toBe(GENESIS_SHA256);
    expect(listed[1]?.prevSha256).toBe(listed[0]?.sha256);
    expect(listed[2]?.prevSha256).toBe(listed[1]?.sha256);
    expect((await store.listSnapshots(b)).map((m) => [m.seq, m.prevSha256])).toEqual([[1, GENESIS_SHA256]]);
    expect(await store.listSnapshotConferences()).toEqual([a, b]);

    const two = await store.getSnapshot(a, 2);
    expect(two).toMatchObject({ seq: 2, reason: 'periodic', stage: 'sharing', json: snapshot(a, 2).json });
    expect([...(two?.publicState ?? [])]).toEqual([2, 1, 2]);
    expect([...(two?.restrictedState ?? [])]).toEqual([2, 3]);
    expect((await store.getSnapshot(a, 'latest'))?.seq).toBe(3);
    expect(await store.getSnapshot(a, 9)).toBeNull();
    expect((await verifyConferenceChain(store, a)).problems).toEqual([]);
    await store.close();
  });

  it('is append-only in SQLite itself, and keeps snapshot contents sealed at rest', async () => {
    const { store, file } = sqlite();
    const id = '00000000-0000-4000-8000-00000000000c';
    await conference(store, id);
    await store.appendSnapshot(snapshot(id, 1));
    await store.close();
    const db = new Database(file);
    try {
      expect(() => db.prepare(`UPDATE snapshots SET reason = 'manual'`).run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM snapshots').run()).toThrow(/not closed are kept/);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    for (const f of [file, `${file}-wal`].filter((x) => fs.existsSync(x))) {
      expect(fs.readFileSync(f).includes(Buffer.from(SECRET))).toBe(false);
    }
  });
});
