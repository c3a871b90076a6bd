/**
 * Encryption at rest, for any backend behind SealedStore: a marker written into each secret
 * field (and into document updates, single, batched and compacted) appears nowhere in what the
 * backend has written, while the store reads every one of them back.
 */
import { describe, expect, it } from 'vitest';
import { docNameFor } from '@cb/shared/protocol';
import type { Store } from '../Store.ts';
import { at, linkFor, participantFor, seedConference, subjectOf, uuid, type OpenBackend } from './subject.ts';

const MARKERS = {
  title: 'MARKER-TITLE-QX71',
  place: 'MARKER-PLACE-QX72',
  childName: 'MARKER-CHILD-QX73',
  dateOfBirth: 'MARKER-DOB-QX74',
  linkLabel: 'MARKER-LABEL-QX75',
  participantName: 'MARKER-PARTICIPANT-QX76',
  handName: 'MARKER-HAND-QX77',
  suggestionText: 'MARKER-SUGGESTION-QX78',
  suggestionBy: 'MARKER-AUTHOR-QX79',
  snapshotPublic: 'MARKER-SNAP-PUBLIC-QX80',
  snapshotRestricted: 'MARKER-SNAP-RESTRICTED-QX81',
  snapshotJson: 'MARKER-SNAP-JSON-QX82',
  update: 'MARKER-UPDATE-QX83',
  batchedUpdate: 'MARKER-BATCHED-QX84',
  compacted: 'MARKER-COMPACTED-QX85',
  chairName: 'MARKER-CHAIR-QX86',
  reason: 'MARKER-REASON-QX87',
  distributedTo: 'MARKER-SENT-TO-QX88',
  reportAgency: 'MARKER-AGENCY-QX89',
  reportAuthor: 'MARKER-AUTHOR-QX90',
  reportReason: 'MARKER-NOT-SHARED-QX91',
  invitedName: 'MARKER-INVITED-QX92',
  invitedEmail: 'marker-email-qx93@example.test',
};

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

export function atRestContract(name: string, open: OpenBackend): void {
  describe(`data at rest: ${name}`, () => {
    it('keeps every secret field and every document update out of storage in plain text', async () => {
      const subject = await subjectOf(open);
      try {
        await writeAndReadBack(subject.store);
      } finally {
        await subject.store.close();
      }
      const stored = await subject.bytesAtRest();
      expect(stored.length).toBeGreaterThan(0);
      for (const [field, marker] of Object.entries(MARKERS)) {
        const found = stored.some((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(marker));
        expect(found, `${field} in plain text at rest`).toBe(false);
      }
    });
  });
}

/** A marker in every secret field, each read back through the store. */
async function writeAndReadBack(store: Store): Promise<void> {
  const m = MARKERS;
  const conference = await seedConference(store, 1, {
    title: m.title,
    place: m.place,
    children: [{ id: uuid(1001), name: m.childName, dateOfBirth: m.dateOfBirth }],
    reason: m.reason,
    strategyDiscussionOn: '2026-11-20',
  });
  const { id } = conference;
  expect((await store.findConference(id))?.reason).toBe(m.reason);
  const sent = {
    id: uuid(6001),
    conferenceId: id,
    document: 'plan' as const,
    to: m.distributedTo,
    sentOn: '2026-12-04',
    sentBy: 'staff:admin-1',
    recordedAt: at(3),
  };
  await store.recordDistribution(sent);
  expect(await store.listDistribution(id)).toEqual([sent]);
  const report = {
    id: uuid(6101),
    conferenceId: id,
    agency: m.reportAgency,
    author: m.reportAuthor,
    receivedOn: '2026-12-01',
    sharedWithFamilyOn: null,
    sharedWithChild: false,
    notSharedReason: m.reportReason,
    updatedAt: at(3),
  };
  await store.saveReport(report);
  expect(await store.listReports(id)).toEqual([report]);
  expect(await store.startConference(id, at(1), m.chairName)).toBe(true);
  expect((await store.findConference(id))?.chairName).toBe(m.chairName);
  const link = linkFor(id, 1, { label: m.linkLabel });
  await store.createLink(link);
  const invitation = {
    linkId: link.id,
    conferenceId: id,
    agencyType: 'family',
    name: m.invitedName,
    jobRole: 'Mother',
    agency: '',
    email: m.invitedEmail,
    managerEmail: null,
    createdAt: at(1),
  };
  await store.saveInvitation(invitation);
  expect(await store.listInvitations(id)).toEqual([invitation]);
  await store.createParticipant(participantFor(link, 1, { name: m.participantName }));
  await store.raiseHand(id, { key: 'k', name: m.handName, role: 'family', since: at(1) });
  const suggestion = {
    id: uuid(5001),
    section: 'worries' as const,
    text: m.suggestionText,
    kind: null,
    by: { name: m.suggestionBy, role: 'professional' as const, participantId: null },
    createdAt: at(1),
    status: 'open' as const,
  };
  await store.createSuggestion(id, suggestion, 'author');
  await store.appendSnapshot({
    conferenceId: id,
    takenAt: at(2),
    reason: 'manual',
    stage: 'sharing',
    publicState: bytes(m.snapshotPublic),
    restrictedState: bytes(m.snapshotRestricted),
    json: JSON.stringify({ text: m.snapshotJson }),
  });
  const doc = docNameFor(id, false);
  const covered = await store.appendUpdates(doc, [bytes(m.update)]);
  await store.appendUpdates(doc, [bytes(m.batchedUpdate), bytes('second')]);
  await store.compact(docNameFor(id, true), bytes(m.compacted), covered);

  // Everything reads back.
  expect(await store.findConference(id)).toMatchObject({ title: m.title, place: m.place });
  expect((await store.findConference(id))?.children).toEqual(conference.children);
  expect((await store.findLink(link.id))?.label).toBe(m.linkLabel);
  expect((await store.listParticipants(id))[0]?.name).toBe(m.participantName);
  expect((await store.listHands(id))[0]?.name).toBe(m.handName);
  expect((await store.listSuggestions(id, 'open'))[0]).toMatchObject({
    text: m.suggestionText,
    by: suggestion.by,
  });
  expect((await store.getSnapshot(id, 'latest'))?.json).toContain(m.snapshotJson);
  expect((await store.loadUpdates(doc)).updates.map((u) => Buffer.from(u).toString())).toEqual([
    m.update,
    m.batchedUpdate,
    'second',
  ]);
  expect(Buffer.from((await store.loadUpdates(docNameFor(id, true))).updates[0] ?? []).toString()).toBe(
    m.compacted,
  );
}
