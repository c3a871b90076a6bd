/** A link's expiry closes the sockets opened through it as it comes, like revocation does. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@cb/shared/protocol';
import { connectControl } from '../support/control.ts';
import { createConference, createLink, join, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());

describe('link expiry', () => {
  it('closes sync and control sockets within a second of the expiry', async () => {
    const conf = await createConference(admin);
    const expiresAt = Date.now() + 2500;
    const link = await createLink(admin, conf.id, 'professional', {
      expiresAt: new Date(expiresAt).toISOString(),
    });
    const pro = await join(t.url, link, 'Health Visitor Fictional');
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${pro.participantId}/admit`, {});
    const p = connectDoc(t.url, conf.id, pro.cookie);
    const c = connectControl(t.url, conf.id, pro.cookie);
    let controlEndedAt = 0;
    const ended = new Promise<{ code: number }>((resolve) =>
      c.on('ended', (e) => {
        controlEndedAt = Date.now();
        resolve(e);
      }),
    );
    await whenSynced(p);
    expect(Date.now()).toBeLessThan(expiresAt);
    await waitFor(
      () => p.closes.some((x) => x.code === CloseCode.linkExpired),
      'the sync socket to close',
      6000,
    );
    const syncDelay = Date.now() - expiresAt;
    expect((await ended).code).toBe(CloseCode.linkExpired);
    const controlDelay = controlEndedAt - expiresAt;
    console.log(`link expiry: sync socket closed ${syncDelay} ms after, control ${controlDelay} ms after`);
    expect(syncDelay).toBeLessThan(1000);
    expect(controlDelay).toBeLessThan(1000);
    p.destroy();
    c.disconnect();
  });
});
