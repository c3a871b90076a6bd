/**
 * Professionals' views on the decision, given over /control and written by the server into the
 * restricted document: who may give one, about which child, that it is durable, and that the
 * family's document never carries it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readViews } from '@cb/shared/doc/decisions';
import { docNameFor } from '@cb/shared/protocol';
import { connectControl, hello, type Control } from '../support/control.ts';
import { createConference, joinAdmitted, joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';
import { connectDoc, sleep, waitFor, whenSynced, type TestProvider } from '../support/yclient.ts';

const PROFESSIONAL = 'Quentin Viewgiver Fictional';
const AGENCY = 'Northvale Health Visiting (fictional)';

let t: TestServer;
let admin: Client;
const sockets: Control[] = [];
const providers: TestProvider[] = [];

async function control(server: TestServer, conferenceId: string, cookie: string): Promise<Control> {
  const s = connectControl(server.url, conferenceId, cookie);
  sockets.push(s);
  await hello(s);
  return s;
}
function connect(...args: Parameters<typeof connectDoc>): TestProvider {
  const p = connectDoc(...args);
  providers.push(p);
  return p;
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(async () => {
  sockets.forEach((s) => s.disconnect());
  providers.forEach((p) => p.destroy());
  await t.stop();
});

describe('a professional’s view', () => {
  it('lands in the restricted document the chair holds, under the name they joined with', async () => {
    const conf = await createConference(admin);
    const child = conf.children[0]?.id ?? '';
    const chair = await joinAsChair(t.url, admin, conf.id);
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', PROFESSIONAL);
    const restricted = connect(t.url, docNameFor(conf.id, true), chair.cookie);
    await whenSynced(restricted);
    const p = await control(t, conf.id, pro.cookie);
    // A name in the payload is not part of the schema: the server uses the person's own.
    const ack = await p.emitWithAck('view:set', {
      childId: child,
      thresholdMet: true,
      category: 'emotional',
      agency: AGENCY,
      name: 'Somebody Else Fictional',
    } as never);
    expect(ack).toEqual({ ok: true });
    await waitFor(() => (readViews(restricted.doc)[child] ?? []).length === 1, 'the view at the chair');
    expect(readViews(restricted.doc)[child]).toEqual([
      {
        participantId: pro.participantId,
        name: PROFESSIONAL,
        agency: AGENCY,
        thresholdMet: true,
        category: 'emotional',
        dissents: false,
        dissentReasons: '',
      },
    ]);

    // Dissent is their own formal choice, and needs their reasons.
    const noReasons = await p.emitWithAck('view:set', {
      childId: child,
      thresholdMet: false,
      category: null,
      agency: AGENCY,
      dissents: true,
      dissentReasons: '  ',
    });
    expect(noReasons).toMatchObject({ ok: false, error: { message: 'Give the reasons for the dissent.' } });
    expect(readViews(restricted.doc)[child]?.[0]?.dissents).toBe(false);

    // Changing their mind replaces the view; "not met" drops the category.
    expect(
      await p.emitWithAck('view:set', {
        childId: child,
        thresholdMet: false,
        category: 'neglect',
        agency: AGENCY,
      }),
    ).toEqual({ ok: true });
    await waitFor(() => readViews(restricted.doc)[child]?.[0]?.thresholdMet === false, 'the change');
    expect(readViews(restricted.doc)[child]).toHaveLength(1);
    expect(readViews(restricted.doc)[child]?.[0]?.category).toBeNull();

    const reasons = 'Support without a plan would be enough (fictional).';
    expect(
      await p.emitWithAck('view:set', {
        childId: child,
        thresholdMet: false,
        category: null,
        agency: AGENCY,
        dissents: true,
        dissentReasons: reasons,
      }),
    ).toEqual({ ok: true });
    await waitFor(() => readViews(restricted.doc)[child]?.[0]?.dissents === true, 'the dissent');
    expect(readViews(restricted.doc)[child]?.[0]?.dissentReasons).toBe(reasons);

    expect(await p.emitWithAck('view:withdraw', { childId: child })).toEqual({ ok: true });
    await waitFor(() => (readViews(restricted.doc)[child] ?? []).length === 0, 'the view to go');

    const audit = await t.server.deps.store.listAudit(conf.id);
    const given = audit.filter((e) => e.action === 'view-given');
    expect(given).toHaveLength(3);
    // Who gave a view about which child, and nothing of what the view was.
    expect(given[0]?.detail).toEqual({ childId: child });
    expect(JSON.stringify(audit)).not.toContain(AGENCY);
    expect(JSON.stringify(audit)).not.toContain('Support without a plan');
  });

  it('is refused for the family, the room’s screen and the chair, in plain words', async () => {
    const conf = await createConference(admin);
    const child = conf.children[0]?.id ?? '';
    const chair = await joinAsChair(t.url, admin, conf.id);
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Chloe Fictional');
    const display = await joinAdmitted(t.url, admin, conf.id, 'display', 'Room screen');
    const view = { childId: child, thresholdMet: true, category: 'neglect' as const, agency: '' };
    for (const who of [family, display, chair]) {
      const s = await control(t, conf.id, who.cookie);
      const ack = await s.emitWithAck('view:set', view);
      expect(ack).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(ack.ok ? '' : ack.error.message).toMatch(/^[A-Z][^{}]+\.$/);
    }
    const restricted = connect(t.url, docNameFor(conf.id, true), chair.cookie);
    await whenSynced(restricted);
    expect(readViews(restricted.doc)[child] ?? []).toEqual([]);
  });

  it('is refused for a child who is not in the conference, and for a malformed one', async () => {
    const conf = await createConference(admin);
    const elsewhere = await createConference(admin);
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', PROFESSIONAL);
    const p = await control(t, conf.id, pro.cookie);
    const view = { thresholdMet: true, category: 'physical' as const, agency: AGENCY };
    expect(
      await p.emitWithAck('view:set', { ...view, childId: elsewhere.children[0]?.id ?? '' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await p.emitWithAck('view:set', { ...view, childId: 'not-a-child' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(
      await p.emitWithAck('view:set', {
        ...view,
        childId: conf.children[0]?.id ?? '',
        category: 'other',
      } as never),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('is refused once the conference has closed', async () => {
    const conf = await createConference(admin);
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', PROFESSIONAL);
    const p = await control(t, conf.id, pro.cookie);
    await t.server.deps.store.setRoom(conf.id, { stage: 'closed' }, new Date().toISOString());
    const ack = await p.emitWithAck('view:set', {
      childId: conf.children[0]?.id ?? '',
      thresholdMet: true,
      category: 'neglect',
      agency: AGENCY,
    });
    expect(ack).toMatchObject({ ok: false, error: { code: 'CONFERENCE_CLOSED' } });
  });

  it('never reaches the family’s document', async () => {
    const conf = await createConference(admin);
    const child = conf.children[1]?.id ?? '';
    const family = await joinAdmitted(t.url, admin, conf.id, 'family', 'Chloe Fictional');
    const pro = await joinAdmitted(t.url, admin, conf.id, 'professional', PROFESSIONAL);
    const f = connect(t.url, conf.id, family.cookie);
    await whenSynced(f);
    const p = await control(t, conf.id, pro.cookie);
    expect(
      await p.emitWithAck('view:set', {
        childId: child,
        thresholdMet: true,
        category: 'sexual',
        agency: AGENCY,
      }),
    ).toEqual({ ok: true });
    // Give any stray broadcast time to arrive before looking for it.
    await sleep(300);
    const seen = Buffer.concat(f.frames).toString('latin1');
    expect(seen).not.toContain(PROFESSIONAL);
    expect(seen).not.toContain(AGENCY);
    expect(JSON.stringify(f.doc.toJSON())).not.toContain(PROFESSIONAL);
  });
});

describe('durability', () => {
  it('keeps a view given while nobody held the document, across a restart', async () => {
    const first = await startTestServer();
    const firstAdmin = await signInAdmin(first.url);
    const conf = await createConference(firstAdmin);
    const child = conf.children[0]?.id ?? '';
    const chair = await joinAsChair(first.url, firstAdmin, conf.id);
    const pro = await joinAdmitted(first.url, firstAdmin, conf.id, 'professional', PROFESSIONAL);
    const p = await control(first, conf.id, pro.cookie);
    const name = docNameFor(conf.id, true);
    expect(first.server.docs.isLoaded(name)).toBe(false);
    expect(
      await p.emitWithAck('view:set', {
        childId: child,
        thresholdMet: true,
        category: 'neglect',
        agency: AGENCY,
      }),
    ).toEqual({ ok: true });
    // Loaded for the change, and unloaded again when idle.
    await waitFor(() => !first.server.docs.isLoaded(name), 'the document to unload');
    p.disconnect();
    await first.stop({ keepData: true });

    const again = await startTestServer({}, first.dataDir);
    try {
      const restricted = connect(again.url, name, chair.cookie);
      await whenSynced(restricted);
      expect(readViews(restricted.doc)[child]).toMatchObject([{ name: PROFESSIONAL, thresholdMet: true }]);
      restricted.destroy();
    } finally {
      await again.stop();
    }
  });
});
