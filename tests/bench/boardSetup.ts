/**
 * The three boards `npm run bench:board` opens, on one real server: an empty one; the small
 * reference, the scripted Marlow conference (28 items, 10 people, 3 plan rows); and the full one,
 * 300 live cards made by thousands of edits plus every other region full (boardSeed.ts). The
 * chair writes each through a stock y-websocket client and the store is checked to hold all of
 * it; each is moved on to "sharing information" (the family sees a holding page before) and one
 * family member is admitted to each. What the family's board must show once complete is counted
 * from the documents themselves.
 */
import type * as Y from 'yjs';
import { readAttendees } from '@cb/shared/doc/attendance';
import { readBoard, readChildren } from '@cb/shared/doc/board';
import { readDecisions } from '@cb/shared/doc/decisions';
import { readContingencyPlans, readPlan } from '@cb/shared/doc/plan';
import { LIST_SECTIONS } from '@cb/shared/doc/schema';
import { readGenogram } from '@cb/shared/genogram/model';
import { MARLOW } from '@cb/shared/scenario/marlow';
import { forty } from '../fixtures/genogram.ts';
import { connectControl, hello } from '../support/control.ts';
import { createConference, joinAdmitted, joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { scriptConference } from '../support/scriptedConference.ts';
import type { TestServer } from '../support/startServer.ts';
import { openChair, type ChairDocs } from './boardChair.ts';
import type { BoardLabel, Measured } from './boardReport.ts';
import { seedFullBoard, type SeedPlan } from './boardSeed.ts';
import type { Expected } from './boardWatch.ts';
import { fmt } from './stats.ts';

export interface Board extends Measured {
  conferenceId: string;
  familyCookie: string;
  expected: Expected;
  /** The chair's documents (null for the empty board, or while disconnected with --cold). */
  chair: ChairDocs | null;
  chairCookie: string | null;
}

const EMPTY: Expected = {
  cards: 0,
  plan: 0,
  genogram: 0,
  canvas: 0,
  attendance: 0,
  decision: 0,
  contingency: 0,
};

/** What the family's screen shows once everything has drawn: the public document, counted. */
export function expectedOf(publicDoc: Y.Doc): Expected {
  const view = readBoard(publicDoc, null);
  const children = new Set(readChildren(publicDoc).map((c) => c.id));
  const people = readGenogram(publicDoc).people.length;
  return {
    cards: LIST_SECTIONS.filter(
      (s) => s !== 'plan' && (s !== 'safetyScales' || view.settings.safetyScale),
    ).reduce((n, s) => n + view.sections[s].length, 0),
    plan: readPlan(publicDoc).length,
    genogram: people,
    canvas: people,
    attendance: readAttendees(publicDoc).filter(
      (a) => a.attendance === 'present' || a.attendance === 'remote',
    ).length,
    decision: readDecisions(publicDoc).filter((d) => children.has(d.childId) && d.outcome !== null).length,
    contingency: readContingencyPlans(publicDoc).filter(
      (c) => children.has(c.childId) && c.text.trim() !== '',
    ).length,
  };
}

/**
 * Moves the conference on from the professionals' meeting, during which the family's screen shows
 * a holding page instead of the board (HoldingScreen.tsx).
 */
async function shareWithFamily(t: TestServer, admin: Client, conferenceId: string): Promise<void> {
  const control = connectControl(t.url, conferenceId, admin.jar.header());
  try {
    await hello(control);
    const ack = await control.emitWithAck('stage:set', { stage: 'sharing' });
    if (!ack.ok) throw new Error(`could not move the conference on: ${ack.error.message}`);
  } finally {
    control.disconnect();
  }
}

const sizeOf = (e: Expected) => `${e.cards} cards, ${e.plan} rows, ${e.genogram} people`;

async function board(
  label: BoardLabel,
  t: TestServer,
  admin: Client,
  conferenceId: string,
  write: ((chair: ChairDocs) => Promise<void>) | null,
): Promise<Board> {
  let chair: ChairDocs | null = null;
  let chairCookie: string | null = null;
  let expected = EMPTY;
  if (write) {
    chairCookie = (await joinAsChair(t.url, admin, conferenceId)).cookie;
    chair = await openChair(t.url, t.server.deps.store, conferenceId, chairCookie);
    await write(chair);
    await chair.stored();
    expected = expectedOf(chair.publicDoc);
  }
  await shareWithFamily(t, admin, conferenceId);
  const family = await joinAdmitted(t.url, admin, conferenceId, 'family', 'Parent Fictional');
  return {
    label,
    size: sizeOf(expected),
    conferenceId,
    familyCookie: family.cookie,
    expected,
    chair,
    chairCookie,
    loads: new Map(),
    edits: new Map(),
  };
}

export async function setUpBoards(t: TestServer, plan: SeedPlan): Promise<Board[]> {
  const admin = await signInAdmin(t.url);
  const empty = await createConference(admin);
  const conference = (title: string, children: { name: string; dateOfBirth: string | null }[]) =>
    admin.call(
      'createConference',
      {},
      { kind: 'initial', scheduledAt: MARLOW.conference.scheduledAt, title, children },
    );
  const small = await conference(
    MARLOW.conference.title,
    MARLOW.children.map(({ name, dateOfBirth }) => ({ name, dateOfBirth })),
  );
  const subjects = forty()
    .people.filter((p) => p.subject)
    .slice(0, 3);
  const full = await conference(
    'A long fictional conference (bench)',
    subjects.map((p) => ({ name: p.name, dateOfBirth: '2019-05-01' })),
  );
  return [
    await board('empty', t, admin, empty.id, null),
    await board('small', t, admin, small.id, async ({ publicDoc, restrictedDoc }) => {
      const [a, b] = readChildren(publicDoc);
      if (!a || !b) throw new Error('the small board needs its two children');
      scriptConference({ publicDoc, restrictedDoc, children: [a, b] });
    }),
    await board('full', t, admin, full.id, async ({ publicDoc, restrictedDoc }) => {
      const started = performance.now();
      const r = await seedFullBoard(publicDoc, restrictedDoc, plan);
      const ops = Object.entries(r.ops)
        .map(([op, n]) => `${n} ${op}`)
        .join(', ');
      console.log(
        `  seeded the full board in ${fmt((performance.now() - started) / 1000, 1)} s: ${r.publicItems} public + ` +
          `${r.restrictedItems} professionals-only cards from ${ops}, then the other regions`,
      );
    }),
  ];
}
