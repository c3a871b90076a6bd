/**
 * The "Add to the plan" form's state as one object, and turning it into a plan row: checked with
 * the shared schema the document writes with (planRowInputSchema), its complaints put into the
 * form's plain words.
 */
import { planRowInputSchema, type PlanRowInput } from '@cb/shared/doc/plan';
import { londonDate } from '@cb/shared/londonDate';
import { readByWhen } from '@cb/shared/words/byWhen';
import { firstProblem, validate, type FromDraft } from '../../../../validation.ts';
import { COLUMN_LABELS, PLAN_COLUMNS, type PlanColumn } from './planWords.ts';

/** What has been typed in each column of the new row. */
export type PlanRowDraft = Record<PlanColumn, string>;

export const EMPTY_PLAN_ROW = Object.fromEntries(PLAN_COLUMNS.map((column) => [column, ''])) as PlanRowDraft;

const PLAIN_WORDS: Record<string, string> = {
  byWhen: 'That date does not exist. Write a date as 2026-12-17, or a timescale such as "within 2 weeks".',
  byWhom: `Keep "${COLUMN_LABELS.byWhom}" to 300 characters or fewer.`,
};

/**
 * The row the draft describes, about `about` (a child's id) or all the children (null); null when
 * nothing has been typed, so Enter in an empty form adds nothing.
 */
export function planRowFromDraft(
  draft: PlanRowDraft,
  about: string | null,
  today: string = londonDate(new Date()),
): FromDraft<PlanRowInput> | null {
  if (!PLAN_COLUMNS.some((key) => draft[key].trim())) return null;
  // "By when" becomes a date at once, its words kept beside it; words that are not a date are refused.
  const when = draft.byWhen.trim() ? readByWhen(draft.byWhen, today) : null;
  if (when && !when.ok) return { ok: false, error: when.message };
  const dated = when ? { byWhen: when.date, byWhenWords: when.words } : {};
  const input = { ...draft, ...dated, childIds: about ? [about] : [] };
  const checked = validate(planRowInputSchema, input);
  if (!checked.ok) return { ok: false, error: firstProblem(checked.fields, PLAIN_WORDS) };
  return { ok: true, input };
}
