/**
 * The chair's decision is a draft until it is shared: with stock y-websocket clients, the family's
 * and the room's sockets receive no byte of a draft outcome, its category or the chair's reasons
 * (the raw frames are scanned); "Share the decision with the family" sends the outcome and its
 * category and nothing more, and is audited by code; closing shares what the chair had not.
 */
import { describe, expect, it } from 'vitest';
import { addItem } from '@cb/shared/doc/board';
import { readDecisions, setOutcome, shareDecision } from '@cb/shared/doc/decisions';
import { docNameFor } from '@cb/shared/protocol';
import { createConference, joinAdmitted, joinAsChair } from '../support/factories.ts';
import { serverSuite } from '../support/suite.ts';
import { sleep, waitFor, whenSynced, type TestProvider } from '../support/yclient.ts';

const suite = serverSuite();

const REASONS = 'The chair’s reasons, for professionals only (fictional) RZ-7731';
const seen = (p: TestProvider) => Buffer.concat(p.frames).toString('latin1');

describe('the decision, before and after the chair shares it', () => {
  it('reaches the family’s and the room’s sockets only when shared, and then only the outcome', async () => {
    const conf = await createConference(suite.admin);
    const [first, second] = conf.children.map((c) => c.id);
    if (!first || !second) throw new Error('two children expected');
    const chair = await joinAsChair(suite.t.url, suite.admin, conf.id);
    const family = await joinAdmitted(suite.t.url, suite.admin, conf.id, 'family', 'Chloe Fictional');
    const display = await joinAdmitted(suite.t.url, suite.admin, conf.id, 'display', 'Room screen');
    const pub = suite.connect(suite.t.url, conf.id, chair.cookie);
    const res = suite.connect(suite.t.url, docNameFor(conf.id, true), chair.cookie);
    const f = suite.connect(suite.t.url, conf.id, family.cookie);
    const d = suite.connect(suite.t.url, conf.id, display.cookie);
    await Promise.all([pub, res, f, d].map(whenSynced));
    // The server's audit takes a conference's first batch as where it starts: give it one.
    addItem(res.doc, 'worries', {
      id: 'w-first',
      text: 'A first worry (fictional)',
      createdAt: new Date().toISOString(),
    });
    await sleep(300);
    const framesBefore = [f, d].map((p) => p.frames.length);

    setOutcome(pub.doc, res.doc, first, {
      outcome: 'child-protection-plan',
      category: 'physical',
      chairRationale: REASONS,
    });
    setOutcome(pub.doc, res.doc, second, { outcome: 'no-further-action', category: null });
    // The drafts are stored (the chair's other device sees them) ...
    const other = suite.connect(suite.t.url, docNameFor(conf.id, true), chair.cookie);
    const otherPub = suite.connect(suite.t.url, conf.id, chair.cookie);
    await Promise.all([whenSynced(other), whenSynced(otherPub)]);
    await waitFor(
      () => readDecisions(otherPub.doc, other.doc).every((x) => x.outcome !== null),
      'the drafts on the chair’s other device',
    );
    // ... and none of it went to the family's or the room's socket.
    await sleep(300);
    for (const p of [f, d]) {
      expect(seen(p)).not.toMatch(/child-protection-plan|physical|no-further-action|RZ-7731|note:/);
      expect(readDecisions(p.doc).map((x) => x.shared)).toEqual([null, null]);
    }
    expect([f, d].map((p) => p.frames.length)).toEqual(framesBefore);

    shareDecision(pub.doc, res.doc, first);
    for (const p of [f, d])
      await waitFor(() => readDecisions(p.doc)[0]?.shared !== null, 'the shared decision to arrive');
    for (const p of [f, d]) {
      expect(readDecisions(p.doc)[0]).toMatchObject({
        childId: first,
        outcome: 'child-protection-plan',
        category: 'physical',
        chairRationale: '',
        dissent: [],
      });
      expect(readDecisions(p.doc)[1]?.shared).toBeNull();
      // The other child's draft and the reasons still never crossed.
      expect(seen(p)).not.toMatch(/no-further-action|RZ-7731|note:/);
    }

    // Audited by code: the drafts, then what was shared; never the reasons.
    const rowsOf = () => suite.t.server.deps.store.listAudit(conf.id);
    for (let i = 0; i < 50 && !(await rowsOf()).some((r) => r.action === 'decision-shared'); i++)
      await sleep(100);
    const rows = await rowsOf();
    expect(rows.filter((r) => r.action === 'outcome-set').map((r) => r.detail)).toEqual(
      expect.arrayContaining([
        { childId: first, outcome: 'child-protection-plan', category: 'physical' },
        { childId: second, outcome: 'no-further-action', category: null },
      ]),
    );
    expect(rows.filter((r) => r.action === 'decision-shared').map((r) => r.detail)).toEqual([
      { childId: first, outcome: 'child-protection-plan', category: 'physical' },
    ]);
    expect(JSON.stringify(rows)).not.toContain('RZ-7731');

    // Closing shares the decision the chair had not: the end screen then says it.
    const closed = await chair.client.request('POST', `/api/conferences/${conf.id}/close`, {});
    expect(closed.status).toBe(200);
    for (const p of [f, d])
      await waitFor(() => readDecisions(p.doc)[1]?.shared !== null, 'the decision shared at close');
    expect(readDecisions(f.doc)[1]?.shared).toEqual({ outcome: 'no-further-action', category: null });
    expect(seen(f)).not.toContain('RZ-7731');
  });
});
