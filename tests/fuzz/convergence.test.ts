/**
 * Seeded convergence fuzz, in the shape of tldraw's syncFuzz: per seed, a fresh conference whose
 * two documents are held by stock y-websocket providers through one real server. Two chairs write
 * random edits of every part of the board (board items, text, moves between sections and between
 * the documents, plan, contingency, attendance, family tree, decisions), providers drop and come
 * back at random, edits go on while they are away, and the documents sometimes go idle long enough
 * for the server to unload (and compact) them. Then everyone reconnects, and every provider of a
 * document, and what the server stored, must hold the same state. A family member (public document)
 * and a professional (both documents) only read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readChildren } from '@cb/shared/doc/board';
import { docNameFor } from '@cb/shared/protocol';
import { createCoreGroup } from '../support/coreGroup.ts';
import { createConference, joinAdmitted, joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { mulberry32, randomInt } from '../support/random.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, sleep, whenSynced, type TestProvider } from '../support/yclient.ts';
import { contentOf, randomEdit, vectorOf, type Writer } from './convergenceEdits.ts';

/** Overridable for longer local runs, e.g. CB_FUZZ_SEEDS=3000 CB_FUZZ_FIRST_SEED=0x1000. */
const FIRST_SEED = Number(process.env.CB_FUZZ_FIRST_SEED ?? 0xc04e00);
const SEEDS = Number(process.env.CB_FUZZ_SEEDS ?? 300);
const CONCURRENCY = 4;
/** Core group boards: fewer, since each first makes and closes a conference. */
const CORE_GROUP_SEEDS = Number(process.env.CB_FUZZ_CORE_GROUP_SEEDS ?? 40);
const STEPS = 60;
/** Seeds that once diverged, each kept as its own test (none yet). */
const REGRESSION_SEEDS: readonly number[] = [];
/** The server's docIdleMs here: a document nobody holds for this long is unloaded. */
const IDLE_MS = 200;

let t: TestServer;
let admin: Client;
const open = new Set<TestProvider>();

interface Peer {
  label: string;
  docName: string;
  p: TestProvider;
  writes: boolean;
}

interface SeedStats {
  edits: number;
  /** Edits made while one of that chair's two providers was disconnected. */
  offline: number;
  disconnects: number;
  unloads: number;
  kinds: Map<string, number>;
}

const hex = (seed: number) => `0x${seed.toString(16)}`;

function connect(docName: string, cookie: string): TestProvider {
  const p = connectDoc(t.url, docName, cookie);
  open.add(p);
  return p;
}

async function until(check: () => Promise<string | null>, timeoutMs: number): Promise<string | null> {
  const started = Date.now();
  let problem = await check();
  while (problem !== null && Date.now() - started < timeoutMs) {
    await sleep(20);
    problem = await check();
  }
  return problem;
}

/** What the server stored for a document, replayed as the server loads it. */
async function storedDoc(docName: string): Promise<Y.Doc> {
  const { updates } = await t.server.deps.store.loadUpdates(docName);
  const doc = new Y.Doc();
  doc.transact(() => updates.forEach((u) => Y.applyUpdate(doc, u)));
  return doc;
}

/** Null when every provider of each document, and the store, hold the same state. */
async function divergence(peers: Peer[], docNames: string[]): Promise<string | null> {
  for (const docName of docNames) {
    const holders = peers.filter((x) => x.docName === docName);
    const notSynced = holders.filter((x) => !x.p.provider.synced).map((x) => x.label);
    if (notSynced.length > 0) return `${docName}: not synced: ${notSynced.join(', ')}`;
    const [first, ...rest] = holders.map((x) => ({
      label: x.label,
      sv: vectorOf(x.p.doc),
      c: contentOf(x.p.doc),
    }));
    if (!first) continue;
    for (const other of rest) {
      if (other.sv !== first.sv) return `${docName}: ${other.label} ${other.sv} ≠ ${first.label} ${first.sv}`;
      if (other.c !== first.c)
        return `${docName}: ${other.label} content ≠ ${first.label} (same state vector)`;
    }
    for (const x of holders) {
      const { pendingStructs, pendingDs } = x.p.doc.store;
      if (pendingStructs || pendingDs) return `${docName}: ${x.label} has pending structs or deletes`;
    }
    const stored = await storedDoc(docName);
    try {
      if (stored.store.pendingStructs !== null || stored.store.pendingDs !== null)
        return `${docName}: the stored updates leave pending structs or deletes`;
      if (vectorOf(stored) !== first.sv) return `${docName}: store ${vectorOf(stored)} ≠ clients ${first.sv}`;
      if (contentOf(stored) !== first.c) return `${docName}: stored content ≠ the clients'`;
    } finally {
      stored.destroy();
    }
  }
  return null;
}

