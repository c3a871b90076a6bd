/**
 * The decision, per child. Pure: takes Y.Docs, does no I/O.
 *
 * Each professional's view (threshold of significant harm met? which category?) is their own words
 * about the family, so it lives in the RESTRICTED document, which the family never receives:
 *   restricted `decisions`  Y.Map<childId, Y.Map<personKey, DecisionView (plain object)>>
 * One plain object per person, so a person who changes their mind replaces their view whole.
 * The outcome the chair records lives in the PUBLIC document:
 *   public `decisions`      Y.Map<childId, Y.Map> {outcome, category, chairRationale, dissent,
 *                            showViewsToFamily, sharedViews}
 * The family's copy is made from the public document alone, so when the chair chooses to show the
 * views to the family, a copy of them (without participant ids) is written as `sharedViews`.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { LOCAL_ORIGIN, readChildren } from './board.ts';
import { HARM_CATEGORIES, type HarmCategory } from '../vocabulary.ts';
import { HARM_WORDS } from '../words/labels.ts';
import { docParts } from './schema.ts';

export { HARM_CATEGORIES } from '../vocabulary.ts';
export type { HarmCategory } from '../vocabulary.ts';
export const OUTCOMES = [
  'child-protection-plan',
  'child-in-need-plan',
  'early-help',
  'no-further-action',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The statutory names, for professionals' screens and the minutes. */
export const CATEGORY_LABELS: Record<HarmCategory, string> = {
  neglect: 'Neglect',
  physical: 'Physical abuse',
  emotional: 'Emotional abuse',
  sexual: 'Sexual abuse',
};
export const OUTCOME_LABELS: Record<Outcome, string> = {
  'child-protection-plan': 'Child protection plan',
  'child-in-need-plan': 'Child in need plan',
  'early-help': 'Early help',
  'no-further-action': 'No further action',
};

const id = z.string().trim().min(1, 'Required').max(100);
const name = z.string().trim().min(1, 'Add the person’s name').max(120);
const agency = z.string().trim().max(200);
const category = z.enum(HARM_CATEGORIES).nullable();

export const decisionViewSchema = z.object({
  participantId: id.nullable(),
  name,
  agency,
  thresholdMet: z.boolean(),
  /** Only when the threshold is met: writing drops a category given with "not met". */
  category,
});
export type DecisionView = z.infer<typeof decisionViewSchema>;
export const decisionViewInputSchema = decisionViewSchema.extend({
  participantId: id.nullable().default(null),
  agency: agency.default(''),
  category: category.default(null),
});
export type DecisionViewInput = z.input<typeof decisionViewInputSchema>;

/** A view as the family may be shown it: no participant id. */
export const sharedViewSchema = decisionViewSchema.omit({ participantId: true });
export type SharedView = z.infer<typeof sharedViewSchema>;
export const dissentSchema = z.object({ name, agency, view: z.string().trim().max(1000) });
export type Dissent = z.infer<typeof dissentSchema>;

export const decisionSchema = z.object({
  outcome: z.enum(OUTCOMES).nullable(),
  /** The single category of a child protection plan. */
  category,
  /** Why the chair departed from the majority view. */
  chairRationale: z.string().trim().max(5000, 'At most 5000 characters'),
  dissent: z.array(dissentSchema).max(50),
  showViewsToFamily: z.boolean(),
  sharedViews: z.array(sharedViewSchema).max(50),
});
export type Decision = z.infer<typeof decisionSchema> & { childId: string };
export const outcomePatchSchema = decisionSchema.partial();
export type OutcomePatch = z.input<typeof outcomePatchSchema>;

const EMPTY_DECISION: z.infer<typeof decisionSchema> = {
  outcome: null,
  category: null,
  chairRationale: '',
  dissent: [],
  showViewsToFamily: false,
  sharedViews: [],
};

function field<T>(schema: z.ZodType<T>, v: unknown, fallback: T): T {
  const r = schema.safeParse(v instanceof Y.AbstractType ? v.toJSON() : v);
  return r.success ? r.data : fallback;
}

/** Only one view per person: by participant when known, else by name (any case). */
const samePerson = (a: Pick<DecisionView, 'participantId' | 'name'>, b: DecisionView) =>
  (a.participantId !== null && a.participantId === b.participantId) ||
  a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

/** The per-child map, made when missing (initConferenceDoc makes one per child). */
function childMap(doc: Y.Doc, childId: string): Y.Map<unknown> {
  const decisions = docParts(doc).decisions;
  const current: unknown = decisions.get(childId);
  if (current instanceof Y.Map) return current as Y.Map<unknown>;
  const map = new Y.Map<unknown>();
  decisions.set(childId, map);
  return map;
}

/** Records a professional's view for a child, replacing any view that person gave before. */
export function setView(restrictedDoc: Y.Doc, childId: string, input: DecisionViewInput): DecisionView {
  const parsed = decisionViewInputSchema.parse(input);
  const view: DecisionView = { ...parsed, category: parsed.thresholdMet ? parsed.category : null };
  const key = view.participantId ? `participant:${view.participantId}` : `name:${view.name.toLowerCase()}`;
  restrictedDoc.transact(() => {
    const map = childMap(restrictedDoc, id.parse(childId));
    for (const [k, v] of [...map.entries()]) {
      const old = field(decisionViewSchema, v, null);
      if (k !== key && old && samePerson(view, old)) map.delete(k);
    }
    map.set(key, { ...view });
  }, LOCAL_ORIGIN);
  return view;
}

