import { describe, expect, it } from 'vitest';
import { BY_WHEN_REFUSED, readByWhen } from './byWhen.ts';

const TODAY = '2026-12-07';

describe('a plan row’s "by when"', () => {
  it('reads dates as people in England write them', () => {
    expect(readByWhen('2027-01-14', TODAY)).toEqual({ ok: true, date: '2027-01-14', words: '' });
    expect(readByWhen('14/01/2027', TODAY)).toEqual({ ok: true, date: '2027-01-14', words: '' });
    expect(readByWhen('4/1/27', TODAY)).toEqual({ ok: true, date: '2027-01-04', words: '' });
    expect(readByWhen('31/02/2027', TODAY)).toEqual({ ok: false, message: 'That date does not exist.' });
  });

  it('turns a time from today into a date at once, keeping the words', () => {
    expect(readByWhen('within 2 weeks', TODAY)).toEqual({
      ok: true,
      date: '2026-12-21',
      words: 'within 2 weeks',
    });
    expect(readByWhen('Start within two weeks', TODAY)).toMatchObject({ ok: true, date: '2026-12-21' });
    expect(readByWhen('in 3 days', TODAY)).toMatchObject({ date: '2026-12-10' });
    expect(readByWhen('1 month', TODAY)).toMatchObject({ date: '2027-01-07' });
    expect(readByWhen('tomorrow', TODAY)).toMatchObject({ date: '2026-12-08' });
  });

  it('refuses words that are not a date: a plan action needs one', () => {
    for (const vague of ['soon', 'ongoing', 'asap', 'within weeks', 'in 0 days', ''])
      expect(readByWhen(vague, TODAY).ok, vague).toBe(false);
    expect(readByWhen('soon', TODAY)).toEqual({ ok: false, message: BY_WHEN_REFUSED });
  });
});
