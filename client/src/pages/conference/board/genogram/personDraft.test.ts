import { describe, expect, it } from 'vitest';
import { EMPTY_PERSON } from '@cb/shared/genogram/model';
import {
  draftAfterAdding,
  draftOf,
  linkFromDraft,
  linkProblem,
  NEW_HOUSEHOLD,
  personFromDraft,
} from './personDraft.ts';

const draft = (patch: Partial<ReturnType<typeof draftOf>>) => ({ ...draftOf(), ...patch });

describe('the Add person draft', () => {
  it('turns a filled-in draft into a person the shared schema accepts', () => {
    const checked = personFromDraft(
      draft({
        name: ' Ruby Fictional ',
        ageText: '7',
        died: true,
        diedYear: '2020',
        notes: ' Loves drawing ',
      }),
    );
    expect(checked).toMatchObject({
      ok: true,
      input: { name: 'Ruby Fictional', age: 7, deceased: { year: 2020 }, notes: 'Loves drawing' },
      newHousehold: null,
    });
  });

  it('puts the schema’s complaints into the form’s plain words', () => {
    expect(personFromDraft(draft({ name: 'Ruby', died: true, diedYear: 'last year' }))).toEqual({
      ok: false,
      error: 'The year or age they died is not a number we can use.',
    });
    expect(personFromDraft(draft({ name: 'Ruby', died: true, diedYear: '1700' }))).toMatchObject({
      ok: false,
    });
    expect(personFromDraft(draft({ name: '', pregnancy: 'ongoing', weeks: '50' }))).toEqual({
      ok: false,
      error: 'Weeks of pregnancy should be a whole number from 1 to 45.',
    });
    expect(personFromDraft(draft({ name: '  ' }))).toEqual({
      ok: false,
      error: 'Type the person’s name (or “Not known”).',
    });
    expect(personFromDraft(draft({ name: 'Ruby', household: NEW_HOUSEHOLD }))).toEqual({
      ok: false,
      error: 'Give the new household a name, for example “Dan’s flat”.',
    });
  });

  it('keeps the relation and a sibling’s subject tick for the next in a run, and clears the rest', () => {
    const after = draftAfterAdding(
      draft({ name: 'Seb', subject: true, relatedTo: 'p1', as: 'sibling', notes: 'x', died: true }),
      'p1',
    );
    expect(after).toMatchObject({
      name: '',
      subject: true,
      relatedTo: 'p1',
      as: 'sibling',
      notes: '',
      died: false,
    });
    expect(draftAfterAdding(draft({ subject: true, as: 'partner' }), 'p1').subject).toBe(false);
  });

  it('links a child to both parents when the other is known', () => {
    expect(linkFromDraft(draft({ as: 'child' }), 'p1', 'p2')).toEqual({
      as: 'child',
      of: 'p1',
      otherParent: 'p2',
      kind: 'birth',
    });
    expect(linkFromDraft(draft({ as: 'partner' }), '', '')).toBeNull();
  });

  it('never makes a partner a husband or wife unless the chair says so', () => {
    expect(draftOf().partnership).toBe('');
    expect(linkProblem(draft({ as: 'partner' }), 'p1')).toBe(
      'Choose how they are partners: married, living together, separated or divorced.',
    );
    expect(linkProblem(draft({ as: 'partner', partnership: 'cohabiting' }), 'p1')).toBeNull();
    expect(linkFromDraft(draft({ as: 'partner', partnership: 'cohabiting' }), 'p1', '')).toEqual({
      as: 'partner',
      of: 'p1',
      kind: 'cohabiting',
    });
  });

  it('takes a date of birth written the UK way, and shows a stored one the same way', () => {
    for (const ageText of ['14/05/2018', '14/5/2018', '14-05-2018', '2018-05-14']) {
      expect(personFromDraft(draft({ name: 'Ruby', ageText })), ageText).toMatchObject({
        ok: true,
        input: { dateOfBirth: '2018-05-14', age: null },
      });
    }
    expect(personFromDraft(draft({ name: 'Ruby', ageText: '05/14/2018' }))).toEqual({
      ok: false,
      error: expect.stringContaining('There is no month 14'),
    });
    const ruby = { ...draftOf(), name: 'Ruby' };
    const edited = draftOf({ ...EMPTY_PERSON, id: 'r', name: 'Ruby', dateOfBirth: '2018-05-14' });
    expect(edited.ageText).toBe('14/05/2018');
    expect(ruby.ageText).toBe('');
  });
});
