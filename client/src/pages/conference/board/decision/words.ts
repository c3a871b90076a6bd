/**
 * The decision in words: dates as people say them, and the professionals' views as the family
 * reads them (no "threshold", no acronyms).
 */
import { CATEGORY_LABELS, type DecisionView, type MajorityView } from '@cb/shared/doc/decisions';
import { dateWords } from '@cb/shared/words/dates';
import { HARM_WORDS } from '@cb/shared/words/labels';

/** A calendar date `YYYY-MM-DD` as said aloud, e.g. "Thursday 17 December 2026" (no comma). */
export const dateInWords = dateWords;

/** The family's and the room's screens, before the chair shares a child's decision. */
export const DECIDING_WORDS = 'The conference is deciding. The chair will share the decision here.';

type ViewFacts = Pick<DecisionView, 'thresholdMet' | 'category'>;

/** One professional's view for the family's screen, e.g. "Thinks Ada needs a child protection plan …". */
export function familyViewWords(view: ViewFacts, childName: string): string {
  if (!view.thresholdMet) return `Does not think ${childName} needs a child protection plan.`;
  const worry = view.category ? ` The main worry is ${HARM_WORDS[view.category]}.` : '';
  return `Thinks ${childName} needs a child protection plan.${worry}`;
}

/** The count of views for professionals, e.g. "Threshold met: 3. Not met: 1. Most said: neglect." */
export function tallyWords(majority: MajorityView): string {
  const { met, notMet } = majority.counts;
  if (met + notMet === 0) return 'No views given yet.';
  const counts = `Threshold met: ${met}. Not met: ${notMet}.`;
  if (majority.thresholdMet === null) return `${counts} The views are tied, so the chair decides.`;
  if (!majority.thresholdMet) return `${counts} Most say the threshold is not met.`;
  const category = majority.category
    ? ` Most often given category: ${CATEGORY_LABELS[majority.category].toLowerCase()}.`
    : ' No single category is given most often.';
  return `${counts} Most say the threshold is met.${category}`;
}

/** The count of views for the family, e.g. "3 of the 4 professionals think Ada needs a plan." */
export function familyTallyWords(majority: MajorityView, childName: string): string {
  const { met, notMet } = majority.counts;
  const total = met + notMet;
  if (total === 0) return '';
  const people = total === 1 ? 'professional' : 'professionals';
  return `${met} of the ${total} ${people} ${met === 1 ? 'thinks' : 'think'} ${childName} needs a child protection plan.`;
}
