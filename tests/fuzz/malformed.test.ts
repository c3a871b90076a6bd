/**
 * Seeded fuzz: 2,000+ malformed or oversized inputs on every way into the server (y-websocket
 * messages and raw frames on /sync, HTTP bodies on the API and /join, socket.io events on /control),
 * while a chair and a family member keep a conference open. Each bad sender must lose only its own
 * socket (or get a plain 4xx), the server must stay up, and the healthy pair must never notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Conference } from '@cb/shared/api';
import { addItem } from '@cb/shared/doc/board';
import { docParts } from '@cb/shared/doc/schema';
import { CloseCode } from '@cb/shared/protocol';
import {
  createConference,
  createLink,
  joinAdmitted,
  joinAsChair,
  signInAdmin,
  type Joined,
} from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { mulberry32 } from '../support/random.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, sleep, waitFor, whenSynced, type TestProvider } from '../support/yclient.ts';
import { describeInput, nextInput, type FuzzContext, type FuzzInput, type Role } from './inputs.ts';
import {
  openControl,
  runControlAuth,
  runControlRaw,
  runHttp,
  runOversizedControl,
  runRawFrame,
  runSync,
  type ControlSocket,
} from './runners.ts';
import { isSyncStep2, SENTINEL, SYNC_UPDATE, syncMessage } from './syncMessages.ts';

const SEED = 0x5eed_2026;
const BATCHES = 40;
const PER_BATCH = 52;
const CONCURRENCY = 8;
const CREATED_AT = '2026-12-03T10:00:00Z';

/** Signs of internals in an answer: stack frames, SQL engine names, error class names, source paths. */
const LEAKS: readonly RegExp[] = [
  /\n\s+at /,
  /\bat [^\s()]+ \([^)]*:\d+:\d+\)/,
  /SQLITE/i,
  /\b(TypeError|ReferenceError|RangeError|SyntaxError)\b/,
  /\.(ts|js|mjs|cjs):\d+/,
  /node_modules|node:internal/,
];

let t: TestServer;
let admin: Client;
let conf: Conference;
let chair: Joined;
let family: Joined;
let ctx: FuzzContext;
let chairDoc: TestProvider;
let familyDoc: TestProvider;
let healthyControl: Record<Role, ControlSocket>;
const healthyDisconnects: string[] = [];
const fuzzControl: Partial<Record<Role, ControlSocket>> = {};
const providers: TestProvider[] = [];
const sockets: ControlSocket[] = [];

const cookieOf = (role: Role) => (role === 'chair' ? chair.cookie : family.cookie);
const healthyIds: string[] = [];

async function healthz(): Promise<number> {
  return (await fetch(new URL('/healthz', t.url))).status;
}

function ids(p: TestProvider, section: 'workingWell' | 'worries'): string[] {
  return docParts(p.doc)
    .list(section)
    .toArray()
    .map((m) => String(m.get('id')));
}

/** The chair adds an item; it must reach the family. */
async function healthyEdit(label: string): Promise<void> {
  const id = `healthy-${label}`;
  healthyIds.push(id);
  addItem(chairDoc.doc, 'workingWell', { id, text: `Still working after ${label}`, createdAt: CREATED_AT });
  await waitFor(() => ids(familyDoc, 'workingWell').includes(id), `${id} at the family`, 8000);
}

async function fuzzSocket(role: Role): Promise<ControlSocket> {
  const existing = fuzzControl[role];
  if (existing?.connected) return existing;
  const socket = await openControl(t.url, conf.id, cookieOf(role));
  sockets.push(socket);
  fuzzControl[role] = socket;
  return socket;
}

async function pool<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i];
      if (item !== undefined) await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function leaks(text: string): string | null {
  return LEAKS.find((re) => re.test(text))?.source ?? null;
}

