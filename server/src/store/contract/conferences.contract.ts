/** ConferencesPort: conferences with their children, and the order they are listed in. */
import { describe, expect, it } from 'vitest';
import { at, linkFor, seedConference, uuid, withSubject, type OpenBackend } from './subject.ts';

export function conferencesContract(name: string, open: OpenBackend): void {
  describe(`conferences: ${name}`, () => {
    it('gives a conference back as written, children in their order', () =>
      withSubject(open, async ({ store }) => {
        const written = await seedConference(store, 1);
        const unstarted = {
          purgedAt: null,
          startedAt: null,
          chairName: null,
          strategyDiscussionOn: null,
          reason: null,
        };
        expect(await store.findConference(written.id)).toEqual({ ...written, ...unstarted });
        const bare = await seedConference(store, 2, {
          place: null,
          title: 'No place (fictional)',
          children: [],
        });
        expect(await store.findConference(bare.id)).toEqual({ ...bare, ...unstarted });
        expect(await store.findConference(uuid(99))).toBeNull();
      }));

    it('keeps the strategy discussion date and the reason it was convened', () =>
      withSubject(open, async ({ store }) => {
        const c = await seedConference(store, 1, {
          strategyDiscussionOn: '2026-11-16',
          reason: 'Bruising seen at nursery (fictional)',
        });
        expect(await store.findConference(c.id)).toMatchObject({
          strategyDiscussionOn: '2026-11-16',
          reason: 'Bruising seen at nursery (fictional)',
        });
      }));

    it('records who was sent what, oldest first, per conference', () =>
      withSubject(open, async ({ store }) => {
        const c = await seedConference(store, 1);
        const other = await seedConference(store, 2);
        const entry = (n: number, conferenceId: string, document: 'plan' | 'minutes' | 'letter') => ({
          id: uuid(7000 + n),
          conferenceId,
          document,
          to: `Recipient ${n} (fictional)`,
          sentOn: '2026-12-04',
          sentBy: 'staff:admin-1',
          recordedAt: at(10 + n),
        });
        await store.recordDistribution(entry(2, c.id, 'letter'));
        await store.recordDistribution(entry(1, c.id, 'plan'));
        await store.recordDistribution(entry(3, other.id, 'minutes'));
        expect(await store.listDistribution(c.id)).toEqual([
          entry(1, c.id, 'plan'),
          entry(2, c.id, 'letter'),
        ]);
        expect(await store.listDistribution(uuid(99))).toEqual([]);
      }));

    it('keeps each agency’s report in the order added, replacing one saved again', () =>
      withSubject(open, async ({ store }) => {
        const c = await seedConference(store, 1);
        const report = (n: number, patch: Record<string, unknown> = {}) => ({
          id: uuid(8000 + n),
          conferenceId: c.id,
          agency: `Agency ${n} (fictional)`,
          author: '',
          receivedOn: null,
          sharedWithFamilyOn: null,
          sharedWithChild: null,
          notSharedReason: '',
          updatedAt: at(n),
          ...patch,
        });
        await store.saveReport(report(1));
        await store.saveReport(report(2));
        const received = report(1, {
          author: 'Nadia Fictional',
          receivedOn: '2026-12-01',
          sharedWithFamilyOn: '2026-12-02',
          sharedWithChild: false,
          notSharedReason: 'Too young (fictional)',
          updatedAt: at(5),
        });
        await store.saveReport(received);
        expect(await store.listReports(c.id)).toEqual([received, report(2)]);
        expect(await store.listReports(uuid(99))).toEqual([]);
      }));

    it('keeps who each invitation link was made for, in the order made', () =>
      withSubject(open, async ({ store }) => {
        const c = await seedConference(store, 1);
        const invitation = (n: number) => ({
          linkId: linkFor(c.id, n).id,
          conferenceId: c.id,
          agencyType: 'health',
          name: `Invited ${n} (fictional)`,
          jobRole: 'Health visitor',
          agency: 'Fictional Health',
          email: n === 1 ? `invited.${n}@example.test` : null,
          managerEmail: null,
          createdAt: at(n),
        });
        for (const n of [1, 2]) {
          await store.createLink(linkFor(c.id, n));
          await store.saveInvitation(invitation(n));
        }
        expect(await store.listInvitations(c.id)).toEqual([invitation(1), invitation(2)]);
        expect(await store.listInvitations(uuid(99))).toEqual([]);
      }));

    it('lists the latest scheduled first, all or only a chair’s', () =>
      withSubject(open, async ({ store }) => {
        await seedConference(store, 1);
        await seedConference(store, 3);
        await seedConference(store, 2, { chairUserId: 'chair-1' });
        expect((await store.listConferences({})).map((c) => c.id)).toEqual([uuid(3), uuid(2), uuid(1)]);
        expect((await store.listConferences({ chairUserId: 'chair-1' })).map((c) => c.id)).toEqual([
          uuid(2),
          uuid(1),
        ]);
        expect(await store.listConferences({ chairUserId: 'chair-9' })).toEqual([]);
      }));

    it('starts a scheduled conference once: live, when, and who chaired it', () =>
      withSubject(open, async ({ store }) => {
        const c = await seedConference(store, 1);
        expect(await store.startConference(c.id, '2026-12-03T10:04:00.000Z', 'Priya Fictional')).toBe(true);
        expect(await store.findConference(c.id)).toMatchObject({
          status: 'live',
          startedAt: '2026-12-03T10:04:00.000Z',
          chairName: 'Priya Fictional',
        });
        // Begun already: the first start stands.
        expect(await store.startConference(c.id, '2026-12-03T11:00:00.000Z', 'Someone Else')).toBe(false);
        expect(await store.findConference(c.id)).toMatchObject({
          startedAt: '2026-12-03T10:04:00.000Z',
          chairName: 'Priya Fictional',
        });
        // Closed without ever starting (or missing): nothing changes.
        const closed = await seedConference(store, 2);
        await store.closeConference(closed.id, '2026-12-03T12:00:00.000Z');
        expect(await store.startConference(closed.id, '2026-12-03T12:05:00.000Z', 'Late Fictional')).toBe(
          false,
        );
        expect(await store.findConference(closed.id)).toMatchObject({ status: 'closed', startedAt: null });
        expect(await store.startConference(uuid(99), '2026-12-03T12:05:00.000Z', 'Nobody')).toBe(false);
      }));

    it('creates a conference and its children together, or neither', () =>
      withSubject(open, async ({ store }) => {
        const first = await seedConference(store, 1);
        // A child id already taken: the whole conference is refused.
        await expect(
          seedConference(store, 2, {
            children: [{ id: first.children[0]?.id ?? '', name: 'X', dateOfBirth: null }],
          }),
        ).rejects.toThrow();
        expect(await store.findConference(uuid(2))).toBeNull();
      }));
  });
}
