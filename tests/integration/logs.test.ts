/** Logs at the most verbose level never contain a token, a password, a cookie or board text. */
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addItem } from '@cb/shared/doc/board';
import { createConference, createLink, join, signInAdmin } from '../support/factories.ts';
import { ADMIN, startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

let t: TestServer;
let output = '';

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      output += chunk.toString();
      done();
    },
  });
  t = await startTestServer({ logLevel: 'trace' }, undefined, pino({ level: 'trace' }, sink));
});
afterAll(() => t.stop());

it('keeps secrets and board text out of the logs', async () => {
  const admin = await signInAdmin(t.url);
  await admin.request('POST', '/api/session', { email: ADMIN.email, password: 'wrong-password-LOGCHECK' });
  const conf = await createConference(admin);
  const link = await createLink(admin, conf.id, 'chair');
  const token = new URL(link.url).pathname.split('/').pop() ?? '';
  const chair = await join(t.url, link, 'Chair Fictional');
  const p = connectDoc(t.url, conf.id, chair.cookie);
  const q = connectDoc(t.url, conf.id, chair.cookie);
  await Promise.all([whenSynced(p), whenSynced(q)]);
  addItem(p.doc, 'worries', { id: 'l1', text: 'LOGCHECK board text', createdAt: '2026-12-03T10:00:00Z' });
  await waitFor(() => q.doc.getArray('worries').length === 1, 'the echo');
  // Something malformed, so that an error path logs too.
  p.provider.ws?.send(new Uint8Array([0, 9, 9]));
  await waitFor(() => output.includes('protocol violation'), 'the violation to be logged');
  p.destroy();
  q.destroy();
  expect(output.length).toBeGreaterThan(0);
  const sessionCookie = admin.jar.get('cb_session') ?? 'missing';
  for (const secret of [
    ADMIN.password,
    'LOGCHECK',
    token,
    sessionCookie,
    chair.cookie.split('=')[1] ?? 'missing',
  ]) {
    expect(output.includes(secret), `log contains ${secret.slice(0, 12)}…`).toBe(false);
  }
});
