/**
 * Someone who was never let in cannot make the server hold their messages: a waiting socket keeps
 * only its handshake, anything else closes it, and one person cannot open sockets without bound.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_REASONS, CloseCode, LIMITS } from '@cb/shared/protocol';
import { connectControl, hello, type Control } from '../support/control.ts';
import { createConference, createLink, join, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { mulberry32, randomBytes } from '../support/random.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());

interface Raw {
  ws: WebSocket;
  closed: Promise<number>;
}

function open(docName: string, cookie: string): Promise<Raw> {
  const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/sync/${docName}`, {
    headers: { Cookie: cookie },
  });
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, closed }));
    ws.once('unexpected-response', () => reject(new Error('upgrade refused')));
  });
}

/** A y-websocket sync message: type 0, step, then the payload as a var-length byte array. */
function syncMessage(step: number, payload: Uint8Array): Buffer {
  const len: number[] = [];
  let n = payload.byteLength;
  while (n > 0x7f) {
    len.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  len.push(n);
  return Buffer.concat([Buffer.from([0, step, ...len]), payload]);
}

const rss = () => process.memoryUsage().rss / 2 ** 20;

describe('a socket held in the lobby', () => {
  it('keeps only the handshake: large or writing messages close it, and memory stays bounded', async () => {
    const rand = mulberry32(4242);
    const conf = await createConference(admin);
    const waiting = await join(t.url, await createLink(admin, conf.id, 'family'), 'Waiting Fictional');
    const before = rss();
    let peak = before;
    const codes: number[] = [];
    // Six sockets, each sending 64 messages of 2 MB: the old server kept all of them (768 MB).
    for (let s = 0; s < 6; s++) {
      const raw = await open(conf.id, waiting.cookie);
      raw.ws.send(syncMessage(0, randomBytes(rand, 12)));
      for (let m = 0; m < 64 && raw.ws.readyState === WebSocket.OPEN; m++) {
        raw.ws.send(syncMessage(2, randomBytes(rand, LIMITS.maxMessageBytes - 64)));
        await new Promise((r) => setImmediate(r));
      }
      codes.push(await raw.closed);
      peak = Math.max(peak, rss());
    }
    console.log(`held flood: RSS ${before.toFixed(0)} MiB before, peak ${peak.toFixed(0)} MiB`);
    expect(codes).toEqual(Array(6).fill(CloseCode.messageTooLarge));
    expect(peak - before).toBeLessThan(200);

    // A small update from someone waiting: not what a real client sends.
    const small = await open(conf.id, waiting.cookie);
    small.ws.send(syncMessage(2, new Uint8Array([0, 0])));
    expect(await small.closed).toBe(CloseCode.malformed);
  });

  it('closes sockets past the limit for one person, and the handshake still runs when they are let in', async () => {
    const conf = await createConference(admin);
    const pro = await join(t.url, await createLink(admin, conf.id, 'professional'), 'Many Tabs Fictional');
    const raws: Raw[] = [];
    for (let i = 0; i < LIMITS.maxSocketsPerParticipant; i++) raws.push(await open(conf.id, pro.cookie));
    const extra = await open(conf.id, pro.cookie);
    expect(await extra.closed).toBe(CloseCode.tooManyConnections);
    for (const r of raws) r.ws.close();
    await Promise.all(raws.map((r) => r.closed));

    const p = connectDoc(t.url, conf.id, pro.cookie);
    await new Promise((r) => setTimeout(r, 200));
    expect(p.provider.synced).toBe(false);
    await admin.json('POST', `/api/conferences/${conf.id}/lobby/${pro.participantId}/admit`, {});
    await whenSynced(p);
    await waitFor(() => p.provider.synced, 'synced after admission');
    p.destroy();
  });

  it('counts control sockets too: past the limit, /control is ended with the same plain reason', async () => {
    const conf = await createConference(admin);
    const pro = await join(t.url, await createLink(admin, conf.id, 'professional'), 'More Tabs Fictional');
    const sockets: Control[] = [];
    for (let i = 0; i < LIMITS.maxSocketsPerParticipant - 1; i++) {
      const s = connectControl(t.url, conf.id, pro.cookie);
      sockets.push(s);
      await hello(s);
    }
    const sync = await open(conf.id, pro.cookie); // the twelfth, of either kind
    const extra = connectControl(t.url, conf.id, pro.cookie);
    sockets.push(extra);
    expect(await new Promise((resolve) => extra.on('ended', resolve))).toEqual({
      code: CloseCode.tooManyConnections,
      message: CLOSE_REASONS[CloseCode.tooManyConnections],
    });
    const extraSync = await open(conf.id, pro.cookie);
    expect(await extraSync.closed).toBe(CloseCode.tooManyConnections);
    sync.ws.close();
    for (const s of sockets) s.disconnect();
  });
});
