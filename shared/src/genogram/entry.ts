/**
 * What the chair types when adding someone to the family tree, turned into model changes. Pure:
 * takes a Y.Doc, does no I/O. Each function here is one user action, so it writes in one
 * transaction (one undo step for the chair).
 */
import type * as Y from 'yjs';
import { Map as YMap } from 'yjs';
import { z } from 'zod';
import { LOCAL_ORIGIN } from '../doc/board.ts';
import { docParts } from '../doc/schema.ts';
import { parseFullDate } from './dates.ts';
import {
  addHousehold,
  addPerson,
  addRelationship,
  emotionalSchema,
  parentChildSchema,
  partnershipSchema,
  readGenogram,
  relationshipSchema,
  twinsSchema,
  updatePerson,
  type GenogramModel,
  type NewPerson,
  type ParentKind,
  type PartnershipKind,
  type Person,
  type Relationship,
} from './model.ts';

/**
 * A relationship as the chair draws it ("Add relationship"): no id yet, and between two different
 * people. Reading stays tolerant (relationshipSchema); validateModel warns of a self-link that
 * came some other way.
 */
export const relationshipInputSchema = z
  .discriminatedUnion('type', [
    partnershipSchema.omit({ id: true }),
    parentChildSchema.omit({ id: true }),
    twinsSchema.omit({ id: true }),
    emotionalSchema.omit({ id: true }),
  ])
  .superRefine((r, ctx) => {
    const [first, second] = r.type === 'parent-child' ? [r.parent, r.child] : [r.a, r.b];
    if (first === second) {
      const path = [r.type === 'parent-child' ? 'child' : 'b'];
      ctx.addIssue({ code: 'custom', path, message: 'Choose two different people.' });
    }
  });
export type NewRelationship = z.input<typeof relationshipInputSchema>;

/** Adds a relationship the chair has just drawn (checked with relationshipInputSchema) as `id`. */
export function addNewRelationship(doc: Y.Doc, id: string, input: NewRelationship): Relationship {
  return addRelationship(doc, { ...relationshipInputSchema.parse(input), id });
}

/**
 * "7", "6 months", "2 weeks", "14/05/2018", "14-5-2018", "2018-05-14": an age or a date of birth,
 * as people type them. Dates are read day first, as in England; one that could be read two ways
 * (a two-digit year) or does not exist is refused with what to write instead.
 */
export type AgeEntry = { age: number | null; dateOfBirth: string | null } | { error: string };

const AGE_OR_DATE = 'Write an age (7, 6 months) or a date of birth (14/05/2018).';

export function parseAgeOrBirth(text: string): AgeEntry {
  const t = text.trim().toLowerCase();
  if (!t) return { age: null, dateOfBirth: null };
  const date = parseFullDate(t);
  if (date) return 'error' in date ? date : { age: null, dateOfBirth: date.date };
  if (/^\d{4}$/.test(t)) {
    return {
      error: `For a date of birth, write the day, month and year (for example 14/05/${t}); or write an age.`,
    };
  }
  const m = /^(\d{1,3}(?:\.\d+)?)\s*(years?|yrs?|y|months?|mths?|m|weeks?|wks?|w)?$/.exec(t);
  if (!m) return { error: AGE_OR_DATE };
  const n = Number(m[1]);
  const unit = m[2] ?? 'y';
  const age = unit.startsWith('m') ? n / 12 : unit.startsWith('w') ? n / 52 : n;
  if (age > 130) return { error: 'That age looks too high. Please check it.' };
  return { age: Math.round(age * 1000) / 1000, dateOfBirth: null };
}

/**
 * Changes a relationship already on the tree (its kind, dates, who is in it), checked like a new
 * one, in one step. The relationship keeps its id. False when there is no such relationship.
 */
export function updateRelationship(doc: Y.Doc, id: string, input: NewRelationship): boolean {
  const checked = relationshipInputSchema.parse(input);
  const rel = relationshipSchema.parse({ ...checked, id });
  const map = (docParts(doc).genogram.get('relationships') as Y.Map<unknown> | undefined)?.get(id);
  if (!(map instanceof YMap)) return false;
  doc.transact(() => {
    const next = new Map(Object.entries(rel));
    for (const key of [...map.keys()]) if (!next.has(key)) map.delete(key);
    for (const [key, value] of next) if (map.get(key) !== value) map.set(key, value);
  }, LOCAL_ORIGIN);
  return true;
}