const isErrorBody = (v: unknown): boolean => {
  const error = (v as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string' && error.message.length > 0;
};

/** Sends one input and returns what was wrong with the server's answer, or null. */
async function judge(input: FuzzInput, tally: (key: string) => void): Promise<string | null> {
  switch (input.kind) {
    case 'sync': {
      const outcome = await runSync(t.url, conf.id, cookieOf(input.role), input);
      tally(`sync/${input.category} → ${outcome.kind === 'closed' ? outcome.code : outcome.kind}`);
      if (input.expect.kind === 'close') {
        if (outcome.kind === 'closed' && input.expect.codes.includes(outcome.code)) return null;
        return `expected a close with ${input.expect.codes.join('/')}, got ${JSON.stringify(outcome)}`;
      }
      if (input.expect.kind === 'answer' && outcome.kind === 'answered') return null;
      return `expected the socket to stay open and answer, got ${JSON.stringify(outcome)}`;
    }
    case 'raw': {
      const outcome = await runRawFrame(t.url, conf.id, cookieOf(input.role), input);
      tally(`${input.category} → ${outcome.kind === 'closed' ? outcome.code : outcome.kind}`);
      if (outcome.kind === 'closed' && input.codes.includes(outcome.code)) return null;
      return `expected a close with ${input.codes.join('/')}, got ${JSON.stringify(outcome)}`;
    }
    case 'http': {
      const res = await runHttp(
        t.url,
        { admin: admin.jar.header(), chair: chair.cookie, anonymous: '' },
        input,
      );
      tally(`http/${input.route}/${input.category} → ${res.status}`);
      if (res.status < 400 || res.status > 499) return `status ${res.status}: ${res.text.slice(0, 200)}`;
      const leak = leaks(res.text);
      if (leak) return `the answer shows internals (${leak}): ${res.text.slice(0, 300)}`;
      if (res.contentType.startsWith('application/json')) {
        let body: unknown;
        try {
          body = JSON.parse(res.text);
        } catch {
          return `JSON content type but not JSON: ${res.text.slice(0, 200)}`;
        }
        return isErrorBody(body) ? null : `not {error:{code,message}}: ${res.text.slice(0, 200)}`;
      }
      // /join is the page a browser posts its form to: it answers form errors as HTML.
      if (input.route === 'join' && res.contentType.startsWith('text/html')) return null;
      return `neither a JSON error nor the join page (${res.contentType}): ${res.text.slice(0, 200)}`;
    }
    case 'control': {
      if (input.oversized) {
        const reason = await runOversizedControl(
          t.url,
          conf.id,
          cookieOf(input.role),
          input.event,
          input.args,
        );
        tally(`control/oversized → ${reason}`);
        return reason === 'still connected' ? 'an oversized event did not end its socket' : null;
      }
      const socket = await fuzzSocket(input.role);
      if (!input.answered) {
        socket.emit(input.event, ...input.args);
        tally(`control/${input.category} (${input.role}, unanswered) → sent`);
        return null;
      }
      let ack: unknown;
      try {
        ack = await socket.timeout(8000).emitWithAck(input.event, ...input.args);
      } catch (err) {
        return `no answer: ${(err as Error).message}`;
      }
      const code = (ack as { error?: { code?: unknown } } | null)?.error?.code;
      tally(`control/${input.category} → ${String(code)}`);
      if ((ack as { ok?: unknown } | null)?.ok !== false || !isErrorBody(ack) || code !== 'INVALID_INPUT')
        return `expected {ok:false,error:{code:'INVALID_INPUT'}}, got ${JSON.stringify(ack)}`;
      const leak = leaks(JSON.stringify(ack));
      return leak ? `the answer shows internals (${leak}): ${JSON.stringify(ack)}` : null;
    }
    case 'controlAuth': {
      const message = await runControlAuth(t.url, chair.cookie, input);
      tally(`control/bad-auth → ${message}`);
      return ['BAD_REQUEST', 'PROTOCOL_MISMATCH', 'UNAUTHORISED'].includes(message)
        ? null
        : `expected a connect_error, got ${message}`;
    }
    case 'controlRaw': {
      const outcome = await runControlRaw(t.url, conf.id, cookieOf(input.role), input);
      tally(`control-raw/${input.category} → ${outcome}`);
      if (outcome === 'timeout') return 'neither closed nor answered';
      return input.mustClose && outcome !== 'closed'
        ? 'an unparseable packet left the connection open'
        : null;
    }
  }
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
  conf = await createConference(admin);
  chair = await joinAsChair(t.url, admin, conf.id, 'Chair Fictional');
  family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Chloe Fictional');
  const joinLink = await createLink(admin, conf.id, 'family');
  ctx = {
    conferenceId: conf.id,
    joinPath: new URL(joinLink.url).pathname,
    admittedParticipantId: family.participantId,
  };
  chairDoc = connectDoc(t.url, conf.id, chair.cookie);
  familyDoc = connectDoc(t.url, conf.id, family.cookie);
  providers.push(chairDoc, familyDoc);
  await Promise.all([whenSynced(chairDoc), whenSynced(familyDoc)]);
  healthyControl = {
    chair: await openControl(t.url, conf.id, chair.cookie),
    family: await openControl(t.url, conf.id, family.cookie),
  };
  for (const [role, socket] of Object.entries(healthyControl)) {
    sockets.push(socket);
    socket.on('disconnect', (reason) => healthyDisconnects.push(`${role}: ${reason}`));
  }
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  for (const p of providers) p.destroy();
  await t.stop();
});

