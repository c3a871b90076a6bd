/**
 * Plain-English words for the minutes, shared by every renderer (HTML, PDF, DOCX) so that the
 * three copies of one conference read the same. Pure: no I/O, no clock.
 *
 * The minutes record what happened, so attendance is in the past tense ("Joined remotely"),
 * unlike the board's live labels ("Joining remotely").
 */
import { andList } from '../words/andList.ts';
import type { ConferenceKind } from '../api.ts';
import type { Attendance } from '../doc/attendance.ts';
import { CATEGORY_LABELS, OUTCOME_LABELS } from '../doc/decisions.ts';
import type { PlanCheckId } from '../planChecks.ts';
import type { Minutes } from './types.ts';

export { CATEGORY_LABELS, OUTCOME_LABELS };
export { dateWords, meetingWords } from '../words/dates.ts';
export {
  NO_WORRY_KIND_WORDS,
  PLAN_COLUMN_WORDS,
  PROGRESS_WORDS,
  SOURCE_WORDS,
  TAG_WORDS,
  WORRY_KIND_WORDS,
} from '../words/labels.ts';

/** The plan's first column in the professionals' minutes (the guidance's word). */
export const RISK_COLUMN_WORDS = 'Risk';

/** Section headings, in the order the minutes give them. */
export const MINUTES_HEADINGS = {
  worries: 'What are we worried about?',
  workingWell: "What's working well (strengths and safety)?",
  greyAreas: 'Grey areas and complicating factors',
  childsVoice: "The child's voice",
  parentsView: "Parents' and carers' view",
  genogram: 'Family tree (genogram)',
  safetyScales: 'Safety scale',
  plan: 'The plan',
  contingencyPlans: 'If things go wrong: contingency plans',
  decisions: 'The decision',
  coreGroup: 'Core group and dates',
  attendees: 'Attendance',
  planChecks: 'Checking the plan',
  distribution: 'Who was sent what',
} as const;

export const DISTRIBUTED_WORDS = {
  plan: 'The plan',
  letter: 'The family’s letter',
  minutes: 'The minutes',
} as const;
export type MinutesHeadingKey = keyof typeof MINUTES_HEADINGS;

export const ATTENDANCE_WORDS: Record<Attendance, string> = {
  present: 'Present',
  remote: 'Joined remotely',
  apologies: 'Sent apologies',
  absent: 'Did not attend',
};

export const KIND_WORDS: Record<ConferenceKind, string> = {
  initial: 'Initial child protection conference',
  review: 'Review child protection conference',
  'transfer-in': 'Transfer-in child protection conference',
  'pre-birth': 'Pre-birth child protection conference',
  'core-group': 'Core group meeting',
};

export const PLAN_CHECK_WORDS: Record<PlanCheckId, string> = {
  'risks-addressed': 'Every risk has a row in the plan',
  'person-and-date': 'Every task has a person and a date',
  'contingency-per-child': 'Every child has a contingency plan',
  'outcomes-about-child': 'Outcomes are about the child',
  'nothing-overdue': 'Nothing is already overdue',
  'contingency-names-network': 'The contingency plans name the family’s network',
};

/** The rows of "Core group and dates", in order. */
export const DATE_WORDS = {
  planDueBy: 'The plan is sent to everyone by',
  minutesDueBy: 'The minutes are sent to everyone by',
  firstCoreGroupBy: 'The first core group meets by',
  reviewConferenceBy: 'The review conference is held by',
  nextCoreGroupBy: 'The next core group meets by',
} as const;

export const PROFESSIONALS_ONLY_WORDS = 'Professionals only';
export const LEAD_SOCIAL_WORKER_WORDS = 'Lead social worker';

/** "Ada", "Ada and Ben", "Ada, Ben and Cal"; an empty list means the item is about every child. */
export function childNames(minutes: Pick<Minutes, 'children'>, childIds: readonly string[]): string {
  const all = minutes.children;
  if (childIds.length === 0 || (all.length > 1 && all.every((c) => childIds.includes(c.id)))) {
    return all.length === 1 ? (all[0]?.name ?? 'the child') : 'all the children';
  }
  const names = childIds.map((id) => all.find((c) => c.id === id)?.name ?? 'a child');
  return andList(names);
}

/**
 * "About Ada Marlow" for something about only some of the children; null when it is about every
 * child (or there is only one): the minutes say once, at the top, that everything else is.
 */
export function aboutSomeChildren(
  minutes: Pick<Minutes, 'children'>,
  childIds: readonly string[],
): string | null {
  const all = minutes.children;
  if (all.length < 2 || childIds.length === 0 || all.every((c) => childIds.includes(c.id))) return null;
  return `About ${childNames(minutes, childIds)}`;
}

/** Said once at the top of minutes about more than one child. */
export const ABOUT_ALL_WORDS =
  'Everything here is about all the children unless it says which child it is about.';

/** The document's title, e.g. "Child protection conference minutes (family copy)". */
export function minutesTitle(minutes: Pick<Minutes, 'audience' | 'conference'>, what = 'minutes'): string {
  const base = `${KIND_WORDS[minutes.conference.kind]}: ${what}`;
  return minutes.audience === 'family' ? `${base} (family copy)` : base;
}
