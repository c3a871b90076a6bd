/**
 * Turned away means turned away: a family member the chair removes cannot come back through the
 * same link under another name (the link ends with the decision, by default for family and room
 * screens), and a refused professional's device cannot queue again until the cooling-off period
 * the chair chose is over. Colleagues on a shared professionals' link are not shut out with them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdmissionEvent, LobbyEntry } from '@cb/shared/protocol';
import { CloseCode } from '@cb/shared/protocol';
import { connectControl, hello, type Control } from '../support/control.ts';
import { createConference, createLink, join, joinAdmitted, signInAdmin } from '../support/factories.ts';
import { httpClient, type Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;
const sockets: Control[] = [];

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await t.stop();
});

interface AuditRow {
  action: string;
  detail: Record<string, unknown>;
}
const audit = (conferenceId: string) =>
  admin.json<AuditRow[]>('GET', `/api/conferences/${conferenceId}/audit`);
const lobby = (conferenceId: string) =>
  admin.json<LobbyEntry[]>('GET', `/api/conferences/${conferenceId}/lobby`);
const pathOf = (link: { url: string }) => new URL(link.url).pathname;

describe('removing or refusing someone', () => {
  it('ends a family link by default: the same link under any name is refused, and the household is told', async () => {
    const conf = await createConference(admin);
    const link = await createLink(admin, conf.id, 'family');
    const mum = await joinAdmitted(t.url, admin, conf.id, 'family', 'Mum Fictional');
    const aunt = await join(t.url, link, 'Aunt Fictional');
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${aunt.participantId}/admit`, {});
    const uncle = await join(t.url, link, 'Uncle Fictional');
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${uncle.participantId}/admit`, {});

    const auntSocket = connectControl(t.url, conf.id, aunt.cookie);
    sockets.push(auntSocket);
    const auntHears = new Promise<AdmissionEvent>((resolve) => auntSocket.on('admission', resolve));
    await hello(auntSocket);
    const uncleDoc = connectDoc(t.url, conf.id, uncle.cookie);
    await whenSynced(uncleDoc);
    const mumDoc = connectDoc(t.url, conf.id, mum.cookie);
    await whenSynced(mumDoc);

    const res = await admin.request(
      'DELETE',
      `/api/conferences/${conf.id}/participants/${aunt.participantId}`,
    );
    expect(res.status).toBe(200);
    expect(await auntHears).toMatchObject({ status: 'removed', linkEnded: true, askAgainAt: null });
    // Someone else who came by the same link is disconnected as the link ends; another link's holder is not.
    await waitFor(
      () => uncleDoc.closes.some((c) => c.code === CloseCode.linkRevoked),
      'the link to end',
      2000,
    );
    expect(mumDoc.closes).toEqual([]);

    // The aunt's device, and a fresh one, get "this link no longer works" under any name.
    const again = await aunt.client.request(
      'GET',
      `${pathOf(link)}?name=${encodeURIComponent('DC Jones (Police)')}`,
    );
    expect(again.status).toBe(410);
    const fresh = await httpClient(t.url).request('GET', `${pathOf(link)}?name=Someone`);
    expect(fresh.status).toBe(410);
    expect(await lobby(conf.id)).toEqual([]);
    // Her page can still tell her what happened, and nothing more.
    const me = await aunt.client.request('GET', `/api/conferences/${conf.id}/me`);
    expect(me.status).toBe(200);
    const text = await me.text();
    expect(JSON.parse(text)).toMatchObject({ status: 'removed', role: 'family', name: 'Aunt Fictional' });
    expect(text).not.toContain(conf.title);
    // The uncle, admitted but with the link ended, is asked to open a link again.
    expect((await uncle.client.request('GET', `/api/conferences/${conf.id}/me`)).status).toBe(401);

    const rows = await audit(conf.id);
    expect(rows.find((r) => r.action === 'removed')?.detail).toMatchObject({
      participantId: aunt.participantId,
      linkRevoked: true,
    });
    expect(rows.find((r) => r.action === 'link-revoked')?.detail).toMatchObject({
      participantId: aunt.participantId,
      with: 'removed',
      connectionsClosed: expect.any(Number),
    });
    // Rows hold ids (the admin's view names the actor); never what was said about anyone.
    expect(JSON.stringify(rows.map((r) => r.detail))).not.toContain('Aunt Fictional');
    uncleDoc.destroy();
    mumDoc.destroy();
  });

  it('keeps a professionals link working, but the refused device waits out the cooling-off the chair set', async () => {
    const conf = await createConference(admin);
    const link = await createLink(admin, conf.id, 'professional');
    const visitor = await join(t.url, link, 'Visitor Fictional');
    const chair = connectControl(t.url, conf.id, admin.jar.header());
    sockets.push(chair);
    await hello(chair);
    const visitorSocket = connectControl(t.url, conf.id, visitor.cookie);
    sockets.push(visitorSocket);
    const told = new Promise<AdmissionEvent>((resolve) => visitorSocket.on('admission', resolve));
    await hello(visitorSocket);
    const before = Date.now();
    const ack = await chair.emitWithAck('lobby:refuse', {
      participantId: visitor.participantId,
      coolOffMinutes: 60,
    });
    expect(ack).toEqual({ ok: true });
    const event = await told;
    expect(event).toMatchObject({ status: 'refused', linkEnded: false });
    const wait = new Date(event.askAgainAt ?? 0).getTime() - before;
    expect(wait).toBeGreaterThan(59 * 60_000);
    expect(wait).toBeLessThan(61 * 60_000);

    // Same device, any name: a plain "please wait" page, and nobody new in the lobby.
    for (const method of ['GET', 'POST'] as const) {
      const res =
        method === 'GET'
          ? await visitor.client.request('GET', pathOf(link))
          : await visitor.client.request('POST', pathOf(link), 'name=DC+Jones+(Police)', {
              'Content-Type': 'application/x-www-form-urlencoded',
            });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(3500);
      const page = await res.text();
      expect(page).toContain('Please wait before asking again');
      expect(page).toContain('60 minutes');
      expect(page).not.toContain(conf.title);
    }
    expect(await lobby(conf.id)).toEqual([]);
    // A colleague on another device still gets in through the shared link.
    await join(t.url, link, 'Colleague Fictional');
    expect((await lobby(conf.id)).map((e) => e.name)).toEqual(['Colleague Fictional']);
    expect((await audit(conf.id)).find((r) => r.action === 'refused')?.detail).toMatchObject({
      linkRevoked: false,
      coolOffMinutes: 60,
    });
  });

  it('lets the device ask again at once when the chair chose no cooling-off', async () => {
    const conf = await createConference(admin);
    const link = await createLink(admin, conf.id, 'professional');
    const first = await join(t.url, link, 'Early Fictional');
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${first.participantId}/refuse`, {
      coolOffMinutes: 0,
    });
    const res = await first.client.request(
      'GET',
      `${pathOf(link)}?name=${encodeURIComponent('Early Fictional')}`,
    );
    expect(res.status).toBe(303);
    expect((await lobby(conf.id)).map((e) => e.name)).toEqual(['Early Fictional']);
  });

  it('refuses options that make no sense, plainly, and changes nothing', async () => {
    const conf = await createConference(admin);
    const link = await createLink(admin, conf.id, 'display');
    const screen = await join(t.url, link, 'Room screen');
    for (const body of [
      { coolOffMinutes: -1 },
      { coolOffMinutes: 1.5 },
      { revokeLink: 'yes' },
      { banForever: true },
    ]) {
      const res = await admin.request(
        'POST',
        `/api/conferences/${conf.id}/lobby/${screen.participantId}/refuse`,
        body,
      );
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    }
    expect((await lobby(conf.id)).map((e) => e.name)).toEqual(['Room screen']);
    const chair = connectControl(t.url, conf.id, admin.jar.header());
    sockets.push(chair);
    await hello(chair);
    const bad = await chair.emitWithAck('participant:remove', {
      participantId: screen.participantId,
      coolOffMinutes: 99999,
    });
    expect(bad).toMatchObject({ ok: false });
    // A room screen's link ends with it by default.
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${screen.participantId}/refuse`, {});
    expect((await httpClient(t.url).request('GET', pathOf(link))).status).toBe(410);
  });
});