/** Takes a person's view back out. False when they had given none. */
export function removeView(
  restrictedDoc: Y.Doc,
  childId: string,
  who: Pick<DecisionView, 'participantId' | 'name'>,
): boolean {
  const map: unknown = docParts(restrictedDoc).decisions.get(childId);
  if (!(map instanceof Y.Map)) return false;
  const keys = [...map.entries()]
    .filter(([, v]) => {
      const old = field(decisionViewSchema, v, null);
      return old !== null && samePerson(who, old);
    })
    .map(([k]) => k as string);
  if (keys.length === 0) return false;
  restrictedDoc.transact(() => keys.forEach((k) => map.delete(k)), LOCAL_ORIGIN);
  return true;
}

/** Every view, per child id, sorted by name. */
export function readViews(restrictedDoc: Y.Doc): Record<string, DecisionView[]> {
  const out: Record<string, DecisionView[]> = {};
  for (const [childId, map] of docParts(restrictedDoc).decisions.entries()) {
    if (!(map instanceof Y.Map)) continue;
    out[childId] = [...map.entries()]
      .filter(([k]) => !String(k).startsWith('note:'))
      .flatMap(([, v]) => {
        const view = field(decisionViewSchema, v, null);
        return view ? [view] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }
  return out;
}

/**
 * Where each part of a decision lives. The outcome, its category and what the chair chose to show
 * the family are public; the dissent (who disagreed, by name) and the chair's reasons are
 * professionals' words, so they live in the restricted document beside the views, under `note:`
 * keys, and never reach the family's screen.
 */
const NOTE_KEYS = { dissent: 'note:dissent', chairRationale: 'note:chairRationale' } as const;

/**
 * Records the outcome for a child (any of its fields). Hiding the views removes the family's copy.
 * The dissent and the rationale need the restricted document; without it they are refused.
 */
export function setOutcome(
  publicDoc: Y.Doc,
  restrictedDoc: Y.Doc | null,
  childId: string,
  patch: OutcomePatch,
): void {
  const { dissent, chairRationale, ...open } = outcomePatchSchema.parse(patch);
  if (open.showViewsToFamily === false) open.sharedViews = [];
  const child = id.parse(childId);
  const notes = { dissent, chairRationale };
  if (Object.values(notes).some((v) => v !== undefined)) {
    if (!restrictedDoc)
      throw new Error('The dissent and the reasons are kept in the professionals’ document');
    restrictedDoc.transact(() => {
      const map = childMap(restrictedDoc, child);
      for (const [k, v] of Object.entries(notes) as [keyof typeof NOTE_KEYS, unknown][]) {
        if (v !== undefined) map.set(NOTE_KEYS[k], Array.isArray(v) ? v.map((x: object) => ({ ...x })) : v);
      }
    }, LOCAL_ORIGIN);
  }
  if (Object.values(open).every((v) => v === undefined)) return;
  publicDoc.transact(() => {
    const map = childMap(publicDoc, child);
    for (const [k, v] of Object.entries(open)) {
      if (v !== undefined) map.set(k, Array.isArray(v) ? v.map((x) => ({ ...x })) : v);
    }
  }, LOCAL_ORIGIN);
}

/**
 * Every child's decision, in the order of the children, then any other by id. The dissent and the
 * chair's reasons come from the restricted document: empty for an audience without it.
 */
export function readDecisions(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null = null): Decision[] {
  const s = decisionSchema.shape;
  const d = EMPTY_DECISION;
  const order = readChildren(publicDoc).map((c) => c.id);
  const rank = (childId: string) => (order.includes(childId) ? order.indexOf(childId) : order.length);
  const notes = (childId: string): Y.Map<unknown> | null => {
    const m: unknown = restrictedDoc ? docParts(restrictedDoc).decisions.get(childId) : null;
    return m instanceof Y.Map ? (m as Y.Map<unknown>) : null;
  };
  return [...docParts(publicDoc).decisions.entries()]
    .flatMap(([childId, m]): Decision[] => {
      if (!(m instanceof Y.Map)) return [];
      const map = m as Y.Map<unknown>;
      const note = notes(childId);
      return [
        {
          childId,
          outcome: field(s.outcome, map.get('outcome'), d.outcome),
          category: field(s.category, map.get('category'), d.category),
          chairRationale: field(s.chairRationale, note?.get(NOTE_KEYS.chairRationale), d.chairRationale),
          dissent: field(s.dissent, note?.get(NOTE_KEYS.dissent), d.dissent),
          showViewsToFamily: map.get('showViewsToFamily') === true,
          sharedViews: field(s.sharedViews, map.get('sharedViews'), d.sharedViews),
        },
      ];
    })
    .sort((a, b) => rank(a.childId) - rank(b.childId) || (a.childId < b.childId ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// Pure helpers
// ---------------------------------------------------------------------------------------------

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

/** A view in a few words, e.g. "Threshold met (emotional abuse)". */
export function viewWords(view: Pick<DecisionView, 'thresholdMet' | 'category'>): string {
  if (!view.thresholdMet) return 'Threshold not met';
  return view.category ? `Threshold met (${CATEGORY_LABELS[view.category].toLowerCase()})` : 'Threshold met';
}

/** The views that differ from the outcome: a starting point for the dissent the chair records. */
export function dissentFrom(
  views: DecisionView[],
  decision: Pick<Decision, 'outcome' | 'category'>,
): Dissent[] {
  if (decision.outcome === null) return [];
  const plan = decision.outcome === 'child-protection-plan';
  return views
    .filter((v) =>
      plan
        ? !v.thresholdMet ||
          (v.category !== null && decision.category !== null && v.category !== decision.category)
        : v.thresholdMet,
    )
    .map((v) => ({ name: v.name, agency: v.agency, view: viewWords(v) }));
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
