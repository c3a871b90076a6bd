/**
 * Snapshots: taken while the board changes (never when it does not), when the stage changes and by
 * hand; listed and read by managers only; and a chain whose every row is checked, so that a row
 * altered directly in SQLite is found and named.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem } from '@cb/shared/doc/board';
import { docParts } from '@cb/shared/doc/schema';
import { docNameFor } from '@cb/shared/protocol';
import { verifyConferenceChain, verifySnapshotChains } from '@cb/server/src/snapshots/verify.ts';
import { connectControl, hello, type Control } from '../support/control.ts';
import { createConference, joinAdmitted, joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, sleep, whenSynced, type TestProvider } from '../support/yclient.ts';

const INTERVAL_MS = 150;

interface Listed {
  seq: number;
  takenAt: string;
  reason: string;
  stage: string;
  sha256: string;
}

let t: TestServer;
let admin: Client;
const providers: TestProvider[] = [];
const sockets: Control[] = [];
const connect = (...args: Parameters<typeof connectDoc>) => {
  const p = connectDoc(...args);
  providers.push(p);
  return p;
};

const list = (conferenceId: string) =>
  admin.json<Listed[]>('GET', `/api/conferences/${conferenceId}/snapshots`);

/** Polls the list until `check` holds; returns it. */
async function listWhen(conferenceId: string, check: (l: Listed[]) => boolean, what: string) {
  let last: Listed[] = [];
  const started = Date.now();
  while (!check((last = await list(conferenceId)))) {
    if (Date.now() - started > 10_000) throw new Error(`Timed out waiting for ${what}`);
    await sleep(25);
  }
  return last;
}

const worry = (p: TestProvider, id: string, text: string) =>
  addItem(p.doc, 'worries', { id, text, createdAt: '2026-12-03T10:00:00Z' });

function worryTexts(state: string): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(state, 'base64'));
  const texts = docParts(doc)
    .list('worries')
    .toArray()
    .map((m) => String(m.get('text')));
  doc.destroy();
  return texts;
}

beforeAll(async () => {
  t = await startTestServer({ snapshotIntervalMs: INTERVAL_MS });
  admin = await signInAdmin(t.url);
});
afterAll(async () => {
  sockets.forEach((s) => s.disconnect());
  providers.forEach((p) => p.destroy());
  await t.stop();
});

