/**
 * The audit entry point and the domain services that hold rules, against a real SQLite store in a
 * temporary folder (no HTTP: what the routes do on top is in tests/integration).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { actorFromText, actorText, participantActor, staffActor, systemActor, type Actor } from './actor.ts';
import { auditInWords, auditLog } from './audit.ts';
import { openConference } from './conferences.ts';
import { createCipher } from './crypto.ts';
import { DomainError } from './errors.ts';
import { LocalBus } from './bus/LocalBus.ts';
import { Hub } from './hub.ts';
import { inviteesOfConference } from './invitees.ts';
import { LinkService } from './links.ts';
import { SqliteStore } from './store/SqliteStore.ts';
import { createStaffAccount } from './users.ts';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function makeStore(): SqliteStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-services-'));
  dirs.push(dir);
  const store = new SqliteStore(path.join(dir, 'db.sqlite'), createCipher(randomBytes(32)));
  stores.push(store);
  return store;
}

async function withAdmin() {
  const store = makeStore();
  const { user: admin } = await createStaffAccount(store, systemActor('demo'), {
    email: 'admin.fictional@example.invalid',
    name: 'Avery Fictional',
    role: 'admin',
  });
  return { store, admin };
}

const body = {
  kind: 'initial' as const,
  scheduledAt: '2026-12-03T10:00:00Z',
  children: [{ name: 'Robin Fictional' }],
};

const refusal = async (p: Promise<unknown>): Promise<DomainError> => {
  const err: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(err)}`);
  return err;
};

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
