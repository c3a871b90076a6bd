/** Links: joining, the lobby over HTTP and /control, revocation and expiry. */
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  AdmissionEvent,
  LobbyEntry,
} from '@cb/shared/protocol';
import { CloseCode, CONTROL_PATH, PROTOCOL_VERSION } from '@cb/shared/protocol';
import { createConference, createLink, join, joinAdmitted, signInAdmin } from '../support/factories.ts';
import { httpClient, type Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, sleep, waitFor, whenSynced } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;
const sockets: Socket[] = [];

type Control = Socket<ServerToClientEvents, ClientToServerEvents>;
function control(conferenceId: string, cookie: string, protocolVersion = PROTOCOL_VERSION): Control {
  const s: Control = io(t.url, {
    path: CONTROL_PATH,
    auth: { protocolVersion, conferenceId },
    extraHeaders: { Cookie: cookie },
    transports: ['websocket'],
    reconnection: false,
  });
  sockets.push(s);
  return s;
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await t.stop();
});

describe('joining by link', () => {
  it('asks for a name, then sets a scoped HttpOnly cookie and redirects to the board', async () => {
    const conf = await createConference(admin);
    const link = await createLink(admin, conf.id, 'family');
    expect(link.url).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
    const anon = httpClient(t.url);
    const page = await anon.request('GET', new URL(link.url).pathname);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Your name');
    const res = await anon.request('POST', new URL(link.url).pathname, 'name=Chloe+Fictional', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/c/${conf.id}`);
    const cookie = res.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(new RegExp(`cb_p_${conf.id}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await anon.json<{ role: string; status: string; name: string }>(
      'GET',
      `/api/conferences/${conf.id}/me`,
    );
    expect(me).toMatchObject({ role: 'family', status: 'waiting', name: 'Chloe Fictional' });
  });

  it('answers 404 for an unknown token and 410 for a withdrawn or expired one', async () => {
    const conf = await createConference(admin);
    const anon = httpClient(t.url);
    expect(
      (await anon.request('GET', '/join/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA?name=X')).status,
    ).toBe(404);
    const revoked = await createLink(admin, conf.id, 'professional');
    await admin.request('DELETE', `/api/conferences/${conf.id}/links/${revoked.id}`);
    expect((await anon.request('GET', `${new URL(revoked.url).pathname}?name=X`)).status).toBe(410);
    const expiring = await createLink(admin, conf.id, 'professional', {
      expiresAt: new Date(Date.now() + 1500).toISOString(),
    });
    const early = await join(t.url, expiring, 'Early Fictional');
    expect(early.participantId).toBeTruthy();
    await sleep(1600);
    expect((await anon.request('GET', `${new URL(expiring.url).pathname}?name=X`)).status).toBe(410);
    // The cookie it gave no longer opens anything either.
    expect((await early.client.request('GET', `/api/conferences/${conf.id}/me`)).status).toBe(401);
  });

  it('closes the open sockets of a withdrawn link within a second', async () => {
    const conf = await createConference(admin);
    const link = await createLink(admin, conf.id, 'professional');
    const pro = await join(t.url, link, 'Social Worker Fictional');
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${pro.participantId}/admit`, {});
    const p = connectDoc(t.url, conf.id, pro.cookie);
    const c = control(conf.id, pro.cookie);
    const ended = new Promise<{ code: number }>((resolve) => c.on('ended', resolve));
    await whenSynced(p);
    const started = Date.now();
    await admin.request('DELETE', `/api/conferences/${conf.id}/links/${link.id}`);
    await waitFor(
      () => p.closes.some((x) => x.code === CloseCode.linkRevoked),
      'the sync socket to close',
      1000,
    );
    expect((await ended).code).toBe(CloseCode.linkRevoked);
    expect(Date.now() - started).toBeLessThan(1000);
    p.destroy();
  });
});

describe('the lobby over /control', () => {
  it('shows the chair who is waiting, and tells the person when they are let in or refused', async () => {
    const conf = await createConference(admin);
    const chairSocket = control(conf.id, admin.jar.header());
    const updates: LobbyEntry[][] = [];
    chairSocket.on('lobby:update', (w) => updates.push(w));
    await new Promise<void>((resolve) => chairSocket.on('hello', () => resolve()));
    const link = await createLink(admin, conf.id, 'family');
    const chloe = await join(t.url, link, 'Chloe Fictional');
    const dan = await join(t.url, link, 'Dan Fictional');
    await waitFor(() => updates.at(-1)?.length === 2, 'both in the lobby');
    expect(updates.at(-1)?.map((e) => [e.name, e.linkLabel, e.role])).toEqual([
      ['Chloe Fictional', 'family link', 'family'],
      ['Dan Fictional', 'family link', 'family'],
    ]);
    const chloeSocket = control(conf.id, chloe.cookie);
    const danSocket = control(conf.id, dan.cookie);
    const chloeHears = new Promise<AdmissionEvent>((resolve) => chloeSocket.on('admission', resolve));
    const danHears = new Promise<AdmissionEvent>((resolve) => danSocket.on('admission', resolve));
    await Promise.all([chloeSocket, danSocket].map((s) => new Promise((r) => s.on('hello', r))));
    const ack1 = await chairSocket.emitWithAck('lobby:admit', { participantId: chloe.participantId });
    // Chloe came by the same link: keeping it working keeps her in.
    const ack2 = await chairSocket.emitWithAck('lobby:refuse', {
      participantId: dan.participantId,
      revokeLink: false,
    });
    expect(ack1).toEqual({ ok: true });
    expect(ack2).toEqual({ ok: true });
    expect((await chloeHears).status).toBe('admitted');
    expect((await danHears).status).toBe('refused');
    await waitFor(() => updates.at(-1)?.length === 0, 'an empty lobby');
    // A second decision about the same person is refused plainly.
    const again = await chairSocket.emitWithAck('lobby:admit', { participantId: dan.participantId });
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_DECIDED' } });
    // Only the chair may decide.
    const sneaky = await chloeSocket
      .timeout(500)
      .emitWithAck('lobby:admit', { participantId: dan.participantId })
      .catch(() => 'no answer');
    expect(sneaky).toBe('no answer');
  });

  it('refuses an old client with a reload message code, and a stranger outright', async () => {
    const conf = await createConference(admin);
    const old = control(conf.id, admin.jar.header(), PROTOCOL_VERSION - 1);
    expect(await new Promise((r) => old.on('connect_error', (e) => r(e.message)))).toBe('PROTOCOL_MISMATCH');
    const stranger = control(conf.id, '');
    expect(await new Promise((r) => stranger.on('connect_error', (e) => r(e.message)))).toBe('UNAUTHORISED');
  });

  it('removes an admitted person: their sockets close at once', async () => {
    const conf = await createConference(admin);
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', 'Teacher Fictional');
    const p = connectDoc(t.url, conf.id, pro.cookie);
    await whenSynced(p);
    const res = await admin.request(
      'DELETE',
      `/api/conferences/${conf.id}/participants/${pro.participantId}`,
    );
    expect(res.status).toBe(200);
    await waitFor(() => p.closes.some((x) => x.code === CloseCode.removed), 'the socket to close', 1000);
    p.destroy();
  });
});