describe('snapshots', () => {
  it('are taken after edits, at most once an interval, and not while nothing changes', async () => {
    const conf = await createConference(admin);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const c = connect(t.url, conf.id, chair.cookie);
    const reader = connect(t.url, conf.id, chair.cookie);
    await Promise.all([whenSynced(c), whenSynced(reader)]);
    await sleep(INTERVAL_MS * 3);
    expect(await list(conf.id)).toEqual([]);

    for (let i = 0; i < 5; i++) {
      worry(c, `w${i}`, `Worry ${i} (fictional)`);
      await sleep(10);
    }
    const first = await listWhen(conf.id, (l) => l.length === 1, 'a periodic snapshot');
    expect(first[0]).toMatchObject({ seq: 1, reason: 'periodic', stage: 'part-one' });
    expect(first[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const state = await admin.json<{ publicState: string }>(
      'GET',
      `/api/conferences/${conf.id}/snapshots/1/state`,
    );
    expect(worryTexts(state.publicState)).toEqual([0, 1, 2, 3, 4].map((i) => `Worry ${i} (fictional)`));

    // Nothing changes (a reader comes and goes): no more snapshots.
    const late = connect(t.url, conf.id, chair.cookie);
    await whenSynced(late);
    await sleep(INTERVAL_MS * 4);
    expect(await list(conf.id)).toHaveLength(1);

    worry(c, 'w5', 'Another worry (fictional)');
    await sleep(20);
    worry(c, 'w6', 'And another (fictional)');
    const second = await listWhen(conf.id, (l) => l.length >= 2, 'a second periodic snapshot');
    const gap = Date.parse(second[1]?.takenAt ?? '') - Date.parse(second[0]?.takenAt ?? '');
    expect(gap).toBeGreaterThanOrEqual(INTERVAL_MS - 5);
    await sleep(INTERVAL_MS * 3);
    expect(await list(conf.id)).toHaveLength(2);
    expect((await verifyConferenceChain(t.server.deps.store, conf.id)).problems).toEqual([]);
  });

  it('are taken when the chair changes the stage, with the new stage', async () => {
    const conf = await createConference(admin);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const control = connectControl(t.url, conf.id, chair.cookie);
    sockets.push(control);
    await hello(control);
    expect(await control.emitWithAck('stage:set', { stage: 'sharing' })).toEqual({ ok: true });
    const listed = await listWhen(conf.id, (l) => l.length === 1, 'a stage snapshot');
    expect(listed[0]).toMatchObject({ seq: 1, reason: 'stage', stage: 'sharing' });
    expect(await control.emitWithAck('stage:set', { stage: 'plan' })).toEqual({ ok: true });
    const again = await listWhen(conf.id, (l) => l.length === 2, 'a second stage snapshot');
    expect(again[1]).toMatchObject({ seq: 2, reason: 'stage', stage: 'plan' });
  });

  it('can be taken by the chair by hand, and are listed and read by managers only', async () => {
    const conf = await createConference(admin);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Fenella Fictional');
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', 'Percy Fictional');
    const restricted = connect(t.url, docNameFor(conf.id, true), chair.cookie);
    await whenSynced(restricted);
    worry(restricted, 'r1', 'Professionals-only worry (fictional)');

    const base = `/api/conferences/${conf.id}/snapshots`;
    for (const person of [family, pro]) {
      expect((await person.client.request('POST', base, {})).status).toBe(403);
      expect((await person.client.request('GET', base)).status).toBe(403);
      expect((await person.client.request('GET', `${base}/1/state`)).status).toBe(403);
    }
    const taken = await chair.client.request('POST', base, {});
    expect(taken.status).toBe(201);
    const manual = (await taken.json()) as Listed;
    expect(manual).toMatchObject({ seq: 1, reason: 'manual', stage: 'part-one' });
    expect((await chair.client.request('POST', base, { extra: true })).status).toBe(400);

    expect(await chair.client.json<Listed[]>('GET', base)).toEqual([manual]);
    const state = await admin.json<{ seq: number; restrictedState: string; publicState: string }>(
      'GET',
      `${base}/latest/state`,
    );
    expect(state.seq).toBe(1);
    // Scrubbing back and forth is one look: read again, it writes no second audit row.
    for (const again of ['1', 'latest', '1'])
      expect((await admin.request('GET', `${base}/${again}/state`)).status).toBe(200);
    expect(worryTexts(state.restrictedState)).toEqual(['Professionals-only worry (fictional)']);
    expect(worryTexts(state.publicState)).toEqual([]);

    for (const bad of ['0', 'abc', '1.5', '99999']) {
      const res = await admin.request('GET', `${base}/${bad}/state`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    expect((await admin.request('GET', '/api/conferences/not-an-id/snapshots')).status).toBe(404);
    const audit = await admin.json<{ action: string; detail: { seq?: number } }[]>(
      'GET',
      `/api/conferences/${conf.id}/audit`,
    );
    expect(audit.filter((e) => e.action === 'snapshot-viewed').map((e) => e.detail.seq)).toEqual([1]);
    expect(audit.some((e) => e.action === 'snapshot-taken')).toBe(true);
  });
});

describe('the snapshot chain', () => {
  it('verifies, and names the row when one is altered directly in SQLite', async () => {
    const own = await startTestServer({ snapshotIntervalMs: INTERVAL_MS });
    try {
      const ownAdmin = await signInAdmin(own.url);
      const conf = await createConference(ownAdmin);
      const chair = await joinAsChair(own.url, ownAdmin, conf.id);
      const c = connectDoc(own.url, conf.id, chair.cookie);
      await whenSynced(c);
      for (let i = 1; i <= 3; i++) {
        worry(c, `w${i}`, `Worry ${i} (fictional)`);
        await chair.client.json('POST', `/api/conferences/${conf.id}/snapshots`, {});
      }
      c.destroy();
      const store = own.server.deps.store;
      const intact = await verifySnapshotChains(store);
      expect(intact.problems).toEqual([]);
      expect(intact.snapshots).toBeGreaterThanOrEqual(3);
      expect(runVerify(own.dataDir)).toMatchObject({ status: 0 });

      // Someone with the database file (and without the key) edits rows behind the server's back.
      const db = new Database(path.join(own.dataDir, 'conference-board.sqlite'));
      db.exec('DROP TRIGGER snapshots_append_only_update');
      const row = db
        .prepare('SELECT json FROM snapshots WHERE conference_id = ? AND seq = 1')
        .get(conf.id) as {
        json: Buffer;
      };
      const flipped = Buffer.from(row.json);
      flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 0x01;
      db.prepare('UPDATE snapshots SET json = ? WHERE conference_id = ? AND seq = 1').run(flipped, conf.id);
      db.prepare(
        `UPDATE snapshots SET taken_at = '2026-01-01T00:00:00.000Z' WHERE conference_id = ? AND seq = 2`,
      ).run(conf.id);
      db.close();

      const report = await verifySnapshotChains(store);
      expect(report.problems.map((p) => [p.conferenceId, p.seq])).toEqual([
        [conf.id, 1],
        [conf.id, 2],
      ]);
      expect(report.problems[0]?.problem).toMatch(/cannot be decrypted/);
      expect(report.problems[1]?.problem).toMatch(/do not match its hash/);
      const cli = runVerify(own.dataDir);
      expect(cli.status).toBe(1);
      expect(cli.stdout).toContain(`conference ${conf.id}, snapshot 1:`);
      expect(cli.stdout).toContain(`conference ${conf.id}, snapshot 2:`);
    } finally {
      await own.stop();
    }
  });
});

/** The `verify:snapshots` command, as an operator would run it. */
function runVerify(dataDir: string): { status: number | null; stdout: string } {
  const root = path.resolve(import.meta.dirname, '../..');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/cli/verifySnapshots.ts'], {
    cwd: root,
    env: { ...process.env, CB_DATA_DIR: dataDir, CB_DATA_KEY: '', LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout };
}
