/** ConferencesPort: conferences with their children, and the order they are listed in. */
import { describe, expect, it } from 'vitest';
import { seedConference, uuid, withSubject, type OpenBackend } from './subject.ts';

export function conferencesContract(name: string, open: OpenBackend): void {
  describe(`conferences: ${name}`, () => {
    it('gives a conference back as written, children in their order', () =>
      withSubject(open, async ({ store }) => {
        const written = await seedConference(store, 1);
        expect(await store.findConference(written.id)).toEqual({ ...written, purgedAt: null });
        const bare = await seedConference(store, 2, {
          place: null,
          title: 'No place (fictional)',
          children: [],
        });
        expect(await store.findConference(bare.id)).toEqual({ ...bare, purgedAt: null });
        expect(await store.findConference(uuid(99))).toBeNull();
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
