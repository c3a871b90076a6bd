/**
 * POST /api/conferences/:id/invitations: five people invited at once, a link each; the board's
 * attendance fills in from what the admin entered; a bad row refuses the whole batch (nothing is
 * made) and says which row; a closed conference invites nobody.
 */
import { describe, expect, it } from 'vitest';
import type { Invitation, Link, ReplacedLink, ReportEntry } from '@cb/shared/api';
import type { Invitee } from '@cb/shared/doc/attendance';
import { createConference, join, joinAsChair } from '../support/factories.ts';
import { serverSuite } from '../support/suite.ts';

const suite = serverSuite();

const FIVE = [
  {
    name: 'Nadia Okafor',
    jobRole: 'Health visitor',
    agency: 'Fictional Health',
    agencyType: 'health',
    linkRole: 'professional',
    email: 'nadia@example.test',
    managerEmail: 'lead.hv@example.test',
  },
  {
    name: 'Tom Reeve',
    jobRole: 'Designated safeguarding lead',
    agency: 'Riverside Primary',
    agencyType: 'education',
    linkRole: 'professional',
    email: 'tom@example.test',
  },
  {
    name: 'PC Sam Hollis',
    jobRole: 'Police officer',
    agency: 'Fictional Police',
    agencyType: 'police',
    linkRole: 'professional',
  },
  { name: 'Chloe Marlow', jobRole: 'Mother', linkRole: 'family', email: 'chloe@example.test' },
  { name: 'Fay Marlow', jobRole: 'Grandmother', linkRole: 'family' },
];