/** One seed: a fresh conference, random edits and drops, then everything must converge. */
async function runSeed(seed: number, stats: SeedStats, coreGroup = false): Promise<string | null> {
  const rand = mulberry32(seed);
  // A core group's board is the same board, opened on a carried plan: the same rules hold.
  const conf = coreGroup ? await createCoreGroup(t.url, admin) : await createConference(admin);
  const pubName = conf.id;
  const resName = docNameFor(conf.id, true);
  const [chairA, chairB, family, pro] = await Promise.all([
    joinAsChair(t.url, admin, conf.id, 'Chair Fictional A'),
    joinAsChair(t.url, admin, conf.id, 'Chair Fictional B'),
    joinAdmitted(t.url, admin, conf.id, 'family', 'Parent Fictional'),
    joinAdmitted(t.url, admin, conf.id, 'professional', 'Health Visitor Fictional'),
  ]);
  const peers: Peer[] = [
    ...(
      [
        ['chairA', chairA.cookie, true],
        ['chairB', chairB.cookie, true],
        ['professional', pro.cookie, false],
      ] as const
    ).flatMap(([who, cookie, writes]) => [
      { label: `${who}/public`, docName: pubName, p: connect(pubName, cookie), writes },
      { label: `${who}/restricted`, docName: resName, p: connect(resName, cookie), writes },
    ]),
    { label: 'family/public', docName: pubName, p: connect(pubName, family.cookie), writes: false },
  ];
  const byLabel = (label: string) => peers.find((x) => x.label === label) as Peer;
  try {
    await Promise.all(peers.map((x) => whenSynced(x.p)));
    let n = 0;
    const writers: Writer[] = ['chairA', 'chairB'].map((who) => ({
      pub: byLabel(`${who}/public`).p.doc,
      res: byLabel(`${who}/restricted`).p.doc,
      childIds: readChildren(byLabel(`${who}/public`).p.doc).map((c) => c.id),
      newId: () => `${hex(seed)}-${who}-${++n}`,
    }));
    if (writers.some((w) => w.childIds.length !== 2)) return 'the children were not in the public document';

    for (let step = 0; step < STEPS; step++) {
      const roll = rand();
      if (roll < 0.7) {
        const who = randomInt(rand, 0, 1);
        const kind = randomEdit(rand, writers[who] as Writer);
        stats.edits++;
        if (peers.slice(2 * who, 2 * who + 2).some((x) => !x.p.provider.wsconnected)) stats.offline++;
        stats.kinds.set(kind, (stats.kinds.get(kind) ?? 0) + 1);
      } else if (roll < 0.85) {
        const peer = peers[randomInt(rand, 0, peers.length - 1)] as Peer;
        if (peer.p.provider.shouldConnect) {
          peer.p.provider.disconnect();
          stats.disconnects++;
        } else peer.p.provider.connect();
      } else if (roll < 0.99) {
        await sleep(randomInt(rand, 0, 8));
      } else {
        // Everyone leaves one document for about the server's idle time: it is unloaded (and
        // compacted), or is being unloaded as people come back; meanwhile a chair edits offline.
        const docName = rand() < 0.5 ? pubName : resName;
        for (const x of peers) if (x.docName === docName) x.p.provider.disconnect();
        await sleep(randomInt(rand, IDLE_MS - 20, IDLE_MS + 60));
        if (!t.server.docs.isLoaded(docName)) stats.unloads++;
        randomEdit(rand, writers[randomInt(rand, 0, 1)] as Writer);
        stats.edits++;
      }
      // Let frames move between most steps, so edits interleave with syncing.
      if (rand() < 0.6) await new Promise((r) => setImmediate(r));
    }

    for (const x of peers) x.p.provider.connect();
    const problem = await until(() => divergence(peers, [pubName, resName]), 15_000);
    const refused = peers.flatMap((x) =>
      x.p.closes.filter((c) => c.code >= 4000).map((c) => `${x.label} ${c.code}`),
    );
    const closedBy = refused.length > 0 ? `the server closed sockets (${refused.join(', ')})` : null;
    if (problem || closedBy) return [problem, closedBy].filter(Boolean).join('; ');
    // The readers wrote nothing: their client ids appear in no state vector.
    const readerIds = new Set(peers.filter((x) => !x.writes).map((x) => x.p.doc.clientID));
    for (const x of peers) {
      const writtenBy = [...Y.decodeStateVector(Y.encodeStateVector(x.p.doc)).keys()];
      if (writtenBy.some((id) => readerIds.has(id))) return `${x.label} holds a reader's writes`;
    }
    return null;
  } finally {
    for (const x of peers) {
      x.p.destroy();
      open.delete(x.p);
    }
  }
}

