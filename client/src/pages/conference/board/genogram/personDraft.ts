/**
 * The "Add person" form's state as one object, and turning it into a person for the tree: checked
 * with the shared schema (personInputSchema), its complaints put into plain words for the field.
 */
import { parseAgeOrBirth, type Link, type LinkType } from '@cb/shared/genogram/entry';
import { ukDate } from '@cb/shared/genogram/dates';
import {
  personInputSchema,
  type NewPerson,
  type ParentKind,
  type PartnershipKind,
  type Person,
  type PregnancyOutcome,
  type Sex,
} from '@cb/shared/genogram/model';
import { firstProblem, validate } from '../../../../validation.ts';

/** The "Lives in" choice that makes a new household. */
export const NEW_HOUSEHOLD = '__new';

export interface PersonDraft {
  name: string;
  sex: Sex;
  ageText: string;
  subject: boolean;
  relatedTo: string;
  as: LinkType;
  /** Empty until the chair says how they are partners: the form never assumes a marriage. */
  partnership: PartnershipKind | '';
  parentKind: ParentKind;
  /** Null until the chair picks: then the related person's current partner is shown. */
  otherParent: string | null;
  genderIdentity: string;
  died: boolean;
  diedYear: string;
  diedAge: string;
  pregnancy: PregnancyOutcome | '';
  weeks: string;
  household: string;
  newHousehold: string;
  notes: string;
}

export function draftOf(person?: Person, preset?: { relatedTo: string; as: LinkType } | null): PersonDraft {
  return {
    name: person?.name ?? '',
    sex: person?.sex ?? 'unknown',
    ageText: person?.dateOfBirth
      ? ukDate(person.dateOfBirth)
      : person?.age !== null && person?.age !== undefined
        ? String(person.age)
        : '',
    subject: person?.subject ?? false,
    relatedTo: preset?.relatedTo ?? '',
    as: preset?.as ?? 'child',
    partnership: '',
    parentKind: 'birth',
    otherParent: null,
    genderIdentity: person?.genderIdentity ?? '',
    died: person?.deceased != null,
    diedYear: person?.deceased?.year?.toString() ?? '',
    diedAge: person?.deceased?.age?.toString() ?? '',
    pregnancy: person?.pregnancy?.outcome ?? '',
    weeks: person?.pregnancy?.weeks?.toString() ?? '',
    household: person?.householdId ?? '',
    newHousehold: '',
    notes: person?.notes ?? '',
  };
}

/** After someone is added, the form is ready for the next one in the run. */
export function draftAfterAdding(draft: PersonDraft, related: string): PersonDraft {
  const creating = draft.household === NEW_HOUSEHOLD;
  return {
    ...draft,
    name: '',
    ageText: '',
    // Brothers and sisters come in runs; a partner or parent after a child is not a subject child.
    subject: !related || (draft.as !== 'child' && draft.as !== 'sibling') ? false : draft.subject,
    sex: 'unknown',
    genderIdentity: '',
    died: false,
    diedYear: '',
    diedAge: '',
    pregnancy: '',
    weeks: '',
    notes: '',
    // The household just made is in the list now, to pick for the next person.
    ...(creating ? { household: '', newHousehold: '' } : {}),
  };
}

const number = (text: string) => (text.trim() ? Number(text) : undefined);

const PLAIN_WORDS: Record<string, string> = {
  deceased: 'The year or age they died is not a number we can use.',
  pregnancy: 'Weeks of pregnancy should be a whole number from 1 to 45.',
};

/** The person the draft describes, or what to tell the chair. */
export function personFromDraft(
  draft: PersonDraft,
): { ok: true; input: Omit<NewPerson, 'id'>; newHousehold: string | null } | { ok: false; error: string } {
  const age = parseAgeOrBirth(draft.ageText);
  if ('error' in age) return { ok: false, error: age.error };
  if (!draft.name.trim() && !draft.pregnancy)
    return { ok: false, error: 'Type the person’s name (or “Not known”).' };
  const year = number(draft.diedYear);
  const ageAtDeath = number(draft.diedAge);
  const weeks = number(draft.weeks);
  const creating = draft.household === NEW_HOUSEHOLD;
  const candidate = {
    name: draft.name.trim(),
    sex: draft.sex,
    ...age,
    subject: draft.subject,
    genderIdentity: draft.genderIdentity.trim() || null,
    deceased: draft.died
      ? { ...(year !== undefined ? { year } : {}), ...(ageAtDeath !== undefined ? { age: ageAtDeath } : {}) }
      : null,
    pregnancy: draft.pregnancy
      ? { outcome: draft.pregnancy, ...(weeks !== undefined ? { weeks } : {}) }
      : null,
    householdId: creating || !draft.household ? null : draft.household,
    notes: draft.notes.trim(),
  };
  const checked = validate(personInputSchema, candidate);
  if (!checked.ok) return { ok: false, error: firstProblem(checked.fields, PLAIN_WORDS) };
  if (creating && !draft.newHousehold.trim()) {
    return { ok: false, error: 'Give the new household a name, for example “Dan’s flat”.' };
  }
  return { ok: true, input: candidate, newHousehold: creating ? draft.newHousehold.trim() : null };
}

export const CHOOSE_PARTNERSHIP =
  'Choose how they are partners: married, living together, separated or divorced.';

/** What is missing from how the new person joins the tree, if anything. */
export function linkProblem(draft: PersonDraft, related: string): string | null {
  return related && draft.as === 'partner' && !draft.partnership ? CHOOSE_PARTNERSHIP : null;
}

/** How the new person joins the tree, from the draft's "Related to" and "As their" (see linkProblem). */
export function linkFromDraft(draft: PersonDraft, related: string, otherParent: string): Link | null {
  const { as } = draft;
  if (!related) return null;
  if (as === 'partner') return draft.partnership ? { as, of: related, kind: draft.partnership } : null;
  if (as === 'child') return { as, of: related, otherParent: otherParent || null, kind: draft.parentKind };
  if (as === 'parent') return { as, of: related, kind: draft.parentKind };
  return { as, of: related };
}
