/**
 * The plan's part of the minutes, which the plan on its own shares with the whole minutes: the plan
 * table (with each row's progress), the contingency plans, and the core group with the dates that
 * follow, each naming its rule. Pure.
 */
import { CORE_PROGRESS_WORDS } from '../doc/coreProgressSchema.ts';
import { byWhenShown } from '../words/byWhen.ts';
import { h1, h2, none, p, type Block, type Cell } from './blocks.ts';
import { lowerFirst } from './outlineParts.ts';
import type { Minutes } from './types.ts';
import {
  childNames,
  dateWords,
  meetingWords,
  DATE_WORDS,
  LEAD_SOCIAL_WORKER_WORDS,
  MINUTES_HEADINGS,
  RISK_COLUMN_WORDS,
  PLAN_COLUMN_WORDS,
  PROGRESS_WORDS,
} from './words.ts';

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
