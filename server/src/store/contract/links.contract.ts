/** LinksPort: links (found by token hash only), participants and their decisions. */
import { describe, expect, it } from 'vitest';
import {
  at,
  linkFor,
  participantFor,
  seedConference,
  uuid,
  withSubject,
  type OpenBackend,
} from './subject.ts';

export function linksContract(name: string, open: OpenBackend): void {
  describe(`links and participants: ${name}`, () => {
    it('finds links by id and by token hash, lists them in order, revokes once', () =>
      withSubject(open, async ({ store }) => {
        const conference = await seedConference(store, 1);
        const other = await seedConference(store, 2);
        const family = linkFor(conference.id, 2);
        const chair = linkFor(conference.id, 1, { role: 'chair', label: 'Chair', expiresAt: at(50) });
        await store.createLink(family);
        await store.createLink(chair);
        await store.createLink(linkFor(other.id, 3));
        expect(await store.findLinkByTokenHash(family.tokenHash)).toEqual(family);
        expect(await store.findLink(chair.id)).toEqual(chair);
        expect(await store.findLinkByTokenHash('no-such-hash')).toBeNull();
        expect(await store.findLink(uuid(99))).toBeNull();
        expect((await store.listLinks(conference.id)).map((l) => l.id)).toEqual([chair.id, family.id]);
        await store.revokeLink(family.id, at(30));
        await store.revokeLink(family.id, at(40));
        expect((await store.findLink(family.id))?.revokedAt).toBe(at(30));
        expect((await store.findLink(chair.id))?.revokedAt).toBeNull();
      }));

    it('keeps participants by id and token hash, lists them by status, records decisions', () =>
      withSubject(open, async ({ store }) => {
        const conference = await seedConference(store, 1);
        const link = linkFor(conference.id, 1);
        await store.createLink(link);
        const first = participantFor(link, 1);
        const second = participantFor(link, 2);
        await store.createParticipant(second);
        await store.createParticipant(first);
        expect(await store.findParticipant(first.id)).toEqual(first);
        expect(await store.findParticipantByTokenHash(second.tokenHash)).toEqual(second);
        expect(await store.findParticipant(uuid(99))).toBeNull();
        expect(await store.findParticipantByTokenHash('no-such-hash')).toBeNull();
        expect((await store.listParticipants(conference.id)).map((p) => p.id)).toEqual([first.id, second.id]);

        await store.setParticipantStatus(first.id, 'admitted', at(20));
        await store.setParticipantStatus(second.id, 'refused', at(21), at(45));
        expect(await store.findParticipant(first.id)).toMatchObject({
          status: 'admitted',
          decidedAt: at(20),
          coolOffUntil: null,
        });
        expect(await store.findParticipant(second.id)).toMatchObject({
          status: 'refused',
          decidedAt: at(21),
          coolOffUntil: at(45),
        });
        expect((await store.listParticipants(conference.id, 'admitted')).map((p) => p.id)).toEqual([
          first.id,
        ]);
        expect(await store.listParticipants(conference.id, 'waiting')).toEqual([]);
      }));
  });
}