describe('inviting everyone at once', () => {
  it('makes a link each, labelled, and fills in the attendance from what was entered', async () => {
    const conf = await createConference(suite.admin);
    const res = await suite.admin.request('POST', `/api/conferences/${conf.id}/invitations`, {
      people: FIVE,
    });
    expect(res.status).toBe(201);
    const made = (await res.json()) as Invitation[];
    expect(made).toHaveLength(5);
    expect(new Set(made.map((m) => m.url)).size).toBe(5);
    expect(made.map((m) => [m.role, m.label])).toEqual([
      ['professional', 'Nadia Okafor (Health visitor, Fictional Health)'],
      ['professional', 'Tom Reeve (Designated safeguarding lead, Riverside Primary)'],
      ['professional', 'PC Sam Hollis (Police officer, Fictional Police)'],
      ['family', 'Chloe Marlow (Mother)'],
      ['family', 'Fay Marlow (Grandmother)'],
    ]);
    const listed = await suite.admin.json<Link[]>('GET', `/api/conferences/${conf.id}/links`);
    expect(listed.map((l) => l.id)).toEqual(expect.arrayContaining(made.map((m) => m.id)));

    // Chloe joins through hers; the others have not yet.
    const [, , , chloe] = made;
    if (!chloe) throw new Error('five invitations expected');
    const joined = await join(suite.t.url, chloe, 'Chloe');
    await suite.admin.request('POST', `/api/conferences/${conf.id}/lobby/${joined.participantId}/admit`, {});
    const chair = await joinAsChair(suite.t.url, suite.admin, conf.id, 'Chair Fictional');
    const invitees = await chair.client.json<Invitee[]>('GET', `/api/conferences/${conf.id}/invitees`);
    expect(invitees).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Nadia Okafor',
          role: 'Health visitor',
          agency: 'Fictional Health',
          agencyType: 'health',
          attendance: 'absent',
        }),
        expect.objectContaining({ name: 'PC Sam Hollis', agencyType: 'police' }),
        // Joined: the name she gave, her job and family from the invitation.
        expect.objectContaining({
          name: 'Chloe',
          role: 'Mother',
          agencyType: 'family',
          attendance: 'remote',
        }),
      ]),
    );
    // Emails are for sending the links, not for the board.
    expect(JSON.stringify(invitees)).not.toContain('@example.test');
    // Each invited agency is expected to send a report, once.
    const reports = await suite.admin.json<ReportEntry[]>('GET', `/api/conferences/${conf.id}/reports`);
    expect(reports.map((r) => [r.agency, r.author, r.missing])).toEqual([
      ['Fictional Health', 'Nadia Okafor', true],
      ['Riverside Primary', 'Tom Reeve', true],
      ['Fictional Police', 'PC Sam Hollis', true],
    ]);
  });

  it('refuses the whole batch over one bad row, saying which, and makes nothing', async () => {
    const conf = await createConference(suite.admin);
    const people = FIVE.map((p, i) => (i === 2 ? { ...p, email: 'not an email' } : p));
    const res = await suite.admin.request('POST', `/api/conferences/${conf.id}/invitations`, { people });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields?: Record<string, string> } };
    expect(Object.keys(body.error.fields ?? {})).toEqual(['people.2.email']);
    expect(await suite.admin.json<Link[]>('GET', `/api/conferences/${conf.id}/links`)).toEqual([]);
    const none = await suite.admin.request('POST', `/api/conferences/${conf.id}/invitations`, { people: [] });
    expect(none.status).toBe(400);
  });

  it('sends someone a new link in one step: the old one stops working, their details carry over', async () => {
    const conf = await createConference(suite.admin);
    const [nadia] = await suite.admin.json<Invitation[]>('POST', `/api/conferences/${conf.id}/invitations`, {
      people: FIVE.slice(0, 1),
    });
    if (!nadia) throw new Error('one invitation expected');
    const res = await suite.admin.request(
      'POST',
      `/api/conferences/${conf.id}/links/${nadia.id}/replace`,
      {},
    );
    expect(res.status).toBe(201);
    const fresh = (await res.json()) as ReplacedLink;
    expect(fresh).toMatchObject({ role: 'professional', label: nadia.label, replaces: nadia.id });
    expect(fresh.person).toEqual(nadia.person);
    expect(fresh.url).not.toBe(nadia.url);
    // The old link is withdrawn; the new one lets her in.
    await expect(join(suite.t.url, nadia, 'Nadia')).rejects.toThrow(/join → 4\d\d/);
    const joined = await join(suite.t.url, fresh, 'Nadia');
    expect(joined.participantId).toBeTruthy();
    const links = await suite.admin.json<Link[]>('GET', `/api/conferences/${conf.id}/links`);
    expect(links.find((l) => l.id === nadia.id)?.revokedAt).not.toBeNull();
    // She is one invitee, with what the admin entered about her.
    const chair = await joinAsChair(suite.t.url, suite.admin, conf.id, 'Chair Fictional');
    const invitees = await chair.client.json<Invitee[]>('GET', `/api/conferences/${conf.id}/invitees`);
    const hers = invitees.filter((i) => i.agency === 'Fictional Health');
    expect(hers).toEqual([expect.objectContaining({ role: 'Health visitor', agencyType: 'health' })]);
    // A withdrawn link cannot be replaced: the admin is told what to do instead.
    const again = await suite.admin.request(
      'POST',
      `/api/conferences/${conf.id}/links/${nadia.id}/replace`,
      {},
    );
    expect(again.status).toBe(409);
    expect(JSON.stringify(await again.json())).toContain('make a new one instead');
    const unknown = await suite.admin.request('POST', `/api/conferences/${conf.id}/links/nope/replace`, {});
    expect(unknown.status).toBe(404);
  });

  it('invites nobody to a closed conference', async () => {
    const conf = await createConference(suite.admin);
    const chair = await joinAsChair(suite.t.url, suite.admin, conf.id);
    await chair.client.request('POST', `/api/conferences/${conf.id}/close`, {});
    const res = await suite.admin.request('POST', `/api/conferences/${conf.id}/invitations`, {
      people: FIVE,
    });
    expect(res.status).toBe(409);
  });
});
