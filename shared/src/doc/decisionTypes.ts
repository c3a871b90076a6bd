/**
 * The decision's vocabulary and shapes: outcomes, the statutory labels, and the zod schemas of a
 * professional's view, a dissent and the chair's outcome. Pure: no Yjs, no I/O.
 */
import { z } from 'zod';
import { HARM_CATEGORIES, type HarmCategory } from '../vocabulary.ts';

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

export const idSchema = z.string().trim().min(1, 'Required').max(100);
const name = z.string().trim().min(1, 'Add the person’s name').max(120);
const agency = z.string().trim().max(200);
const category = z.enum(HARM_CATEGORIES).nullable();

export const decisionViewSchema = z.object({
  participantId: idSchema.nullable(),
  name,
  agency,
  thresholdMet: z.boolean(),
  /** Only when the threshold is met: writing drops a category given with "not met". */
  category,
  /**
   * Dissent is formal: the professional (or the chair, for someone in the room) says they wish to
   * dissent from the decision, with their reasons. Never worked out from the view itself.
   */
  dissents: z.boolean().default(false),
  dissentReasons: z.string().trim().max(2000, 'At most 2000 characters for the reasons').default(''),
});
export type DecisionView = z.infer<typeof decisionViewSchema>;
export const decisionViewInputSchema = decisionViewSchema
  .extend({
    participantId: idSchema.nullable().default(null),
    agency: agency.default(''),
    category: category.default(null),
  })
  .refine((v) => !v.dissents || v.dissentReasons.trim() !== '', {
    message: 'Give the reasons for the dissent.',
    path: ['dissentReasons'],
  });
export type DecisionViewInput = z.input<typeof decisionViewInputSchema>;

/** A view as the family may be shown it: no participant id. */
export const sharedViewSchema = decisionViewSchema.omit({
  participantId: true,
  dissents: true,
  dissentReasons: true,
});
export type SharedView = z.infer<typeof sharedViewSchema>;
export const dissentSchema = z.object({
  name,
  agency,
  view: z.string().trim().max(1000),
  /** Why they dissent, in their words (empty only in boards from before dissent was formal). */
  reasons: z.string().trim().max(2000).default(''),
});
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
/** What the family's and the room's screens have been given: the outcome only, once the chair shares it. */
export interface SharedOutcome {
  outcome: Outcome;
  /** Only with a child protection plan. */
  category: HarmCategory | null;
}
/**
 * A child's decision. `outcome` and `category` are the chair's draft for professionals (the
 * family's copy, for an audience without the restricted document); `shared` is what the family's
 * screen has been given, or null before the chair shares.
 */
export type Decision = z.infer<typeof decisionSchema> & { childId: string; shared: SharedOutcome | null };
export const outcomePatchSchema = decisionSchema.partial();
export type OutcomePatch = z.input<typeof outcomePatchSchema>;

export const EMPTY_DECISION: Omit<Decision, 'childId'> = {
  outcome: null,
  category: null,
  chairRationale: '',
  dissent: [],
  showViewsToFamily: false,
  sharedViews: [],
  shared: null,
};
