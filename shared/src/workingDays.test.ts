import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addWorkingDays,
  bankHoliday,
  conferenceDates,
  isWorkingDay,
  londonDate,
  workingDayOnOrBefore,
} from './workingDays.ts';

describe('bank holidays in England and Wales', () => {
  it('knows Christmas, New Year and Easter across years, with substitute days', () => {
    expect(bankHoliday('2026-12-25')).toBe('Christmas Day');
    expect(bankHoliday('2026-12-28')).toMatch(/substitute/);
    expect(bankHoliday('2027-12-27')).toMatch(/substitute/);
    expect(bankHoliday('2022-01-03')).toMatch(/substitute/);
    expect(bankHoliday('2027-03-26')).toBe('Good Friday');
    expect(bankHoliday('2028-04-17')).toBe('Easter Monday');
    expect(bankHoliday('2026-12-24')).toBeNull();
    expect(isWorkingDay('2026-12-24')).toBe(true);
    expect(isWorkingDay('2026-12-26')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07'); // Friday → Monday
    expect(addWorkingDays('2026-12-05', 0)).toBe('2026-12-05');
  });

  it('skips Christmas and New Year', () => {
    // Thursday 24 Dec 2026 + 1: Fri 25 (Christmas), Sat, Sun, Mon 28 (Boxing Day substitute) → Tue 29.
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    // 10 working days from Mon 21 Dec 2026: 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6, 7 Jan (1 Jan is a holiday).
    expect(addWorkingDays('2026-12-21', 10)).toBe('2027-01-07');
    // 2027: Christmas and Boxing Day fall at the weekend; both substitutes (27, 28 Dec) are skipped.
    expect(addWorkingDays('2027-12-24', 1)).toBe('2027-12-29');
  });

  it('skips Easter', () => {
    // Thursday 2 April 2026 + 1: Good Friday 3, weekend, Easter Monday 6 → Tuesday 7.
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
    expect(addWorkingDays('2029-03-29', 2)).toBe('2029-04-04');
  });

  it('refuses nonsense', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('not a date', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-01', -1)).toThrow(RangeError);
  });
});

describe('months and deadlines', () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-10-15', 6)).toBe('2027-04-15');
  });

  it('moves a deadline on a non-working day to the working day before', () => {
    expect(workingDayOnOrBefore('2026-12-27')).toBe('2026-12-24');
    expect(workingDayOnOrBefore('2026-12-23')).toBe('2026-12-23');
  });
});

describe('conferenceDates', () => {
  it('gives an initial conference its plan, core group, minutes and review dates', () => {
    expect(conferenceDates('initial', '2026-12-03')).toEqual({
      planDueBy: '2026-12-04',
      minutesDueBy: '2027-01-05',
      firstCoreGroupBy: '2026-12-17',
      reviewConferenceBy: '2027-03-03',
      notes: [],
    });
  });

  it('gives a review six months and no first core group', () => {
    const d = conferenceDates('review', '2026-09-04');
    expect(d.firstCoreGroupBy).toBeNull();
    expect(d.reviewConferenceBy).toBe('2027-03-04');
  });

  it('ties a pre-birth review to the birth', () => {
    expect(conferenceDates('pre-birth', '2026-12-03').reviewConferenceBy).toBeNull();
    expect(conferenceDates('pre-birth', '2026-12-03').notes[0]).toMatch(/4 weeks/);
    // Four weeks after 3 May 2027 is Monday 31 May, the Spring bank holiday: due Friday 28 May.
    expect(conferenceDates('pre-birth', '2026-12-03', '2027-05-03').reviewConferenceBy).toBe('2027-05-28');
  });

  it('reads the date of an instant in London time', () => {
    expect(londonDate('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(londonDate('2026-12-31T23:30:00Z')).toBe('2026-12-31');
  });
});
