import { describe, expect, it } from 'vitest';
import { calendarFile, nextDates } from './calendar.ts';

describe('calendarFile', () => {
  const review = nextDates('initial', '2026-12-03T10:00:00Z').dates.find(
    (d) => d.key === 'review-conference',
  );
  if (!review) throw new Error('an initial conference has a review date');

  it('is the deadline as an all-day date until a time is agreed', () => {
    const ics = calendarFile('c1', review, '2026-12-03', new Date('2026-12-03T12:00:00Z'));
    expect(ics).toContain('DTSTART;VALUE=DATE:20270303');
    expect(ics).toContain('SUMMARY:Review conference (by this date)');
  });

  it('is the meeting at its agreed London time once there is one, with the same UID', () => {
    // 1 March 2027 is GMT; 10 June 2027 is BST (UTC+1).
    const winter = calendarFile('c1', review, '2026-12-03', new Date(), '2027-03-01T14:30');
    expect(winter).toContain('DTSTART:20270301T143000Z');
    expect(winter).toContain('SUMMARY:Review conference\r\n');
    expect(winter).toContain('UID:c1-review-conference@conference-board');
    const summer = calendarFile('c1', review, '2026-12-03', new Date(), '2027-06-10T10:00');
    expect(summer).toContain('DTSTART:20270610T090000Z');
  });
});
