/**
 * A core group board for the tests that must hold for every kind of board (sync privacy, the
 * convergence fuzz, SIGKILL): a conference whose chair makes a child protection plan for each child
 * and closes it, then the core group that follows, opened through the public API.
 */
import type { Conference } from '@cb/shared/api';
import { readDecisions, setOutcome } from '@cb/shared/doc/decisionDoc';
import { addPlanRow } from '@cb/shared/doc/plan';
import { docNameFor } from '@cb/shared/protocol';
import { createConference, joinAsChair } from './factories.ts';
import type { Client } from './http.ts';
import { connectDoc, waitFor, whenSynced } from './yclient.ts';

export async function createCoreGroup(baseUrl: string, admin: Client, children = 2): Promise<Conference> {
  const conf = await createConference(admin, children);
  const chair = await joinAsChair(baseUrl, admin, conf.id);
  const pub = connectDoc(baseUrl, docNameFor(conf.id, false), chair.cookie);
  const res = connectDoc(baseUrl, docNameFor(conf.id, true), chair.cookie);
  try {
    await Promise.all([whenSynced(pub), whenSynced(res)]);
    addPlanRow(pub.doc, {
      id: 'carried-row',
      createdAt: '2026-12-03T11:00:00Z',
      risk: 'Adults argue in front of the children.',
      task: 'Parenting programme.',
      byWhom: 'Parent',
      byWhen: '2027-01-15',
    });
    for (const child of conf.children) {
      setOutcome(pub.doc, res.doc, child.id, { outcome: 'child-protection-plan', category: 'neglect' });
    }
    // Stored before it is broadcast: once a second reader has the outcomes, the store has them.
    const reader = connectDoc(baseUrl, docNameFor(conf.id, true), chair.cookie);
    await waitFor(
      () => readDecisions(pub.doc, reader.doc).every((d) => d.outcome === 'child-protection-plan'),
      'the outcomes to be stored',
    );
    reader.destroy();
  } finally {
    pub.destroy();
    res.destroy();
  }
  const closed = await chair.client.request('POST', `/api/conferences/${conf.id}/close`, {});
  if (closed.status !== 200) throw new Error(`close → ${closed.status}`);
  return admin.json<Conference>('POST', '/api/conferences', {
    kind: 'core-group',
    scheduledAt: '2026-12-15T10:00:00Z',
    previousConferenceId: conf.id,
  });
}
