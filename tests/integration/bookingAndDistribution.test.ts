/**
 * Before and after the meeting, over HTTP: a conference booked from its strategy discussion is
 * due 15 working days later and flagged when booked after that; once closed, an admin records the
 * plan, the family's letter and the minutes as sent (audited, on the list, in the JSON minutes);
 * the local procedures the dates come from are shown to staff.
 */
import { describe, expect, it } from 'vitest';
import type { Conference, DistributionEntry, ProceduresAnswer, ReportEntry } from '@cb/shared/api';
import { addDays, londonDate } from '@cb/shared/workingDays';
import { joinAsChair } from '../support/factories.ts';
import { httpClient } from '../support/http.ts';
import { serverSuite } from '../support/suite.ts';

const suite = serverSuite();

const book = (extra: Record<string, unknown>) =>
  suite.admin.request('POST', '/api/conferences', {
    kind: 'initial',
    scheduledAt: '2026-12-03T10:00:00Z',
    children: [{ name: 'Testchild Fictional', dateOfBirth: '2019-05-01' }],
    ...extra,
  });

describe('booking from the strategy discussion', () => {
  it('is due 15 working days after it, and flagged when booked later', async () => {
    // Thursday 12 November 2026 + 15 working days = Thursday 3 December: on time.
    const onTime = (await (
      await book({ strategyDiscussionOn: '2026-11-12', reason: 'Bruising (fictional)' })
    ).json()) as Conference;
    expect(onTime).toMatchObject({
      strategyDiscussionOn: '2026-11-12',
      reason: 'Bruising (fictional)',
      dueBy: '2026-12-03',
      bookedLate: false,
    });
    // 16 working days before the conference: one day late.
    const late = (await (await book({ strategyDiscussionOn: '2026-11-11' })).json()) as Conference;
    expect(late).toMatchObject({ dueBy: '2026-12-02', bookedLate: true, reason: null });
    const listed = await suite.admin.json<Conference[]>('GET', '/api/conferences');
    expect(listed.find((c) => c.id === late.id)?.bookedLate).toBe(true);
    // Without the date nothing is claimed.
    const unknown = (await (await book({})).json()) as Conference;
    expect(unknown).toMatchObject({ strategyDiscussionOn: null, dueBy: null, bookedLate: false });
  });

  it('refuses a strategy discussion after the conference, saying which field', async () => {
    const res = await book({ strategyDiscussionOn: '2026-12-10' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields?: Record<string, string> } };
    expect(body.error.fields?.strategyDiscussionOn).toMatch(/comes before the conference/);
  });
});

describe('distribution', () => {
  it('is recorded after closing, audited, listed and in the JSON minutes', async () => {
    const conf = (await (await book({ strategyDiscussionOn: '2026-11-16' })).json()) as Conference;
    const path = `/api/conferences/${conf.id}/distribution`;
    // Sent the day it closed (today): nothing can be sent before then.
    const today = londonDate(new Date());
    const plan = { document: 'plan', to: 'Everyone invited (fictional)', sentOn: today };

    const early = await suite.admin.request('POST', path, plan);
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { message: string } }).error.message).toMatch(/still open/);

    const chair = await joinAsChair(suite.t.url, suite.admin, conf.id);
    expect((await chair.client.request('POST', `/api/conferences/${conf.id}/close`, {})).status).toBe(200);

    const before = await suite.admin.request('POST', path, { ...plan, sentOn: addDays(today, -1) });
    expect(before.status).toBe(400);
    const future = await suite.admin.request('POST', path, { ...plan, sentOn: '2099-01-01' });
    expect(future.status).toBe(400);
    const unknownDoc = await suite.admin.request('POST', path, { ...plan, document: 'report' });
    expect(unknownDoc.status).toBe(400);

    const recorded = await suite.admin.request('POST', path, plan);
    expect(recorded.status).toBe(201);
    const entry = (await recorded.json()) as DistributionEntry;
    expect(entry).toMatchObject({ document: 'plan', to: plan.to, sentOn: today });
    expect(entry.sentBy).not.toMatch(/^staff:/);
    expect(await suite.admin.json<DistributionEntry[]>('GET', path)).toEqual([entry]);

    const shown = await suite.admin.json<Conference>('GET', `/api/conferences/${conf.id}`);
    expect(shown.sent).toEqual({ plan: today, letter: null, minutes: null });

    const audit = await suite.admin.json<{ action: string; detail: Record<string, unknown> }[]>(
      'GET',
      `/api/conferences/${conf.id}/audit`,
    );
    const sent = audit.find((a) => a.action === 'document-sent');
    expect(sent?.detail).toEqual({ entryId: entry.id, document: 'plan', sentOn: today });
    // The audit keeps ids and codes only: not who it went to.
    expect(JSON.stringify(audit)).not.toContain('Everyone invited');

    const json = async (audience: string) =>
      (await (
        await suite.admin.request(
          'GET',
          `/api/conferences/${conf.id}/minutes?format=json&audience=${audience}`,
        )
      ).json()) as { conference: Record<string, unknown>; distribution: unknown[] };
    const full = await json('full');
    expect(full.distribution).toEqual([
      { document: 'plan', to: plan.to, sentOn: today, sentBy: entry.sentBy },
    ]);
    expect(full.conference).toMatchObject({
      strategyDiscussionOn: '2026-11-16',
      dueBy: '2026-12-07',
      reason: null,
    });
    expect((await json('family')).distribution).toEqual([]);
  });

  it('is not for the family or the room’s screen', async () => {
    const conf = (await (await book({})).json()) as Conference;
    const anon = await httpClient(suite.t.url).request('GET', `/api/conferences/${conf.id}/distribution`);
    expect([401, 403]).toContain(anon.status);
  });
});

