/**
 * Local procedures: the timescales an authority sets within Working Together. Authorities differ
 * (the plan out in 1 or 2 working days, the minutes in 10, 15 or 20, reports 1–5 working days
 * before, core groups 4- or 6-weekly or monthly), so one settings file sets them (server:
 * CB_PROCEDURES_FILE, validated at boot; docs/procedures.md). Every value defaults to the guidance;
 * every date computed from one names the rule it came from (`ruleWords`).
 */
import { z } from 'zod';
import type { ConferenceKind } from './vocabulary.ts';

const days = (max: number) => z.number().int().min(0).max(max);

export const proceduresSchema = z
  .object({
    /** Whose procedures these are, said to admins. */
    authority: z.string().trim().min(1).max(120).default('Working Together to Safeguard Children 2023'),
    /** Initial (and transfer-in, pre-birth) conference after the strategy discussion or notification. */
    initialConferenceWithinWorkingDays: days(60).default(15),
    /** The plan to everyone after the conference. */
    planSentWithinWorkingDays: days(20).default(1),
    /** The family's letter after the conference. */
    letterSentWithinWorkingDays: days(20).default(1),
    /** The minutes to everyone after the conference. */
    minutesSentWithinWorkingDays: days(60).default(20),
    /** The first core group after an initial conference. */
    firstCoreGroupWithinWorkingDays: days(60).default(10),
    /** Review after an initial conference, and after each review. */
    firstReviewWithinMonths: z.number().int().min(1).max(12).default(3),
    laterReviewWithinMonths: z.number().int().min(1).max(12).default(6),
    /** Agencies' reports to the chair, working days before the conference. */
    reportsBeforeInitialWorkingDays: days(10).default(2),
    reportsBeforeReviewWorkingDays: days(10).default(3),
    /** Later core groups, in weeks. */
    coreGroupEveryWeeks: z.number().int().min(1).max(12).default(6),
  })
  .strict();

export type Procedures = z.infer<typeof proceduresSchema>;
export type ProcedureRule = Exclude<keyof Procedures, 'authority'>;

export const DEFAULT_PROCEDURES: Procedures = proceduresSchema.parse({});

/** What each rule says, with its value: "The plan is sent within 1 working day". */
export function ruleWords(procedures: Procedures, rule: ProcedureRule): string {
  const n = procedures[rule];
  const wd = `${n} working day${n === 1 ? '' : 's'}`;
  switch (rule) {
    case 'initialConferenceWithinWorkingDays':
      return `An initial conference is held within ${wd} of the strategy discussion (or of the transfer-in notification)`;
    case 'planSentWithinWorkingDays':
      return `The plan is sent to everyone within ${wd} of the conference`;
    case 'letterSentWithinWorkingDays':
      return `The family’s letter is sent within ${wd} of the conference`;
    case 'minutesSentWithinWorkingDays':
      return `The minutes are sent to everyone within ${wd} of the conference`;
    case 'firstCoreGroupWithinWorkingDays':
      return `The first core group meets within ${wd} of an initial conference`;
    case 'firstReviewWithinMonths':
      return `The first review conference is held within ${n} month${n === 1 ? '' : 's'} of the initial conference`;
    case 'laterReviewWithinMonths':
      return `Later review conferences are held within ${n} months of the one before`;
    case 'reportsBeforeInitialWorkingDays':
      return `Reports reach the chair ${wd} before an initial conference`;
    case 'reportsBeforeReviewWorkingDays':
      return `Reports reach the chair ${wd} before a review conference`;
    case 'coreGroupEveryWeeks':
      return `Core groups then meet every ${n} week${n === 1 ? '' : 's'}`;
  }
}

/** The dates that follow a conference, each computed from one rule. */
export type FollowingDate =
  | 'planDueBy'
  | 'letterDueBy'
  | 'minutesDueBy'
  | 'firstCoreGroupBy'
  | 'reviewConferenceBy'
  | 'nextCoreGroupBy';

export interface DateRule {
  /** The rule in words, with its value: "The plan is sent to everyone within 1 working day of the conference". */
  words: string;
  /** Its timescale in a few words, for a crowded list: "1 working day after". */
  short: string;
}

/**
 * The rule a following date came from, for a conference of `kind` ('review' counts a review from
 * the review; a pre-birth review is counted from the birth, as the guidance sets it).
 */
export function dateRule(procedures: Procedures, kind: ConferenceKind, date: FollowingDate): DateRule {
  if (date === 'reviewConferenceBy' && kind === 'pre-birth') {
    return {
      words: 'A pre-birth review conference is held within 4 weeks of the baby’s birth',
      short: '4 weeks after the birth',
    };
  }
  const rule: ProcedureRule = {
    planDueBy: 'planSentWithinWorkingDays' as const,
    letterDueBy: 'letterSentWithinWorkingDays' as const,
    minutesDueBy: 'minutesSentWithinWorkingDays' as const,
    firstCoreGroupBy: 'firstCoreGroupWithinWorkingDays' as const,
    reviewConferenceBy:
      kind === 'review' ? ('laterReviewWithinMonths' as const) : ('firstReviewWithinMonths' as const),
    nextCoreGroupBy: 'coreGroupEveryWeeks' as const,
  }[date];
  const n = procedures[rule];
  const s = n === 1 ? '' : 's';
  const unit =
    rule === 'laterReviewWithinMonths' || rule === 'firstReviewWithinMonths'
      ? `month${s}`
      : rule === 'coreGroupEveryWeeks'
        ? `week${s}`
        : `working day${s}`;
  return { words: ruleWords(procedures, rule), short: `${n} ${unit} after` };
}

export const PROCEDURE_RULES = Object.keys(DEFAULT_PROCEDURES).filter(
  (k): k is ProcedureRule => k !== 'authority',
);

/** The settings file's text, checked: the procedures, or plain problems naming the setting. */
export function readProcedures(
  text: string,
): { ok: true; procedures: Procedures } | { ok: false; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['the file is not JSON (a { … } object of settings)'] };
  }
  const parsed = proceduresSchema.safeParse(raw);
  if (parsed.success) return { ok: true, procedures: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) =>
      i.code === 'unrecognized_keys'
        ? `unknown setting ${i.keys.join(', ')} (the settings are ${PROCEDURE_RULES.join(', ')}, authority)`
        : `${i.path.join('.') || 'settings'}: ${i.message}`,
    ),
  };
}
