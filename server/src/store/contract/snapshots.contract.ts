/**
 * SnapshotsPort: seqs and chain links made by the store (even for appends that arrive together),
 * contents back exactly as given, one chain per conference.
 */
import { describe, expect, it } from 'vitest';
import { GENESIS_SHA256 } from '../../snapshots/chain.ts';
import { verifyConferenceChain } from '../../snapshots/verify.ts';
import type { NewSnapshot } from '../ports/snapshots.ts';
import { at, seedConference, withSubject, type OpenBackend } from './subject.ts';

export const snapshotOf = (
  conferenceId: string,
  n: number,
  text = 'Snapshot text (fictional)',
): NewSnapshot => ({
  conferenceId,
  takenAt: at(n),
  reason: 'periodic',
  stage: 'sharing',
  publicState: new Uint8Array([n, 1, 2]),
  restrictedState: new Uint8Array([n, 3]),
  json: JSON.stringify({ public: { worries: [{ text: `${text} ${n}` }] }, restricted: {} }),
});

export function snapshotsContract(name: string, open: OpenBackend): void {
  describe(`snapshots: ${name}`, () => {
    it('numbers each conference’s snapshots from 1 and chains them, even when appended together', () =>
      withSubject(open, async ({ store }) => {
        const a = (await seedConference(store, 10)).id;
        const b = (await seedConference(store, 11)).id;
        const made = await Promise.all([1, 2, 3].map((n) => store.appendSnapshot(snapshotOf(a, n))));
        await store.appendSnapshot(snapshotOf(b, 1));
        expect(made.map((m) => m.seq)).toEqual([1, 2, 3]);
        const listed = await store.listSnapshots(a);
        expect(listed).toEqual(made);
        expect(listed.map((m) => m.seq)).toEqual([1, 2, 3]);
        expect(listed[0]?.prevSha256).toBe(GENESIS_SHA256);
        expect(listed[1]?.prevSha256).toBe(listed[0]?.sha256);
        expect(listed[2]?.prevSha256).toBe(listed[1]?.sha256);
        expect((await store.listSnapshots(b)).map((m) => [m.seq, m.prevSha256])).toEqual([
          [1, GENESIS_SHA256],
        ]);
        expect(await store.listSnapshotConferences()).toEqual([a, b]);

        const two = await store.getSnapshot(a, 2);
        expect(two).toMatchObject({
          seq: 2,
          reason: 'periodic',
          stage: 'sharing',
          json: snapshotOf(a, 2).json,
        });
        expect([...(two?.publicState ?? [])]).toEqual([2, 1, 2]);
        expect([...(two?.restrictedState ?? [])]).toEqual([2, 3]);
        expect((await store.getSnapshot(a, 'latest'))?.seq).toBe(3);
        expect(await store.getSnapshot(a, 9)).toBeNull();
        expect((await verifyConferenceChain(store, a)).problems).toEqual([]);
      }));

    it('has nothing for a conference without snapshots', () =>
      withSubject(open, async ({ store }) => {
        const { id } = await seedConference(store, 1);
        expect(await store.listSnapshots(id)).toEqual([]);
        expect(await store.getSnapshot(id, 'latest')).toBeNull();
        expect(await store.getSnapshot(id, 1)).toBeNull();
        expect(await store.listSnapshotConferences()).toEqual([]);
      }));
  });
}
