/**
 * What people outside the conference can learn and leave behind: the lobby's `/me` names no one,
 * names cannot carry bidirectional overrides, and a closed conference makes no new links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LobbyEntry } from '@cb/shared/protocol';
import { createConference, createLink, join, signInAdmin } from '../support/factories.ts';
import type { Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(() => t.stop());

describe('the lobby', () => {
  it('tells waiting, refused and removed people only about themselves; admitted people about the conference', async () => {
    const conf = await createConference(admin);
    const link = await createLink(admin, conf.id, 'family');
    const waiting = await join(t.url, link, 'Waiting Fictional');
    const refused = await join(t.url, link, 'Refused Fictional');
    const removed = await join(t.url, link, 'Removed Fictional');
    const admitted = await join(t.url, link, 'Admitted Fictional');
    const lobby = `/api/conferences/${conf.id}/lobby`;
    // One link for all four, so it is kept working (rejoin.test.ts covers ending it).
    await admin.json('POST', `${lobby}/${refused.participantId}/refuse`, { revokeLink: false });
    await admin.json('POST', `${lobby}/${admitted.participantId}/admit`, {});
    await admin.json('DELETE', `/api/conferences/${conf.id}/participants/${removed.participantId}`, {
      revokeLink: false,
    });
    for (const [who, status] of [
      [waiting, 'waiting'],
      [refused, 'refused'],
      [removed, 'removed'],
    ] as const) {
      const res = await who.client.request('GET', `/api/conferences/${conf.id}/me`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ status, role: 'family' });
      expect(text).not.toContain(conf.title);
      expect(text).not.toContain('Testchild');
      expect(JSON.parse(text)).not.toHaveProperty('conference');
    }
    const me = await admitted.client.json<{ conference: { title: string; children: unknown[] } }>(
      'GET',
      `/api/conferences/${conf.id}/me`,
    );
    expect(me.conference.title).toBe(conf.title);
    expect(me.conference.children).toHaveLength(2);
  });

  it('strips bidirectional overrides from the name someone gives', async () => {
    const conf = await createConference(admin);
    const link = await createLink(admin, conf.id, 'professional');
    await join(t.url, link, '\u202EsenoJ CD\u202C (Police)');
    const waiting = await admin.json<LobbyEntry[]>('GET', `/api/conferences/${conf.id}/lobby`);
    expect(waiting.map((w) => w.name)).toEqual(['senoJ CD (Police)']);
    const only = await admin.request('POST', `/api/conferences/${conf.id}/links`, {
      role: 'family',
      label: '\u2067\u2069',
    });
    expect(only.status).toBe(400);
  });
});

describe('a closed conference', () => {
  it('makes no new links, with a plain reason', async () => {
    const conf = await createConference(admin);
    await admin.json('POST', `/api/conferences/${conf.id}/close`, {});
    const res = await admin.request('POST', `/api/conferences/${conf.id}/links`, {
      role: 'family',
      label: 'Late link',
    });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({
      code: 'CONFERENCE_CLOSED',
      message: 'This conference has been closed, so no new links can be made.',
    });
  });
});
