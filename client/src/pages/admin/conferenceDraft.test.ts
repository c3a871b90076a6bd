import { describe, expect, it } from 'vitest';
import type { Conference } from '@cb/shared/api';
import {
  conferenceBodyFromDraft,
  draftForReviewOf,
  emptyConferenceDraft,
  newChild,
  type ConferenceDraft,
} from './conferenceDraft.ts';

const child = (name: string, dateOfBirth: string) => ({ ...newChild(), name, dateOfBirth });
const draft = (patch: Partial<ConferenceDraft>): ConferenceDraft => ({
  ...emptyConferenceDraft('initial'),
  scheduled: '2026-12-03T10:00',
  children: [child('Robin Fictional', '2019-03-14')],
  ...patch,
});

describe('the New conference draft', () => {
  it('sends the schema’s shape: UK time as an instant, blank optional text left out', () => {
    expect(conferenceBodyFromDraft(draft({ title: '  ', place: ' Room 2 ', chairEmail: '' }))).toEqual({
      ok: true,
      body: {
        kind: 'initial',
        scheduledAt: '2026-12-03T10:00:00+00:00',
        title: undefined,
        place: 'Room 2',
        children: [{ name: 'Robin Fictional', dateOfBirth: '2019-03-14' }],
        chairEmail: undefined,
        previousConferenceId: undefined,
      },
    });
  });

  it('names the earlier conference only for a review', () => {
    const id = '6f1c1f5e-8a7b-4c1d-9e2f-3a4b5c6d7e8f';
    const review = conferenceBodyFromDraft(draft({ kind: 'review', previousId: id }));
    expect(review).toMatchObject({ ok: true, body: { previousConferenceId: id } });
    const initial = conferenceBodyFromDraft(draft({ kind: 'initial', previousId: id }));
    expect(initial).toMatchObject({ ok: true, body: { previousConferenceId: undefined } });
  });

  it('puts the schema’s complaints next to the fields, in the form’s words', () => {
    const checked = conferenceBodyFromDraft(
      draft({ scheduled: '', children: [child('Robin Fictional', '2019-03-14'), child(' ', '')] }),
    );
    expect(checked).toEqual({
      ok: false,
      fields: {
        scheduledAt: 'Enter the date and time of the conference.',
        'children.1.name': "Enter the child's name.",
        'children.1.dateOfBirth': 'A date of birth is needed (it may be left out only for an unborn child)',
      },
    });
    // An unborn child needs no date of birth at a pre-birth conference.
    expect(
      conferenceBodyFromDraft(draft({ kind: 'pre-birth', children: [child('Baby Fictional', '')] })),
    ).toMatchObject({
      ok: true,
    });
  });

  it('fills in the children of the conference a review follows, unless some are typed in', () => {
    const earlier = [
      {
        id: 'c-1',
        children: [
          { id: 'k1', name: 'Ada Fictional', dateOfBirth: '2018-01-02' },
          { id: 'k2', name: 'Ben Fictional', dateOfBirth: null },
        ],
      },
    ] as Conference[];
    const blank = draftForReviewOf(emptyConferenceDraft('review'), 'c-1', earlier);
    expect(blank.previousId).toBe('c-1');
    expect(blank.children.map(({ name, dateOfBirth }) => ({ name, dateOfBirth }))).toEqual([
      { name: 'Ada Fictional', dateOfBirth: '2018-01-02' },
      { name: 'Ben Fictional', dateOfBirth: '' },
    ]);
    const typed = draft({ kind: 'review' });
    expect(draftForReviewOf(typed, 'c-1', earlier)).toEqual({ ...typed, previousId: 'c-1' });
    expect(draftForReviewOf(blank, '', earlier)).toEqual({ ...blank, previousId: '' });
  });
});
