/**
 * Joining by link (join.ts) against a real SQLite store and the real failure limits in memory:
 * which tokens are answered, who waits, who keeps their place, and who must wait to ask again.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LocalBus } from './bus/LocalBus.ts';
import { openConference } from './conferences.ts';
import { hashToken } from './crypto.ts';
import { memoryCounterStore } from './http/limitStores.ts';
import { JoinLimiter } from './http/rateLimit.ts';
import { Hub } from './hub.ts';
import { JOIN_REFUSALS, JoinService, type Existing, type Joined } from './join.ts';
import { LinkService } from './links.ts';
import { conferenceBody, refusal, tempStores } from './testStores.ts';

const stores = tempStores();
afterAll(() => stores.cleanup());

/** A conference with the join service over it; unknown tokens are limited to two per source. */
async function setUp() {
  const { store, admin } = await stores.withAdmin();
  const bus = new LocalBus();
  const lobbyChanges: string[] = [];
  bus.subscribe('lobbyChanged', ({ conferenceId }) => lobbyChanges.push(conferenceId));
  const limits = new JoinLimiter(memoryCounterStore(), {
    windowSeconds: 600,
    perAddress: 2,
    strainedFrom: 1000,
    strainedPerAddress: 1,
  });
  const joins = new JoinService(store, bus, limits);
  const conference = await openConference(store, conferenceBody, admin);
  const links = new LinkService(store, new Hub(bus, 'test-process'), bus);
  const manager = { conference, staff: { user: { id: admin.id } }, participant: null, role: 'admin' };
  const makeLink = (role: 'chair' | 'family', expiresAt?: string) =>
    links.create(manager, { role, label: `${role} link`, ...(expiresAt ? { expiresAt } : {}) });
  /** Who the browser holding `joined`'s cookie is, as AccessResolver.participant finds it. */
  const existingOf = async (joined: Joined): Promise<Existing> => {
    const participant = await store.findParticipantByTokenHash(hashToken(joined.cookie?.token ?? ''));
    const link = participant && (await store.findLink(participant.linkId));
    return participant && link ? { participant, link } : null;
  };
  return { store, joins, conference, links, manager, makeLink, existingOf, lobbyChanges };
}

describe('opening a link', () => {
  it('answers a live token, 404s an unknown one and 410s a withdrawn one', async () => {
    const { joins, links, manager, makeLink } = await setUp();
    const { link, token } = await makeLink('family');
    expect((await joins.linkOf('192.0.2.1', token)).id).toBe(link.id);
    const unknown = await refusal(joins.linkOf('192.0.2.1', 'x'.repeat(43)));
    expect([unknown.kind, unknown.code]).toEqual(['not-found', JOIN_REFUSALS.unknown]);
    await links.revoke(manager, link.id);
    const ended = await refusal(joins.linkOf('192.0.2.9', token));
    expect([ended.kind, ended.code]).toEqual(['gone', JOIN_REFUSALS.ended]);
  });

  it('tells a source that guessed too many tokens nothing about any token, and no one else', async () => {
    const { joins, makeLink } = await setUp();
    const { token } = await makeLink('family');
    await refusal(joins.linkOf('192.0.2.7', 'too-short'));
    await refusal(joins.linkOf('192.0.2.7', 'y'.repeat(43)));
    const limited = await refusal(joins.linkOf('192.0.2.7', token));
    expect([limited.kind, limited.code]).toEqual(['too-many', JOIN_REFUSALS.tooManyTries]);
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(limited.message).toMatch(/^Too many tries\. Please wait \d+ minutes? and try the link again\.$/);
    expect((await joins.linkOf('192.0.2.8', token)).role).toBe('family');
  });
});

