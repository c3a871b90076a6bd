import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { escapeText, foldLine, icsCalendar, icsForDate } from './ics.ts';

/** UTF-8 length without Node's Buffer (shared code is typed without Node). */
const octets = (s: string) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, '.').length;

/** Undoes folding (RFC 5545 3.1): a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

const firstCoreGroup = {
  uid: 'marlow-2026-12-03-first-core-group@conference-board',
  dtstamp: '2026-12-03T11:45:00Z',
  date: '2026-12-17',
  summary: 'First core group due: Ada and Ben Marlow',
};

describe('iCalendar file for an all-day date', () => {
  it('writes a calendar with one all-day event, CRLF line endings and a final CRLF', () => {
    const ics = icsForDate({ ...firstCoreGroup, dtstamp: '2026-12-03T11:45:00+01:00' });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.split('\r\n').slice(0, -1)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Conference Board//Conference dates//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:marlow-2026-12-03-first-core-group@conference-board',
      'DTSTAMP:20261203T104500Z',
      'DTSTART;VALUE=DATE:20261217',
      'DTEND;VALUE=DATE:20261218',
      'SUMMARY:First core group due: Ada and Ben Marlow',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('is the same every time for the same input (no clock inside)', () => {
    expect(icsForDate(firstCoreGroup)).toBe(icsForDate(firstCoreGroup));
  });

  it('ends an event on the last day of a month or year on the next day', () => {
    const ics = icsForDate({ ...firstCoreGroup, date: '2027-12-31' });
    expect(ics).toContain('DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101\r\n');
    expect(icsForDate({ ...firstCoreGroup, date: '2028-02-28' })).toContain('DTEND;VALUE=DATE:20280229');
  });

  it('escapes text: backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b; c, d\r\ne\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
    const ics = icsForDate({
      ...firstCoreGroup,
      description: 'Core group: social worker, school; health visitor\nVenue: Room 2',
      location: 'Marlow Family Centre, Room 2',
    });
    expect(unfold(ics)).toContain(
      'DESCRIPTION:Core group: social worker\\, school\\; health visitor\\nVenue: Room 2\r\n',
    );
    expect(ics).toContain('LOCATION:Marlow Family Centre\\, Room 2\r\n');
  });

  it('folds long lines at 75 octets without splitting a character, and unfolds to the original', () => {
    const description = `${'Ada’s and Ben’s plan — “what needs to change” 😊 '.repeat(12)}end`;
    const ics = icsForDate({ ...firstCoreGroup, description });
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(unfold(ics)).toContain(`DESCRIPTION:${escapeText(description)}\r\n`);
    const folded = foldLine('x'.repeat(200)).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 52]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    // A three-octet character that would end at octet 76 moves to the next line whole.
    const edge = foldLine(`${'x'.repeat(73)}€y`).split('\r\n');
    expect(edge).toEqual([`${'x'.repeat(73)}`, ' €y']);
  });

  it('holds several dates in one file', () => {
    const ics = icsCalendar([
      firstCoreGroup,
      {
        ...firstCoreGroup,
        uid: 'marlow-review@conference-board',
        date: '2027-03-03',
        summary: 'Review conference due',
      },
    ]);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('UID:marlow-review@conference-board');
  });

  it('refuses input that would break the file or is not a date', () => {
    expect(() => icsForDate({ ...firstCoreGroup, uid: 'a\r\nX-EVIL:1' })).toThrow(ZodError);
    expect(() => icsForDate({ ...firstCoreGroup, date: '2026-02-30' })).toThrow(ZodError);
    expect(() => icsForDate({ ...firstCoreGroup, dtstamp: 'now' })).toThrow(ZodError);
    expect(() => icsForDate({ ...firstCoreGroup, summary: ' ' })).toThrow(ZodError);
    expect(() => icsCalendar([])).toThrow(RangeError);
  });
});

describe('a meeting at an agreed time', () => {
  const base = {
    uid: 'c-review@conference-board',
    dtstamp: '2026-12-03T09:00:00Z',
    summary: 'Review conference',
  };

  it('starts and ends at its times, in UTC, and blocks the time', () => {
    const ics = icsForDate({ ...base, start: '2027-06-10T10:00:00+01:00', minutes: 90 });
    expect(ics).toContain('DTSTART:20270610T090000Z\r\n');
    expect(ics).toContain('DTEND:20270610T103000Z\r\n');
    expect(ics).toContain('TRANSP:OPAQUE\r\n');
    expect(ics).not.toContain('VALUE=DATE');
  });

  it('is either a date or a start, never both or neither', () => {
    expect(() => icsForDate({ ...base })).toThrow(/either a date or a start/);
    expect(() => icsForDate({ ...base, date: '2027-06-10', start: '2027-06-10T10:00:00Z' })).toThrow(
      /either a date or a start/,
    );
  });
});
