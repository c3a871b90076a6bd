/**
 * The sync server against stock y-websocket clients holding the cookies real people get from
 * their links: who receives what, who may write, and what the lobby holds back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addItem } from '@cb/shared/doc/board';
import { docParts } from '@cb/shared/doc/schema';
import { CloseCode, docNameFor } from '@cb/shared/protocol';
import {
  createConference,
  createLink,
  join,
  joinAdmitted,
  joinAsChair,
  signInAdmin,
} from '../support/factories.ts';
import { createCoreGroup } from '../support/coreGroup.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, sleep, waitFor, whenSynced, type TestProvider } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;
const open: TestProvider[] = [];
const connect = (...args: Parameters<typeof connectDoc>) => {
  const p = connectDoc(...args);
  open.push(p);
  return p;
};

const worryTexts = (p: TestProvider) =>
  docParts(p.doc)
    .list('worries')
    .toArray()
    .map((m) => String(m.get('text')));

/** What a raw upgrade attempt gets: the HTTP status when refused, or 101. */
function upgradeStatus(docName: string, cookie: string): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${t.url.replace('http', 'ws')}/sync/${docName}`, {
      headers: { Cookie: cookie },
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => {
      resolve(101);
      ws.close();
    });
    ws.on('error', () => undefined);
  });
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});

afterAll(async () => {
  for (const p of open) p.destroy();
  await t.stop();
});

// Every rule holds for a core group's board as for a conference's (it is the same board).
const BOARDS = [
  ['a conference', (a: Client) => createConference(a)],
  ['a core group', (a: Client) => createCoreGroup(t.url, a)],
] as const;

describe.each(BOARDS)('sync on %s', (_kind, createBoard) => {
  it("carries the chair's edits to the family", async () => {
    const conf = await createBoard(admin);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Chloe Fictional');
    const c = connect(t.url, conf.id, chair.cookie);
    const f = connect(t.url, conf.id, family.cookie);
    await Promise.all([whenSynced(c), whenSynced(f)]);
    addItem(c.doc, 'worries', {
      id: 'w1',
      text: 'Shouting at home at night',
      createdAt: '2026-12-03T10:00:00Z',
      kind: 'past-harm',
    });
    await waitFor(
      () => worryTexts(f).includes('Shouting at home at night'),
      'the worry on the family screen',
    );
  });

  it('refuses updates from family and display, closing their sockets with a reason', async () => {
    const conf = await createBoard(admin);
    for (const role of ['family', 'display'] as const) {
      const person = await joinAdmitted(t.url, admin, conf.id, role, `Reader ${role}`);
      const p = connect(t.url, conf.id, person.cookie);
      await whenSynced(p);
      addItem(p.doc, 'worries', {
        id: `x-${role}`,
        text: `written by ${role}`,
        createdAt: '2026-12-03T10:00:00Z',
      });
      await waitFor(
        () => p.closes.some((c) => c.code === CloseCode.readOnly),
        `${role} socket closed as read-only`,
      );
      expect(p.closes[0]?.reason).toMatch(/read-only/);
      p.provider.disconnect();
    }
    const chair = await joinAsChair(t.url, admin, conf.id);
    const c = connect(t.url, conf.id, chair.cookie);
    await whenSynced(c);
    await sleep(100);
    expect(worryTexts(c)).toEqual([]);
  });

  it('refuses the restricted document to family and display, and grants it to chair and professionals', async () => {
    const conf = await createBoard(admin);
    const restricted = docNameFor(conf.id, true);
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Chloe Fictional');
    const display = await joinAdmitted(t.url, admin, conf.id, 'display', 'Room screen');
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', 'Health Visitor Fictional');
    const chair = await joinAsChair(t.url, admin, conf.id);
    expect(await upgradeStatus(restricted, family.cookie)).toBe(403);
    expect(await upgradeStatus(restricted, display.cookie)).toBe(403);
    expect(await upgradeStatus(restricted, pro.cookie)).toBe(101);
    expect(await upgradeStatus(restricted, chair.cookie)).toBe(101);
    expect(await upgradeStatus(restricted, '')).toBe(401);
    expect(await upgradeStatus(conf.id, '')).toBe(401);
  });

  it('never sends a byte of professionals-only text to a family socket', async () => {
    const conf = await createBoard(admin);
    const secret = 'Previous conviction recorded by police ZX-SECRET-7731';
    const chair = await joinAsChair(t.url, admin, conf.id);
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Chloe Fictional');
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', 'Police Fictional');
    const cPublic = connect(t.url, conf.id, chair.cookie);
    const cRestricted = connect(t.url, docNameFor(conf.id, true), chair.cookie);
    const fPublic = connect(t.url, conf.id, family.cookie);
    const fRestricted = connect(t.url, docNameFor(conf.id, true), family.cookie);
    const pRestricted = connect(t.url, docNameFor(conf.id, true), pro.cookie);
    await Promise.all([
      whenSynced(cPublic),
      whenSynced(cRestricted),
      whenSynced(fPublic),
      whenSynced(pRestricted),
    ]);
    addItem(cRestricted.doc, 'worries', { id: 'r1', text: secret, createdAt: '2026-12-03T10:00:00Z' });
    cRestricted.provider.awareness.setLocalStateField('typing', secret);
    addItem(cPublic.doc, 'worries', { id: 'p1', text: 'A visible worry', createdAt: '2026-12-03T10:01:00Z' });
    await waitFor(() => worryTexts(pRestricted).includes(secret), 'the professional to receive it');
    await waitFor(
      () => worryTexts(fPublic).includes('A visible worry'),
      'the family to receive the public item',
    );
    await sleep(200);
    const needle = Buffer.from('ZX-SECRET-7731');
    for (const frame of [...fPublic.frames, ...fRestricted.frames])
      expect(frame.includes(needle)).toBe(false);
    expect(fPublic.frames.length).toBeGreaterThan(0);
    expect(fRestricted.frames.length).toBe(0);
  });

  it('holds a person in the lobby: no document until the chair lets them in', async () => {
    const conf = await createBoard(admin);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const c = connect(t.url, conf.id, chair.cookie);
    await whenSynced(c);
    addItem(c.doc, 'workingWell', {
      id: 'g1',
      text: 'Grandmother collects the children',
      createdAt: '2026-12-03T10:00:00Z',
    });
    const waiting = await join(t.url, await createLink(admin, conf.id, 'family'), 'Dan Fictional');
    const lobby = await admin.json<{ participantId: string }[]>('GET', `/api/conferences/${conf.id}/lobby`);
    expect(lobby.map((e) => e.participantId)).toContain(waiting.participantId);
    const w = connect(t.url, conf.id, waiting.cookie);
    await waitFor(() => w.provider.wsconnected, 'the waiting socket to open');
    await sleep(300);
    expect(w.frames.length).toBe(0);
    expect(w.provider.synced).toBe(false);
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${waiting.participantId}/admit`, {});
    await whenSynced(w);
    expect(docParts(w.doc).list('workingWell').length).toBe(1);
  });

  it('gives read-only roles presence only in awareness, named by the server', async () => {
    const conf = await createBoard(admin);
    const chair = await joinAsChair(t.url, admin, conf.id, 'Chair Fictional');
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Chloe Fictional');
    const c = connect(t.url, conf.id, chair.cookie);
    const f = connect(t.url, conf.id, family.cookie);
    await Promise.all([whenSynced(c), whenSynced(f)]);
    f.provider.awareness.setLocalState({ user: { name: 'Somebody Else', role: 'chair' }, cursor: { x: 1 } });
    await waitFor(
      () => c.provider.awareness.getStates().has(f.doc.clientID),
      "the family's presence at the chair",
    );
    expect(c.provider.awareness.getStates().get(f.doc.clientID)).toEqual({
      user: { name: 'Chloe Fictional', role: 'family', participantId: family.participantId },
    });
  });

  it('keeps documents across a restart and unloads idle ones', async () => {
    const conf = await createBoard(admin);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const c = connect(t.url, conf.id, chair.cookie);
    await whenSynced(c);
    for (let i = 0; i < 20; i++)
      addItem(c.doc, 'greyAreas', { id: `g${i}`, text: `Grey area ${i}`, createdAt: '2026-12-03T10:00:00Z' });
    const other = connect(t.url, conf.id, chair.cookie);
    await waitFor(() => docParts(other.doc).list('greyAreas').length === 20, 'the echo');
    c.destroy();
    other.destroy();
    await waitFor(() => !t.server.docs.isLoaded(conf.id), 'the document to unload');
    const again = connect(t.url, conf.id, chair.cookie);
    await whenSynced(again);
    expect(docParts(again.doc).list('greyAreas').length).toBe(20);
  });
});
