/**
 * The store under ordinary load: many boards busy at once. Server-side writes (`sync.change`, the
 * same worker-thread writer a chair's typing goes through) keep the update writer committing
 * while, on the same boards, the chair moves through the stages over /control (each stage takes
 * a snapshot), family exports take fresh snapshots and some conferences are closed. Nothing may
 * fail: no 500, no SQLITE_BUSY in the logs, every stage snapshot present, every chain intact.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Conference } from '@cb/shared/api';
import { addItem, deleteItem } from '@cb/shared/doc/board';
import type { Stage } from '@cb/shared/doc/schema';
import { docNameFor } from '@cb/shared/protocol';
import { verifyConferenceChain } from '@cb/server/src/snapshots/verify.ts';
import { connectControl, hello } from '../support/control.ts';
import { createConference, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { mulberry32, randomInt } from '../support/random.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';

const SEED = 0x0b5e10;
const BOARDS = 200;
/** Boards worked through at once by the chair's script; the writers range over all of them. */
const AT_ONCE = 8;
/** Server-side writers kept busy beside the chair's script, and the size range of what they paste. */
const WRITERS = 6;
const PASTE_MIN = 2000;
const PASTE_MAX = 20000;
const STAGES: Stage[] = ['sharing', 'plan', 'decision'];

let t: TestServer;
let admin: Client;
let logged = '';

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logged += chunk.toString();
      done();
    },
  });
  // Periodic snapshots are left to the exports and stages here: one interval is longer than the run.
  t = await startTestServer({ snapshotIntervalMs: 600_000 }, undefined, pino({ level: 'warn' }, sink));
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());

