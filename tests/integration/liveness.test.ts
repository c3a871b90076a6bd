/**
 * Sync sockets are pinged; live ones (stock y-websocket clients, which answer pings) stay, and
 * a socket that stops answering is dropped so its document can be unloaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createConference, joinAsChair, signInAdmin } from '../support/factories.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, sleep, waitFor, whenSynced } from '../support/yclient.ts';

const PING_MS = 50;
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ pingIntervalMs: PING_MS });
});

afterAll(async () => {
  await t.stop();
});

describe('sync liveness', () => {
  it('keeps a client that answers pings connected across many ping rounds', async () => {
    const admin = await signInAdmin(t.url);
    const conf = await createConference(admin, 1);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const c = connectDoc(t.url, conf.id, chair.cookie);
    await whenSynced(c);
    await sleep(PING_MS * 12);
    expect(c.closes).toEqual([]);
    expect(c.provider.wsconnected).toBe(true);
    c.destroy();
  });

  it('drops a socket that stops answering pings', async () => {
    const admin = await signInAdmin(t.url);
    const conf = await createConference(admin, 1);
    const chair = await joinAsChair(t.url, admin, conf.id);
    const ws = new WebSocket(`${t.url.replace('http', 'ws')}/sync/${conf.id}`, {
      headers: { Cookie: chair.cookie },
      autoPong: false,
    });
    let closedWith: number | null = null;
    ws.on('close', (code) => (closedWith = code));
    ws.on('error', () => undefined);
    await waitFor(() => ws.readyState === ws.OPEN, 'open');
    await waitFor(() => closedWith !== null, 'the server to drop the silent socket');
    expect(closedWith).toBe(1006);
  });
});
