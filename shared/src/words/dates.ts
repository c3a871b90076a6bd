/** Dates in words, as every screen and every copy of the minutes says them. Pure: no clock, no zone. */

const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/**
 * "2026-12-03" → "Thursday 3 December 2026". A date-time is read as its calendar date where it
 * was written (the first ten characters); anything else (a timescale in words, a date that does
 * not exist) stays as written.
 */
export function dateWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // From a UTC date, so the day of the week does not depend on the machine's time zone.
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return iso;
  return `${DAYS[date.getUTCDay()] ?? ''} ${d} ${MONTHS[mo - 1] ?? ''} ${y}`;
}

/** A wait in words, "1 minute", "15 minutes": whole minutes (at least one), rounded up. */
export function minutesWords(ms: number): string {
  const n = Math.max(1, Math.ceil(ms / 60_000));
  return n === 1 ? '1 minute' : `${n} minutes`;
}

/** An agreed meeting, "2026-12-17T10:00" → "Thursday 17 December 2026 at 10:00". */
export function meetingWords(at: string): string {
  return `${dateWords(at.slice(0, 10))} at ${at.slice(11, 16)}`;
}
