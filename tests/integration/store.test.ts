/**
 * The store contract, run against every implementation (SQLite today), plus data at rest:
 * nothing a person wrote on the board is readable in the database files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { addItem } from '@cb/shared/doc/board';
import { createCipher } from '@cb/server/src/crypto.ts';
import { SqliteStore } from '@cb/server/src/store/SqliteStore.ts';
import type { Store } from '@cb/server/src/store/Store.ts';
import { createConference, joinAsChair, signInAdmin } from '../support/factories.ts';
import { startTestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const implementations: [string, () => Store][] = [
  [
    'sqlite',
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-store-'));
      dirs.push(dir);
      return new SqliteStore(path.join(dir, 'db.sqlite'), createCipher(randomBytes(32)));
    },
  ],
];

describe.each(implementations)('store contract: %s', (_name, make) => {
  it('appends, loads and compacts document updates in order', async () => {
    const store = make();
    const u = (n: number) => new Uint8Array([n, n + 1, n + 2]);
    const last = await store.appendUpdates('doc-a', [u(1), u(2)]);
    await store.appendUpdates('doc-b', [u(9)]);
    const loaded = await store.loadUpdates('doc-a');
    expect(loaded.updates.map((x) => [...x])).toEqual([
      [1, 2, 3],
      [2, 3, 4],
    ]);
    expect(loaded.lastSeq).toBe(last);
    await store.appendUpdates('doc-a', [u(3)]);
    await store.compact('doc-a', u(7), last);
    expect((await store.loadUpdates('doc-a')).updates.map((x) => [...x])).toEqual([
      [3, 4, 5],
      [7, 8, 9],
    ]);
    expect((await store.loadUpdates('doc-b')).updates.length).toBe(1);
    expect(await store.loadUpdates('nothing')).toEqual({ updates: [], lastSeq: 0, bytes: 0 });
    await store.close();
  });

  it('stores several documents’ updates in one batch, each in order, with each batch’s last seq', async () => {
    const store = make();
    const u = (n: number) => new Uint8Array([n]);
    const lasts = await store.appendUpdateBatches([
      { docName: 'doc-x', updates: [u(1), u(2)] },
      { docName: 'doc-y', updates: [u(3)] },
      { docName: 'doc-x', updates: [u(4)] },
    ]);
    const [a = 0, b = 0, c = 0] = lasts;
    expect(lasts).toHaveLength(3);
    expect(a < b && b < c).toBe(true);
    const x = await store.loadUpdates('doc-x');
    expect(x.updates.map((b) => b[0])).toEqual([1, 2, 4]);
    expect(x.lastSeq).toBe(c);
    expect((await store.loadUpdates('doc-y')).updates.map((b) => b[0])).toEqual([3]);
    await store.close();
  });

  it('keeps the audit log append-only', async () => {
    const store = make();
    await store.audit({
      at: new Date().toISOString(),
      actor: 'test',
      action: 'sign-in',
      conferenceId: null,
      detail: {},
    });
    expect((await store.listAudit(null)).length).toBe(1);
    await store.close();
  });

  it('finds participants and links by token hash only', async () => {
    const store = make();
    const user = {
      id: randomUUID(),
      email: 'a@example.test',
      name: 'A',
      role: 'admin' as const,
      passwordHash: 'x',
      createdAt: 'now',
    };
    await store.createStaffUser(user);
    const conferenceId = randomUUID();
    await store.createConference({
      id: conferenceId,
      kind: 'initial',
      title: 'T',
      place: null,
      scheduledAt: '2026-12-03T10:00:00.000Z',
      status: 'scheduled',
      chairUserId: user.id,
      createdBy: 'test',
      createdAt: 'now',
      closedAt: null,
      children: [{ id: randomUUID(), name: 'Testchild Fictional', dateOfBirth: null }],
    });
    const link = {
      id: randomUUID(),
      conferenceId,
      role: 'family' as const,
      label: 'Family',
      tokenHash: 'h1',
      createdBy: 'x',
      createdAt: 'now',
      expiresAt: null,
      revokedAt: null,
    };
    await store.createLink(link);
    expect((await store.findLinkByTokenHash('h1'))?.id).toBe(link.id);
    await store.revokeLink(link.id, 'later');
    await store.revokeLink(link.id, 'even later');
    expect((await store.findLink(link.id))?.revokedAt).toBe('later');
    expect((await store.findConference(conferenceId))?.children[0]?.name).toBe('Testchild Fictional');
    await store.close();
  });
});

describe('data at rest', () => {
  it('keeps board text, children’s names and the conference title out of the database files in plain text', async () => {
    const t = await startTestServer();
    try {
      const admin = await signInAdmin(t.url);
      const conf = await createConference(admin);
      const chair = await joinAsChair(t.url, admin, conf.id);
      const writer = connectDoc(t.url, conf.id, chair.cookie);
      const reader = connectDoc(t.url, conf.id, chair.cookie);
      await Promise.all([whenSynced(writer), whenSynced(reader)]);
      const marker = 'Plaintext-marker QUILLFEATHER-4471';
      addItem(writer.doc, 'worries', { id: 'm1', text: marker, createdAt: '2026-12-03T10:00:00Z' });
      await waitFor(() => reader.doc.getArray('worries').length === 1, 'the echo');
      writer.destroy();
      reader.destroy();
      const files = fs.readdirSync(t.dataDir).filter((f) => f.includes('sqlite'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const bytes = fs.readFileSync(path.join(t.dataDir, file));
        for (const needle of ['QUILLFEATHER-4471', 'Testchild A Fictional', conf.title]) {
          expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false);
        }
      }
      const key = fs.statSync(path.join(t.dataDir, 'data.key'));
      expect(key.mode & 0o077).toBe(0);
    } finally {
      await t.stop();
    }
  });
});
