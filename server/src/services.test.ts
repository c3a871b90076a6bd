/**
 * The audit entry point and the domain services that hold rules, against a real SQLite store in a
 * temporary folder (no HTTP: what the routes do on top is in tests/integration).
 */
import { DEFAULT_PROCEDURES } from '@cb/shared/procedures';
import { afterAll, describe, expect, it } from 'vitest';
import { actorFromText, actorText, participantActor, staffActor, systemActor, type Actor } from './actor.ts';
import { auditInWords, auditLog } from './audit.ts';
import { conferencesFor, membershipOf, openConference } from './conferences.ts';
import { LocalBus } from './bus/LocalBus.ts';
import { Hub } from './hub.ts';
import { inviteesOfConference } from './invitees.ts';
import { LinkService } from './links.ts';
import type { ParticipantRow } from './store/Store.ts';
import { conferenceBody, refusal, tempStores } from './testStores.ts';
import { createStaffAccount } from './users.ts';

const stores = tempStores();
afterAll(() => stores.cleanup());
const makeStore = stores.make;
const withAdmin = stores.withAdmin;
const body = conferenceBody;

describe('actor', () => {
  it('writes the stored text exactly as before, and reads it back as data', () => {
    const cases: [Actor, string][] = [
      [staffActor('u-1'), 'staff:u-1'],
      [participantActor('p-1', 'professional'), 'participant:p-1 (professional)'],
      [systemActor('retention'), 'system:retention'],
      [{ kind: 'anonymous' }, 'anonymous'],
      [{ kind: 'unknown' }, 'unknown'],
    ];
    for (const [actor, text] of cases) {
      expect(actorText(actor)).toBe(text);
      expect(actorFromText(text)).toEqual(actor);
    }
    expect(actorFromText('something else')).toBeNull();
  });
});

describe('audit entry point', () => {
  it('stores the actor as text, the action, the conference and the detail, in order', async () => {
    const store = makeStore();
    const audit = auditLog(store);
    await audit.record(staffActor('u-1'), 'sign-in', null, {}, { at: '2026-12-01T09:00:00.000Z' });
    await audit.record(participantActor('p-1', 'family'), 'view-given', 'c-1', { childId: 'k-1' });
    const all = await store.listAudit(null);
    expect(all.map((e) => [e.actor, e.action, e.conferenceId, e.detail])).toEqual([
      ['staff:u-1', 'sign-in', null, {}],
      ['participant:p-1 (family)', 'view-given', 'c-1', { childId: 'k-1' }],
    ]);
    expect(all[0]?.at).toBe('2026-12-01T09:00:00.000Z');
    expect(Number.isNaN(Date.parse(all[1]?.at ?? ''))).toBe(false);
  });

  it('names who did what for the admin, from the store', async () => {
    const { store, admin } = await withAdmin();
    const conference = await openConference(store, body, admin);
    await auditLog(store).record(systemActor('retention'), 'stage-changed', conference.id, {
      from: 'opening',
      to: 'closed',
    });
    await auditLog(store).record(participantActor('nobody', 'family'), 'view-given', conference.id, {
      childId: 'k',
    });
    const rows = await auditInWords(store, conference.id);
    expect(rows.map((r) => [r.action, r.who])).toEqual([
      ['conference-created', 'Avery Fictional'],
      ['stage-changed', 'The system'],
      ['view-given', 'Someone who joined by link'],
    ]);
  });
});

describe('staff accounts', () => {
  it('refuses a second account with the same email, naming the field', async () => {
    const { store, admin } = await withAdmin();
    const err = await refusal(
      createStaffAccount(store, staffActor(admin.id), {
        email: 'admin.fictional@example.invalid',
        name: 'Another Fictional',
        role: 'chair',
      }),
    );
    expect([err.kind, err.code, err.fields]).toEqual([
      'conflict',
      'EMAIL_TAKEN',
      { email: 'Already in use' },
    ]);
    const created = (await store.listAudit(null)).filter((e) => e.action === 'staff-user-created');
    expect(created.map((e) => e.actor)).toEqual(['system:demo']);
  });
});

describe('conference creation', () => {
  it('refuses an unknown chair email or earlier conference; otherwise audits who made it', async () => {
    const { store, admin } = await withAdmin();
    const noChair = await refusal(
      openConference(store, { ...body, chairEmail: 'no.one@example.invalid' }, admin),
    );
    expect([noChair.kind, noChair.fields]).toEqual([
      'invalid',
      { chairEmail: 'No staff account with this email' },
    ]);
    const noPrevious = await refusal(
      openConference(store, { ...body, previousConferenceId: '5a1d1c4e-0000-4000-8000-000000000000' }, admin),
    );
    expect(noPrevious.fields).toEqual({ previousConferenceId: 'No conference with this id' });
    const conference = await openConference(store, body, admin);
    const [row] = await store.listAudit(conference.id);
    expect(row).toMatchObject({
      actor: `staff:${admin.id}`,
      action: 'conference-created',
      detail: { kind: 'initial', chairUserId: admin.id, previousConferenceId: null },
    });
  });
});

