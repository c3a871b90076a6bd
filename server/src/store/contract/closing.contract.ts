/**
 * ClosingPort: closing once, and the retention purge: only closed conferences old enough, all of
 * their records, the row kept (emptied), the audit log untouched.
 */
import { describe, expect, it } from 'vitest';
import { docNameFor } from '@cb/shared/protocol';
import { PURGED_TITLE } from '../sealing/SealedStore.ts';
import type { Store } from '../Store.ts';
import { snapshotOf } from './snapshots.contract.ts';
import { at, linkFor, participantFor, seedConference, withSubject, type OpenBackend } from './subject.ts';

/** A conference with something in every table the purge empties. */
async function busy(store: Store, n: number) {
  const conference = await seedConference(store, n, { reason: 'Reason (fictional)' });
  const { id } = conference;
  await store.startConference(id, at(1), 'Chair Fictional');
  await store.recordDistribution({
    id: `00000000-0000-4000-8000-0000000091${String(n).padStart(2, '0')}`,
    conferenceId: id,
    document: 'plan',
    to: 'Everyone invited (fictional)',
    sentOn: '2026-12-04',
    sentBy: 'staff:admin-1',
    recordedAt: at(2),
  });
  await store.saveReport({
    id: `00000000-0000-4000-8000-0000000092${String(n).padStart(2, '0')}`,
    conferenceId: id,
    agency: 'School (fictional)',
    author: '',
    receivedOn: null,
    sharedWithFamilyOn: null,
    sharedWithChild: null,
    notSharedReason: '',
    updatedAt: at(2),
  });
  const link = linkFor(id, n);
  await store.createLink(link);
  await store.saveInvitation({
    linkId: link.id,
    conferenceId: id,
    agencyType: 'family',
    name: 'Invited Fictional',
    jobRole: '',
    agency: '',
    email: null,
    managerEmail: null,
    createdAt: at(1),
  });
  await store.createParticipant(participantFor(link, n));
  await store.appendUpdates(docNameFor(id, false), [new Uint8Array([1]), new Uint8Array([2])]);
  await store.appendUpdates(docNameFor(id, false), [new Uint8Array([3])]);
  await store.appendUpdates(docNameFor(id, true), [new Uint8Array([4])]);
  await store.appendSnapshot(snapshotOf(id, 1));
  await store.raiseHand(id, { key: 'k', name: 'Hand Fictional', role: 'family', since: at(1) });
  await store.createSuggestion(
    id,
    {
      id: `00000000-0000-4000-8000-0000000090${String(n).padStart(2, '0')}`,
      section: 'plan',
      text: 'A suggestion (fictional)',
      kind: null,
      by: { name: 'Priya Fictional', role: 'professional', participantId: null },
      createdAt: at(1),
      status: 'open',
    },
    'author',
  );
  await store.audit({ at: at(1), actor: 'test', action: 'joined', conferenceId: id, detail: { n } });
  return conference;
}

export function closingContract(name: string, open: OpenBackend): void {
  describe(`closing and retention: ${name}`, () => {
    it('closes a conference once, and lists those closed at or before a time, not yet purged', () =>
      withSubject(open, async ({ store }) => {
        const a = await seedConference(store, 1);
        const b = await seedConference(store, 2);
        await seedConference(store, 3);
        expect(await store.closeConference(b.id, at(20))).toBe(true);
        expect(await store.closeConference(a.id, at(10))).toBe(true);
        expect(await store.closeConference(a.id, at(30))).toBe(false);
        expect(await store.findConference(a.id)).toMatchObject({ status: 'closed', closedAt: at(10) });
        expect(await store.listConferencesClosedBefore(at(20))).toEqual([a.id, b.id]);
        expect(await store.listConferencesClosedBefore(at(15))).toEqual([a.id]);
        expect(await store.listConferencesClosedBefore(at(5))).toEqual([]);
      }));

    it('purges a closed conference’s records in one go, keeping its emptied row and the audit log', () =>
      withSubject(open, async ({ store }) => {
        const gone = await busy(store, 1);
        const kept = await busy(store, 2);
        await store.closeConference(gone.id, at(10));
        expect(await store.purgeConference(gone.id, at(20), at(30))).toEqual({
          updates: 4,
          snapshots: 1,
          participants: 1,
          links: 1,
        });
        expect(await store.findConference(gone.id)).toMatchObject({
          status: 'closed',
          title: PURGED_TITLE,
          place: null,
          children: [],
          purgedAt: at(30),
          chairName: null,
          reason: null,
        });
        expect(await store.listDistribution(gone.id)).toEqual([]);
        expect(await store.listReports(gone.id)).toEqual([]);
        expect(await store.listInvitations(gone.id)).toEqual([]);
        expect((await store.loadUpdates(docNameFor(gone.id, false))).updates).toEqual([]);
        expect((await store.loadUpdates(docNameFor(gone.id, true))).updates).toEqual([]);
        expect(await store.listSnapshots(gone.id)).toEqual([]);
        expect(await store.listLinks(gone.id)).toEqual([]);
        expect(await store.listParticipants(gone.id)).toEqual([]);
        expect(await store.listHands(gone.id)).toEqual([]);
        expect(await store.listSuggestions(gone.id, 'open')).toEqual([]);
        expect((await store.listAudit(gone.id)).map((e) => e.action)).toEqual(['joined']);
        expect(await store.listConferencesClosedBefore(at(59))).toEqual([]);
        expect(await store.purgeConference(gone.id, at(20), at(40))).toBeNull();
        // The other conference has everything still.
        expect((await store.loadUpdates(docNameFor(kept.id, false))).updates.length).toBe(3);
        expect((await store.findConference(kept.id))?.title).toBe(kept.title);
        expect(await store.listSnapshots(kept.id)).toHaveLength(1);
        expect(await store.listDistribution(kept.id)).toHaveLength(1);
        expect(await store.listReports(kept.id)).toHaveLength(1);
      }));

    it('purges nothing of an open conference, or of one closed after the cutoff', () =>
      withSubject(open, async ({ store }) => {
        const openOne = await busy(store, 1);
        const late = await busy(store, 2);
        await store.closeConference(late.id, at(25));
        expect(await store.purgeConference(openOne.id, at(20), at(30))).toBeNull();
        expect(await store.purgeConference(late.id, at(20), at(30))).toBeNull();
        for (const c of [openOne, late]) {
          expect((await store.loadUpdates(docNameFor(c.id, false))).updates.length).toBe(3);
          expect(await store.listLinks(c.id)).toHaveLength(1);
          expect((await store.findConference(c.id))?.purgedAt).toBeNull();
        }
      }));
  });
}
