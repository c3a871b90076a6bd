/**
 * Calendar-day arithmetic on dates `YYYY-MM-DD` (no time, no zone), with no bank-holiday data, so
 * the family's screen can count days without loading it (working days: workingDays.ts).
 */
export const DAY_MS = 86_400_000;

export function toUtc(date: string): number {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(t) || fromUtc(t) !== date) {
    throw new RangeError(`Not a date: ${date}`);
  }
  return t;
}

export function fromUtc(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Calendar months later, clamped to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return fromUtc(target.getTime());
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}
