/** The plan's words on screen: the column names a family reads, and dates in words. */
import type { Progress } from '@cb/shared/doc/plan';
import { byWhenDate } from '@cb/shared/planChecks';

export const COLUMN_LABELS = {
  risk: 'What needs to change',
  outcome: 'What it will mean for the child',
  task: 'What will be done',
  byWhom: 'Who',
  byWhen: 'By when',
  howWeWillKnow: 'How we’ll know',
} as const;

export type PlanColumn = keyof typeof COLUMN_LABELS;
export const PLAN_COLUMNS = Object.keys(COLUMN_LABELS) as PlanColumn[];

export const BY_WHEN_HINT = 'a date, or "within 2 weeks"';

export const PROGRESS_LABELS: Record<Progress, string> = {
  achieved: 'Achieved',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  'no-longer-needed': 'No longer needed',
};

const LONG = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2026-12-17" → "Thursday 17 December 2026"; a timescale stays as written. */
export function whenWords(byWhen: string): string {
  const date = byWhenDate(byWhen);
  if (!date) return byWhen;
  // en-GB puts a comma after the weekday; people write "Thursday 17 December 2026".
  return LONG.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
}
