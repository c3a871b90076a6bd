import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAttendee, readAttendees } from '@cb/shared/doc/attendance';
import {
  attendeeFromDraft,
  draftAfterAttendee,
  EMPTY_ATTENDEE_DRAFT,
  type AttendeeDraft,
} from './attendeeDraft.ts';

const draft = (patch: Partial<AttendeeDraft>): AttendeeDraft => ({ ...EMPTY_ATTENDEE_DRAFT, ...patch });

describe('the Add someone draft', () => {
  it('turns a filled-in draft into an attendee the document accepts', () => {
    const checked = attendeeFromDraft(
      draft({ name: 'Priya Example', role: 'Health visitor', agencyType: 'health', inDirectContact: true }),
    );
    expect(checked).toEqual({
      ok: true,
      input: {
        name: 'Priya Example',
        role: 'Health visitor',
        agency: '',
        agencyType: 'health',
        attendance: 'present',
        inDirectContact: true,
      },
    });
    if (!checked.ok) return;
    const doc = new Y.Doc();
    addAttendee(doc, { ...checked.input, id: 'a1' });
    expect(readAttendees(doc)).toMatchObject([{ name: 'Priya Example', inDirectContact: true }]);
  });

  it('keeps the direct-contact tick only for an agency quoracy counts', () => {
    const checked = attendeeFromDraft(
      draft({ name: 'Sam Example', agencyType: 'family', inDirectContact: true }),
    );
    expect(checked).toMatchObject({ ok: true, input: { inDirectContact: false } });
  });

  it('asks for a name in plain words', () => {
    expect(attendeeFromDraft(draft({ name: '   ', role: 'Mother' }))).toEqual({
      ok: false,
      error: 'Add the person’s name.',
    });
  });

  it('keeps the attendance for the next person in a run and clears the rest', () => {
    expect(
      draftAfterAttendee(draft({ name: 'Priya', role: 'HV', agencyType: 'health', attendance: 'remote' })),
    ).toEqual({ ...EMPTY_ATTENDEE_DRAFT, attendance: 'remote' });
  });
});
