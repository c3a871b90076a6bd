/**
 * The parts of the minutes that the plan on its own shares with the whole minutes: the opening,
 * attendance and the family tree (the plan, the contingency plans and the dates that follow are
 * outlinePlan.ts's). Pure. The rest, and the order of it all, is in outline.ts.
 */
import { AGENCY_TYPE_LABELS } from '../doc/attendance.ts';
import { describeGenogram } from '../genogram/describe.ts';
import { genogramPeopleRows, genogramRelationshipLines } from './genogramWords.ts';
import type { Minutes, MinutesAttendee } from './types.ts';
import { londonDate } from '../londonDate.ts';
import {
  ATTENDANCE_WORDS,
  ABOUT_ALL_WORDS,
  aboutSomeChildren,
  dateWords,
  DISTRIBUTED_WORDS,
  KIND_WORDS,
  MINUTES_HEADINGS,
  minutesTitle,
  PROFESSIONALS_ONLY_WORDS,
} from './words.ts';
import { h1, none, p, para, type Block } from './blocks.ts';

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});

/** The time of day in England (the conference's own clock), whatever the machine's time zone. */
export function timeWords(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : LONDON_TIME.format(d);
}

/** "Said by Fay Marlow. About Ada Marlow." for an item's grey attribution line. */
export function attribution(
  minutes: Minutes,
  saidBy: string | null,
  childIds: string[],
  extra: string[] = [],
): string {
  const bits = [...extra];
  if (saidBy) bits.push(`Said by ${saidBy}`);
  const about = aboutSomeChildren(minutes, childIds);
  if (about) bits.push(about);
  return bits.length > 0 ? `${bits.join('. ')}.` : '';
}

function agencyWords(a: Pick<MinutesAttendee, 'agency' | 'agencyType'>): string {
  return a.agency || AGENCY_TYPE_LABELS[a.agencyType];
}

function reportWords(a: MinutesAttendee): string {
  if (!a.reportReceived) return 'None';
  return a.reportSharedWithFamily
    ? 'Received, shared with the family'
    : 'Received, not shared with the family';
}

function childWords(minutes: Minutes): string {
  return minutes.children
    .map((c) => (c.dateOfBirth ? `${c.name} (born ${dateWords(c.dateOfBirth)})` : c.name))
    .join('\n');
}

/** The opening: title, who may see it, and the conference's facts. */
export function openingBlocks(minutes: Minutes, what: string): Block[] {
  const c = minutes.conference;
  const times = [timeWords(c.scheduledAt)];
  if (c.startedAt) times.push(`started ${timeWords(c.startedAt)}`);
  if (c.closedAt) times.push(`ended ${timeWords(c.closedAt)}`);
  const who =
    minutes.audience === 'family'
      ? 'This is the family’s copy. It leaves out information that is for professionals only.'
      : `For professionals. Anything marked “${PROFESSIONALS_ONLY_WORDS}” must not be shared with the family.`;
  return [
    { kind: 'title', text: minutesTitle(minutes, what) },
    ...(c.title ? [para('subtitle', { text: c.title, bold: true })] : []),
    para('audience', { text: who, muted: true }),
    {
      kind: 'facts',
      widths: [1, 3],
      rows: [
        ['Conference', KIND_WORDS[c.kind]],
        ['Date', dateWords(c.scheduledAt)],
        ['Time', times.join(', ')],
        ['Place', c.place ?? 'Not recorded'],
        ['Chair', c.chair],
        [minutes.children.length === 1 ? 'Child' : 'Children', childWords(minutes)],
        ...convenedRows(minutes),
      ],
    },
    ...(minutes.children.length > 1 ? [para('audience', { text: ABOUT_ALL_WORDS, muted: true })] : []),
  ];
}

/** "The plan is sent…" → "the plan is sent…", to follow "rule:". */
export const lowerFirst = (words: string) => `${words.charAt(0).toLowerCase()}${words.slice(1)}`;

/** Why it was convened, and from when it was counted (a transfer-in: the notification). */
function convenedRows(minutes: Minutes): [string, string][] {
  const c = minutes.conference;
  const rows: [string, string][] = [];
  if (c.reason) rows.push(['Why it was convened', c.reason]);
  if (c.strategyDiscussionOn) {
    const from = c.kind === 'transfer-in' ? 'Transfer-in notification' : 'Strategy discussion';
    rows.push([from, dateWords(c.strategyDiscussionOn)]);
  }
  if (c.dueBy) {
    const late = londonDate(c.scheduledAt) > c.dueBy ? ' (it was held later than that)' : '';
    const rule = minutes.dates.rules.conferenceDueBy;
    rows.push(['Due by', `${dateWords(c.dueBy)}${late}${rule ? ` (rule: ${lowerFirst(rule)})` : ''}`]);
  }
  return rows;
}

/** Who was sent the plan, the letter and the minutes (the professionals' minutes only). */
export function distributionBlocks(minutes: Minutes): Block[] {
  if (minutes.audience === 'family' || minutes.distribution.length === 0) return [];
  return [
    h1(MINUTES_HEADINGS.distribution),
    {
      kind: 'table',
      name: 'distribution',
      header: ['Document', 'Sent to', 'Sent on', 'Recorded by'],
      widths: [2, 3, 2, 2],
      rows: minutes.distribution.map((d) => [
        DISTRIBUTED_WORDS[d.document],
        d.to,
        dateWords(d.sentOn),
        d.sentBy,
      ]),
    },
  ];
}

export function attendanceBlocks(minutes: Minutes): Block[] {
  const quoracy = minutes.quorate
    ? 'The conference was quorate: enough agencies took part for it to make decisions.'
    : `The conference was not quorate: not enough agencies took part. ${minutes.quoracyMissing ?? ''}`.trim();
  const rows = minutes.attendees.map((a) => [
    a.name,
    a.role,
    agencyWords(a),
    ATTENDANCE_WORDS[a.attendance],
    reportWords(a),
  ]);
  const blocks: Block[] = [
    h1(MINUTES_HEADINGS.attendees),
    rows.length > 0
      ? {
          kind: 'table',
          name: 'attendance',
          header: ['Name', 'Role', 'Agency', 'Attendance', 'Report'],
          widths: [3, 3, 3, 2, 3],
          rows,
        }
      : none(),
    p({ text: quoracy }),
  ];
  if (minutes.quoracyNote)
    blocks.push(p({ text: 'Chair’s note: ', bold: true }, { text: minutes.quoracyNote }));
  return blocks;
}

export function genogramBlocks(minutes: Minutes): Block[] {
  const model = minutes.genogram;
  return [
    {
      kind: 'genogram',
      heading: MINUTES_HEADINGS.genogram,
      svg: minutes.genogramSvg,
      description: describeGenogram(model),
      people: genogramPeopleRows(model),
      relationships: genogramRelationshipLines(model),
    },
  ];
}
