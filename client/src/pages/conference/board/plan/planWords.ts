/** The plan's words on screen: the column names a family reads, and dates in words. */
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

export const BY_WHEN_HINT = '14/01/2027, or "within 2 weeks"';

export const PROGRESS_LABELS = PROGRESS_WORDS;

/** "Thursday 17 December 2026 (within 2 weeks)"; words an older board kept stay as written. */
export { byWhenShown as whenWords } from '@cb/shared/words/byWhen';
