/**
 * The admin's list says what follows a conference only from its outcome: a closed conference
 * carries each child's outcome (so no core group or review is due after no further action), an
 * open one carries none (what follows is not known yet).
 */
import { describe, expect, it } from 'vitest';
import type { Conference } from '@cb/shared/api';
import { setOutcome } from '@cb/shared/doc/decisions';
import { docNameFor } from '@cb/shared/protocol';
import { conferenceDates, londonDate } from '@cb/shared/workingDays';
import { createConference, joinAsChair } from '../support/factories.ts';
import { serverSuite } from '../support/suite.ts';
import { sleep, whenSynced } from '../support/yclient.ts';

const suite = serverSuite();

async function listed(id: string): Promise<Conference> {
  const all = await suite.admin.json<Conference[]>('GET', '/api/conferences');
  const found = all.find((c) => c.id === id);
  if (!found) throw new Error(`conference ${id} not listed`);
  return found;
}

describe('the outcomes on the list of conferences', () => {
  it('are null while open and each child’s outcome once closed', async () => {
    const conf = await createConference(suite.admin);
    const open = await createConference(suite.admin);
    const [first, second] = conf.children.map((c) => c.id);
    if (!first || !second) throw new Error('two children expected');
    const chair = await joinAsChair(suite.t.url, suite.admin, conf.id);
    const pub = suite.connect(suite.t.url, conf.id, chair.cookie);
    const res = suite.connect(suite.t.url, docNameFor(conf.id, true), chair.cookie);
    await Promise.all([pub, res].map(whenSynced));
    setOutcome(pub.doc, res.doc, first, { outcome: 'no-further-action', category: null });
    setOutcome(pub.doc, res.doc, second, { outcome: 'child-in-need-plan', category: null });
    await sleep(300);
    expect((await listed(conf.id)).outcomes).toBeNull();

    const closed = await chair.client.request('POST', `/api/conferences/${conf.id}/close`, {});
    expect(closed.status).toBe(200);
    const after = await listed(conf.id);
    expect(after.outcomes).toEqual(['no-further-action', 'child-in-need-plan']);
    expect((await listed(open.id)).outcomes).toBeNull();

    // What the list then shows: no core group or review, and what follows instead.
    const dates = conferenceDates(
      after.kind,
      londonDate(after.scheduledAt),
      null,
      after.outcomes ?? undefined,
    );
    expect(dates.firstCoreGroupBy).toBeNull();
    expect(dates.reviewConferenceBy).toBeNull();
    expect(dates.notes.join(' ')).toMatch(/No child protection plan/);
  });
});
