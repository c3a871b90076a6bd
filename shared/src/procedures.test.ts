import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCEDURES, PROCEDURE_RULES, readProcedures, ruleWords } from './procedures.ts';
import { conferenceDates, initialConferenceDueBy } from './workingDays.ts';

describe('local procedures', () => {
  it('default to the guidance: the plan in 1 working day, the minutes in 20, the ICPC in 15', () => {
    expect(DEFAULT_PROCEDURES).toMatchObject({
      initialConferenceWithinWorkingDays: 15,
      planSentWithinWorkingDays: 1,
      minutesSentWithinWorkingDays: 20,
      firstCoreGroupWithinWorkingDays: 10,
      firstReviewWithinMonths: 3,
      laterReviewWithinMonths: 6,
    });
  });

  it('say each rule in words, with its value', () => {
    for (const rule of PROCEDURE_RULES) expect(ruleWords(DEFAULT_PROCEDURES, rule)).toMatch(/\d/);
    expect(ruleWords(DEFAULT_PROCEDURES, 'planSentWithinWorkingDays')).toBe(
      'The plan is sent to everyone within 1 working day of the conference',
    );
  });

  it('read an authority’s file: what it sets, the guidance for the rest', () => {
    const read = readProcedures('{"authority":"Fictional Borough","minutesSentWithinWorkingDays":15}');
    expect(read.ok && read.procedures).toMatchObject({
      authority: 'Fictional Borough',
      minutesSentWithinWorkingDays: 15,
      planSentWithinWorkingDays: 1,
    });
  });

  it('refuse a bad file in plain words that name the setting', () => {
    const notJson = readProcedures('minutes: 15');
    expect(!notJson.ok && notJson.problems).toEqual(['the file is not JSON (a { … } object of settings)']);
    const unknown = readProcedures('{"minutesDays":15}');
    expect(!unknown.ok && unknown.problems[0]).toMatch(/unknown setting minutesDays/);
    const negative = readProcedures('{"planSentWithinWorkingDays":-1}');
    expect(!negative.ok && negative.problems[0]).toMatch(/^planSentWithinWorkingDays: /);
    const fraction = readProcedures('{"coreGroupEveryWeeks":4.5}');
    expect(fraction.ok).toBe(false);
  });

  it('set the dates that follow a conference', () => {
    const p = { ...DEFAULT_PROCEDURES, planSentWithinWorkingDays: 2, minutesSentWithinWorkingDays: 10 };
    // Thursday 3 December 2026: 2 working days → Monday 7th; 10 → Thursday 17th.
    expect(conferenceDates('initial', '2026-12-03', null, undefined, p)).toMatchObject({
      planDueBy: '2026-12-07',
      minutesDueBy: '2026-12-17',
    });
  });
});

describe('initialConferenceDueBy', () => {
  it('is 15 working days after the strategy discussion, past bank holidays', () => {
    // Monday 16 November 2026 + 15 working days = Monday 7 December.
    expect(initialConferenceDueBy('initial', '2026-11-16')).toBe('2026-12-07');
    // Friday 11 December 2026: Christmas Day, Boxing Day (substitute Monday 28th) and New Year's
    // Day skipped, so Wednesday 6 January.
    expect(initialConferenceDueBy('initial', '2026-12-11')).toBe('2027-01-06');
  });

  it('counts a transfer-in from the notification, and a pre-birth from its strategy discussion', () => {
    expect(initialConferenceDueBy('transfer-in', '2026-11-16')).toBe('2026-12-07');
    expect(initialConferenceDueBy('pre-birth', '2026-11-16')).toBe('2026-12-07');
  });

  it('gives nothing for a review, or without the date', () => {
    expect(initialConferenceDueBy('review', '2026-11-16')).toBeNull();
    expect(initialConferenceDueBy('initial', null)).toBeNull();
  });

  it('follows the local procedures', () => {
    const p = { ...DEFAULT_PROCEDURES, initialConferenceWithinWorkingDays: 10 };
    expect(initialConferenceDueBy('initial', '2026-11-16', p)).toBe('2026-11-30');
  });
});
