/**
 * When a conference begins, through a real server: the chair letting a family member in, or
 * moving past the professionals' meeting, whichever comes first, makes it `live` with its start
 * time and the chair's name as they joined; audited once; the professionals' meeting alone does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '@cb/shared/api';
import { connectControl, hello } from '../support/control.ts';
import { createConference, createLink, join, joinAsChair, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());

interface Row {
  action: string;
  actor: string;
  detail: Record<string, unknown>;
}

const conferenceOf = (id: string) => admin.json<Conference>('GET', `/api/conferences/${id}`);
const started = async (id: string) =>
  (await admin.json<Row[]>('GET', `/api/conferences/${id}/audit`)).filter(
    (r) => r.action === 'conference-started',
  );

describe('the start of a conference', () => {
  it('is when the chair lets the family in, if that comes first; moving on later changes nothing', async () => {
    const conf = await createConference(admin);
    const chair = await joinAsChair(t.url, admin, conf.id, 'Priya Fictional');
    const control = connectControl(t.url, conf.id, chair.cookie);
    await hello(control);
    // The professionals' meeting is not the start.
    expect(await control.emitWithAck('stage:set', { stage: 'part-one' })).toEqual({ ok: true });
    expect(await conferenceOf(conf.id)).toMatchObject({ status: 'scheduled', startedAt: null });

    const professional = await join(
      t.url,
      await createLink(admin, conf.id, 'professional'),
      'Nadia Fictional',
    );
    await chair.client.call('admit', { id: conf.id, participantId: professional.participantId }, {});
    expect((await conferenceOf(conf.id)).startedAt).toBeNull();

    const parent = await join(t.url, await createLink(admin, conf.id, 'family'), 'Chloe Fictional');
    const before = Date.now();
    await chair.client.call('admit', { id: conf.id, participantId: parent.participantId }, {});
    const live = await conferenceOf(conf.id);
    expect(live.status).toBe('live');
    expect(Date.parse(live.startedAt ?? '')).toBeGreaterThanOrEqual(before - 1);
    expect(await started(conf.id)).toEqual([expect.objectContaining({ detail: { by: 'admission' } })]);

    expect(await control.emitWithAck('stage:set', { stage: 'sharing' })).toEqual({ ok: true });
    expect(await conferenceOf(conf.id)).toMatchObject({ status: 'live', startedAt: live.startedAt });
    expect(await started(conf.id)).toHaveLength(1);
    control.disconnect();
  });

  it('is when the chair moves past the professionals’ meeting, if nobody from the family came', async () => {
    const conf = await createConference(admin);
    const chair = await joinAsChair(t.url, admin, conf.id, 'Priya Fictional');
    const control = connectControl(t.url, conf.id, chair.cookie);
    await hello(control);
    expect(await control.emitWithAck('stage:set', { stage: 'sharing' })).toEqual({ ok: true });
    expect(await conferenceOf(conf.id)).toMatchObject({ status: 'live', startedAt: expect.any(String) });
    expect(await started(conf.id)).toEqual([expect.objectContaining({ detail: { by: 'stage' } })]);
    control.disconnect();
  });
});