it('keeps every write of 200 busy boards: no 500, no SQLITE_BUSY, no lost stage snapshot', async () => {
  const rand = mulberry32(SEED);
  const started = Date.now();
  const boards: Conference[] = [];
  for (let i = 0; i < BOARDS; i += 20)
    boards.push(...(await Promise.all(Array.from({ length: 20 }, () => createConference(admin)))));
  const closedIds = new Set<string>();
  const counts = { writes: 0, refusedClosed: 0, stages: 0, exports: 0, closes: 0, errors: [] as string[] };

  let n = 0;
  /** A worry of a few hundred characters (fictional), so states take a moment to seal. */
  const write = async (conferenceId: string) => {
    const id = `w${++n}`;
    const text = `Fictional worry ${id} `.repeat(randomInt(rand, 5, 40));
    try {
      await t.server.docs.change(docNameFor(conferenceId, rand() < 0.25), (doc) =>
        addItem(doc, 'worries', { id, text, createdAt: '2026-12-03T10:00:00Z' }),
      );
      counts.writes += 1;
    } catch (err) {
      // A board closed meanwhile refuses changes, as it must.
      if (closedIds.has(conferenceId)) counts.refusedClosed += 1;
      else counts.errors.push(`write: ${(err as Error).message}`);
    }
  };

  /** A board as a conference leaves it: a few dozen worries and strengths, 100–200 kB in all. */
  const seed = async (conferenceId: string) => {
    const items = Array.from({ length: randomInt(rand, 30, 50) }, (_, j) => ({
      id: `s${j}`,
      text: `Fictional note ${j} about the family's week. `.repeat(randomInt(rand, 50, 100)),
      createdAt: '2026-12-03T10:00:00Z',
    }));
    await t.server.docs.change(docNameFor(conferenceId, false), (doc) =>
      items.forEach((item, j) => addItem(doc, j % 2 ? 'workingWell' : 'worries', item)),
    );
  };

  /** A chair pasting in a long report over the last one (so a board does not grow without end). */
  const paste = async (conferenceId: string) => {
    const text = `Fictional report ${++n}. `.repeat(randomInt(rand, PASTE_MIN, PASTE_MAX));
    try {
      await t.server.docs.change(docNameFor(conferenceId, false), (doc) => {
        deleteItem([doc], 'pasted');
        addItem(doc, 'worries', { id: 'pasted', text, createdAt: '2026-12-03T10:00:00Z' });
      });
      counts.writes += 1;
    } catch (err) {
      if (closedIds.has(conferenceId)) counts.refusedClosed += 1;
      else counts.errors.push(`paste: ${(err as Error).message}`);
    }
  };

  // The busy writer: a few server-side writers on random open boards, all the time.
  let writing = true;
  const writers = Array.from({ length: WRITERS }, async () => {
    while (writing) {
      const open = boards.filter((b) => !closedIds.has(b.id));
      await paste(open[randomInt(rand, 0, open.length - 1)]?.id ?? '');
    }
  });

  const exportFamily = async (id: string) => {
    const res = await admin.request('GET', `/api/conferences/${id}/minutes?format=json&audience=family`);
    await res.arrayBuffer();
    if (res.status === 200) counts.exports += 1;
    else counts.errors.push(`export → ${res.status}`);
  };

  // The chair's script for each board: edits, three stages, family exports, and a third closed.
  const script = async (i: number) => {
    const board = boards[i];
    if (!board) return;
    const control = connectControl(t.url, board.id, admin.jar.header());
    try {
      await hello(control);
      await seed(board.id);
      for (const stage of STAGES) {
        const ack = await control.emitWithAck('stage:set', { stage });
        if (ack.ok) counts.stages += 1;
        else counts.errors.push(`stage:set ${stage}: ${ack.error.message}`);
        await write(board.id);
        if (stage !== 'plan') await exportFamily(board.id);
      }
      if (i % 3 === 0) {
        closedIds.add(board.id);
        const res = await admin.request('POST', `/api/conferences/${board.id}/close`, {});
        await res.arrayBuffer();
        if (res.status === 200) counts.closes += 1;
        else counts.errors.push(`close → ${res.status}`);
      }
    } finally {
      control.disconnect();
    }
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      while (next < BOARDS) await script(next++);
    }),
  );
  writing = false;
  await Promise.all(writers);
  // Waits for every snapshot under way (and gives any stage snapshot awaiting a retry its turn).
  await t.server.snapshotter.close();

  const store = t.server.deps.store;
  let snapshots = 0;
  const problems: string[] = [];
  for (const board of boards) {
    const listed = await store.listSnapshots(board.id);
    snapshots += listed.length;
    const stages = listed.filter((s) => s.reason === 'stage').map((s) => s.stage);
    if (stages.join() !== STAGES.join())
      problems.push(`${board.id}: stage snapshots ${stages.join() || 'none'}`);
    if (closedIds.has(board.id) && listed.at(-1)?.reason !== 'close')
      problems.push(`${board.id}: no final snapshot`);
    const chain = await verifyConferenceChain(store, board.id);
    problems.push(...chain.problems.map((p) => `${board.id} #${p.seq ?? '-'}: ${p.problem}`));
  }
  const busy = logged.split('\n').filter((l) => /SQLITE_BUSY|database is locked/i.test(l)).length;
  const errorLines = logged.split('\n').filter((l) => /"level":(50|60)/.test(l));
  console.log(
    `busyStore: ${BOARDS} boards in ${Date.now() - started} ms; ${counts.writes} writes ` +
      `(${counts.refusedClosed} refused: closed), ${counts.stages} stage changes, ${counts.exports} ` +
      `family exports, ${counts.closes} closes, ${snapshots} snapshots; ${counts.errors.length} errors, ` +
      `${busy} SQLITE_BUSY log lines, ${errorLines.length} error log lines, ${problems.length} problems`,
  );
  if (counts.errors.length > 0) console.log(counts.errors.slice(0, 10).join('\n'));
  if (problems.length > 0) console.log(problems.slice(0, 10).join('\n'));
  if (errorLines.length > 0) console.log(errorLines.slice(0, 5).join('\n'));

  expect(counts.errors).toEqual([]);
  expect(busy).toBe(0);
  expect(errorLines).toEqual([]);
  expect(problems).toEqual([]);
  expect(counts.stages).toBe(BOARDS * STAGES.length);
  expect(counts.exports).toBe(BOARDS * 2);
  expect(counts.closes).toBe(Math.ceil(BOARDS / 3));
}, 120_000);
