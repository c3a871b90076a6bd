/**
 * Sign-in and link limits against a real server: sources are told apart by the loopback address a
 * request comes from (127.0.0.2, 127.0.0.3, ...; the server listens on 127.0.0.1), or, behind a
 * trusted proxy, by X-Forwarded-For. Also the Redis store, and the Content-Security-Policy.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy } from '@cb/server/src/config.ts';
import { createConference, createLink, signInAdmin } from '../support/factories.ts';
import { mulberry32, randomBytes } from '../support/random.ts';
import { ADMIN, startTestServer, type TestServer } from '../support/startServer.ts';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** Requests from one local address over one keep-alive connection. */
function source(localAddress: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, localAddress });
  const request = (base: string, method: string, path: string, body?: unknown, headers = {}) =>
    new Promise<Reply>((resolve, reject) => {
      const data = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        new URL(path, base),
        {
          method,
          agent,
          headers: {
            Origin: base,
            ...(data
              ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) }
              : {}),
            ...headers,
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  return {
    request,
    signIn: (base: string, password: string, headers: Record<string, string> = {}) =>
      request(base, 'POST', '/api/session', { email: ADMIN.email, password }, headers),
    close: () => agent.destroy(),
  };
}

const WRONG = 'not-the-password-at-all';
const retryAfter = (r: Reply) => Number(r.headers['retry-after']);

describe('sign-in limits', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it("another source's failures never lock the admin out; the failing source gets 429", async () => {
    const attacker = source('127.0.0.2');
    const statuses: number[] = [];
    let last: Reply | undefined;
    const started = performance.now();
    for (let i = 0; i < 100; i++) {
      last = await attacker.signIn(t.url, WRONG);
      statuses.push(last.status);
    }
    console.log(`100 failed sign-ins from one source: ${Math.round(performance.now() - started)} ms`);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(401));
    expect(statuses.slice(8).every((s) => s === 429)).toBe(true);
    expect(retryAfter(last as Reply)).toBeGreaterThan(800);
    expect(retryAfter(last as Reply)).toBeLessThanOrEqual(900);
    expect(JSON.parse((last as Reply).text).error.message).toBe(
      'Too many sign-in attempts. Please wait 15 minutes and try again.',
    );
    expect((await attacker.signIn(t.url, ADMIN.password)).status).toBe(429);
    attacker.close();

    const admin = source('127.0.0.3');
    expect((await admin.signIn(t.url, ADMIN.password)).status).toBe(200);
    admin.close();
  });

  it('tells sources apart by X-Forwarded-For only when CB_TRUST_PROXY trusts the proxy', async () => {
    // Without the setting the header is ignored: one socket address, one source.
    const untrusted = source('127.0.0.4');
    for (let i = 0; i < 8; i++)
      expect((await untrusted.signIn(t.url, WRONG, { 'X-Forwarded-For': '203.0.113.5' })).status).toBe(401);
    expect((await untrusted.signIn(t.url, ADMIN.password, { 'X-Forwarded-For': '203.0.113.6' })).status).toBe(
      429,
    );
    untrusted.close();

    const trusted = await startTestServer({ trustProxy: parseTrustProxy('127.0.0.0/8') ?? false });
    try {
      const proxy = source('127.0.0.5');
      const from = (ip: string) => ({ 'X-Forwarded-For': `198.51.100.77, ${ip}` });
      for (let i = 0; i < 8; i++)
        expect((await proxy.signIn(trusted.url, WRONG, from('203.0.113.5'))).status).toBe(401);
      expect((await proxy.signIn(trusted.url, ADMIN.password, from('203.0.113.5'))).status).toBe(429);
      expect((await proxy.signIn(trusted.url, ADMIN.password, from('203.0.113.6'))).status).toBe(200);
      proxy.close();
    } finally {
      await trusted.stop();
    }
  });

  it("allows WebSockets only to the board's own origin (Content-Security-Policy)", async () => {
    const plain = (await fetch(`${t.url}/healthz`)).headers.get('content-security-policy') ?? '';
    expect(plain).toContain("connect-src 'self';");
    expect(plain).not.toMatch(/ws:|wss:/);
    const pub = await startTestServer({ publicUrl: 'https://board.example.test' });
    try {
      const csp = (await fetch(`${pub.url}/healthz`)).headers.get('content-security-policy') ?? '';
      expect(csp).toContain("connect-src 'self' wss://board.example.test;");
    } finally {
      await pub.stop();
    }
  });
});

