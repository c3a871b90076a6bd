/**
 * Closing a conference: only its chair may; the final snapshot holds the final board; the
 * conference is recorded closed and every screen hears the stage 'closed'; from then on nobody,
 * the chair included, can change the board (their socket is closed with `conferenceClosed`), while
 * everyone can still read it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Conference } from '@cb/shared/api';
import { addItem } from '@cb/shared/doc/board';
import { docParts } from '@cb/shared/doc/schema';
import { CloseCode, docNameFor } from '@cb/shared/protocol';
import { verifyConferenceChain } from '@cb/server/src/snapshots/verify.ts';
import { connectControl, hello, type Control } from '../support/control.ts';
import { createConference, joinAdmitted, joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, sleep, waitFor, whenSynced, type TestProvider } from '../support/yclient.ts';

const INTERVAL_MS = 100;

let t: TestServer;
let admin: Client;
const providers: TestProvider[] = [];
const sockets: Control[] = [];
const connect = (...args: Parameters<typeof connectDoc>) => {
  const p = connectDoc(...args);
  providers.push(p);
  return p;
};
const control = async (conferenceId: string, cookie: string) => {
  const s = connectControl(t.url, conferenceId, cookie);
  sockets.push(s);
  await hello(s);
  return s;
};

const worry = (p: TestProvider, id: string, text: string) =>
  addItem(p.doc, 'worries', { id, text, createdAt: '2026-12-03T10:00:00Z' });
const texts = (doc: Y.Doc) =>
  docParts(doc)
    .list('worries')
    .toArray()
    .map((m) => String(m.get('text')));
function textsOf(state: Uint8Array): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const out = texts(doc);
  doc.destroy();
  return out;
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

describe('closing a conference', () => {
  it('takes the final snapshot, records the close, and makes the board read-only for everyone', async () => {
    const conf = await createConference(admin);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Fenella Fictional');
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', 'Percy Fictional');
    const c = connect(t.url, conf.id, chair.cookie);
    const cRestricted = connect(t.url, docNameFor(conf.id, true), chair.cookie);
    const f = connect(t.url, conf.id, family.cookie);
    await Promise.all([whenSynced(c), whenSynced(cRestricted), whenSynced(f)]);
    worry(c, 'w0', 'A worry taken back (fictional)');
    worry(c, 'w1', 'Final public worry (fictional)');
    worry(cRestricted, 'r1', 'Final restricted worry (fictional)');
    await waitFor(() => texts(f.doc).length === 2, 'the family to see the worries');
    // A deletion: from now on every reconnecting copy repeats it in its sync step 2.
    docParts(c.doc).list('worries').delete(0, 1);
    await waitFor(() => texts(f.doc).length === 1, 'the family to see it gone');
    const follower = connect(t.url, conf.id, chair.cookie);
    await whenSynced(follower);
    const familyControl = await control(conf.id, family.cookie);
    const chairControl = await control(conf.id, chair.cookie);
    const stages: string[] = [];
    familyControl.on('stage', (e) => stages.push(e.stage));

    const path = `/api/conferences/${conf.id}/close`;
    for (const person of [family, pro]) {
      const refused = await person.client.request('POST', path, {});
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    expect((await chair.client.request('POST', path, { force: true })).status).toBe(400);

    const res = await chair.client.request('POST', path, {});
    expect(res.status).toBe(200);
    const closed = (await res.json()) as {
      id: string;
      closedAt: string;
      snapshot: { seq: number; sha256: string };
    };
    expect(closed).toMatchObject({
      id: conf.id,
      snapshot: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });

    const store = t.server.deps.store;
    const final = await store.getSnapshot(conf.id, 'latest');
    expect(final).toMatchObject({ seq: closed.snapshot.seq, reason: 'close', stage: 'closed' });
    expect(final?.sha256).toBe(closed.snapshot.sha256);
    expect(textsOf(final?.publicState ?? new Uint8Array())).toEqual(['Final public worry (fictional)']);
    expect(textsOf(final?.restrictedState ?? new Uint8Array())).toEqual([
      'Final restricted worry (fictional)',
    ]);
    expect(JSON.parse(final?.json ?? '{}')).toMatchObject({
      public: { worries: [{ text: 'Final public worry (fictional)' }] },
      restricted: { worries: [{ text: 'Final restricted worry (fictional)' }] },
    });

    const after = await admin.json<Conference>('GET', `/api/conferences/${conf.id}`);
    expect(after).toMatchObject({ status: 'closed', closedAt: closed.closedAt });
    expect((await store.getRoom(conf.id)).stage).toBe('closed');
    await waitFor(() => stages.includes('closed'), 'the family screen to hear the stage');
    const audit = await store.listAudit(conf.id);
    expect(audit.find((e) => e.action === 'conference-closed')).toMatchObject({
      detail: { snapshotSeq: closed.snapshot.seq, sha256: closed.snapshot.sha256 },
    });

    // The chair's own device keeps trying to write: refused with a clear code, nothing changes.
    worry(c, 'w2', 'Written after the close (fictional)');
    await waitFor(() => c.closes.some((x) => x.code === CloseCode.conferenceClosed), 'the chair to be told');
    expect(c.closes[0]?.reason).toMatch(/closed/);
    c.provider.disconnect();
    await expect(
      t.server.docs.change(docNameFor(conf.id, true), (doc) => docParts(doc).meta.set('late', true)),
    ).rejects.toMatchObject({ kind: 'conflict', code: 'CONFERENCE_CLOSED' });
    expect(await chairControl.emitWithAck('stage:set', { stage: 'plan' })).toMatchObject({
      ok: false,
      error: { code: 'CONFERENCE_CLOSED' },
    });

    // Reading goes on: the family's socket stayed open, and a new reader sees the final board.
    await sleep(INTERVAL_MS * 3);
    expect(f.closes).toEqual([]);
    expect(texts(f.doc)).toEqual(['Final public worry (fictional)']);
    // Copies that reconnect with nothing new (the family's, another of the chair's) stay connected.
    for (const p of [f, follower]) {
      p.provider.disconnect();
      p.provider.connect();
      await whenSynced(p);
    }
    await sleep(INTERVAL_MS * 2);
    expect([...f.closes, ...follower.closes].filter((x) => x.code !== 1005)).toEqual([]);
    expect(f.provider.wsconnected && follower.provider.wsconnected).toBe(true);
    const fresh = connect(t.url, conf.id, family.cookie);
    await whenSynced(fresh);
    expect(texts(fresh.doc)).toEqual(['Final public worry (fictional)']);
    expect(textsOf(await t.server.docs.stateOf(conf.id))).toEqual(['Final public worry (fictional)']);
    // No snapshot after the final one.
    expect((await store.listSnapshots(conf.id)).at(-1)?.seq).toBe(closed.snapshot.seq);

    const twice = await chair.client.request('POST', path, {});
    expect(twice.status).toBe(409);
    expect(await twice.json()).toEqual({
      error: { code: 'ALREADY_CLOSED', message: 'This conference has already been closed.' },
    });
    const manual = await chair.client.request('POST', `/api/conferences/${conf.id}/snapshots`, {});
    expect(manual.status).toBe(409);
    expect((await verifyConferenceChain(store, conf.id)).problems).toEqual([]);
  });

  it('keeps a closed board read-only after a restart', async () => {
    const first = await startTestServer();
    let second: TestServer | null = null;
    try {
      const firstAdmin = await signInAdmin(first.url);
      const conf = await createConference(firstAdmin);
      const chair = await joinAsChair(first.url, firstAdmin, conf.id);
      expect((await chair.client.request('POST', `/api/conferences/${conf.id}/close`, {})).status).toBe(200);
      await first.stop({ keepData: true });
      second = await startTestServer({}, first.dataDir);
      const c = connectDoc(second.url, conf.id, chair.cookie);
      try {
        await whenSynced(c);
        worry(c, 'late', 'Written after the close (fictional)');
        await waitFor(() => c.closes.some((x) => x.code === CloseCode.conferenceClosed), 'the refusal');
      } finally {
        c.destroy();
      }
      expect(textsOf(await second.server.docs.stateOf(conf.id))).toEqual([]);
    } finally {
      await (second ?? first).stop();
    }
  });
});
