/**
 * Durability under SIGKILL. The real server runs as a child process; a chair writes a seeded
 * stream of changes (new items, in-place text edits) while a second chair's client watches. The
 * server broadcasts a change only after it is on disk, so whatever the watcher has seen is
 * acknowledged. At a seeded moment the server is killed with SIGKILL and started again on the same
 * data dir: every acknowledged change must be there, nothing half-written, and writing must go on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, itemText } from '@cb/shared/doc/board';
import { docParts, LIST_SECTIONS, type ListSection } from '@cb/shared/doc/schema';
import { createCoreGroup } from '../support/coreGroup.ts';
import { createConference, joinAsChair, signInAdmin } from '../support/factories.ts';
import { mulberry32, randomInt } from '../support/random.ts';
import { connectDoc, sleep, waitFor, whenSynced, type TestProvider } from '../support/yclient.ts';
import { killAllChildServers, startChildServer, type ChildServer } from './childServer.ts';

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
/** Twenty conference boards, and four core group boards (the same board, opened on a plan). */
const CASES: [number, 'a conference' | 'a core group'][] = [
  ...SEEDS.map((seed) => [seed, 'a conference'] as [number, 'a conference']),
  ...[21, 22, 23, 24].map((seed) => [seed, 'a core group'] as [number, 'a core group']),
];
const CREATED_AT = '2026-12-03T10:00:00Z';
/** After "listening", main.ts creates the first admin, then prints this. */
const READY = /Conference Board is running at/;

type Rand = () => number;
/** The board as the writer meant it: item id → "section: text". */
type Board = Record<string, string>;
type Op =
  | { kind: 'add'; id: string; section: ListSection; text: string }
  | { kind: 'edit'; id: string; index: number; remove: number; insert: string };
/** How a seed chooses its moment: after everything is acknowledged, at the k-th ack, or at a time. */
type KillMode = 'all-acknowledged' | 'after-k-acks' | 'after-t-ms';

const WORDS = [
  'worry',
  'school',
  'nursery',
  'grandmother',
  'contact',
  'health visitor',
  'bedtime',
  'café',
  'Größe',
  'naïve',
  'señora',
  'ﬁle',
  '—',
  '“quoted”',
];

const pick = <T>(rand: Rand, items: readonly T[]): T => {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
};

const words = (rand: Rand, min: number, max: number) =>
  Array.from({ length: randomInt(rand, min, max) }, () => pick(rand, WORDS)).join(' ');

/** A seeded list of changes, with the board after each one. Every change inserts something. */
function planOps(rand: Rand, count: number): { ops: Op[]; boards: Board[] } {
  const texts = new Map<string, { section: ListSection; text: string }>();
  const ops: Op[] = [];
  const boards: Board[] = [];
  for (let i = 0; i < count; i++) {
    let op: Op;
    if (texts.size === 0 || rand() < 0.55) {
      op = { kind: 'add', id: `item-${i}`, section: pick(rand, LIST_SECTIONS), text: words(rand, 1, 6) };
      texts.set(op.id, { section: op.section, text: op.text });
    } else {
      const id = pick(rand, [...texts.keys()]);
      const entry = texts.get(id);
      if (!entry) throw new Error('unreachable');
      const index = randomInt(rand, 0, entry.text.length);
      const remove = randomInt(rand, 0, Math.min(6, entry.text.length - index));
      const insert = words(rand, 1, 2);
      op = { kind: 'edit', id, index, remove, insert };
      entry.text = entry.text.slice(0, index) + insert + entry.text.slice(index + remove);
    }
    ops.push(op);
    boards.push(Object.fromEntries([...texts].map(([id, e]) => [id, `${e.section}: ${e.text}`])));
  }
  return { ops, boards };
}

function apply(doc: Y.Doc, op: Op): void {
  if (op.kind === 'add') {
    addItem(doc, op.section, { id: op.id, text: op.text, createdAt: CREATED_AT });
    return;
  }
  const text = itemText([doc], op.id);
  if (!text) throw new Error(`no text for ${op.id}`);
  doc.transact(() => {
    if (op.remove > 0) text.delete(op.index, op.remove);
    text.insert(op.index, op.insert);
  });
}

function readBoard(doc: Y.Doc): Board {
  const board: Board = {};
  for (const section of LIST_SECTIONS) {
    for (const map of docParts(doc).list(section).toArray()) {
      const text = map.get('text');
      board[String(map.get('id'))] = `${section}: ${text instanceof Y.Text ? text.toString() : String(text)}`;
    }
  }
  return board;
}

/** How far a client's document has got in `client`'s changes (its Yjs clock). */
function clockOf(doc: Y.Doc, client: number): number {
  return Y.decodeStateVector(Y.encodeStateVector(doc)).get(client) ?? 0;
}

const dataDirs: string[] = [];
const summary: string[] = [];
const providers: TestProvider[] = [];

function connect(server: ChildServer, docName: string, cookie: string): TestProvider {
  const p = connectDoc(server.url, docName, cookie);
  providers.push(p);
  return p;
}

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy();
  await killAllChildServers();
});

