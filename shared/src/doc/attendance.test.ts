import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ZodError } from 'zod';
import {
  addAttendee,
  mergeInvitees,
  readAttendees,
  readQuoracyNote,
  removeAttendee,
  setQuoracyNote,
  updateAttendee,
} from './attendance.ts';
import { readAttendeeNames, readBoard } from './board.ts';
import { docParts, initConferenceDoc } from './schema.ts';

function publicDoc() {
  const doc = new Y.Doc();
  initConferenceDoc(doc, {
    conferenceId: 'marlow',
    kind: 'initial',
    restricted: false,
    children: [{ id: 'ada', name: 'Ada Marlow', dateOfBirth: '2019-04-12' }],
  });
  return doc;
}

describe('attendees', () => {
  it('keeps a family member’s parental responsibility, ethnicity and first language, optional', () => {
    const doc = publicDoc();
    addAttendee(doc, { id: 'chloe', name: 'Chloe Marlow', role: 'Mother', agencyType: 'family' });
    updateAttendee(doc, 'chloe', { parentalResponsibility: 'yes', firstLanguage: ' Polish ' });
    expect(readAttendees(doc)[0]).toMatchObject({
      parentalResponsibility: 'yes',
      firstLanguage: 'Polish',
      ethnicity: '',
    });
    expect(() => updateAttendee(doc, 'chloe', { parentalResponsibility: 'maybe' as never })).toThrow();
  });

  it('adds people with defaults, and the board still lists their names', () => {
    const doc = publicDoc();
    addAttendee(doc, {
      id: 'sw',
      name: 'Priya Testwell',
      role: 'Social worker',
      agency: 'Children’s social care',
      agencyType: 'childrens-social-care',
      leadSocialWorker: true,
      coreGroup: true,
    });
    addAttendee(doc, { id: 'chloe', name: 'Chloe Marlow', role: 'Mother', agencyType: 'family' });
    expect(readAttendees(doc)[1]).toEqual({
      id: 'chloe',
      name: 'Chloe Marlow',
      role: 'Mother',
      agency: '',
      agencyType: 'family',
      attendance: 'present',
      reportReceived: false,
      reportSharedWithFamily: false,
      inDirectContact: false,
      coreGroup: false,
      leadSocialWorker: false,
      parentalResponsibility: 'unknown',
      ethnicity: '',
      firstLanguage: '',
      participantId: null,
      linkId: null,
    });
    expect(readAttendeeNames(doc)).toEqual(['Priya Testwell', 'Chloe Marlow']);
    expect(readBoard(doc, null).attendeeNames).toEqual(['Priya Testwell', 'Chloe Marlow']);
  });

  it('updates and removes, and refuses bad input', () => {
    const doc = publicDoc();
    addAttendee(doc, { id: 'gp', name: 'Dr Nomad Example', agencyType: 'health' });
    expect(updateAttendee(doc, 'gp', { attendance: 'apologies', reportReceived: true })).toBe(true);
    expect(readAttendees(doc)[0]).toMatchObject({ attendance: 'apologies', reportReceived: true });
    expect(() => updateAttendee(doc, 'gp', { attendance: 'late' as never })).toThrow(ZodError);
    expect(() => addAttendee(doc, { id: 'x', name: '  ' })).toThrow(/name/);
    expect(updateAttendee(doc, 'nobody', { coreGroup: true })).toBe(false);
    expect(removeAttendee(doc, 'gp')).toBe(true);
    expect(removeAttendee(doc, 'gp')).toBe(false);
    expect(readAttendees(doc)).toEqual([]);
  });

  it('reads tolerantly: bad fields take their defaults, entries without a name are skipped', () => {
    const doc = publicDoc();
    addAttendee(doc, { id: 'dsl', name: 'Mr Pretend Teacher', agencyType: 'education' });
    const map = docParts(doc).attendees.get(0);
    map.set('agencyType', 'school');
    map.set('coreGroup', 'yes');
    map.set('participantId', 7);
    docParts(doc).attendees.push([new Y.Map<unknown>([['id', 'x']])]);
    expect(readAttendees(doc)).toEqual([
      expect.objectContaining({ id: 'dsl', agencyType: 'other', coreGroup: false, participantId: null }),
    ]);
  });
});

