/** The plan's words on screen: the column names a family reads, and dates in words. */
import { byWhenDate } from '@cb/shared/planChecks';
import { dateWords } from '@cb/shared/words/dates';
import { PLAN_COLUMN_WORDS, PROGRESS_WORDS } from '@cb/shared/words/labels';

/** The columns of a plan row as the board shows them, in order (the minutes use the same words). */
export const COLUMN_LABELS = {
  risk: PLAN_COLUMN_WORDS.risk,
  outcome: PLAN_COLUMN_WORDS.outcome,
  task: PLAN_COLUMN_WORDS.task,
  byWhom: PLAN_COLUMN_WORDS.byWhom,
  byWhen: PLAN_COLUMN_WORDS.byWhen,
  howWeWillKnow: PLAN_COLUMN_WORDS.howWeWillKnow,
} as const;

export type PlanColumn = keyof typeof COLUMN_LABELS;
export const PLAN_COLUMNS = Object.keys(COLUMN_LABELS) as PlanColumn[];

export const BY_WHEN_HINT = 'a date, or "within 2 weeks"';

export const PROGRESS_LABELS = PROGRESS_WORDS;

/** "2026-12-17" → "Thursday 17 December 2026"; a timescale stays as written. */
export function whenWords(byWhen: string): string {
  const date = byWhenDate(byWhen);
  return date ? dateWords(date) : byWhen;
}
