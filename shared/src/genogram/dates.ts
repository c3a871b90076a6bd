/**
 * Dates on the family tree, as people in England write them (14/05/2018) and as the model stores
 * them (ISO: 2018-05-14, or a partial "2018" / "2018-05" for relationships). Pure.
 */
import type { PartnershipKind } from './model.ts';

export type DateEntry = { date: string } | { error: string };

const EXAMPLE = 'for example 14/05/2018';
const PARTIAL_HINT = 'Write a year (2015), a month and year (05/2015) or a date (14/05/2015).';

/** Whether year-month-day is a day that exists. */
function exists(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const iso = (y: number, m: number, d?: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}${d === undefined ? '' : `-${String(d).padStart(2, '0')}`}`;

function checkYear(y: number): string | null {
  return y < 1800 || y > 2200 ? 'That year looks wrong. Please check it.' : null;
}

/**
 * A full date as typed: day/month/year (14/05/2018, 14/5/2018, 14-05-2018, 14.05.2018) or
 * year-month-day (2018-05-14). Null when the text does not look like a full date at all.
 */
export function parseFullDate(text: string): DateEntry | null {
  const t = text.trim();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const ukMatch = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (!isoMatch && !ukMatch) return null;
  const [y, m, d] = isoMatch
    ? [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])]
    : [Number(ukMatch?.[3]), Number(ukMatch?.[2]), Number(ukMatch?.[1])];
  if (ukMatch && (ukMatch[3] ?? '').length === 2) {
    // 14/05/18 could be 1918 or 2018: ask rather than guess.
    return { error: `Write the year in full, ${EXAMPLE}.` };
  }
  if (m < 1 || m > 12) {
    return {
      error: `There is no month ${m}. Write the day first, then the month, then the year: ${EXAMPLE}.`,
    };
  }
  const badYear = checkYear(y);
  if (badYear) return { error: badYear };
  if (!exists(y, m, d)) return { error: `That date does not exist. Please check the day: ${EXAMPLE}.` };
  return { date: iso(y, m, d) };
}

/**
 * A relationship date as typed: a year (2015), a month and year (05/2015, 2015-05) or a full date.
 * Empty text is no date (null).
 */
export function parsePartialDate(text: string): { date: string | null } | { error: string } {
  const t = text.trim();
  if (!t) return { date: null };
  if (/^\d{4}$/.test(t)) {
    const badYear = checkYear(Number(t));
    return badYear ? { error: badYear } : { date: t };
  }
  const ukMonth = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  const isoMonth = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (ukMonth || isoMonth) {
    const [y, m] = ukMonth
      ? [Number(ukMonth[2]), Number(ukMonth[1])]
      : [Number(isoMonth?.[1]), Number(isoMonth?.[2])];
    if (m < 1 || m > 12) return { error: `There is no month ${m}. ${PARTIAL_HINT}` };
    const badYear = checkYear(y);
    return badYear ? { error: badYear } : { date: iso(y, m) };
  }
  const full = parseFullDate(t);
  if (full) return 'error' in full ? full : { date: full.date };
  return { error: PARTIAL_HINT };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A stored date in UK form: "14/05/2018", "May 2018" or "2018". Anything else is returned as it is. */
export function ukDate(stored: string): string {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(stored);
  if (full) return `${full[3]}/${full[2]}/${full[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(stored);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  return stored;
}

const START: Record<PartnershipKind, string> = {
  married: 'married',
  cohabiting: 'together since',
  // The model does not say whether a separated couple were married, so it is not claimed.
  separated: 'together from',
  divorced: 'married',
};

/** What a couple's dates say, in plain words: "married 2015", "separated 2023" (years only). */
export function partnershipDateWords(
  kind: PartnershipKind,
  from: string | null,
  to: string | null,
  date: (stored: string) => string = (d) => d.slice(0, 4),
): string[] {
  const start = START[kind];
  const end = kind === 'divorced' ? 'divorced' : kind === 'separated' ? 'separated' : null;
  const words: string[] = [];
  if (from) words.push(`${start} ${date(from)}`);
  if (to && end) words.push(`${end} ${date(to)}`);
  return words;
}
