/** Plain words for the family tree's choices, as the chair and the family read them. */
import type { LinkType } from '@cb/shared/genogram/entry';
import { partnershipDateWords, ukDate } from '@cb/shared/genogram/dates';
import type {
  EmotionalKind,
  ParentKind,
  PartnershipKind,
  Person,
  PregnancyOutcome,
  Relationship,
  Sex,
} from '@cb/shared/genogram/model';

export const SEX_LABELS: Record<Sex, string> = {
  male: 'Male',
  female: 'Female',
  unknown: 'Not known',
  other: 'Other',
};

export const LINK_LABELS: Record<LinkType, string> = {
  partner: 'partner',
  child: 'child',
  parent: 'parent',
  sibling: 'brother or sister',
};

export const PARTNERSHIP_LABELS: Record<PartnershipKind, string> = {
  married: 'Married',
  cohabiting: 'Living together',
  separated: 'Separated',
  divorced: 'Divorced',
};

export const PARENT_LABELS: Record<ParentKind, string> = {
  birth: 'Birth',
  adopted: 'Adopted',
  fostered: 'Fostered',
  step: 'Step',
};

const PARENT_ROLE: Record<ParentKind, string> = {
  birth: 'a parent',
  adopted: 'an adoptive parent',
  fostered: 'a foster carer',
  step: 'a step-parent',
};

export const PREGNANCY_LABELS: Record<PregnancyOutcome, string> = {
  ongoing: 'Expecting a baby',
  miscarriage: 'Miscarriage',
  termination: 'Termination',
  stillbirth: 'Stillbirth',
};

export const EMOTIONAL_LABELS: Record<EmotionalKind, string> = {
  close: 'Close',
  distant: 'Distant',
  hostile: 'Hostile',
  'cut-off': 'Cut off',
  abuse: 'Abuse (first person harms the second)',
};

export function personName(p: Pick<Person, 'name' | 'pregnancy'> | undefined): string {
  if (!p) return 'Someone no longer on the tree';
  return p.name || (p.pregnancy ? 'A pregnancy' : 'Someone unnamed');
}

/**
 * One relationship in words, e.g. "Owen Archer and Nell Archer: separated", or with its dates
 * "…: separated (together from 2015, separated 14/05/2023)".
 */
export function relationshipWords(r: Relationship, nameOf: (id: string) => string): string {
  switch (r.type) {
    case 'partnership': {
      const dates = partnershipDateWords(r.kind, r.from, r.to, ukDate).join(', ');
      return `${nameOf(r.a)} and ${nameOf(r.b)}: ${PARTNERSHIP_LABELS[r.kind].toLowerCase()}${dates ? ` (${dates})` : ''}`;
    }
    case 'parent-child':
      return `${nameOf(r.parent)} is ${PARENT_ROLE[r.kind]} of ${nameOf(r.child)}`;
    case 'twins':
      return `${nameOf(r.a)} and ${nameOf(r.b)}: ${r.identical ? 'identical ' : ''}twins`;
    case 'emotional':
      return r.kind === 'abuse'
        ? `${nameOf(r.a)} has harmed ${nameOf(r.b)}`
        : `${nameOf(r.a)} and ${nameOf(r.b)}: ${EMOTIONAL_LABELS[r.kind].toLowerCase()}`;
  }
}
