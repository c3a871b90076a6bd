/** Dates for forms, relative to today so that they stay in the future whenever the suite runs. */
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date-and-time field's value (`YYYY-MM-DDTHH:MM`) `days` from today at `time`. The date is
 * today's in the machine's zone; the app reads the value as UK time, which is fine for a date weeks ahead.
 */
export function dateTimeInDays(days: number, time: string): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${time}`;
}

/** A unique tag for this run, so that accounts and titles never clash with an earlier attempt. */
export const runTag = (): string => Date.now().toString(36).slice(-5);

/** How the app writes the calendar date of such a value, e.g. `2026-12-23T17:00` → `23 Dec 2026`. */
export function shownDate(dateTime: string): string {
  const [year, month, day] = dateTime.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
