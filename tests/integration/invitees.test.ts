/** GET /api/conferences/:id/invitees: who was invited and who came, for pre-filling attendance. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedLink, LinkRole } from '@cb/shared/api';
import * as Y from 'yjs';
import { inviteeSchema, mergeInvitees, readAttendees, type Invitee } from '@cb/shared/doc/attendance';
import { createConference, join, joinAsChair, signInAdmin } from '../support/factories.ts';
import { httpClient, type Client } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/startServer.ts';

let t: TestServer;
let admin: Client;

beforeAll(async () => {
  t = await startTestServer();
  admin = await signInAdmin(t.url);
});
afterAll(async () => {
  await t.stop();
});

const link = (conferenceId: string, role: LinkRole, label: string) =>
  admin.json<CreatedLink>('POST', `/api/conferences/${conferenceId}/links`, { role, label });

const admit = (conferenceId: string, participantId: string) =>
  admin.json('POST', `/api/conferences/${conferenceId}/lobby/${participantId}/admit`, {});

const invitees = (client: Client, conferenceId: string) =>
  client.json<Invitee[]>('GET', `/api/conferences/${conferenceId}/invitees`);

describe('invitees for the attendance list', () => {
  it('shows the chair who came and which links nobody has used yet', async () => {
    const conf = await createConference(admin);
    const chair = await joinAsChair(t.url, admin, conf.id, 'Chair Fictional');
    const family = await link(conf.id, 'family', 'Marlow family');
    const chloe = await join(t.url, family, 'Chloe Fictional');
    await admit(conf.id, chloe.participantId);
    const social = await link(conf.id, 'professional', 'Social worker');
    const worker = await join(t.url, social, 'Nadia Fictional');
    await admit(conf.id, worker.participantId);
    const school = await link(conf.id, 'professional', 'Riverside Primary DSL');
    // Waiting in the lobby is not yet here: the link still stands for an invitation.
    const health = await link(conf.id, 'professional', 'Health visitor');
    await join(t.url, health, 'Still Waiting Fictional');

    const res = await chair.client.request('GET', `/api/conferences/${conf.id}/invitees`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/token/i);
    const list = JSON.parse(text) as unknown[];
    for (const entry of list) expect(inviteeSchema.safeParse(entry).success).toBe(true);
    const chairLink = (
      await admin.json<{ id: string; role: string }[]>('GET', `/api/conferences/${conf.id}/links`)
    ).find((l) => l.role === 'chair');
    expect(list).toEqual([
      {
        name: 'Chair Fictional',
        role: 'Chair',
        participantId: chair.participantId,
        linkId: chairLink?.id,
        attendance: 'present',
      },
      {
        name: 'Chloe Fictional',
        role: 'Family',
        agencyType: 'family',
        participantId: chloe.participantId,
        linkId: family.id,
        attendance: 'remote',
      },
      {
        name: 'Nadia Fictional',
        role: 'Professional',
        participantId: worker.participantId,
        linkId: social.id,
        attendance: 'remote',
      },
      {
        name: 'Riverside Primary DSL',
        role: 'Professional',
        participantId: null,
        linkId: school.id,
        attendance: 'absent',
      },
      {
        name: 'Health visitor',
        role: 'Professional',
        participantId: null,
        linkId: health.id,
        attendance: 'absent',
      },
    ]);
    // An admin sees the same.
    expect(await invitees(admin, conf.id)).toEqual(list);
  });

  it('leaves out the room screen and revoked links, and anyone through them', async () => {
    const conf = await createConference(admin);
    const display = await link(conf.id, 'display', 'Room 4 screen');
    const screen = await join(t.url, display, 'Room screen');
    await admit(conf.id, screen.participantId);
    await link(conf.id, 'display', 'Spare screen');
    const revokedUnused = await link(conf.id, 'professional', 'Police (withdrawn)');
    await admin.request('DELETE', `/api/conferences/${conf.id}/links/${revokedUnused.id}`);
    const revokedUsed = await link(conf.id, 'family', 'Old family link');
    const dan = await join(t.url, revokedUsed, 'Dan Fictional');
    await admit(conf.id, dan.participantId);
    await admin.request('DELETE', `/api/conferences/${conf.id}/links/${revokedUsed.id}`);
    const kept = await link(conf.id, 'family', 'Fay Fictional');

    expect(await invitees(admin, conf.id)).toEqual([
      {
        name: 'Fay Fictional',
        role: 'Family',
        agencyType: 'family',
        participantId: null,
        linkId: kept.id,
        attendance: 'absent',
      },
    ]);
  });

  it('pre-fills without duplicates when asked again after someone joins', async () => {
    const conf = await createConference(admin);
    const school = await link(conf.id, 'professional', 'Riverside Primary DSL');
    const family = await link(conf.id, 'family', 'Marlow family');
    const doc = new Y.Doc();
    expect(mergeInvitees(doc, await invitees(admin, conf.id))).toHaveLength(2);
    const dsl = await join(t.url, school, 'Sam Fictional');
    await admit(conf.id, dsl.participantId);
    expect(mergeInvitees(doc, await invitees(admin, conf.id))).toHaveLength(0);
    // The placeholder became the person who joined through its link, from their own device:
    // joining remotely until the chair says they are in the room.
    expect(readAttendees(doc).map((a) => [a.name, a.attendance, a.linkId])).toEqual([
      ['Sam Fictional', 'remote', school.id],
      ['Marlow family', 'absent', family.id],
    ]);
  });

  it('is for the chair and admins only', async () => {
    const conf = await createConference(admin);
    const family = await link(conf.id, 'family', 'Marlow family');
    const chloe = await join(t.url, family, 'Chloe Fictional');
    const path = `/api/conferences/${conf.id}/invitees`;
    // Waiting in the lobby, then let in: a family member may not see the list either way.
    expect((await chloe.client.request('GET', path)).status).toBe(403);
    await admit(conf.id, chloe.participantId);
    const admitted = await chloe.client.request('GET', path);
    expect(admitted.status).toBe(403);
    expect(await admitted.json()).toMatchObject({ error: { code: expect.any(String) } });
    const pro = await join(t.url, await link(conf.id, 'professional', 'School'), 'Teacher Fictional');
    await admit(conf.id, pro.participantId);
    expect((await pro.client.request('GET', path)).status).toBe(403);
    expect((await httpClient(t.url).request('GET', path)).status).toBe(401);
  });

  it('treats a malformed or unknown conference id as not found', async () => {
    expect((await admin.request('GET', '/api/conferences/not-an-id/invitees')).status).toBe(404);
    expect(
      (await admin.request('GET', '/api/conferences/00000000-0000-4000-8000-000000000000/invitees')).status,
    ).toBe(404);
  });
});
