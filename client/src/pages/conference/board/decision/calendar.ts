/**
 * The dates after a conference as calendar files (.ics) that anyone can add to their own calendar,
 * made in the browser: nothing about the family is sent anywhere to make them.
 */
import type { ConferenceKind } from '@cb/shared/api';
import { icsForDate } from '@cb/shared/ics';
import { DEFAULT_PROCEDURES, type FollowingDate, type Procedures } from '@cb/shared/procedures';
import { conferenceDates, londonDate } from '@cb/shared/workingDays';
import { ukLocalToIso } from '../../../../format.ts';
import { dateInWords } from './words.ts';

export type DateKey =
  'plan-sent' | 'first-core-group' | 'next-core-group' | 'review-conference' | 'minutes-sent';

export interface NextDate {
  key: DateKey;
  /** What happens, in plain words. */
  what: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Only once a child protection plan is made (or may yet be). */
  planOnly: boolean;
  /** The local rule it came from, in words. */
  rule: string;
}

/** Each date that may follow, in words, and the date (and rule) of conferenceDates it is. */
const FOLLOWING: { key: DateKey; what: string; from: FollowingDate; planOnly: boolean }[] = [
  { key: 'plan-sent', what: 'The plan is sent to everyone', from: 'planDueBy', planOnly: true },
  { key: 'first-core-group', what: 'First core group meeting', from: 'firstCoreGroupBy', planOnly: true },
  {
    key: 'minutes-sent',
    what: 'The written record of this meeting (the minutes) is sent out',
    from: 'minutesDueBy',
    planOnly: false,
  },
  { key: 'next-core-group', what: 'Next core group meeting', from: 'nextCoreGroupBy', planOnly: true },
  { key: 'review-conference', what: 'Review conference', from: 'reviewConferenceBy', planOnly: true },
];

/** The dates that follow this conference, soonest first, with the notes on any not yet known. */
export function nextDates(
  kind: ConferenceKind,
  scheduledAt: string,
  procedures: Procedures = DEFAULT_PROCEDURES,
): { dates: NextDate[]; notes: string[] } {
  const held = londonDate(scheduledAt);
  const d = conferenceDates(kind, held, null, undefined, procedures);
  const dates = FOLLOWING.flatMap(({ key, what, from, planOnly }): NextDate[] => {
    const date = d[from];
    return date ? [{ key, what, date, planOnly, rule: d.rules[from]?.words ?? '' }] : [];
  });
  return { dates: dates.sort((a, b) => a.date.localeCompare(b.date)), notes: d.notes };
}

/**
 * The calendar file for one date: the meeting at its agreed time (`at`, London wall-clock
 * YYYY-MM-DDTHH:MM) when there is one, else the deadline as an all-day date. The UID is stable,
 * so adding it again (once the time is agreed) updates the one event.
 */
export function calendarFile(
  conferenceId: string,
  item: NextDate,
  heldOn: string,
  now = new Date(),
  at: string | null = null,
): string {
  const start = at ? ukLocalToIso(at) : null;
  return icsForDate({
    uid: `${conferenceId}-${item.key}@conference-board`,
    // RFC 5545 wants the stamp in UTC; icsForDate writes it out as 20261203T090000Z.
    dtstamp: now.toISOString(),
    ...(start
      ? { start, summary: item.what, description: `Agreed at the conference on ${dateInWords(heldOn)}.` }
      : {
          date: item.date,
          summary: `${item.what} (by this date)`,
          description: `Following the conference on ${dateInWords(heldOn)}.`,
        }),
  });
}

export const calendarFileName = (item: NextDate): string => `${item.key}.ics`;