async function pool(items: readonly number[], limit: number, run: (item: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await run(items[i] as number);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const newStats = (): SeedStats => ({ edits: 0, offline: 0, disconnects: 0, unloads: 0, kinds: new Map() });

beforeAll(async () => {
  // Every stock provider adds a process 'exit' listener; 4 seeds at once hold 28 of them.
  process.setMaxListeners(Math.max(process.getMaxListeners(), 64));
  // Compacting every 20 stored updates folds documents mid-session too, not only on unload.
  t = await startTestServer({ compactAfterUpdates: 20, docIdleMs: IDLE_MS });
  admin = await signInAdmin(t.url);
});

afterAll(async () => {
  for (const p of open) p.destroy();
  await t.stop();
});

describe('convergence fuzz', () => {
  it(
    `${SEEDS} seeds: every provider and the store converge`,
    async () => {
      const started = Date.now();
      const total = newStats();
      const failures: string[] = [];
      const seeds = Array.from({ length: SEEDS }, (_, i) => FIRST_SEED + i);
      await pool(seeds, CONCURRENCY, async (seed) => {
        const stats = newStats();
        let problem: string | null;
        try {
          problem = await runSeed(seed, stats);
        } catch (err) {
          problem = `threw ${(err as Error).message}`;
        }
        if (problem) failures.push(`seed ${hex(seed)}: ${problem}`);
        total.edits += stats.edits;
        total.offline += stats.offline;
        total.disconnects += stats.disconnects;
        total.unloads += stats.unloads;
        for (const [k, v] of stats.kinds) total.kinds.set(k, (total.kinds.get(k) ?? 0) + v);
      });
      const kinds = [...total.kinds].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v}`);
      console.log(
        `convergence fuzz: ${SEEDS} seeds, ${total.edits} edits (${total.offline} offline), ` +
          `${total.disconnects} disconnects, ` +
          `${total.unloads} unloads, ${failures.length} divergent, ${Date.now() - started} ms (${kinds.join(', ')})`,
      );
      expect(failures, `${failures.length} seeds diverged`).toEqual([]);
      expect(total.edits).toBeGreaterThan(SEEDS * 30);
      expect(total.disconnects).toBeGreaterThan(SEEDS * 3);
    },
    Math.max(150_000, SEEDS * 600),
  );

  it(
    `${CORE_GROUP_SEEDS} seeds on core group boards: every provider and the store converge`,
    async () => {
      const failures: string[] = [];
      const seeds = Array.from({ length: CORE_GROUP_SEEDS }, (_, i) => FIRST_SEED + SEEDS + i);
      await pool(seeds, CONCURRENCY, async (seed) => {
        const problem = await runSeed(seed, newStats(), true).catch(
          (err: unknown) => `threw ${(err as Error).message}`,
        );
        if (problem) failures.push(`seed ${hex(seed)}: ${problem}`);
      });
      expect(failures, `${failures.length} seeds diverged`).toEqual([]);
    },
    Math.max(120_000, CORE_GROUP_SEEDS * 1500),
  );

  for (const seed of REGRESSION_SEEDS) {
    it(`seed ${hex(seed)} converges`, async () => {
      expect(await runSeed(seed, newStats())).toBeNull();
    }, 30_000);
  }
});
