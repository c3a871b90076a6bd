/**
 * Between conferences: a conference makes a child protection plan and closes; core group 1 opens
 * on that plan (progress on every row, one row changed, one added, one closed as done) and closes;
 * core group 2 opens on what core group 1 left; the review conference opens on core group 2's plan.
 * The JSON minutes of each meeting carry plan[].progress[] and the next meeting; the next core
 * group is due at the local cadence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '@cb/shared/api';
import { addAttendee, updateAttendee } from '@cb/shared/doc/attendance';
import { readChildren } from '@cb/shared/doc/board';
import { setProgressNote } from '@cb/shared/doc/coreProgress';
import { setOutcome } from '@cb/shared/doc/decisionDoc';
import { setMeeting } from '@cb/shared/doc/meetings';
import {
  addPlanRow,
  contingencyText,
  readContingencyPlans,
  readPlan,
  updatePlanRow,
} from '@cb/shared/doc/plan';
import type { Minutes } from '@cb/shared/minutes/types';
import { docNameFor } from '@cb/shared/protocol';
import { createConference, joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced, type TestProvider } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());

const AT = '2026-12-03T11:00:00Z';

/** The chair's two documents for a meeting, synced. */
async function open(id: string) {
  const chair = await joinAsChair(t.url, admin, id);
  const pub = connectDoc(t.url, docNameFor(id, false), chair.cookie);
  const res = connectDoc(t.url, docNameFor(id, true), chair.cookie);
  await Promise.all([whenSynced(pub), whenSynced(res)]);
  return { chair, pub, res };
}

/** Closes a meeting once a second reader has every row (stored before it is broadcast). */
async function close(id: string, docs: { chair: { client: Client }; pub: TestProvider; res: TestProvider }) {
  const rows = readPlan(docs.pub.doc).length;
  const reader = connectDoc(t.url, docNameFor(id, false), docs.chair.client.jar.header());
  await waitFor(() => readPlan(reader.doc).length === rows, 'the rows to be stored');
  reader.destroy();
  const res = await docs.chair.client.request('POST', `/api/conferences/${id}/close`, {});
  expect(res.status).toBe(200);
  docs.pub.destroy();
  docs.res.destroy();
}

const minutesOf = (id: string) =>
  admin.json<Minutes>('GET', `/api/conferences/${id}/minutes?format=json&audience=full`);

async function coreGroupAfter(previous: string, scheduledAt: string): Promise<Conference> {
  return admin.json<Conference>('POST', '/api/conferences', {
    kind: 'core-group',
    scheduledAt,
    previousConferenceId: previous,
  });
}

