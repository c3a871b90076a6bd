/**
 * The audit rows a dispute needs: an item shown to the family, stage changes, outcomes set and
 * changed — by id and code, never the item's words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addItem, moveItem } from '@cb/shared/doc/board';
import { setOutcome } from '@cb/shared/doc/decisions';
import { docNameFor } from '@cb/shared/protocol';
import { connectControl, hello } from '../support/control.ts';
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

const SECRET = 'Professionals-only words that must never reach the audit log QX-5521';

interface Row {
  action: string;
  actor: string;
  detail: Record<string, unknown>;
}

describe('audit rows from the board', () => {
  it('records a reveal, outcomes and stage changes by id and code, with who did it', async () => {
    const conf = await createConference(admin);
    const child = conf.children[0]?.id ?? '';
    const chair = await joinAsChair(t.url, admin, conf.id);
    const pub = connectDoc(t.url, conf.id, chair.cookie);
    const res = connectDoc(t.url, docNameFor(conf.id, true), chair.cookie);
    await Promise.all([whenSynced(pub), whenSynced(res)]);
    const createdAt = new Date().toISOString();
    addItem(res.doc, 'worries', { id: 'w-secret', text: SECRET, createdAt });
    addItem(pub.doc, 'worries', { id: 'w-open', text: 'An open worry (fictional)', createdAt });
    const audit = () => admin.json<Row[]>('GET', `/api/conferences/${conf.id}/audit`);
    const has = async (action: string) => (await audit()).some((r) => r.action === action);
    // Both documents seen by the server before the reveal.
    await waitFor(() => t.server.docs.isLoaded(conf.id), 'the documents to load');
    await new Promise((r) => setTimeout(r, 300));

    moveItem(res.doc, pub.doc, 'w-secret', 'worries');
    setOutcome(pub.doc, res.doc, child, { outcome: 'child-protection-plan', category: 'neglect' });
    const control = connectControl(t.url, conf.id, chair.cookie);
    await hello(control);
    expect(await control.emitWithAck('stage:set', { stage: 'decision' })).toMatchObject({ ok: true });
    for (const action of ['item.revealed', 'outcome-set', 'stage-changed']) {
      for (let i = 0; i < 50 && !(await has(action)); i++) await new Promise((r) => setTimeout(r, 100));
    }
    setOutcome(pub.doc, res.doc, child, { outcome: 'child-in-need-plan', category: null });
    for (let i = 0; i < 50 && !(await has('outcome-changed')); i++)
      await new Promise((r) => setTimeout(r, 100));

    const rows = await audit();
    const chairActor = rows.find((r) => r.action === 'joined')?.actor;
    expect(rows.filter((r) => r.action === 'item.revealed')).toEqual([
      expect.objectContaining({ actor: chairActor, detail: { itemId: 'w-secret' } }),
    ]);
    expect(rows.find((r) => r.action === 'outcome-set')).toMatchObject({
      detail: { childId: child, outcome: 'child-protection-plan', category: 'neglect' },
    });
    expect(rows.find((r) => r.action === 'outcome-changed')).toMatchObject({
      detail: { childId: child, outcome: 'child-in-need-plan', category: null },
    });
    expect(rows.find((r) => r.action === 'stage-changed')).toMatchObject({
      detail: { from: 'part-one', to: 'decision' },
    });
    expect(JSON.stringify(rows)).not.toContain('QX-5521');
    // The open worry was never professionals-only: no reveal for it.
    expect(rows.some((r) => r.detail.itemId === 'w-open')).toBe(false);
    control.disconnect();
    pub.destroy();
    res.destroy();
  });
});
