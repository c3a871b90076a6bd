/** RoomStatePort: stage and focus, raised hands, suggestions. */
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@cb/shared/protocol';
import { at, seedConference, uuid, withSubject, type OpenBackend } from './subject.ts';

const suggestion = (n: number, patch: Partial<Suggestion> = {}): Suggestion => ({
  id: uuid(5000 + n),
  section: 'worries',
  text: `Suggested worry ${n} (fictional)`,
  kind: 'future-danger',
  by: { name: 'Priya Fictional', role: 'professional', participantId: uuid(4000 + n) },
  createdAt: at(n),
  status: 'open',
  ...patch,
});

export function roomStateContract(name: string, open: OpenBackend): void {
  describe(`room state: ${name}`, () => {
    it('starts at part one with no focus, and applies patches to what is there', () =>
      withSubject(open, async ({ store }) => {
        const { id } = await seedConference(store, 1);
        expect(await store.getRoom(id)).toEqual({ stage: 'part-one', focus: null, screen: 'board' });
        await store.setRoom(id, { stage: 'plan' }, at(1));
        await store.setRoom(id, { focus: 'genogram' }, at(2));
        expect(await store.getRoom(id)).toEqual({ stage: 'plan', focus: 'genogram', screen: 'board' });
        await store.setRoom(id, { screen: 'plan' }, at(2));
        expect(await store.getRoom(id)).toEqual({ stage: 'plan', focus: 'genogram', screen: 'plan' });
        await store.setRoom(id, { screen: 'board' }, at(2));
        await store.setRoom(id, { focus: null }, at(3));
        expect(await store.getRoom(id)).toEqual({ stage: 'plan', focus: null, screen: 'board' });
      }));

    it('keeps raised hands oldest first, once each, per conference', () =>
      withSubject(open, async ({ store }) => {
        const { id } = await seedConference(store, 1);
        const other = await seedConference(store, 2);
        const hand = (key: string, minute: number) => ({
          key,
          name: `Hand ${key} Fictional`,
          role: 'professional' as const,
          since: at(minute),
        });
        await store.raiseHand(id, hand('b', 2));
        await store.raiseHand(id, hand('a', 1));
        await store.raiseHand(id, { ...hand('a', 5), name: 'Changed' });
        await store.raiseHand(other.id, hand('c', 3));
        expect(await store.listHands(id)).toEqual([hand('a', 1), hand('b', 2)]);
        expect(await store.lowerHand(id, 'a')).toBe(true);
        expect(await store.lowerHand(id, 'a')).toBe(false);
        expect(await store.lowerHand(id, 'c')).toBe(false);
        expect(await store.listHands(id)).toEqual([hand('b', 2)]);
        expect(await store.listHands(other.id)).toEqual([hand('c', 3)]);
      }));

    it('keeps suggestions by status, oldest first, resolving each open one once', () =>
      withSubject(open, async ({ store }) => {
        const { id } = await seedConference(store, 1);
        const other = await seedConference(store, 2);
        await store.createSuggestion(id, suggestion(2, { kind: null, section: 'plan' }), 'author-2');
        await store.createSuggestion(id, suggestion(1), 'author-1');
        expect(await store.listSuggestions(id, 'open')).toEqual([
          { ...suggestion(1), authorKey: 'author-1' },
          { ...suggestion(2, { kind: null, section: 'plan' }), authorKey: 'author-2' },
        ]);
        expect(await store.resolveSuggestion(other.id, suggestion(1).id, 'accepted', at(10))).toBe(false);
        expect(await store.resolveSuggestion(id, suggestion(1).id, 'accepted', at(10))).toBe(true);
        expect(await store.resolveSuggestion(id, suggestion(1).id, 'dismissed', at(11))).toBe(false);
        expect((await store.listSuggestions(id, 'accepted')).map((x) => [x.id, x.status])).toEqual([
          [suggestion(1).id, 'accepted'],
        ]);
        expect((await store.listSuggestions(id, 'open')).map((x) => x.id)).toEqual([suggestion(2).id]);
        expect(await store.listSuggestions(id, 'dismissed')).toEqual([]);
      }));
  });
}
