/**
 * A review conference opens with the previous conference's plan carried forward: every row, its
 * words and who and when, about the same children (matched by name), with progress not yet judged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '@cb/shared/api';
import { addAttendee, readAttendees } from '@cb/shared/doc/attendance';
import { addPlanRow, readPlan } from '@cb/shared/doc/plan';
import { addRelative } from '@cb/shared/genogram/entry';
import { readGenogram } from '@cb/shared/genogram/model';
import { readChildren } from '@cb/shared/doc/board';
import { docNameFor } from '@cb/shared/protocol';
import { createConference, joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, waitFor, whenSynced } from '../support/yclient.ts';

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());

describe('a review conference', () => {
  it('carries the plan, the family tree and the family forward, rows about the same children', async () => {
    const initial = await createConference(admin, 2);
    const chair = await joinAsChair(t.url, admin, initial.id);
    const p = connectDoc(t.url, docNameFor(initial.id, false), chair.cookie);
    await whenSynced(p);
    const [first] = readChildren(p.doc);
    const createdAt = '2026-12-03T11:00:00Z';
    addPlanRow(p.doc, {
      id: 'row-a',
      createdAt,
      risk: 'Adults argue in front of the children.',
      outcome: 'The children feel safe at home.',
      task: 'Parenting programme.',
      byWhom: 'Parent',
      byWhen: 'within 2 weeks',
    });
    addPlanRow(p.doc, { id: 'row-b', createdAt, risk: 'Weight is falling.', childIds: [first?.id ?? ''] });
    let n = 0;
    const mum = addRelative(p.doc, { name: 'Mum Fictional', sex: 'female' }, null, () => `g${++n}`);
    addRelative(
      p.doc,
      { name: 'Testchild A Fictional', sex: 'female', subject: true },
      { as: 'child', of: mum.id, otherParent: null, kind: 'birth' },
      () => `g${++n}`,
    );
    addAttendee(p.doc, {
      id: 'a1',
      name: 'Mum Fictional',
      role: 'Mother',
      agencyType: 'family',
      attendance: 'present',
    });
    addAttendee(p.doc, {
      id: 'a2',
      name: 'Nurse Fictional',
      role: 'Health visitor',
      agencyType: 'health',
      attendance: 'present',
    });
    // Stored before it is broadcast: once a second reader has the rows, the store has them.
    const reader = connectDoc(t.url, docNameFor(initial.id, false), chair.cookie);
    await waitFor(() => readPlan(reader.doc).length === 2, 'the rows to be stored');
    reader.destroy();
    p.destroy();

    const review = await admin.json<Conference>('POST', '/api/conferences', {
      kind: 'review',
      scheduledAt: '2027-03-01T10:00:00Z',
      children: initial.children.map((c) => ({ name: c.name, dateOfBirth: c.dateOfBirth })),
      previousConferenceId: initial.id,
    });
    const reviewChair = await joinAsChair(t.url, admin, review.id);
    const r = connectDoc(t.url, docNameFor(review.id, false), reviewChair.cookie);
    await whenSynced(r);
    const rows = readPlan(r.doc);
    expect(rows.map((row) => row.risk)).toEqual([
      'Adults argue in front of the children.',
      'Weight is falling.',
    ]);
    expect(rows.every((row) => row.carriedFrom === initial.id && row.progress === null)).toBe(true);
    expect(rows[0]).toMatchObject({
      task: 'Parenting programme.',
      byWhom: 'Parent',
      byWhen: 'within 2 weeks',
    });
    const sameChild = review.children.find((c) => c.name === first?.name);
    expect(rows[1]?.childIds).toEqual([sameChild?.id]);
    const tree = readGenogram(r.doc);
    expect(tree.people.map((x) => x.name).sort()).toEqual(['Mum Fictional', 'Testchild A Fictional']);
    expect(tree.relationships).toHaveLength(1);
    // The family are invited again; professionals are recorded afresh on the day.
    expect(readAttendees(r.doc).map((a) => [a.name, a.attendance])).toEqual([['Mum Fictional', 'absent']]);
    r.destroy();
  });

  it('refuses an unknown previous conference in plain words', async () => {
    const res = await admin.request('POST', '/api/conferences', {
      kind: 'review',
      scheduledAt: '2027-03-01T10:00:00Z',
      children: [{ name: 'Testchild Fictional', dateOfBirth: '2019-05-01' }],
      previousConferenceId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/no earlier conference/);
  });
});
