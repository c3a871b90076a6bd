/**
 * An iCalendar file (RFC 5545) for all-day dates, e.g. "First core group due", so a deadline can go
 * into anyone's calendar, and for meetings at an agreed time (written in UTC: any calendar shows
 * them in its own zone). Pure string output: the caller gives the UID (stable, so a second export
 * updates the same event rather than adding another) and the DTSTAMP (no clock read in here).
 *
 * RFC 5545 rules followed: CRLF line endings (3.1); content lines folded so no line is longer than
 * 75 octets of UTF-8, continuation lines starting with one space, never splitting a character
 * (3.1); TEXT values escaped (3.3.11); an all-day event is DTSTART;VALUE=DATE with DTEND the day
 * after (DTEND is exclusive, 3.6.1); TRANSP:TRANSPARENT so a deadline does not block the day.
 */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from './api.ts';

/** No control characters (CR/LF would break the line structure) in a UID or a URL. */
const singleLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'Required')
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\x00-\x1f\x7f]*$/, 'Must be on one line');

export const icsEventSchema = z
  .object({
    /** Globally unique and stable, e.g. `<conferenceId>-first-core-group@conference-board`. */
    uid: singleLine(255),
    /** When the file was made: an instant with an offset, written out in UTC. */
    dtstamp: isoDateTimeSchema,
    /** An all-day date, YYYY-MM-DD (a deadline) … */
    date: isoDateSchema.optional(),
    /** … or a meeting: when it starts (an instant with an offset, written out in UTC) … */
    start: isoDateTimeSchema.optional(),
    /** … and how long it lasts. */
    minutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .default(90),
    summary: z.string().trim().min(1, 'Required').max(500),
    description: z.string().max(10_000).optional(),
    location: z.string().max(500).optional(),
    url: singleLine(2000).optional(),
  })
  .refine((e) => (e.date === undefined) !== (e.start === undefined), 'Give either a date or a start time');
export type IcsEvent = z.input<typeof icsEventSchema>;

export const PRODID = '-//Conference Board//Conference dates//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma, and any line break as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line into lines of at most 75 octets, joined by CRLF + space. Splits only
 * between characters (whole code points), so a multi-byte character is never cut.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1; // the leading space of a continuation line counts towards its 75 octets
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 2026-12-03T10:00:00+01:00 → 20261203T090000Z */
function utcStamp(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const basicDate = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
  const t = Date.parse(`${date}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function eventLines(input: IcsEvent): string[] {
  const e = icsEventSchema.parse(input);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(e.dtstamp)}`,
    ...(e.start
      ? [
          `DTSTART:${utcStamp(e.start)}`,
          `DTEND:${utcStamp(new Date(Date.parse(e.start) + e.minutes * 60_000).toISOString())}`,
        ]
      : [
          `DTSTART;VALUE=DATE:${basicDate(e.date ?? '')}`,
          `DTEND;VALUE=DATE:${basicDate(nextDay(e.date ?? ''))}`,
        ]),
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  // A deadline does not block the day; a meeting does.
  lines.push(e.start ? 'TRANSP:OPAQUE' : 'TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** A calendar holding one or more events (validated; throws a ZodError when invalid). */
export function icsCalendar(events: IcsEvent[]): string {
  if (events.length === 0) throw new RangeError('A calendar file needs at least one date');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A calendar file for one date or meeting. */
export function icsForDate(event: IcsEvent): string {
  return icsCalendar([event]);
}