describe('link limits', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.stop());

  it('answers 429 to an address guessing tokens, never to people with real links', async () => {
    const admin = await signInAdmin(t.url);
    const conference = await createConference(admin);
    const family = await createLink(admin, conference.id, 'family');
    const rand = mulberry32(103);
    const guesser = source('127.0.0.2');
    const counts = new Map<number, number>();
    let last: Reply | undefined;
    const started = performance.now();
    for (let i = 0; i < 3000; i++) {
      const guess = Buffer.from(randomBytes(rand, 32)).toString('base64url');
      last = await guesser.request(t.url, 'GET', `/join/${guess}`);
      counts.set(last.status, (counts.get(last.status) ?? 0) + 1);
    }
    const ms = Math.round(performance.now() - started);
    console.log(`3000 token guesses from one address: ${ms} ms; answers ${JSON.stringify([...counts])}`);
    expect(counts.get(404)).toBe(20);
    expect(counts.get(429)).toBe(2980);
    expect(retryAfter(last as Reply)).toBeGreaterThan(500);
    expect(retryAfter(last as Reply)).toBeLessThanOrEqual(600);
    expect(last?.text).toContain('Please wait 10 minutes and try the link again.');
    const path = new URL(family.url).pathname;
    expect((await guesser.request(t.url, 'GET', path)).status).toBe(429);
    guesser.close();

    const person = source('127.0.0.3');
    expect((await person.request(t.url, 'GET', `${path}?name=Parent%20Fictional`)).status).toBe(303);
    person.close();

    // A family of 15 joining from one office address, after a few typos, is never blocked.
    const office = source('127.0.0.4');
    for (let i = 0; i < 19; i++)
      expect((await office.request(t.url, 'GET', `/join/mistyped-link-token-${i}x`)).status).toBe(404);
    for (let i = 0; i < 15; i++) {
      const link = await createLink(admin, conference.id, 'family');
      const joinPath = `${new URL(link.url).pathname}?name=Member%20${i}%20Fictional`;
      expect((await office.request(t.url, 'GET', joinPath)).status).toBe(303);
    }
    office.close();
  });
});

describe('limits shared through Redis', () => {
  const redisUrl = 'redis://127.0.0.1:6379';
  const redisPrefix = `cb-test-${process.pid}-${Date.now()}:`;
  const redis = new Redis(redisUrl, { lazyConnect: true });
  afterAll(async () => {
    const keys = await redis.keys(`${redisPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('keeps counts across a restart, under CB_REDIS_PREFIX, with no email in the clear', async () => {
    const first = await startTestServer({ redisUrl, redisPrefix });
    const attacker = source('127.0.0.2');
    for (let i = 0; i < 8; i++) expect((await attacker.signIn(first.url, WRONG)).status).toBe(401);
    await first.stop({ keepData: true });

    const second = await startTestServer({ redisUrl, redisPrefix }, first.dataDir);
    try {
      const blocked = await attacker.signIn(second.url, ADMIN.password);
      expect(blocked.status).toBe(429);
      expect(retryAfter(blocked)).toBeGreaterThan(800);
      const admin = source('127.0.0.3');
      expect((await admin.signIn(second.url, ADMIN.password)).status).toBe(200);
      admin.close();
    } finally {
      attacker.close();
      await second.stop();
    }
    const keys = await redis.keys(`${redisPrefix}*`);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(keys.join(' ')).not.toMatch(/admin|example|127\.0/);
  });

  it('does not start when Redis does not answer, and says so plainly', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-test-'));
    try {
      await expect(startTestServer({ redisUrl: 'redis://127.0.0.1:1', redisPrefix }, dir)).rejects.toThrow(
        /^REDIS_URL: Redis did not answer/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
