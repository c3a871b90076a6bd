import { describe, expect, it } from 'vitest';
import { createConferenceSchema, signInSchema } from '@cb/shared/api';
import { checkBody, firstProblem, validate, withFriendlyRequired } from './validation.ts';

const CONFERENCE = {
  kind: 'initial',
  scheduledAt: '2026-12-03T10:00:00+00:00',
  children: [{ name: 'Robin Fictional', dateOfBirth: '2019-03-14' }],
};

describe('validate', () => {
  it('passes the parsed data through, transformed by the schema', () => {
    const result = validate(signInSchema, { email: 'Chair@Example.org', password: 'pw' });
    expect(result).toEqual({ ok: true, data: { email: 'chair@example.org', password: 'pw' } });
  });

  it('keys errors by their path as the server does, first message per field', () => {
    const result = validate(createConferenceSchema, {
      ...CONFERENCE,
      children: [
        { name: 'Robin Fictional', dateOfBirth: '2019-03-14' },
        { name: '   ', dateOfBirth: '2020-02-30' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields['children.1.name']).toBe('Required');
    expect(result.fields['children.1.dateOfBirth']).toBe('Not a real date');
    expect(Object.keys(result.fields).some((k) => k.startsWith('children.0'))).toBe(false);
  });

  it("files an error about the whole body under '_'", () => {
    const result = validate(signInSchema, 'not an object');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fields)).toEqual(['_']);
  });
});

describe('withFriendlyRequired', () => {
  const wording = {
    'children.*.name': "Enter the child's name.",
    title: 'Enter a title, or leave it empty.',
  };

  it('rewrites "Required" by field, with list indices matched by *', () => {
    expect(
      withFriendlyRequired(
        {
          'children.3.name': 'Required',
          title: 'Required',
          place: 'Required',
          'children.0.dateOfBirth': 'Not a real date',
        },
        wording,
      ),
    ).toEqual({
      'children.3.name': "Enter the child's name.",
      title: 'Enter a title, or leave it empty.',
      place: 'Required',
      'children.0.dateOfBirth': 'Not a real date',
    });
  });

  it('leaves every other message alone', () => {
    expect(withFriendlyRequired({ title: 'At most 200 characters' }, wording)).toEqual({
      title: 'At most 200 characters',
    });
  });
});

describe('firstProblem', () => {
  it('gives the first field’s message, in the form’s words by path or by top-level name', () => {
    const words = { 'deceased.year': 'The year they died is not a number.', pregnancy: 'Weeks: 1 to 45.' };
    expect(firstProblem({ 'deceased.year': 'Too small', name: 'Required' }, words)).toBe(
      'The year they died is not a number.',
    );
    expect(firstProblem({ 'pregnancy.weeks': 'Too big' }, words)).toBe('Weeks: 1 to 45.');
    expect(firstProblem({ notes: 'At most 5000 characters' }, words)).toBe('At most 5000 characters');
  });
});

describe('checkBody', () => {
  it('passes the body itself on (not the parsed data): the server trims and checks it again', () => {
    const body = { email: 'Chair@Example.org', password: 'pw' };
    expect(checkBody(signInSchema, body)).toEqual({ ok: true, body });
  });

  it('gives the fields’ messages with "Required" in the form’s words', () => {
    expect(
      checkBody(createConferenceSchema, { ...CONFERENCE, title: ' ' }, { title: 'Enter a title.' }),
    ).toEqual({
      ok: false,
      fields: { title: 'Enter a title.' },
    });
  });
});
