/**
 * Pure helpers about a decision: the majority of the professionals' views, whether the chair's
 * outcome departs from it, and the views and outcomes in words.
 */
import { HARM_CATEGORIES, type HarmCategory } from '../vocabulary.ts';
import { HARM_WORDS } from '../words/labels.ts';
import {
  CATEGORY_LABELS,
  type Decision,
  type DecisionView,
  type Dissent,
  type Outcome,
} from './decisionTypes.ts';

export interface MajorityView {
  /** Null when the views are tied (or there are none): then the chair decides. */
  thresholdMet: boolean | null;
  /** The most common category among those who say the threshold is met; null on a tie. */
  category: HarmCategory | null;
  counts: { met: number; notMet: number; categories: Record<HarmCategory, number> };
}

export function majorityView(views: Pick<DecisionView, 'thresholdMet' | 'category'>[]): MajorityView {
  const categories: Record<HarmCategory, number> = { neglect: 0, physical: 0, emotional: 0, sexual: 0 };
  let met = 0;
  for (const v of views) {
    if (!v.thresholdMet) continue;
    met++;
    if (v.category) categories[v.category]++;
  }
  const notMet = views.length - met;
  const thresholdMet = met === notMet ? null : met > notMet;
  const top = Math.max(...Object.values(categories));
  const leaders = HARM_CATEGORIES.filter((c) => categories[c] === top);
  const category = thresholdMet === true && top > 0 && leaders.length === 1 ? (leaders[0] ?? null) : null;
  return { thresholdMet, category, counts: { met, notMet, categories } };
}

/**
 * Whether the chair's outcome goes against the majority, so a rationale must be recorded: a plan
 * when most said "not met", no plan when most said "met", or another category than most gave.
 * A tie or no outcome yet departs from nothing.
 */
export function departsFromMajority(
  decision: Pick<Decision, 'outcome' | 'category'>,
  majority: MajorityView,
): boolean {
  if (decision.outcome === null || majority.thresholdMet === null) return false;
  const plan = decision.outcome === 'child-protection-plan';
  if (plan !== majority.thresholdMet) return true;
  return plan && majority.category !== null && decision.category !== majority.category;
}

/** Why the chair must record reasons: going against the majority, or no majority to go with. */
export type ReasonsNeeded = 'against-majority' | 'no-consensus' | null;

/**
 * Whether the chair's reasons must be recorded (Working Together and the local procedures: with
 * no consensus the chair decides "and provides a clear rationale"; so also when going against
 * the majority). No consensus: the views are tied on the threshold, or most say "met" but are
 * tied on the category of a plan. No views at all, or no outcome yet, asks for nothing.
 */
export function reasonsNeeded(
  decision: Pick<Decision, 'outcome' | 'category'>,
  views: Pick<DecisionView, 'thresholdMet' | 'category'>[],
): ReasonsNeeded {
  if (decision.outcome === null || views.length === 0) return null;
  const majority = majorityView(views);
  if (departsFromMajority(decision, majority)) return 'against-majority';
  if (majority.thresholdMet === null) return 'no-consensus';
  const plan = decision.outcome === 'child-protection-plan';
  const categories = Object.values(majority.counts.categories).filter((n) => n > 0).length;
  if (plan && majority.thresholdMet && majority.category === null && categories > 1) return 'no-consensus';
  return null;
}

/** A view in a few words, e.g. "Threshold met (emotional abuse)". */
export function viewWords(view: Pick<DecisionView, 'thresholdMet' | 'category'>): string {
  if (!view.thresholdMet) return 'Threshold not met';
  return view.category ? `Threshold met (${CATEGORY_LABELS[view.category].toLowerCase()})` : 'Threshold met';
}

/**
 * The dissent recorded with a decision: those who said they wish to dissent, with their reasons.
 * Nothing until there is an outcome to dissent from. A view that differs is not by itself a dissent.
 */
export function dissentFrom(
  views: DecisionView[],
  decision: Pick<Decision, 'outcome' | 'category'>,
): Dissent[] {
  if (decision.outcome === null) return [];
  return views
    .filter((v) => v.dissents)
    .map((v) => ({ name: v.name, agency: v.agency, view: viewWords(v), reasons: v.dissentReasons }));
}

/** Whether a view differs from the outcome: such a professional is asked whether they dissent. */
export function differsFrom(view: DecisionView, decision: Pick<Decision, 'outcome' | 'category'>): boolean {
  if (decision.outcome === null) return false;
  if (decision.outcome !== 'child-protection-plan') return view.thresholdMet;
  return (
    !view.thresholdMet ||
    (view.category !== null && decision.category !== null && view.category !== decision.category)
  );
}

/** The outcome in plain English for the family, e.g. "Ada will have a child protection plan. …" */
export function outcomeWords(outcome: Outcome | null, harm: HarmCategory | null, childName: string): string {
  const name = childName.trim();
  const who = name || 'The child';
  const whom = name || 'the child';
  switch (outcome) {
    case null:
      return `The decision for ${whom} has not been made yet.`;
    case 'child-protection-plan':
      return `${who} will have a child protection plan.${harm ? ` The main worry is ${HARM_WORDS[harm]}.` : ''}`;
    case 'child-in-need-plan':
      return `${who} will have a child in need plan: help and support from children’s social care, agreed with the family.`;
    case 'early-help':
      return `${who} and the family will be offered early help: support from local services, agreed with the family.`;
    case 'no-further-action':
      return `The conference does not need to make a plan for ${whom}.`;
  }
}