afterAll(() => {
  if (summary.length > 0) console.log(`SIGKILL runs:\n${summary.join('\n')}`);
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('durability under SIGKILL', () => {
  it.each(CASES)(
    'seed %i on %s: every acknowledged change survives a SIGKILL, and writing goes on after the restart',
    async (seed, board) => {
      const rand = mulberry32(seed);
      const mode: KillMode =
        (['all-acknowledged', 'after-k-acks', 'after-t-ms'] as const)[seed % 3] ?? 'after-k-acks';
      const count = randomInt(rand, 20, 200);
      const { ops, boards } = planOps(rand, count);
      const killAtAck = randomInt(rand, 1, count - 1);
      const killAfterMs = randomInt(rand, 5, 150);

      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cb-kill-${seed}-`));
      dataDirs.push(dataDir);
      const first = await startChildServer(dataDir);
      await first.waitForOutput(READY);
      expect(first.output()).toMatch(/Admin sign-in/);
      const admin = await signInAdmin(first.url);
      const conf =
        board === 'a core group' ? await createCoreGroup(first.url, admin) : await createConference(admin);
      const writerLink = await joinAsChair(first.url, admin, conf.id, 'Writer Fictional');
      const watcherLink = await joinAsChair(first.url, admin, conf.id, 'Watcher Fictional');
      const writer = connect(first, conf.id, writerLink.cookie);
      const watcher = connect(first, conf.id, watcherLink.cookie);
      await Promise.all([whenSynced(writer), whenSynced(watcher)]);
      // What the board held before the writer began (a core group's carried plan; else nothing).
      const base = readBoard(writer.doc);
      const after = (b: Board | undefined): Board => ({ ...base, ...(b ?? {}) });

      // The writer's clock after each change: the watcher has change k once its clock reaches clocks[k].
      const author = writer.doc.clientID;
      const clocks: number[] = [];
      const acknowledged = () => {
        const seen = clockOf(watcher.doc, author);
        let k = 0;
        while (k < clocks.length && (clocks[k] ?? Infinity) <= seen) k++;
        return k;
      };
      let killed: { acknowledged: number; watcherBoard: Board } | null = null;
      const killNow = () => {
        if (killed) return;
        // Synchronously: what the watcher holds at this instant, then the signal.
        killed = { acknowledged: acknowledged(), watcherBoard: readBoard(watcher.doc) };
        first.process.kill('SIGKILL');
      };
      watcher.doc.on('update', () => {
        const k = acknowledged();
        if ((mode === 'all-acknowledged' && k === count) || (mode === 'after-k-acks' && k >= killAtAck))
          killNow();
      });
      const timer = mode === 'after-t-ms' ? setTimeout(killNow, killAfterMs) : null;

      for (const op of ops) {
        if (killed) break;
        apply(writer.doc, op);
        clocks.push(clockOf(writer.doc, author));
        if (rand() < 0.6) await sleep(randomInt(rand, 0, 2));
      }
      await waitFor(() => killed !== null, 'the kill', 15_000);
      if (timer) clearTimeout(timer);
      await first.exited;
      expect(first.process.signalCode).toBe('SIGKILL');
      writer.destroy();
      watcher.destroy();
      const at = killed as { acknowledged: number; watcherBoard: Board } | null;
      if (!at) throw new Error('unreachable');
      // The watcher's view is exactly the writer's board after the acknowledged changes.
      expect(at.watcherBoard).toEqual(after(boards[at.acknowledged - 1]));
      if (mode === 'all-acknowledged') expect(at.acknowledged).toBe(count);

      const second = await startChildServer(dataDir);
      await second.waitForOutput(READY);
      expect(second.output(), 'the admin is not created twice').not.toMatch(/Admin sign-in/);
      await signInAdmin(second.url);
      const reader = connect(second, conf.id, writerLink.cookie);
      await whenSynced(reader);

      // Whole changes only, at least the acknowledged ones, and exactly the board after them.
      const restoredClock = clockOf(reader.doc, author);
      const restored = clocks.filter((c) => c <= restoredClock).length;
      expect(restored, `changes restored (acknowledged: ${at.acknowledged})`).toBeGreaterThanOrEqual(
        at.acknowledged,
      );
      expect(restoredClock).toBe(restored === 0 ? 0 : clocks[restored - 1]);
      expect(readBoard(reader.doc)).toEqual(after(boards[restored - 1]));
      summary.push(
        `  seed ${seed} (${mode}): ${count} changes planned, ${clocks.length} written, ` +
          `${at.acknowledged} acknowledged at the kill, ${restored} restored`,
      );

      // Writing goes on: a new item and an edit, seen by another client of the restarted server.
      const other = connect(second, conf.id, watcherLink.cookie);
      await whenSynced(other);
      addItem(reader.doc, 'plan', {
        id: 'after-restart',
        text: 'Written after the restart',
        createdAt: CREATED_AT,
      });
      const firstId = Object.keys(boards[restored - 1] ?? {})[0];
      if (firstId) apply(reader.doc, { kind: 'edit', id: firstId, index: 0, remove: 0, insert: 'Edited: ' });
      const expected = readBoard(reader.doc);
      expect(expected['after-restart']).toBe('plan: Written after the restart');
      await waitFor(
        () => isDeepStrictEqual(readBoard(other.doc), expected),
        'the post-restart changes at another client',
      );
    },
    45_000,
  );
});