describe('joining', () => {
  it('puts a family member in the lobby (audited, the lobby told) and keeps their place after', async () => {
    const { store, joins, conference, makeLink, existingOf, lobbyChanges } = await setUp();
    const { link } = await makeLink('family');
    const joined = await joins.join(link, null, '  Sam Fictional ');
    expect(joined.conferenceId).toBe(conference.id);
    expect(joined.cookie?.maxAgeSeconds).toBe(7 * 86400);
    const existing = await existingOf(joined);
    expect(existing?.participant).toMatchObject({ name: 'Sam Fictional', role: 'family', status: 'waiting' });
    expect(existing?.participant.tokenHash).not.toContain(joined.cookie?.token ?? '-');
    expect(lobbyChanges).toEqual([conference.id]);
    const audit = (await store.listAudit(conference.id)).filter((e) => e.action === 'joined');
    expect(audit.map((e) => [e.actor, e.detail])).toEqual([
      [
        `participant:${existing?.participant.id} (family)`,
        { linkId: link.id, role: 'family', waiting: true },
      ],
    ]);

    const again = await joins.join(link, existing, 'Sam Fictional');
    expect(again).toEqual({ conferenceId: conference.id, cookie: null });
    expect(await store.listParticipants(conference.id)).toHaveLength(1);
  });

  it('lets a chair link straight in, with a cookie no longer than its link (at least a minute)', async () => {
    const { joins, makeLink, existingOf, lobbyChanges } = await setUp();
    const { link } = await makeLink('chair', new Date(Date.now() + 30_000).toISOString());
    const joined = await joins.join(link, null, 'Jo Fictional');
    expect(joined.cookie?.maxAgeSeconds).toBe(60);
    expect((await existingOf(joined))?.participant.status).toBe('admitted');
    expect(lobbyChanges).toEqual([]);
  });

  it('asks again for a missing or overlong name, naming the field', async () => {
    const { joins, makeLink } = await setUp();
    const { link } = await makeLink('family');
    for (const name of [undefined, '   ', 'n'.repeat(81)]) {
      const err = await refusal(joins.join(link, null, name));
      expect([err.kind, err.message, err.fields]).toEqual([
        'invalid',
        'Please enter your name (up to 80 characters).',
        { name: 'Please enter your name (up to 80 characters).' },
      ]);
    }
    expect(await joins.formOf(link)).toEqual({ title: 'Conference for Robin', role: 'family' });
  });

  it('keeps a device the chair turned away from asking again until its cooling-off is over', async () => {
    const { store, joins, makeLink, existingOf } = await setUp();
    const { link } = await makeLink('family');
    const first = await existingOf(await joins.join(link, null, 'Sam Fictional'));
    if (!first) throw new Error('no participant');
    const now = Date.parse('2026-12-03T10:00:00Z');
    const until = new Date(now + 5 * 60_000).toISOString();
    await store.setParticipantStatus(first.participant.id, 'refused', new Date(now).toISOString(), until);
    const existing = {
      participant: (await store.findParticipant(first.participant.id)) ?? first.participant,
      link,
    };
    const err = await refusal(Promise.resolve().then(() => joins.ensureMayAsk(link, existing, now)));
    expect([err.kind, err.code, err.retryAfterMs]).toEqual(['too-many', JOIN_REFUSALS.coolingOff, 300_000]);
    expect(err.message).toContain('You can ask to join again in 5 minutes.');
    expect(() => joins.ensureMayAsk(link, existing, now + 300_000)).not.toThrow();
    // Joining again asks the same question first (here, with the period still to come).
    const later = new Date(Date.now() + 3_600_000).toISOString();
    await store.setParticipantStatus(first.participant.id, 'refused', new Date(now).toISOString(), later);
    const stillOff = {
      participant: (await store.findParticipant(first.participant.id)) ?? first.participant,
      link,
    };
    expect((await refusal(joins.join(link, stillOff, 'Sam Fictional'))).code).toBe(JOIN_REFUSALS.coolingOff);
    // Another link's cooling-off is not this one's.
    const other = await makeLink('family');
    expect(() => joins.ensureMayAsk(other.link, existing, now)).not.toThrow();
  });
});