describe('core groups carry the plan between conferences', () => {
  it('from the conference, through two core groups, to the review', async () => {
    const conference = await createConference(admin, 1);
    const c = await open(conference.id);
    const [child] = readChildren(c.pub.doc);
    if (!child) throw new Error('a child expected');
    for (const [id, risk] of [
      ['row-a', 'Adults argue in front of Ada.'],
      ['row-b', 'Ada misses school.'],
      ['row-c', 'Ada’s bedroom is not safe.'],
    ] as const) {
      addPlanRow(c.pub.doc, {
        id,
        createdAt: AT,
        risk,
        task: `Task for ${id}`,
        byWhom: 'Social worker',
        byWhen: '2027-01-15',
      });
    }
    contingencyText(c.pub.doc, child.id).insert(0, 'If there is another argument, Ada goes to Nana Fay’s.');
    addAttendee(c.pub.doc, {
      id: 'hv',
      name: 'Nadia Fictional',
      role: 'Health visitor',
      agencyType: 'health',
      attendance: 'present',
    });
    updateAttendee(c.pub.doc, 'hv', { coreGroup: true });
    setOutcome(c.pub.doc, c.res.doc, child.id, { outcome: 'child-protection-plan', category: 'neglect' });
    await close(conference.id, c);

    // Core group 1: on the plan as the conference left it.
    const first = await coreGroupAfter(conference.id, '2026-12-15T10:00:00Z');
    expect(first).toMatchObject({ kind: 'core-group', title: 'Core group 1 for Testchild' });
    expect(first.children.map((x) => x.name)).toEqual(conference.children.map((x) => x.name));
    const g1 = await open(first.id);
    expect(readPlan(g1.pub.doc).map((r) => r.id)).toEqual(['row-a', 'row-b', 'row-c']);
    const [g1Child] = readChildren(g1.pub.doc);
    expect(readContingencyPlans(g1.pub.doc).find((p) => p.childId === g1Child?.id)?.text).toContain(
      'Nana Fay',
    );
    const said = { meetingId: first.id, heldOn: '2026-12-15', saidBy: 'Nadia Fictional' };
    setProgressNote(g1.pub.doc, 'row-a', { ...said, status: 'on-track', note: 'Two sessions done.' });
    setProgressNote(g1.pub.doc, 'row-b', { ...said, status: 'not-working', note: 'Still missing Mondays.' });
    setProgressNote(g1.pub.doc, 'row-c', { ...said, status: 'done', note: 'New bed fitted.' });
    updatePlanRow(g1.pub.doc, 'row-b', { byWhom: 'School and parent' });
    updatePlanRow(g1.pub.doc, 'row-c', { closedOn: '2026-12-15' });
    addPlanRow(g1.pub.doc, {
      id: 'row-d',
      createdAt: '2026-12-15T10:30:00Z',
      risk: 'Ada is lonely at break.',
    });
    setMeeting(g1.pub.doc, 'nextCoreGroupAt', '2027-01-19T10:00');
    await close(first.id, g1);

    const m1 = await minutesOf(first.id);
    expect(m1.conference.kind).toBe('core-group');
    expect(m1.plan.find((r) => r.risk === 'Ada misses school.')?.progress).toEqual([
      { ...said, status: 'not-working', note: 'Still missing Mondays.' },
    ]);
    expect(m1.plan.find((r) => r.risk === 'Ada’s bedroom is not safe.')?.closedOn).toBe('2026-12-15');
    expect(m1.meetings.nextCoreGroupAt).toBe('2027-01-19T10:00');
    // Every 6 weeks (the local procedures' default), on a working day.
    expect(m1.dates.nextCoreGroupBy).toBe('2027-01-26');
    expect(m1.dates.rules.nextCoreGroupBy).toBe('Core groups then meet every 6 weeks');
    expect(m1.dates).toMatchObject({ firstCoreGroupBy: null, reviewConferenceBy: null });

    // Core group 2: what core group 1 left (the closed row stays behind), with its notes.
    const second = await coreGroupAfter(first.id, '2027-01-19T10:00:00Z');
    expect(second.title).toBe('Core group 2 for Testchild');
    const g2 = await open(second.id);
    const rows2 = readPlan(g2.pub.doc);
    expect(rows2.map((r) => r.id)).toEqual(['row-a', 'row-b', 'row-d']);
    expect(rows2.find((r) => r.id === 'row-b')).toMatchObject({
      byWhom: 'School and parent',
      carriedFrom: first.id,
    });
    expect(rows2.find((r) => r.id === 'row-b')?.progressNotes).toHaveLength(1);
    setProgressNote(g2.pub.doc, 'row-b', {
      meetingId: second.id,
      heldOn: '2027-01-19',
      saidBy: 'Tom Fictional',
      status: 'on-track',
      note: 'Every day this month.',
    });
    await close(second.id, g2);
    const m2 = await minutesOf(second.id);
    expect(m2.plan.find((r) => r.risk === 'Ada misses school.')?.progress.map((n) => n.status)).toEqual([
      'not-working',
      'on-track',
    ]);

    // The review opens on core group 2's plan, with the history of each row.
    const review = await admin.json<Conference>('POST', '/api/conferences', {
      kind: 'review',
      scheduledAt: '2027-03-01T10:00:00Z',
      children: conference.children.map((x) => ({ name: x.name, dateOfBirth: x.dateOfBirth })),
      previousConferenceId: second.id,
    });
    const r = await open(review.id);
    const reviewRows = readPlan(r.pub.doc);
    expect(reviewRows.map((x) => [x.id, x.byWhom])).toEqual(rows2.map((x) => [x.id, x.byWhom]));
    expect(reviewRows.find((x) => x.id === 'row-b')?.progressNotes.map((n) => n.note)).toEqual([
      'Still missing Mondays.',
      'Every day this month.',
    ]);
    r.pub.destroy();
    r.res.destroy();
  });

  it('refuses a core group after a conference that made no plan, or one still open, in plain words', async () => {
    const open1 = await createConference(admin, 1);
    const res = await admin.request('POST', '/api/conferences', {
      kind: 'core-group',
      scheduledAt: '2026-12-15T10:00:00Z',
      previousConferenceId: open1.id,
    });
    expect(res.status).toBe(409);
    expect(JSON.stringify(await res.json())).toContain('close the conference first');
    const none = await admin.request('POST', '/api/conferences', {
      kind: 'core-group',
      scheduledAt: '2026-12-15T10:00:00Z',
    });
    expect(none.status).toBe(400);
    const body = (await none.json()) as { error: { fields?: Record<string, string> } };
    expect(body.error.fields?.previousConferenceId).toMatch(
      /follows a conference with a child protection plan/,
    );
  });
});
