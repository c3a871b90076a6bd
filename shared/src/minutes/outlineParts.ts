/**
 * The parts of the minutes that the plan on its own shares with the whole minutes: the opening,
 * attendance, the family tree, the plan, the contingency plans and the core group with its dates.
 * Pure. The rest, and the order of it all, is in outline.ts.
 */
import { AGENCY_TYPE_LABELS } from '../doc/attendance.ts';
import { describeGenogram } from '../genogram/describe.ts';
import { genogramPeopleRows, genogramRelationshipLines } from './genogramWords.ts';
import type { Minutes, MinutesAttendee } from './types.ts';
import { londonDate } from '../londonDate.ts';
import { byWhenShown } from '../words/byWhen.ts';
import { CORE_PROGRESS_WORDS } from '../doc/coreProgressSchema.ts';
import {
  ATTENDANCE_WORDS,
  ABOUT_ALL_WORDS,
  aboutSomeChildren,
  childNames,
  dateWords,
  meetingWords,
  DATE_WORDS,
  DISTRIBUTED_WORDS,
  KIND_WORDS,
  LEAD_SOCIAL_WORKER_WORDS,
  MINUTES_HEADINGS,
  RISK_COLUMN_WORDS,
  minutesTitle,
  PLAN_COLUMN_WORDS,
  PROFESSIONALS_ONLY_WORDS,
  PROGRESS_WORDS,
} from './words.ts';
import { h1, h2, none, p, para, type Block, type Cell } from './blocks.ts';

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
const lowerFirst = (words: string) => `${words.charAt(0).toLowerCase()}${words.slice(1)}`;

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

/**
 * A row's progress in words: the review's judgement, the core groups' notes (latest first), that
 * it was closed as done, and that it was carried forward.
 */
function progressWords(r: Minutes['plan'][number]): string {
  const notes = [...r.progress]
    .reverse()
    .map(
      (n) =>
        `${dateWords(n.heldOn)}: ${CORE_PROGRESS_WORDS[n.status]}${n.note ? `. ${n.note}` : ''}${n.saidBy ? ` (${n.saidBy})` : ''}`,
    );
  return [
    r.reviewProgress ? PROGRESS_WORDS[r.reviewProgress] : '',
    r.closedOn ? `Closed as done ${dateWords(r.closedOn)}` : '',
    ...notes,
    r.carriedForward ? '(carried forward)' : '',
  ]
    .filter(Boolean)
    .join('. ');
}

/** The plan table; "For" only when there is more than one child, "Progress" after a meeting before. */
export function planBlocks(minutes: Minutes): Block[] {
  const many = minutes.children.length > 1;
  const progress = minutes.plan.some(
    (r) => r.reviewProgress !== null || r.carriedForward || r.progress.length > 0 || r.closedOn !== null,
  );
  const header: string[] = [];
  const widths: number[] = [];
  const cols: string[] = [];
  const col = (words: string, width: number, key: string) => {
    header.push(words);
    widths.push(width);
    cols.push(key);
  };
  if (many) col(PLAN_COLUMN_WORDS.childIds, 2, 'for');
  // The guidance's word for professionals; the family's copy keeps the words of their screen.
  col(minutes.audience === 'full' ? RISK_COLUMN_WORDS : PLAN_COLUMN_WORDS.risk, 3, 'risk');
  col(PLAN_COLUMN_WORDS.outcome, 3, 'outcome');
  col(PLAN_COLUMN_WORDS.task, 4, 'task');
  col(PLAN_COLUMN_WORDS.byWhom, 2, 'who');
  col(PLAN_COLUMN_WORDS.byWhen, 3, 'when');
  col(PLAN_COLUMN_WORDS.howWeWillKnow, 3, 'how');
  if (progress) col(PLAN_COLUMN_WORDS.progress, 2, 'progress');
  const rows = minutes.plan.map((r) => {
    const row = [
      r.risk,
      r.outcome,
      r.task,
      r.byWhom,
      byWhenShown({ byWhen: r.byWhen ?? '', byWhenWords: r.byWhenWords }) || r.byWhenWords,
      r.howWeWillKnow,
    ];
    if (many) {
      const who = childNames(minutes, r.childIds);
      row.unshift(`${who.charAt(0).toUpperCase()}${who.slice(1)}`);
    }
    if (progress) {
      row.push(progressWords(r));
    }
    return row;
  });
  return [
    h1(MINUTES_HEADINGS.plan),
    rows.length > 0 ? { kind: 'table', name: 'plan', header, widths, cols, rows } : none('No plan was made.'),
  ];
}