describe('links', () => {
  it('makes a link (hash only), lists it as an invitee, revokes it, and refuses once closed', async () => {
    const { store, admin } = await withAdmin();
    const bus = new LocalBus();
    const links = new LinkService(store, new Hub(bus, 'test-process'), bus);
    const conference = await openConference(store, body, admin);
    const access = { conference, staff: { user: { id: admin.id } }, participant: null, role: 'chair' };
    const { link, token } = await links.create(access, { role: 'family', label: 'Family of Robin' });
    expect(link.tokenHash).not.toContain(token);
    expect(link.createdBy).toBe(`staff:${admin.id}`);
    expect((await inviteesOfConference(store, conference.id)).map((i) => i.name)).toEqual([
      'Family of Robin',
    ]);

    const changed: string[] = [];
    bus.subscribe('lobbyChanged', ({ conferenceId }) => changed.push(conferenceId));
    await links.revoke(access, link.id);
    expect(changed).toEqual([conference.id]);
    expect(await inviteesOfConference(store, conference.id)).toEqual([]);
    expect((await store.listAudit(conference.id)).map((e) => [e.action, e.detail])).toEqual([
      ['conference-created', expect.anything()],
      ['link-created', { linkId: link.id, role: 'family', expiresAt: null }],
      ['link-revoked', { linkId: link.id, connectionsClosed: 0 }],
    ]);

    const missing = await refusal(links.revoke(access, 'not-a-link'));
    expect(missing.kind).toBe('not-found');
    const closed = await refusal(
      links.create(
        { ...access, conference: { ...conference, status: 'closed' } },
        { role: 'family', label: 'x' },
      ),
    );
    expect([closed.kind, closed.code]).toEqual(['conflict', 'CONFERENCE_CLOSED']);
  });
});

describe('what staff and participants see of conferences', () => {
  it('lists every conference for an admin and only their own for a chair', async () => {
    const { store, admin } = await withAdmin();
    const { user: chair } = await createStaffAccount(store, staffActor(admin.id), {
      email: 'chair.fictional@example.invalid',
      name: 'Jo Fictional',
      role: 'chair',
    });
    const theirs = await openConference(store, { ...body, chairEmail: chair.email }, admin);
    const other = await openConference(store, body, admin);
    expect((await conferencesFor(store, admin, DEFAULT_PROCEDURES)).map((c) => c.id).sort()).toEqual(
      [theirs.id, other.id].sort(),
    );
    expect((await conferencesFor(store, chair, DEFAULT_PROCEDURES)).map((c) => [c.id, c.chair.name])).toEqual(
      [[theirs.id, 'Jo Fictional']],
    );
  });

  it('names the conference only to someone let in', async () => {
    const { store, admin } = await withAdmin();
    const conference = await openConference(store, body, admin);
    const participant: ParticipantRow = {
      id: 'p-1',
      conferenceId: conference.id,
      linkId: 'l-1',
      role: 'family',
      name: 'Sam Fictional',
      tokenHash: 'h',
      status: 'waiting',
      createdAt: conference.createdAt,
      decidedAt: null,
      coolOffUntil: null,
    };
    const access = {
      conference,
      role: 'family' as const,
      name: 'Sam Fictional',
      participant,
      link: null,
      staff: null,
    };
    const who = { conferenceId: conference.id, role: 'family', participantId: 'p-1', name: 'Sam Fictional' };
    expect(membershipOf({ ...access, status: 'waiting' }, 'key', DEFAULT_PROCEDURES)).toEqual({
      ...who,
      status: 'waiting',
    });
    expect(
      membershipOf({ turnedAway: { ...participant, status: 'refused' } }, 'key', DEFAULT_PROCEDURES),
    ).toEqual({
      ...who,
      status: 'refused',
    });
    expect(membershipOf({ ...access, status: 'admitted' }, null, DEFAULT_PROCEDURES).conference).toEqual({
      title: 'Conference for Robin',
      scheduledAt: conference.scheduledAt,
      children: conference.children.map((c) => ({ id: c.id, name: c.name })),
      drawingLicenseKey: null,
      procedures: DEFAULT_PROCEDURES,
    });
  });
});