/** How the new person is related to someone already on the tree. */
export type Link =
  | { as: 'partner'; of: string; kind: PartnershipKind }
  /** A child of `of` and, when given, of `otherParent` too. */
  | { as: 'child'; of: string; otherParent: string | null; kind: ParentKind }
  | { as: 'parent'; of: string; kind: ParentKind }
  /** A brother or sister: a child of the same parents (birth links). */
  | { as: 'sibling'; of: string };

export type LinkType = Link['as'];

/** The partner someone is most likely to have a new child with: a current partnership first. */
export function currentPartner(model: GenogramModel, personId: string): string | null {
  const rank: Record<PartnershipKind, number> = { married: 0, cohabiting: 0, separated: 1, divorced: 2 };
  const partners = model.relationships
    .filter((r) => r.type === 'partnership' && (r.a === personId || r.b === personId))
    .map((r) => (r.type === 'partnership' ? { id: r.a === personId ? r.b : r.a, rank: rank[r.kind] } : null))
    .filter((p): p is { id: string; rank: number } => p !== null)
    .sort((x, y) => x.rank - y.rank);
  return partners[0]?.id ?? null;
}

export function parentsOf(model: GenogramModel, personId: string): string[] {
  return model.relationships.flatMap((r) =>
    r.type === 'parent-child' && r.child === personId ? [r.parent] : [],
  );
}

/**
 * Adds a person and their link to someone already there, in one step. `newId` makes ids for the
 * new person and relationships (the client passes `crypto.randomUUID`). Returns the new person.
 */
export function addRelative(
  doc: Y.Doc,
  input: Omit<NewPerson, 'id'>,
  link: Link | null,
  newId: () => string,
): Person {
  const model = readGenogram(doc);
  const known = new Set(model.people.map((p) => p.id));
  if (link && !known.has(link.of)) throw new Error('That person is no longer on the family tree.');
  let person: Person | null = null;
  doc.transact(() => {
    person = addPerson(doc, { ...input, id: newId() });
    const me = person.id;
    if (!link) return;
    const child = (parent: string, kind: ParentKind) =>
      addRelationship(doc, { id: newId(), type: 'parent-child', parent, child: me, kind });
    switch (link.as) {
      case 'partner':
        addRelationship(doc, { id: newId(), type: 'partnership', a: link.of, b: me, kind: link.kind });
        break;
      case 'child':
        child(link.of, link.kind);
        if (link.otherParent && link.otherParent !== link.of && known.has(link.otherParent)) {
          child(link.otherParent, link.kind);
        }
        break;
      case 'parent':
        addRelationship(doc, {
          id: newId(),
          type: 'parent-child',
          parent: me,
          child: link.of,
          kind: link.kind,
        });
        break;
      case 'sibling':
        for (const parent of parentsOf(model, link.of)) child(parent, 'birth');
        break;
    }
  }, LOCAL_ORIGIN);
  if (!person) throw new Error('The person was not added.');
  return person;
}

/**
 * The household the subject children live in, made when there is none yet ("lives with the
 * children" is what a chair says, not "household h1").
 */
export function childrensHousehold(model: GenogramModel): string | null {
  for (const p of model.people) if (p.subject && p.householdId) return p.householdId;
  return null;
}

/** Puts a person in the subject children's household (creating it with them in it), or takes them out. */
export function setLivesWithChildren(
  doc: Y.Doc,
  personId: string,
  lives: boolean,
  newId: () => string,
): void {
  const model = readGenogram(doc);
  doc.transact(() => {
    if (!lives) {
      updatePerson(doc, personId, { householdId: null });
      return;
    }
    let household = childrensHousehold(model);
    if (!household) {
      household = addHousehold(doc, { id: newId(), name: "The children's home" }).id;
      for (const p of model.people) if (p.subject) updatePerson(doc, p.id, { householdId: household });
    }
    updatePerson(doc, personId, { householdId: household });
  }, LOCAL_ORIGIN);
}
