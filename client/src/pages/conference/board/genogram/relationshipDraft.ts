/**
 * The "Add relationship" form's state as one object (also for editing one already on the tree),
 * and turning it into a relationship: dates read as people in England write them (dates.ts), then
 * checked with the shared schema the document writes with (relationshipInputSchema), its
 * complaints put into the form's plain words.
 */
import { relationshipInputSchema, type NewRelationship } from '@cb/shared/genogram/entry';
import { parsePartialDate, ukDate } from '@cb/shared/genogram/dates';
import type { EmotionalKind, ParentKind, PartnershipKind, Relationship } from '@cb/shared/genogram/model';
import { firstProblem, validate, withFriendlyRequired, type FromDraft } from '../../../../validation.ts';
import { CHOOSE_PARTNERSHIP } from './personDraft.ts';

export type RelationshipType = NewRelationship['type'];

export interface RelationshipDraft {
  type: RelationshipType;
  /** The first person, or the parent. */
  a: string;
  /** The second person, or the child. */
  b: string;
  /** Empty until the chair says how they are partners: the form never assumes a marriage. */
  partnership: PartnershipKind | '';
  parentKind: ParentKind;
  emotional: EmotionalKind;
  identical: boolean;
  from: string;
  to: string;
}

export const EMPTY_RELATIONSHIP: RelationshipDraft = {
  type: 'partnership',
  a: '',
  b: '',
  partnership: '',
  parentKind: 'birth',
  emotional: 'close',
  identical: false,
  from: '',
  to: '',
};

/** A relationship already on the tree, as the form shows it (its dates in UK form). */
export function draftOfRelationship(r: Relationship): RelationshipDraft {
  switch (r.type) {
    case 'partnership':
      return {
        ...EMPTY_RELATIONSHIP,
        type: r.type,
        a: r.a,
        b: r.b,
        partnership: r.kind,
        from: r.from ? ukDate(r.from) : '',
        to: r.to ? ukDate(r.to) : '',
      };
    case 'parent-child':
      return { ...EMPTY_RELATIONSHIP, type: r.type, a: r.parent, b: r.child, parentKind: r.kind };
    case 'twins':
      return { ...EMPTY_RELATIONSHIP, type: r.type, a: r.a, b: r.b, identical: r.identical };
    case 'emotional':
      return { ...EMPTY_RELATIONSHIP, type: r.type, a: r.a, b: r.b, emotional: r.kind };
  }
}

const CHOOSE_BOTH = 'Choose both people.';

/** The schema's "Required" on either person means one of the two was not chosen. */
const NOT_CHOSEN = { a: CHOOSE_BOTH, b: CHOOSE_BOTH, parent: CHOOSE_BOTH, child: CHOOSE_BOTH };

/** The relationship the draft describes, or what to tell the chair. */
export function relationshipFromDraft(draft: RelationshipDraft): FromDraft<NewRelationship> {
  const { type, a, b } = draft;
  let input: NewRelationship;
  if (type === 'partnership') {
    const from = parsePartialDate(draft.from);
    const to = parsePartialDate(draft.to);
    // The people first, then how, then when: the order the form asks in.
    const people = validate(relationshipInputSchema, { type, a, b, kind: 'married' });
    if (!people.ok)
      return { ok: false, error: firstProblem(withFriendlyRequired(people.fields, NOT_CHOSEN), {}) };
    if (!draft.partnership) return { ok: false, error: CHOOSE_PARTNERSHIP };
    if ('error' in from) return { ok: false, error: `From: ${from.error}` };
    if ('error' in to) return { ok: false, error: `Until: ${to.error}` };
    input = { type, a, b, kind: draft.partnership, from: from.date, to: to.date };
  } else if (type === 'parent-child') input = { type, parent: a, child: b, kind: draft.parentKind };
  else if (type === 'twins') input = { type, a, b, identical: draft.identical };
  else input = { type, a, b, kind: draft.emotional };
  const checked = validate(relationshipInputSchema, input);
  if (checked.ok) return { ok: true, input };
  return { ok: false, error: firstProblem(withFriendlyRequired(checked.fields, NOT_CHOSEN), {}) };
}

/** After a relationship is added, the form is ready for the next: the same kind, nobody chosen. */
export function draftAfterRelationship(draft: RelationshipDraft): RelationshipDraft {
  return { ...draft, a: '', b: '', from: '', to: '' };
}
