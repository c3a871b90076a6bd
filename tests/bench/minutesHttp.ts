/**
 * The conferences `npm run bench:minutes` asks a real server for, made as people would make them:
 * an admin creates each conference over HTTP, a chair-link holder's stock y-websocket client
 * writes the board (the scripted Marlow conference, or the big board of scriptedBig.ts), a second
 * reader confirms the server holds every change (it stores before it broadcasts), and the chair
 * closes the conference so its minutes exist. Then one export is one timed GET.
 */
import * as Y from 'yjs';
import type { Conference } from '@cb/shared/api';
import { readBoard, readChildren } from '@cb/shared/doc/board';
import { readPlan } from '@cb/shared/doc/plan';
import { LIST_SECTIONS } from '@cb/shared/doc/schema';
import { readGenogram } from '@cb/shared/genogram/model';
import { docNameFor } from '@cb/shared/protocol';
import { MARLOW } from '@cb/shared/scenario/marlow';
import { forty } from '../fixtures/genogram.ts';
import { join } from '../support/factories.ts';
import { httpClient, type Client } from '../support/http.ts';
import { scriptBigConference } from '../support/scriptedBig.ts';
import { scriptConference } from '../support/scriptedConference.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';
import { BENCH_ADMIN } from './processes.ts';

export type BoardName = 'big' | 'small';

export interface SeededConference {
  board: BoardName;
  id: string;
  /** What the board holds, for the report. */
  items: number;
  people: number;
  planRows: number;
}

export async function signInBenchAdmin(baseUrl: string): Promise<Client> {
  const admin = httpClient(baseUrl);
  await admin.call('signIn', {}, BENCH_ADMIN);
  return admin;
}

const sameState = (a: Y.Doc, b: Y.Doc) =>
  Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));

async function seedOne(
  baseUrl: string,
  admin: Client,
  board: BoardName,
  seed: number,
): Promise<SeededConference> {
  const big = board === 'big';
  const children = big
    ? forty()
        .people.filter((p) => p.subject)
        .slice(0, 3)
        .map((p) => ({ name: p.name, dateOfBirth: '2019-05-01' }))
    : MARLOW.children.map(({ name, dateOfBirth }) => ({ name, dateOfBirth }));
  const conference: Conference = await admin.call(
    'createConference',
    {},
    {
      kind: 'initial',
      scheduledAt: MARLOW.conference.scheduledAt,
      title: big ? 'A large fictional conference (bench)' : MARLOW.conference.title,
      children,
    },
  );
  const link = await admin.call('createLink', { id: conference.id }, { role: 'chair', label: 'Bench chair' });
  const chair = await join(baseUrl, link, 'Bench Chair Fictional');
  const docName = (restricted: boolean) => docNameFor(conference.id, restricted);
  const writers = [false, true].map((r) => connectDoc(baseUrl, docName(r), chair.cookie));
  const [pub, res] = writers.map((w) => w.doc) as [Y.Doc, Y.Doc];
  try {
    await Promise.all(writers.map((w) => whenSynced(w)));
    const kids = readChildren(pub);
    const [a, b] = kids;
    if (big) scriptBigConference(seed, { into: { publicDoc: pub, restrictedDoc: res, children: kids } });
    else if (a && b) scriptConference({ publicDoc: pub, restrictedDoc: res, children: [a, b] });
    else throw new Error('the small conference has no two children');
    // Stored before broadcast: once fresh readers hold all of it, the store has all of it.
    const readers = [false, true].map((r) => connectDoc(baseUrl, docName(r), chair.cookie));
    try {
      await waitFor(
        () => readers.every((r, i) => sameState(r.doc, writers[i]?.doc ?? r.doc)),
        `the server to hold the ${board} board`,
        120_000,
      );
    } finally {
      readers.forEach((r) => r.destroy());
    }
    const view = readBoard(pub, res);
    const seeded: SeededConference = {
      board,
      id: conference.id,
      items: LIST_SECTIONS.filter((s) => s !== 'plan').reduce((n, s) => n + view.sections[s].length, 0),
      people: readGenogram(pub).people.length,
      planRows: readPlan(pub).length,
    };
    writers.forEach((w) => w.destroy());
    await chair.client.call('close', { id: conference.id }, {});
    return seeded;
  } finally {
    writers.forEach((w) => w.destroy());
  }
}

/** The big board and the small scripted one, written, stored and closed. */
export async function seedConferences(baseUrl: string, seed: number): Promise<SeededConference[]> {
  const admin = await signInBenchAdmin(baseUrl);
  return [await seedOne(baseUrl, admin, 'big', seed), await seedOne(baseUrl, admin, 'small', seed)];
}

export const FORMATS = ['html', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface Fetched {
  ms: number;
  bytes: number;
}

/** One export, from the request leaving to its last byte read (the full professionals' minutes). */
export async function fetchMinutes(
  client: Client,
  conferenceId: string,
  format: ExportFormat,
): Promise<Fetched> {
  const started = performance.now();
  const res = await client.request(
    'GET',
    `/api/conferences/${conferenceId}/minutes?format=${format}&audience=full`,
  );
  const body = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - started;
  if (res.status !== 200)
    throw new Error(`${format} minutes of ${conferenceId} → ${res.status}: ${body.toString()}`);
  return { ms, bytes: body.length };
}
