import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatDateTime,
  formatDuration,
  formatLongDate,
  formatTime,
  joinNames,
  ukLocalToIso,
} from './format.ts';

const MINUTE = 60_000;

describe('formatDuration', () => {
  it.each([
    [0, 'less than a minute'],
    [-5 * MINUTE, 'less than a minute'],
    [MINUTE - 1, 'less than a minute'],
    [MINUTE, '1 minute'],
    [2 * MINUTE - 1, '1 minute'],
    [12 * MINUTE, '12 minutes'],
    [59 * MINUTE, '59 minutes'],
    [60 * MINUTE, '1 hour'],
    [61 * MINUTE, '1 hour 1 minute'],
    [65 * MINUTE, '1 hour 5 minutes'],
    [120 * MINUTE, '2 hours'],
    [150 * MINUTE + 30_000, '2 hours 30 minutes'],
  ])('%d ms is "%s"', (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });
});

describe('ukLocalToIso', () => {
  it('gives winter times the GMT offset and summer times the BST offset', () => {
    expect(ukLocalToIso('2026-12-03T10:00')).toBe('2026-12-03T10:00:00+00:00');
    expect(ukLocalToIso('2026-07-15T14:30')).toBe('2026-07-15T14:30:00+01:00');
  });

  it('switches on the last Sunday of March at 01:00 GMT', () => {
    expect(ukLocalToIso('2026-03-28T23:59')).toBe('2026-03-28T23:59:00+00:00');
    expect(ukLocalToIso('2026-03-29T00:59')).toBe('2026-03-29T00:59:00+00:00');
    expect(ukLocalToIso('2026-03-29T02:00')).toBe('2026-03-29T02:00:00+01:00');
    expect(ukLocalToIso('2026-03-29T09:00')).toBe('2026-03-29T09:00:00+01:00');
  });

  it('switches back on the last Sunday of October at 01:00 GMT', () => {
    expect(ukLocalToIso('2026-10-25T00:59')).toBe('2026-10-25T00:59:00+01:00');
    expect(ukLocalToIso('2026-10-25T02:00')).toBe('2026-10-25T02:00:00+00:00');
    expect(ukLocalToIso('2026-10-26T09:00')).toBe('2026-10-26T09:00:00+00:00');
  });

  it('gives an hour that happens twice (October) one of its two real instants', () => {
    const iso = ukLocalToIso('2026-10-25T01:30');
    expect(['2026-10-25T01:30:00+01:00', '2026-10-25T01:30:00+00:00']).toContain(iso);
    expect(formatTime(iso ?? '')).toBe('01:30');
  });

  it('moves a time that does not exist (the skipped hour in March) to a real one an hour on', () => {
    const iso = ukLocalToIso('2026-03-29T01:30');
    expect(iso).not.toBeNull();
    expect(Number.isNaN(Date.parse(iso ?? ''))).toBe(false);
    expect(formatTime(iso ?? '')).toBe('02:30');
  });

  it('round-trips every hour of a year back to the same UK wall-clock time', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const mismatches: string[] = [];
    for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2028, 0, 1); t += 60 * MINUTE) {
      const d = new Date(t);
      const local = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:17`;
      if (local === '2027-03-28T01:17') continue; // the hour that does not exist (see above)
      const iso = ukLocalToIso(local);
      const back = iso ? formatTime(iso) : null;
      if (back !== local.slice(11)) mismatches.push(`${local} -> ${iso} -> ${back}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(['', '2026-12-03', '2026-12-03T10', '2026-12-03T10:00:00', '2026-12-03 10:00', 'soon'])(
    'returns null for %j',
    (value) => {
      expect(ukLocalToIso(value)).toBeNull();
    },
  );
});

describe('formatTime', () => {
  it('shows the UK wall-clock time, in BST and in GMT', () => {
    expect(formatTime('2026-07-01T13:35:00Z')).toBe('14:35');
    expect(formatTime('2026-12-01T13:35:00Z')).toBe('13:35');
    expect(formatTime('2026-12-01T23:05:00-05:00')).toBe('04:05');
  });
  it('gives back what it cannot read', () => {
    expect(formatTime('not a time')).toBe('not a time');
  });
});

describe('formatDateTime and formatLongDate', () => {
  it('show the date and time in London', () => {
    const winter = formatDateTime('2026-12-03T10:00:00Z');
    expect(winter).toMatch(/^Thu,? 3 Dec 2026,? 10:00$/);
    // 23:30 UTC on 30 June is already 1 July in London.
    expect(formatDateTime('2026-06-30T23:30:00Z')).toMatch(/^Wed,? 1 Jul 2026,? 00:30$/);
    expect(formatLongDate('2026-12-03T10:00:00Z')).toBe('Thursday 3 December');
    expect(formatLongDate('2026-06-30T23:30:00Z')).toBe('Wednesday 1 July');
  });
  it('give back what they cannot read', () => {
    expect(formatDateTime('')).toBe('');
    expect(formatLongDate('tomorrow')).toBe('tomorrow');
  });
});

describe('formatCalendarDate', () => {
  it('shows a calendar date as it is written, whatever the season', () => {
    expect(formatCalendarDate('2019-03-14')).toBe('14 March 2019');
    expect(formatCalendarDate('2020-07-01')).toBe('1 July 2020');
    expect(formatCalendarDate('2020-12-31')).toBe('31 December 2020');
  });
  it('gives back what it cannot read', () => {
    expect(formatCalendarDate('2019-02-30x')).toBe('2019-02-30x');
  });
});

describe('joinNames', () => {
  it.each([
    [[], ''],
    [['Ada'], 'Ada'],
    [['Ada', 'Ben'], 'Ada and Ben'],
    [['Ada', 'Ben', 'Cara'], 'Ada, Ben and Cara'],
    [['Ada', 'Ben', 'Cara', 'Dev'], 'Ada, Ben, Cara and Dev'],
  ])('%j is "%s"', (names, words) => {
    expect(joinNames(names)).toBe(words);
  });
});
