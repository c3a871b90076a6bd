/**
 * The retention purge (CB_RETENTION_DAYS): a conference closed longer ago than the retention
 * period loses its board, snapshots, links and names; recently closed and open conferences keep
 * everything; the audit log keeps every row and gains `records-purged`.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem } from '@cb/shared/doc/board';
import { docNameFor } from '@cb/shared/protocol';
import { RetentionJob } from '@cb/server/src/snapshots/Retention.ts';
import { verifySnapshotChains } from '@cb/server/src/snapshots/verify.ts';
import { createConference, joinAdmitted, joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, sleep, waitFor, whenSynced } from '../support/yclient.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString();

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer({ retentionDays: 30 });
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 10_000) throw new Error(`Timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** A conference with a board edit, a snapshot and a family member who joined. */
async function busyConference(server: TestServer, manager: Client) {
  const conf = await createConference(manager);
  const chair = await joinAsChair(server.url, manager, conf.id);
  await joinAdmitted(server.url, manager, conf.id, 'family', 'Fenella Fictional');
  const c = connectDoc(server.url, conf.id, chair.cookie);
  await whenSynced(c);
  addItem(c.doc, 'worries', { id: 'w1', text: 'A worry (fictional)', createdAt: '2026-12-03T10:00:00Z' });
  await until(
    async () => (await server.server.deps.store.loadUpdates(conf.id)).updates.length > 1,
    'the edit',
  );
  await chair.client.json('POST', `/api/conferences/${conf.id}/snapshots`, {});
  return { conf, chair, provider: c };
}

async function holdings(server: TestServer, conferenceId: string) {
  const store = server.server.deps.store;
  return {
    updates: (await store.loadUpdates(docNameFor(conferenceId, false))).updates.length,
    restrictedUpdates: (await store.loadUpdates(docNameFor(conferenceId, true))).updates.length,
    snapshots: (await store.listSnapshots(conferenceId)).length,
    participants: (await store.listParticipants(conferenceId)).length,
    links: (await store.listLinks(conferenceId)).length,
  };
}

describe('retention', () => {
  it('purges only conferences closed longer ago than the retention period, and keeps the audit', async () => {
    const store = t.server.deps.store;
    const old = await busyConference(t, admin);
    const recent = await busyConference(t, admin);
    const open = await busyConference(t, admin);
    // Closed 40 days ago (set through the store), and closed just now through the route.
    expect(await store.closeConference(old.conf.id, daysAgo(40))).toBe(true);
    expect(
      (await recent.chair.client.request('POST', `/api/conferences/${recent.conf.id}/close`, {})).status,
    ).toBe(200);
    const auditBefore = await store.listAudit(old.conf.id);

    const purged = await t.server.retention?.purgeOnce();
    expect(purged?.map((p) => p.conferenceId)).toEqual([old.conf.id]);

    expect(await holdings(t, old.conf.id)).toEqual({
      updates: 0,
      restrictedUpdates: 0,
      snapshots: 0,
      participants: 0,
      links: 0,
    });
    const row = await store.findConference(old.conf.id);
    expect(row).toMatchObject({ status: 'closed', children: [], place: null });
    expect(row?.purgedAt).toBeTruthy();
    expect(row?.title).not.toContain('Test conference');
    // The chair's socket to the purged board was closed; it cannot be opened again.
    await waitFor(() => old.provider.closes.length > 0, 'the purged board to be closed');
    old.provider.destroy();
    const again = connectDoc(t.url, old.conf.id, old.chair.cookie);
    await sleep(300);
    expect(again.provider.synced).toBe(false);
    again.destroy();

    const auditAfter = await store.listAudit(old.conf.id);
    expect(auditAfter.slice(0, auditBefore.length)).toEqual(auditBefore);
    expect(auditAfter.at(-1)).toMatchObject({
      action: 'records-purged',
      actor: 'system:retention',
      detail: { retentionDays: 30, snapshots: 1, participants: 2, links: 2 },
    });

    for (const kept of [recent, open]) {
      const h = await holdings(t, kept.conf.id);
      expect(h.updates).toBeGreaterThan(0);
      expect(h.snapshots).toBeGreaterThan(0);
      expect(h.participants).toBe(2);
      kept.provider.destroy();
    }
    expect(await t.server.retention?.purgeOnce()).toEqual([]);
    expect((await store.listAudit(old.conf.id)).filter((e) => e.action === 'records-purged')).toHaveLength(1);
    expect((await verifySnapshotChains(store)).problems).toEqual([]);

    // With the clock 31 days on, the conference closed today is due as well; the open one never is.
    const later = new RetentionJob(
      store,
      t.server.sync,
      t.server.deps.log,
      30,
      () => Date.now() + 31 * DAY_MS,
    );
    expect((await later.purgeOnce()).map((p) => p.conferenceId)).toEqual([recent.conf.id]);
    expect(await store.purgeConference(open.conf.id, daysAgo(-365), new Date().toISOString())).toBeNull();
    expect((await holdings(t, open.conf.id)).snapshots).toBeGreaterThan(0);
  });

  it('refuses, in SQLite itself, to delete the snapshots of a conference that is not closed', async () => {
    const open = await busyConference(t, admin);
    open.provider.destroy();
    const db = new Database(path.join(t.dataDir, 'conference-board.sqlite'));
    try {
      expect(() => db.prepare('DELETE FROM snapshots WHERE conference_id = ?').run(open.conf.id)).toThrow(
        /not closed are kept/,
      );
    } finally {
      db.close();
    }
  });

  it('purges on start when the server comes back after the retention period', async () => {
    const first = await startTestServer();
    let second: TestServer | null = null;
    try {
      const firstAdmin = await signInAdmin(first.url);
      const old = await busyConference(first, firstAdmin);
      old.provider.destroy();
      await first.server.deps.store.closeConference(old.conf.id, daysAgo(8));
      await first.stop({ keepData: true });
      second = await startTestServer({ retentionDays: 7 }, first.dataDir);
      const store = second.server.deps.store;
      await until(
        async () => Boolean((await store.findConference(old.conf.id))?.purgedAt),
        'the purge on start',
      );
      expect((await store.listAudit(old.conf.id)).at(-1)).toMatchObject({ action: 'records-purged' });
    } finally {
      await (second ?? first).stop();
    }
  });
});