describe('agencies’ reports', () => {
  it('are expected by a deadline, marked received and shared, audited and in the JSON minutes', async () => {
    const conf = (await (await book({})).json()) as Conference;
    const path = `/api/conferences/${conf.id}/reports`;
    const added = await suite.admin.request('POST', path, { agency: 'Riverside Primary School (fictional)' });
    expect(added.status).toBe(201);
    const report = (await added.json()) as ReportEntry;
    // Thursday 3 December 2026, an initial conference: 2 working days before is Tuesday 1st.
    expect(report).toMatchObject({ expectedBy: '2026-12-01', missing: true, late: false, receivedOn: null });

    const refused = await suite.admin.request('PUT', `${path}/${report.id}`, {
      agency: report.agency,
      sharedWithFamilyOn: '2026-12-02',
    });
    expect(refused.status).toBe(400);
    expect(
      ((await refused.json()) as { error: { fields?: Record<string, string> } }).error.fields,
    ).toHaveProperty('sharedWithFamilyOn');
    const updated = await suite.admin.request('PUT', `${path}/${report.id}`, {
      agency: report.agency,
      author: 'Tom Fictional',
      receivedOn: '2026-12-02',
      sharedWithFamilyOn: '2026-12-02',
      sharedWithChild: false,
      notSharedReason: 'Ada is seven; the social worker will explain it.',
    });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ missing: false, late: true, author: 'Tom Fictional' });
    expect(await suite.admin.json<ReportEntry[]>('GET', path)).toHaveLength(1);

    const stranger = await suite.admin.request('PUT', `${path}/00000000-0000-4000-8000-000000000000`, {
      agency: 'Nobody',
    });
    expect(stranger.status).toBe(404);
    const other = (await (await book({})).json()) as Conference;
    const crossed = await suite.admin.request('PUT', `/api/conferences/${other.id}/reports/${report.id}`, {
      agency: 'Moved (fictional)',
    });
    expect(crossed.status).toBe(404);
    expect(await httpClient(suite.t.url).request('GET', path)).toHaveProperty('status', 401);

    const audit = await suite.admin.json<{ action: string }[]>('GET', `/api/conferences/${conf.id}/audit`);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['report-added', 'report-updated']));
    expect(JSON.stringify(audit)).not.toContain('Riverside');

    const minutes = (await (
      await suite.admin.request('GET', `/api/conferences/${conf.id}/minutes?format=json&audience=full`)
    ).json()) as { reports: unknown[] };
    expect(minutes.reports).toEqual([
      {
        agency: 'Riverside Primary School (fictional)',
        author: 'Tom Fictional',
        expectedBy: '2026-12-01',
        receivedOn: '2026-12-02',
        sharedWithFamilyOn: '2026-12-02',
        sharedWithChild: false,
        notSharedReason: 'Ada is seven; the social worker will explain it.',
      },
    ]);
  });
});

describe('local procedures', () => {
  it('are shown to staff: each rule with its value and words', async () => {
    const p = await suite.admin.json<ProceduresAnswer>('GET', '/api/procedures');
    expect(p.from).toBe('defaults');
    expect(p.rules.find((r) => r.rule === 'initialConferenceWithinWorkingDays')).toMatchObject({
      value: 15,
      words: expect.stringMatching(/within 15 working days of the strategy discussion/),
    });
  });
});
