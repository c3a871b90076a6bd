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
  // Working Together: a core group and a review follow "if a child protection plan is made".
  it('gives no core group or review date when no child gets a child protection plan', () => {
    for (const outcome of ['no-further-action', 'child-in-need-plan', 'early-help'] as const) {
      const d = conferenceDates('initial', '2026-12-03', null, [outcome, outcome]);
      expect(d.firstCoreGroupBy, outcome).toBeNull();
      expect(d.reviewConferenceBy, outcome).toBeNull();
      expect(d.planDueBy).toBe('2026-12-04');
      expect(d.minutesDueBy).toBe('2027-01-05');
      expect(d.notes[0]).toBe(
        'No child protection plan was made, so there is no core group and no review conference.',
      );
    }
    const stepDown = conferenceDates('review', '2026-09-04', null, [
      'child-in-need-plan',
      'no-further-action',
    ]);
    expect(stepDown.reviewConferenceBy).toBeNull();
    expect(stepDown.notes.join(' ')).toMatch(/child in need plan follows.*No further action/);
  });

  it('gives both dates when any child gets a plan, or while a child is undecided', () => {
    const mixed = conferenceDates('initial', '2026-12-03', null, [
      'child-protection-plan',
      'child-in-need-plan',
    ]);
    expect(mixed.firstCoreGroupBy).toBe('2026-12-17');
    expect(mixed.reviewConferenceBy).toBe('2027-03-03');
    expect(conferenceDates('initial', '2026-12-03', null, ['no-further-action', null]).firstCoreGroupBy).toBe(
      '2026-12-17',
    );
    expect(conferenceDates('initial', '2026-12-03', null, []).reviewConferenceBy).toBe('2027-03-03');
  });

  it('gives an initial conference its plan, core group, minutes and review dates', () => {
    expect(conferenceDates('initial', '2026-12-03')).toMatchObject({
      planDueBy: '2026-12-04',
      letterDueBy: '2026-12-04',
      minutesDueBy: '2027-01-05',
      firstCoreGroupBy: '2026-12-17',
      reviewConferenceBy: '2027-03-03',
      notes: [],
    });
  });

  it('names the rule each date came from', () => {
    const d = conferenceDates('initial', '2026-12-03');
    expect(d.rules.planDueBy).toEqual({
      words: 'The plan is sent to everyone within 1 working day of the conference',
      short: '1 working day after',
    });
    expect(d.rules.firstCoreGroupBy?.short).toBe('10 working days after');
    expect(d.rules.reviewConferenceBy?.words).toBe(
      'The first review conference is held within 3 months of the initial conference',
    );
    const review = conferenceDates('review', '2026-09-04');
    expect(review.rules.firstCoreGroupBy).toBeUndefined();
    expect(review.rules.reviewConferenceBy?.short).toBe('6 months after');
    expect(conferenceDates('pre-birth', '2026-09-04').rules.reviewConferenceBy?.short).toBe(
      '4 weeks after the birth',
    );
    // No plan, no rule for what does not follow.
    const nfa = conferenceDates('initial', '2026-12-03', null, ['no-further-action']);
    expect(Object.keys(nfa.rules).sort()).toEqual(['letterDueBy', 'minutesDueBy', 'planDueBy']);
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

/**
 * England and Wales bank holidays 2026–2030, written out by hand from the published rules (not
 * read from the library), so these tests check the library's data as well as our arithmetic.
 */
const BANK_HOLIDAYS: Record<number, string[]> = {
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2029: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2030: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
};

function weekdaysOf(year: number): string[] {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const d = new Date(t);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

describe('bank holidays 2026–2030', () => {
  it.each(Object.entries(BANK_HOLIDAYS))(
    '%s: exactly the eight weekday bank holidays are not working days',
    (year, days) => {
      const off = weekdaysOf(Number(year)).filter((d) => !isWorkingDay(d));
      expect(off).toEqual(days.map((d) => `${year}-${d}`));
    },
  );

  it('moves Christmas, Boxing Day and New Year’s Day off a weekend to substitute days', () => {
    // 2026: Boxing Day is a Saturday → Monday 28 December.
    expect(bankHoliday('2026-12-28')).toBe('Boxing Day (substitute day)');
    // 2027: Christmas Saturday and Boxing Day Sunday → Monday 27 and Tuesday 28 December.
    expect(bankHoliday('2027-12-27')).toBe('Christmas Day (substitute day)');
    expect(bankHoliday('2027-12-28')).toBe('Boxing Day (substitute day)');
    expect([isWorkingDay('2027-12-27'), isWorkingDay('2027-12-28'), isWorkingDay('2027-12-29')]).toEqual([
      false,
      false,
      true,
    ]);
    // 2028: New Year's Day is a Saturday → Monday 3 January.
    expect(bankHoliday('2028-01-03')).toBe("New Year's Day (substitute day)");
    expect(isWorkingDay('2028-01-03')).toBe(false);
  });
});

describe('working days across holidays, 2026–2030', () => {
  it.each([
    // [from, n, expected, why]
    ['2026-12-24', 2, '2026-12-30', 'Christmas Fri 25, Boxing Day substitute Mon 28'],
    ['2026-12-31', 1, '2027-01-04', 'New Year Fri 1 Jan 2027, then the weekend'],
    ['2027-12-24', 1, '2027-12-29', 'both substitutes Mon 27 and Tue 28 Dec 2027'],
    ['2027-12-31', 1, '2028-01-04', 'New Year substitute Mon 3 Jan 2028'],
    ['2028-12-22', 1, '2028-12-27', 'Christmas Mon 25 and Boxing Day Tue 26 Dec 2028'],
    ['2029-12-24', 1, '2029-12-27', 'Christmas Tue 25, Boxing Day Wed 26 Dec 2029'],
    ['2029-12-31', 1, '2030-01-02', 'New Year Tue 1 Jan 2030'],
    ['2030-12-24', 3, '2030-12-31', 'Christmas Wed 25, Boxing Day Thu 26 Dec 2030'],
    ['2027-03-25', 1, '2027-03-30', 'Good Friday 26 Mar, Easter Monday 29 Mar 2027'],
    ['2028-04-13', 1, '2028-04-18', 'Good Friday 14 Apr, Easter Monday 17 Apr 2028'],
    ['2030-04-18', 1, '2030-04-23', 'Good Friday 19 Apr, Easter Monday 22 Apr 2030'],
  ])('%s + %i working days is %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected);
  });

  it('counts a whole year’s working days: 253 in 2027, 252 in 2028', () => {
    // 2027: 261 weekdays less 8 bank holidays; Friday 31 December is its last working day.
    expect(addWorkingDays('2026-12-31', 253)).toBe('2027-12-31');
    // 2028 (leap year, starts on a Saturday): 260 weekdays less 8; last working day Friday 29 December.
    expect(addWorkingDays('2027-12-31', 252)).toBe('2028-12-29');
  });
});

describe('conference dates across holidays, 2026–2030', () => {
  it('an initial conference just before Christmas 2026', () => {
    // Thu 17 Dec: plan Fri 18; core group 18, 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5 Jan.
    expect(conferenceDates('initial', '2026-12-17')).toMatchObject({
      planDueBy: '2026-12-18',
      letterDueBy: '2026-12-18',
      minutesDueBy: '2027-01-19',
      firstCoreGroupBy: '2027-01-05',
      reviewConferenceBy: '2027-03-17',
      notes: [],
    });
  });

  it('an initial conference on Christmas Eve 2027, with four days off in a row and New Year after', () => {
    // Fri 24 Dec: 25–28 are off → plan Wed 29; core group 29, 30, 31 Dec, 4, 5, 6, 7, 10, 11, 12 Jan.
    const d = conferenceDates('initial', '2027-12-24');
    expect(d.planDueBy).toBe('2027-12-29');
    expect(d.firstCoreGroupBy).toBe('2028-01-12');
    expect(d.reviewConferenceBy).toBe('2028-03-24');
  });

  it('an initial conference before Easter 2029', () => {
    // Fri 23 Mar: core group 26, 27, 28, 29 Mar, (30 Mar–2 Apr off), 3, 4, 5, 6, 9, 10 Apr.
    expect(conferenceDates('initial', '2029-03-23').firstCoreGroupBy).toBe('2029-04-10');
  });

  it('moves a three-month review off Christmas to the working day before', () => {
    // 27 Dec 2027 is the Christmas substitute day: back past the weekend to Friday 24th.
    expect(conferenceDates('initial', '2027-09-27').reviewConferenceBy).toBe('2027-12-24');
    // 26 Dec 2030 (Thu) and 25 Dec (Wed) are holidays: Tuesday 24th.
    expect(conferenceDates('initial', '2030-09-26').reviewConferenceBy).toBe('2030-12-24');
  });

  it('moves a six-month review off Easter to the working day before', () => {
    // 14 Apr 2028 is Good Friday: Thursday 13th.
    expect(conferenceDates('review', '2027-10-14')).toMatchObject({
      firstCoreGroupBy: null,
      reviewConferenceBy: '2028-04-13',
    });
    // 2 Apr 2029 is Easter Monday: back past the weekend and Good Friday to Thursday 29 March.
    expect(conferenceDates('review', '2028-10-02').reviewConferenceBy).toBe('2029-03-29');
  });

  it('dates a pre-birth review four weeks after the birth, off holidays', () => {
    // Born 28 Nov 2029 → 26 Dec (Boxing Day), 25 Dec (Christmas) → Monday 24 December.
    expect(conferenceDates('pre-birth', '2029-10-01', '2029-11-28').reviewConferenceBy).toBe('2029-12-24');
    // Born 25 Mar 2030 → 22 Apr (Easter Monday) → Thursday 18 April, before Good Friday.
    expect(conferenceDates('pre-birth', '2030-02-01', '2030-03-25').reviewConferenceBy).toBe('2030-04-18');
    // Born 8 Dec 2026 → Tuesday 5 January 2027, a working day: unchanged.
    expect(conferenceDates('pre-birth', '2026-11-02', '2026-12-08').reviewConferenceBy).toBe('2027-01-05');
  });
});
