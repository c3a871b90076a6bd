/**
 * Working-day arithmetic for England: weekends and England and Wales bank holidays (including
 * substitute days) are not working days. Dates are calendar dates `YYYY-MM-DD` (no time, no zone).
 * Bank holidays come from date-holidays' offline data; a year is computed once and cached.
 */
import Holidays from 'date-holidays';
import type { ConferenceKind } from './api.ts';
import type { Outcome } from './doc/decisionTypes.ts';
import { addDays, addMonths, DAY_MS, fromUtc, toUtc } from './calendarDays.ts';
import {
  dateRule,
  DEFAULT_PROCEDURES,
  type DateRule,
  type FollowingDate,
  type Procedures,
} from './procedures.ts';

export { addDays, addMonths } from './calendarDays.ts';

const englandAndWales = new Holidays('GB', 'ENG');
const bankHolidayCache = new Map<number, Map<string, string>>();

function bankHolidaysOf(year: number): Map<string, string> {
  let days = bankHolidayCache.get(year);
  if (!days) {
    days = new Map(
      englandAndWales
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => [h.date.slice(0, 10), h.name] as const),
    );
    bankHolidayCache.set(year, days);
  }
  return days;
}

/** The bank holiday's name on that date, or null. */
export function bankHoliday(date: string): string | null {
  return bankHolidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && bankHoliday(date) === null;
}

/** `n` working days after `date` (n ≥ 0; day 0 is `date` itself even when not a working day). */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of days, zero or more');
  let t = toUtc(date);
  let left = n;
  while (left > 0) {
    t += DAY_MS;
    if (isWorkingDay(fromUtc(t))) left--;
  }
  return fromUtc(t);
}

/** `n` working days before `date` (n ≥ 0; day 0 is `date` itself). */
export function subtractWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of days, zero or more');
  let t = toUtc(date);
  let left = n;
  while (left > 0) {
    t -= DAY_MS;
    if (isWorkingDay(fromUtc(t))) left--;
  }
  return fromUtc(t);
}

/** The working day on or before `date`: a deadline that falls on a weekend or bank holiday. */
export function workingDayOnOrBefore(date: string): string {
  let t = toUtc(date);
  while (!isWorkingDay(fromUtc(t))) t -= DAY_MS;
  return fromUtc(t);
}

export interface ConferenceDates {
  /** The plan goes to everyone within one working day. */
  planDueBy: string;
  /** The minutes within 20 working days. */
  minutesDueBy: string;
  /** The family's letter within 1 working day. */
  letterDueBy: string;
  /**
   * Within 10 working days of an initial conference; null after a review (core groups carry on),
   * and null when no child protection plan was made.
   */
  firstCoreGroupBy: string | null;
  /**
   * Initial: 3 months; review: 6 months; pre-birth: 4 weeks after the birth (null until born).
   * Null when no child protection plan was made: nothing is reviewed.
   */
  reviewConferenceBy: string | null;
  /** After a core group: the next one, by the local cadence (weeks); null after a conference. */
  nextCoreGroupBy: string | null;
  /** Plain words for anything that could not be computed yet. */
  notes: string[];
  /** The rule each date came from (local procedures), for every date given (or due once known). */
  rules: Record<'planDueBy' | 'letterDueBy' | 'minutesDueBy', DateRule> &
    Partial<Record<'firstCoreGroupBy' | 'reviewConferenceBy' | 'nextCoreGroupBy', DateRule>>;
}

/** What follows a decision that is not a child protection plan, in plain words. */
const INSTEAD: Partial<Record<Outcome, string>> = {
  'child-in-need-plan':
    'A child in need plan follows: the social worker makes it with the family and arranges its first meeting.',
  'early-help': 'Early help follows: the family are offered support from early help services.',
  'no-further-action':
    'No further action: children’s social care will not be working with the family on a plan.',
};

/**
 * The dates that follow a conference held on `conferenceDate` (its local calendar date).
 * A deadline measured in months or weeks that falls on a non-working day moves to the working
 * day before it, so that it is never missed.
 *
 * `outcomes`, one per child once decided: a core group and a review conference follow only when a
 * child protection plan is made (Working Together; the local procedures say the same). When every
 * child is decided and none has one, neither date is given and the notes say what follows
 * instead. Left out, or with a child undecided, the dates are given (what would follow a plan).
 */