describe('pre-filling from links and people who joined', () => {
  it('adds each invitee once, matching by participant, then link, then name', () => {
    const doc = publicDoc();
    addAttendee(doc, { id: 'fay', name: 'Fay Marlow', role: 'Grandmother', agencyType: 'family' });
    const added = mergeInvitees(doc, [
      { name: 'Riverside Primary (DSL)', linkId: 'l-school', agencyType: 'education' },
      { name: 'fay marlow', participantId: 'p-fay' },
      { name: 'Pat Placeholder', participantId: 'p-hv', linkId: 'l-hv', role: 'Health visitor' },
    ]);
    expect(added.map((a) => a.name)).toEqual(['Riverside Primary (DSL)', 'Pat Placeholder']);
    // Later: the school's DSL joins through the school's link, under their own name.
    mergeInvitees(doc, [
      { name: 'Sam Fictitious', participantId: 'p-dsl', linkId: 'l-school' },
      { name: 'Pat Placeholder', participantId: 'p-hv' },
      { name: 'Fay Marlow', participantId: 'p-fay' },
    ]);
    const list = readAttendees(doc);
    expect(list.map((a) => [a.name, a.participantId, a.linkId, a.attendance])).toEqual([
      ['Fay Marlow', 'p-fay', null, 'present'],
      ['Sam Fictitious', 'p-dsl', 'l-school', 'present'],
      ['Pat Placeholder', 'p-hv', 'l-hv', 'present'],
    ]);
    expect(list[0]?.role).toBe('Grandmother');
  });

  it('tells apart two people who joined through one family link', () => {
    const doc = publicDoc();
    mergeInvitees(doc, [{ name: 'Marlow family', linkId: 'l-family', agencyType: 'family' }]);
    mergeInvitees(doc, [{ name: 'Chloe Marlow', participantId: 'p-chloe', linkId: 'l-family' }]);
    mergeInvitees(doc, [
      { name: 'Dan Ashby', participantId: 'p-dan', linkId: 'l-family', agencyType: 'family' },
      { name: 'Marlow family', linkId: 'l-family' },
    ]);
    expect(readAttendees(doc).map((a) => [a.name, a.participantId, a.agencyType])).toEqual([
      ['Chloe Marlow', 'p-chloe', 'family'],
      ['Dan Ashby', 'p-dan', 'family'],
    ]);
  });

  it('fills in only what is blank: the chair’s edits win', () => {
    const doc = publicDoc();
    mergeInvitees(doc, [{ name: 'Dan Ashby', linkId: 'l-dan' }]);
    expect(readAttendees(doc)[0]?.attendance).toBe('absent');
    const id = readAttendees(doc)[0]?.id ?? '';
    updateAttendee(doc, id, { role: 'Father', attendance: 'apologies' });
    mergeInvitees(doc, [{ name: 'Dan Ashby', linkId: 'l-dan', role: 'Dad', agencyType: 'family' }]);
    expect(readAttendees(doc)[0]).toMatchObject({
      role: 'Father',
      attendance: 'apologies',
      agencyType: 'family',
    });
  });

  it('keeps one entry when two peers pre-fill the same person at once', () => {
    const a = publicDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    mergeInvitees(a, [{ name: 'Chloe Marlow', participantId: 'p-chloe', linkId: 'l-family' }]);
    mergeInvitees(b, [{ name: 'Chloe Marlow', participantId: 'p-chloe', linkId: 'l-family' }]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readAttendees(a).map((x) => x.name)).toEqual(['Chloe Marlow']);
  });

  it('refuses an invitee without a name', () => {
    expect(() => mergeInvitees(publicDoc(), [{ name: '' }])).toThrow(ZodError);
  });
});

describe('quoracy note', () => {
  it('is kept in the public document’s meta, and can be cleared', () => {
    const doc = publicDoc();
    expect(readQuoracyNote(doc)).toBe('');
    setQuoracyNote(doc, '  Police sent a report and could not attend; the family asked to go ahead.  ');
    expect(readQuoracyNote(doc)).toBe(
      'Police sent a report and could not attend; the family asked to go ahead.',
    );
    expect(docParts(doc).meta.get('quoracyNote')).toBe(readQuoracyNote(doc));
    setQuoracyNote(doc, '');
    expect(readQuoracyNote(doc)).toBe('');
    expect(() => setQuoracyNote(doc, 'x'.repeat(2001))).toThrow(ZodError);
  });
});
