/**
 * The minutes as a renderer-neutral outline: titles, headings, paragraphs, bullet lists and
 * tables, in the order the minutes give them. The PDF (pdf.ts) and Word (docx.ts) renderers each
 * draw these blocks, so the two files cannot drift apart in words, order or in what the family's
 * copy leaves out. Every heading and label comes from shared/minutes/words.ts, as in the HTML.
 */
import { AGENCY_TYPE_LABELS } from '@cb/shared/doc/attendance';
import type { GenogramModel } from '@cb/shared/genogram/model';
import type { Minutes, MinutesAttendee } from '@cb/shared/minutes/types';
import {
  ATTENDANCE_WORDS,
  childNames,
  dateWords,
  DATE_WORDS,
  KIND_WORDS,
  LEAD_SOCIAL_WORKER_WORDS,
  MINUTES_HEADINGS,
  minutesTitle,
  PLAN_COLUMN_WORDS,
  PROFESSIONALS_ONLY_WORDS,
  PROGRESS_WORDS,
} from '@cb/shared/minutes/words';
import { genogramPeopleRows, genogramRelationshipLines } from './genogramWords.ts';

/** A piece of text; `professionalsOnly` draws the "Professionals only" mark before it. */
export interface Run {
  text: string;
  bold?: boolean;
  /** Attribution and tags: drawn smaller and grey. */
  muted?: boolean;
  professionalsOnly?: boolean;
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'bullets'; items: Run[][] }
  /** `widths` are relative; `labels` marks a two-column label/value table with no header row. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[]; labels?: boolean }
  | {
      kind: 'genogram';
      heading: string;
      svg: string;
      people: string[][];
      relationships: string[];
    };

export const PEOPLE_HEADER = ['Name', 'About them', 'Lives in'];

/** The words in the running header of every page, as the HTML copy's (html.ts). */
export function confidentialWords(minutes: Pick<Minutes, 'audience'>): string {
  return minutes.audience === 'family' ? 'Confidential: family copy' : 'Confidential: for professionals';
}

/**
 * Whether this item may be drawn. The family's minutes are filtered when they are made; this is
 * the second lock, so a professionals-only item can never reach the family's file.
 */
export function visible(minutes: Minutes, item: { professionalsOnly: boolean }): boolean {
  return minutes.audience === 'full' || !item.professionalsOnly;
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
});

/** The time of day in England (the conference's own clock), whatever the server's time zone. */
export function timeWords(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : LONDON_TIME.format(d);
}

export const p = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
export const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });

/** "Said by Fay Marlow. About Ada Marlow." for an item's grey attribution line. */
export function attribution(
  minutes: Minutes,
  saidBy: string | null,
  childIds: string[],
  extra: string[] = [],
) {
  const bits = [...extra];
  if (saidBy) bits.push(`Said by ${saidBy}`);
  if (minutes.children.length > 1) bits.push(`About ${childNames(minutes, childIds)}`);
  return bits.length > 0 ? `${bits.join('. ')}.` : '';
}

/** A list item: the mark (if professionals-only), the text, then the grey attribution. */
export function item(text: string, professionalsOnly: boolean, note = ''): Run[] {
  const runs: Run[] = [{ text, professionalsOnly }];
  if (note) runs.push({ text: note, muted: true });
  return runs;
}

/** Bullets, or a plain "None recorded." so an empty section is visibly empty, not missing. */
export function bulletsOr(items: Run[][], empty = 'None recorded.'): Block {
  return items.length > 0 ? { kind: 'bullets', items } : p({ text: empty, muted: true });
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
    p({ text: c.title, bold: true }),
    p({ text: who, muted: true }),
    {
      kind: 'table',
      header: [],
      labels: true,
      widths: [1, 3],
      rows: [
        ['Conference', KIND_WORDS[c.kind]],
        ['Date', dateWords(c.scheduledAt)],
        ['Time', times.join(', ')],
        ['Place', c.place ?? 'Not recorded'],
        ['Chair', c.chair],
        [minutes.children.length === 1 ? 'Child' : 'Children', childWords(minutes)],
      ],
    },
  ];
}