export function conferenceDates(
  kind: ConferenceKind,
  conferenceDate: string,
  birthDate?: string | null,
  outcomes?: readonly (Outcome | null)[],
  procedures: Procedures = DEFAULT_PROCEDURES,
): ConferenceDates {
  const notes: string[] = [];
  const p = procedures;
  const rule = (date: FollowingDate) => dateRule(p, kind, date);
  const sent = {
    planDueBy: rule('planDueBy'),
    letterDueBy: rule('letterDueBy'),
    minutesDueBy: rule('minutesDueBy'),
  };
  // The three documents after any meeting, whatever follows it.
  const documents = {
    planDueBy: addWorkingDays(conferenceDate, p.planSentWithinWorkingDays),
    minutesDueBy: addWorkingDays(conferenceDate, p.minutesSentWithinWorkingDays),
    letterDueBy: addWorkingDays(conferenceDate, p.letterSentWithinWorkingDays),
  };
  const decided = outcomes !== undefined && outcomes.length > 0 && outcomes.every((o) => o !== null);
  if (decided && !outcomes.includes('child-protection-plan')) {
    notes.push('No child protection plan was made, so there is no core group and no review conference.');
    for (const o of new Set(outcomes)) if (o && INSTEAD[o]) notes.push(INSTEAD[o]);
    return {
      ...documents,
      firstCoreGroupBy: null,
      reviewConferenceBy: null,
      nextCoreGroupBy: null,
      notes,
      rules: sent,
    };
  }
  if (kind === 'core-group') {
    // The plan carries on between conferences: the next core group follows at the local cadence;
    // the review conference stays due from the conference that made the plan.
    return {
      ...documents,
      firstCoreGroupBy: null,
      reviewConferenceBy: null,
      nextCoreGroupBy: workingDayOnOrBefore(addDays(conferenceDate, p.coreGroupEveryWeeks * 7)),
      notes,
      rules: { ...sent, nextCoreGroupBy: rule('nextCoreGroupBy') },
    };
  }
  let reviewConferenceBy: string | null;
  if (kind === 'review') {
    reviewConferenceBy = workingDayOnOrBefore(addMonths(conferenceDate, p.laterReviewWithinMonths));
  } else if (kind === 'pre-birth') {
    reviewConferenceBy = birthDate ? workingDayOnOrBefore(addDays(birthDate, 28)) : null;
    if (!birthDate) notes.push('The review conference is due within 4 weeks of the baby’s birth.');
  } else reviewConferenceBy = workingDayOnOrBefore(addMonths(conferenceDate, p.firstReviewWithinMonths));
  return {
    ...documents,
    firstCoreGroupBy:
      kind === 'review' ? null : addWorkingDays(conferenceDate, p.firstCoreGroupWithinWorkingDays),
    reviewConferenceBy,
    nextCoreGroupBy: null,
    notes,
    rules: {
      ...sent,
      ...(kind === 'review' ? {} : { firstCoreGroupBy: rule('firstCoreGroupBy') }),
      reviewConferenceBy: rule('reviewConferenceBy'),
    },
  };
}

/**
 * When an initial (transfer-in, pre-birth) conference is due: 15 working days (local procedures)
 * after the strategy discussion or the transfer-in notification. Null for a review
 * (due from the conference before) or without the date.
 */
export function initialConferenceDueBy(
  kind: ConferenceKind,
  strategyDiscussionOn: string | null,
  procedures: Procedures = DEFAULT_PROCEDURES,
): string | null {
  if (!strategyDiscussionOn || kind === 'review') return null;
  return addWorkingDays(strategyDiscussionOn, procedures.initialConferenceWithinWorkingDays);
}

/**
 * When agencies' reports are due with the chair: working days before the conference (local
 * procedures: 2 before an initial conference, 3 before a review).
 */
export function reportsExpectedBy(
  kind: ConferenceKind,
  conferenceDate: string,
  procedures: Procedures = DEFAULT_PROCEDURES,
): string {
  const n =
    kind === 'review'
      ? procedures.reportsBeforeReviewWorkingDays
      : procedures.reportsBeforeInitialWorkingDays;
  return subtractWorkingDays(conferenceDate, n);
}

/** The calendar date of an instant in England (kept where it was, for existing callers). */
export { londonDate } from './londonDate.ts';
