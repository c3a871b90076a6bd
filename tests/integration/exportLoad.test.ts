/**
 * The server stays responsive while it makes exports and refuses writes: eight big exports at
 * once (rendered on worker threads), and a read-only screen that keeps sending large updates
 * (each refused, its socket closed). `/healthz` is asked throughout; the figures are printed
 * against the same server at rest. The checks are counts, never times: every probe is answered,
 * and probes keep being answered while the exports are still being made (rendering on the event
 * loop answered none until each export was done).
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Conference } from '@cb/shared/api';
import { addItem } from '@cb/shared/doc/board';
import { CloseCode, docNameFor } from '@cb/shared/protocol';
import { createConference, joinAdmitted, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { mulberry32, randomInt } from '../support/random.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { syncMessage, SYNC_UPDATE } from '../fuzz/syncMessages.ts';

let t: TestServer;
let admin: Client;
let board: Conference;

/** A board a long conference leaves behind, about `megabytes` MB of notes. */
async function bigBoard(megabytes: number): Promise<Conference> {
  const rand = mulberry32(0xe4907);
  const conf = await createConference(admin);
  const perItem = 8_000;
  const items = Math.round((megabytes * 1e6) / perItem);
  for (let done = 0; done < items; done += 50) {
    await t.server.docs.change(docNameFor(conf.id, false), (doc) => {
      for (let j = done; j < Math.min(items, done + 50); j++) {
        const words = `Made-up note ${j} about the family's week and what the school saw. `;
        addItem(doc, j % 3 ? 'worries' : 'workingWell', {
          id: `big-${j}`,
          text: words.repeat(Math.ceil(perItem / words.length) + randomInt(rand, 0, 3)),
          createdAt: '2026-12-03T10:00:00Z',
        });
      }
    });
  }
  return conf;
}

interface Probe {
  sentAt: number;
  ms: number;
  status: number;
}

/** Asks /healthz every few milliseconds until `until` settles. */
async function probeWhile(until: Promise<unknown>): Promise<Probe[]> {
  const probes: Probe[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    const sentAt = performance.now();
    const res = await fetch(`${t.url}/healthz`);
    await res.arrayBuffer();
    probes.push({ sentAt, ms: performance.now() - sentAt, status: res.status });
    await new Promise((r) => setTimeout(r, 10));
  }
  return probes;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const figures = (probes: Probe[]) =>
  `${probes.length} probes, p50 ${percentile(
    probes.map((p) => p.ms),
    50,
  ).toFixed(1)} ms, ` +
  `p99 ${percentile(
    probes.map((p) => p.ms),
    99,
  ).toFixed(1)} ms, max ${Math.max(...probes.map((p) => p.ms)).toFixed(1)} ms`;

beforeAll(async () => {
  t = await startTestServer({ exportWorkers: 1 });
  admin = await signInAdmin(t.url);
  board = await bigBoard(Number(process.env.CB_EXPORT_LOAD_MB ?? 2));
  // Taken once here, so the exports below all render it rather than each taking its own.
  await t.server.snapshotter.take(board.id, 'manual');
});
afterAll(() => t.stop());

async function atRest(): Promise<Probe[]> {
  return probeWhile(new Promise((r) => setTimeout(r, 1500)));
}

describe('/healthz under load', () => {
  it('answers throughout eight concurrent exports of a big board', async () => {
    const rest = await atRest();
    // The slow ones: laying out pages (JSON is quick, and the plan alone is short).
    const formats = ['pdf', 'docx', 'html'] as const;
    const started = performance.now();
    const finishedAt: number[] = [];
    const exports = Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const format = formats[i % formats.length] as string;
        const res = await admin.request('GET', `/api/conferences/${board.id}/minutes?format=${format}`);
        const bytes = (await res.arrayBuffer()).byteLength;
        finishedAt.push(performance.now());
        return { status: res.status, bytes };
      }),
    );
    const probes = await probeWhile(exports);
    const results = await exports;
    const firstDone = Math.min(...finishedAt);
    const duringRendering = probes.filter((p) => p.sentAt + p.ms < firstDone && p.sentAt > started);
    console.log(
      `exports: ${results.map((r) => `${r.status} ${(r.bytes / 1e6).toFixed(1)} MB`).join(', ')} in ` +
        `${((Math.max(...finishedAt) - started) / 1000).toFixed(1)} s\n` +
        `  /healthz at rest: ${figures(rest)}\n  /healthz during the exports: ${figures(probes)}; ` +
        `${duringRendering.length} answered before the first export was done`,
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(probes.every((p) => p.status === 200)).toBe(true);
    expect(duringRendering.length).toBeGreaterThan(5);
  }, 180_000);

  it('answers throughout a read-only screen sending large updates, each refused', async () => {
    const screen = await joinAdmitted(t.url, admin, board.id, 'display', 'Room screen');
    const rand = mulberry32(0x7e4d);
    // 0.7 MB of new notes from a board nobody has: a real change, so a read-only socket is closed for it.
    const source = new Y.Doc();
    for (let j = 0; j < 90; j++)
      addItem(source, 'worries', {
        id: `ro-${j}`,
        text: `Not allowed ${j} `.repeat(500 + randomInt(rand, 0, 50)),
        createdAt: '2026-12-03T10:00:00Z',
      });
    const message = syncMessage(SYNC_UPDATE, Y.encodeStateAsUpdate(source));
    const rest = await atRest();
    const codes: number[] = [];
    const flood = (async () => {
      for (let i = 0; i < 40; i++) {
        const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/sync/${board.id}`, {
          headers: { Cookie: screen.cookie },
        });
        ws.on('error', () => undefined);
        codes.push(
          await new Promise<number>((resolve) => {
            ws.on('open', () => ws.send(message));
            ws.on('close', (code) => resolve(code));
          }),
        );
      }
    })();
    const probes = await probeWhile(flood);
    console.log(
      `read-only flood: 40 × ${(message.byteLength / 1e6).toFixed(2)} MB\n` +
        `  /healthz at rest: ${figures(rest)}\n  /healthz during the flood: ${figures(probes)}`,
    );
    expect(codes).toEqual(Array(40).fill(CloseCode.readOnly));
    expect(probes.every((p) => p.status === 200)).toBe(true);
  });
});