describe('malformed and oversized input', () => {
  it('closes only the bad sender, answers 4xx, and never disturbs the server or the healthy clients', async () => {
    const initialClients = new Set(Y.decodeStateVector(Y.encodeStateVector(chairDoc.doc)).keys());
    await healthyEdit('start');
    const rand = mulberry32(SEED);
    const failures: string[] = [];
    const counts = new Map<string, number>();
    const tally = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    const kinds = new Map<string, number>();
    const started = Date.now();

    for (let batch = 0; batch < BATCHES; batch++) {
      const inputs = Array.from({ length: PER_BATCH }, () => nextInput(rand, ctx));
      for (const input of inputs) kinds.set(input.kind, (kinds.get(input.kind) ?? 0) + 1);
      await pool(inputs, CONCURRENCY, async (input) => {
        let problem: string | null;
        try {
          problem = await judge(input, tally);
        } catch (err) {
          problem = `threw ${(err as Error).message}`;
        }
        if (problem) failures.push(`batch ${batch}: ${describeInput(input)}\n    → ${problem}`);
      });
      expect(await healthz(), `/healthz after batch ${batch}`).toBe(200);
      await healthyEdit(`batch-${batch}`);
      expect(chairDoc.closes, 'the healthy chair was never disconnected').toEqual([]);
      expect(familyDoc.closes, 'the healthy family member was never disconnected').toEqual([]);
      expect(healthyDisconnects, 'the healthy /control sockets stayed connected').toEqual([]);
    }

    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    console.log(
      `fuzz: ${total} inputs in ${Date.now() - started} ms (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})\n` +
        [...counts]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, n]) => `  ${k}: ${n}`)
          .join('\n'),
    );
    expect(failures.slice(0, 25), `${failures.length} inputs were mishandled`).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(2000);
    expect(kinds.get('sync') ?? 0).toBeGreaterThan(900);
    expect(kinds.get('http') ?? 0).toBeGreaterThan(450);

    // The healthy pair still talks, both ways round the server.
    await healthyEdit('the fuzz');
    const response = await healthyControl.family.timeout(5000).emitWithAck('hand:set', { raised: true });
    expect(response).toEqual({ ok: true });

    // Nothing bad was stored: a fresh reader sees only the chair's items, written by known clients.
    const fresh = connectDoc(t.url, conf.id, chair.cookie);
    providers.push(fresh);
    await whenSynced(fresh);
    expect(ids(fresh, 'workingWell')).toEqual(healthyIds);
    expect(ids(fresh, 'worries')).toEqual([]);
    const writers = [...Y.decodeStateVector(Y.encodeStateVector(fresh.doc)).keys()];
    for (const client of writers) expect([...initialClients, chairDoc.doc.clientID]).toContain(client);

    // No bad body created anything: nobody joined, no link, no conference.
    expect(await admin.json('GET', `/api/conferences/${conf.id}/lobby`)).toEqual([]);
    expect(await admin.json<unknown[]>('GET', `/api/conferences/${conf.id}/links`)).toHaveLength(3);
    expect(await admin.json<unknown[]>('GET', '/api/conferences')).toHaveLength(1);
    expect(await healthz()).toBe(200);
  }, 120_000);

  // Some byte-corrupted updates decode but throw half-way through Y.applyUpdate; the server must
  // neither store them nor apply the half that went in.
  it('closes a writer whose update decodes but cannot be applied, storing nothing', async () => {
    const own = await createConference(admin);
    const writer = await joinAsChair(t.url, admin, own.id, 'Chair Fictional');
    const healthy = connectDoc(t.url, own.id, writer.cookie);
    providers.push(healthy);
    await whenSynced(healthy);
    const stored = async () => (await t.server.deps.store.loadUpdates(own.id)).updates.length;
    const initiallyStored = await stored();
    addItem(healthy.doc, 'worries', { id: 'real', text: 'A real worry', createdAt: CREATED_AT });
    for (let i = 0; i < 500 && (await stored()) === initiallyStored; i++) await sleep(10);
    expect(await stored()).toBe(initiallyStored + 1);

    // Corrupt a real update until Yjs decodes it but cannot apply it (to this document or a new one).
    const source = new Y.Doc();
    source.clientID = 777;
    for (let i = 0; i < 5; i++)
      addItem(source, 'worries', { id: `x${i}`, text: `hello world ${i}`, createdAt: CREATED_AT });
    const original = Y.encodeStateAsUpdate(source);
    const rand = mulberry32(11);
    const appliesTo = (state: Uint8Array, update: Uint8Array) => {
      const probe = new Y.Doc();
      Y.applyUpdate(probe, state);
      try {
        Y.applyUpdate(probe, update);
        return true;
      } catch {
        return false;
      }
    };
    let corrupt: Uint8Array | null = null;
    while (!corrupt) {
      const m = original.slice();
      for (let j = 0; j < 2; j++) m[Math.floor(rand() * m.length)] = Math.floor(rand() * 256);
      try {
        Y.decodeUpdate(m);
      } catch {
        continue;
      }
      if (!appliesTo(Y.encodeStateAsUpdate(healthy.doc), m) && !appliesTo(new Uint8Array([0, 0]), m))
        corrupt = m;
    }

    const storedBefore = await stored();
    const outcome = await new Promise<string>((resolve) => {
      const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/sync/${own.id}`, {
        headers: { Cookie: writer.cookie },
      });
      ws.on('open', () => {
        ws.send(syncMessage(SYNC_UPDATE, corrupt));
        ws.send(SENTINEL);
      });
      ws.on('message', (data: Buffer) => {
        if (isSyncStep2(data)) {
          resolve('answered');
          ws.terminate();
        }
      });
      ws.on('close', (code) => resolve(`closed ${code}`));
      ws.on('error', () => undefined);
      setTimeout(() => resolve('timeout'), 8000);
    });
    expect(outcome).toBe(`closed ${CloseCode.malformed}`);
    expect(await stored()).toBe(storedBefore);
    expect(ids(healthy, 'worries')).toEqual(['real']);
  });
});
