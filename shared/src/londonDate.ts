/**
 * The calendar date of an instant in England (Europe/London). Its own module, apart from
 * workingDays.ts, because that one carries the bank-holiday data (date-holidays, over a megabyte
 * in a browser bundle) and most screens need only this.
 */
export function londonDate(instant: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .formatToParts(typeof instant === 'string' ? new Date(instant) : instant)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}