export function contingencyBlocks(minutes: Minutes): Block[] {
  const blocks: Block[] = [h1(MINUTES_HEADINGS.contingencyPlans)];
  for (const child of minutes.children) {
    const plans = minutes.contingencyPlans.filter((c) => c.childId === child.id && c.text.trim() !== '');
    blocks.push(h2(child.name));
    if (plans.length === 0) blocks.push(none('No contingency plan was recorded.'));
    for (const plan of plans) blocks.push(p({ text: plan.text }));
  }
  return blocks;
}

export function coreGroupBlocks(minutes: Minutes): Block[] {
  const d = minutes.dates;
  // Each computed date names the rule it came from (local procedures).
  const ruled = (iso: string | null, rule: string | null) => {
    const said = rule ? lowerFirst(rule) : '';
    if (!iso) return rule ?? 'Not needed';
    return said ? `${dateWords(iso)} (rule: ${said})` : dateWords(iso);
  };
  const rows = minutes.coreGroup.map((m): Cell[] => [
    m.lead ? { text: m.name, note: LEAD_SOCIAL_WORKER_WORDS } : m.name,
    m.role,
    m.agency,
  ]);
  const blocks: Block[] = [
    h1(MINUTES_HEADINGS.coreGroup),
    rows.length > 0
      ? { kind: 'table', name: 'core-group', header: ['Name', 'Role', 'Agency'], widths: [3, 3, 3], rows }
      : none('There is no core group.'),
    {
      kind: 'facts',
      widths: [2, 3],
      // Only the dates that follow: no core group or review line after a decision without a plan.
      rows: [
        [DATE_WORDS.planDueBy, ruled(d.planDueBy, d.rules.planDueBy)],
        [DATE_WORDS.minutesDueBy, ruled(d.minutesDueBy, d.rules.minutesDueBy)],
        ...(d.firstCoreGroupBy
          ? [
              [DATE_WORDS.firstCoreGroupBy, ruled(d.firstCoreGroupBy, d.rules.firstCoreGroupBy)] as [
                string,
                string,
              ],
            ]
          : []),
        ...(d.reviewConferenceBy || minutes.conference.kind === 'pre-birth'
          ? [
              [DATE_WORDS.reviewConferenceBy, ruled(d.reviewConferenceBy, d.rules.reviewConferenceBy)] as [
                string,
                string,
              ],
            ]
          : []),
        ...(d.nextCoreGroupBy
          ? [
              [DATE_WORDS.nextCoreGroupBy, ruled(d.nextCoreGroupBy, d.rules.nextCoreGroupBy)] as [
                string,
                string,
              ],
            ]
          : []),
        ...(minutes.meetings.nextCoreGroupAt
          ? [
              ['Next core group agreed for', meetingWords(minutes.meetings.nextCoreGroupAt)] as [
                string,
                string,
              ],
            ]
          : []),
        ...(minutes.meetings.firstCoreGroupAt
          ? [
              ['First core group agreed for', meetingWords(minutes.meetings.firstCoreGroupAt)] as [
                string,
                string,
              ],
            ]
          : []),
        ...(minutes.meetings.reviewConferenceAt
          ? [
              ['Review conference agreed for', meetingWords(minutes.meetings.reviewConferenceAt)] as [
                string,
                string,
              ],
            ]
          : []),
      ],
    },
  ];
  if (d.notes.length > 0) blocks.push({ kind: 'bullets', items: d.notes.map((n) => [{ text: n }]) });
  return blocks;
}