export function attendanceBlocks(minutes: Minutes): Block[] {
  const quoracy = minutes.quorate
    ? 'The conference was quorate: enough agencies took part for it to make decisions.'
    : `The conference was not quorate: not enough agencies took part. ${minutes.quoracyMissing ?? ''}`.trim();
  const blocks: Block[] = [
    h1(MINUTES_HEADINGS.attendees),
    {
      kind: 'table',
      header: ['Name', 'Role', 'Agency', 'Attendance', 'Report'],
      widths: [3, 3, 3, 2, 3],
      rows: minutes.attendees.map((a) => [
        a.name,
        a.role,
        agencyWords(a),
        ATTENDANCE_WORDS[a.attendance],
        reportWords(a),
      ]),
    },
    p({ text: quoracy }),
  ];
  if (minutes.quoracyNote)
    blocks.push(p({ text: 'Chair’s note: ', bold: true }, { text: minutes.quoracyNote }));
  return blocks;
}

export function genogramBlock(model: GenogramModel, svg: string): Block {
  return {
    kind: 'genogram',
    heading: MINUTES_HEADINGS.genogram,
    svg,
    people: genogramPeopleRows(model),
    relationships: genogramRelationshipLines(model),
  };
}

/** The plan table; "For" only when there is more than one child, "Progress" only at a review. */
export function planBlocks(minutes: Minutes): Block[] {
  const many = minutes.children.length > 1;
  const progress = minutes.plan.some((r) => r.progress !== null || r.carriedForward);
  const header: string[] = [];
  const widths: number[] = [];
  const col = (words: string, width: number) => {
    header.push(words);
    widths.push(width);
  };
  if (many) col(PLAN_COLUMN_WORDS.childIds, 2);
  col(PLAN_COLUMN_WORDS.risk, 3);
  col(PLAN_COLUMN_WORDS.outcome, 3);
  col(PLAN_COLUMN_WORDS.task, 4);
  col(PLAN_COLUMN_WORDS.byWhom, 2);
  col(PLAN_COLUMN_WORDS.byWhen, 3);
  col(PLAN_COLUMN_WORDS.howWeWillKnow, 3);
  if (progress) col(PLAN_COLUMN_WORDS.progress, 2);
  const rows = minutes.plan.map((r) => {
    const row = [r.risk, r.outcome, r.task, r.byWhom, dateWords(r.byWhen), r.howWeWillKnow];
    if (many) {
      const who = childNames(minutes, r.childIds);
      row.unshift(`${who.charAt(0).toUpperCase()}${who.slice(1)}`);
    }
    if (progress) {
      const words = r.progress ? PROGRESS_WORDS[r.progress] : '';
      row.push(r.carriedForward ? `${words}${words ? ' ' : ''}(carried forward)` : words);
    }
    return row;
  });
  return [
    h1(MINUTES_HEADINGS.plan),
    rows.length > 0 ? { kind: 'table', header, widths, rows } : p({ text: 'No plan was made.', muted: true }),
  ];
}

export function contingencyBlocks(minutes: Minutes): Block[] {
  const blocks: Block[] = [h1(MINUTES_HEADINGS.contingencyPlans)];
  for (const child of minutes.children) {
    const plans = minutes.contingencyPlans.filter((c) => c.childId === child.id && c.text.trim() !== '');
    blocks.push(h2(child.name));
    if (plans.length === 0) blocks.push(p({ text: 'No contingency plan was recorded.', muted: true }));
    for (const plan of plans) blocks.push(p({ text: plan.text }));
  }
  return blocks;
}

export function coreGroupBlocks(minutes: Minutes): Block[] {
  const d = minutes.dates;
  const when = (iso: string | null) => (iso ? dateWords(iso) : 'Not needed');
  const blocks: Block[] = [h1(MINUTES_HEADINGS.coreGroup)];
  if (minutes.coreGroup.length > 0) {
    blocks.push({
      kind: 'table',
      header: ['Name', 'Role', 'Agency'],
      widths: [3, 3, 3],
      rows: minutes.coreGroup.map((m) => [
        m.lead ? `${m.name}\n${LEAD_SOCIAL_WORKER_WORDS}` : m.name,
        m.role,
        m.agency,
      ]),
    });
  } else blocks.push(p({ text: 'There is no core group.', muted: true }));
  blocks.push({
    kind: 'table',
    header: [],
    labels: true,
    widths: [2, 3],
    rows: [
      [DATE_WORDS.planDueBy, dateWords(d.planDueBy)],
      [DATE_WORDS.minutesDueBy, dateWords(d.minutesDueBy)],
      [DATE_WORDS.firstCoreGroupBy, when(d.firstCoreGroupBy)],
      [DATE_WORDS.reviewConferenceBy, when(d.reviewConferenceBy)],
    ],
  });
  if (d.notes.length > 0) blocks.push({ kind: 'bullets', items: d.notes.map((n) => [{ text: n }]) });
  return blocks;
}
