/**
 * The "Add relationship" form's state as one object, and turning it into a relationship: checked
 * with the shared schema the document writes with (relationshipInputSchema), its complaints put
 * into the form's plain words.
 */
import { relationshipInputSchema, type NewRelationship } from '@cb/shared/genogram/entry';
import type { EmotionalKind, ParentKind, PartnershipKind } from '@cb/shared/genogram/model';
import { firstProblem, validate, withFriendlyRequired, type FromDraft } from '../../../../validation.ts';

export type RelationshipType = NewRelationship['type'];

export interface RelationshipDraft {
  type: RelationshipType;
  /** The first person, or the parent. */
  a: string;
  /** The second person, or the child. */
  b: string;
  partnership: PartnershipKind;
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
  partnership: 'married',
  parentKind: 'birth',
  emotional: 'close',
  identical: false,
  from: '',
  to: '',
};

const CHOOSE_BOTH = 'Choose both people.';
const DATES = 'Write dates as a year (2012) or a full date (2012-06-30).';

/** The schema's "Required" on either person means one of the two was not chosen. */
const NOT_CHOSEN = { a: CHOOSE_BOTH, b: CHOOSE_BOTH, parent: CHOOSE_BOTH, child: CHOOSE_BOTH };

function candidate(d: RelationshipDraft): NewRelationship {
  const { type, a, b } = d;
  if (type === 'partnership')
    return { type, a, b, kind: d.partnership, from: d.from.trim() || null, to: d.to.trim() || null };
  if (type === 'parent-child') return { type, parent: a, child: b, kind: d.parentKind };
  if (type === 'twins') return { type, a, b, identical: d.identical };
  return { type, a, b, kind: d.emotional };
}

/** The relationship the draft describes, or what to tell the chair. */
export function relationshipFromDraft(draft: RelationshipDraft): FromDraft<NewRelationship> {
  const input = candidate(draft);
  const checked = validate(relationshipInputSchema, input);
  if (checked.ok) return { ok: true, input };
  const fields = withFriendlyRequired(checked.fields, NOT_CHOSEN);
  return { ok: false, error: firstProblem(fields, { from: DATES, to: DATES }) };
}

/** After a relationship is added, the form is ready for the next: the same kind, nobody chosen. */
export function draftAfterRelationship(draft: RelationshipDraft): RelationshipDraft {
  return { ...draft, a: '', b: '', from: '', to: '' };
}
