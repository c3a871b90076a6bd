import { describe, expect, it } from 'vitest';
import { dateWords, minutesWords } from './dates.ts';

describe('dateWords', () => {
  it('says a date as people do, on the day it was written, whatever the machine’s zone', () => {
    expect(dateWords('2026-12-03')).toBe('Thursday 3 December 2026');
    expect(dateWords('2027-03-28T00:30:00+01:00')).toBe('Sunday 28 March 2027');
    expect(dateWords(' 2024-02-29 ')).toBe('Thursday 29 February 2024');
  });

  it('leaves a timescale, or a date that does not exist, as written', () => {
    expect(dateWords('within 2 weeks')).toBe('within 2 weeks');
    expect(dateWords('2026-13-45')).toBe('2026-13-45');
    expect(dateWords('2025-02-29')).toBe('2025-02-29');
  });
});

describe('minutesWords', () => {
  it('words a wait in whole minutes, rounded up', () => {
    expect(minutesWords(1000)).toBe('1 minute');
    expect(minutesWords(14 * 60_000 + 1)).toBe('15 minutes');
  });
});
