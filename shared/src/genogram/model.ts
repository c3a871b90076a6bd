/**
 * The genogram: people, relationships and households, as plain data, and their Yjs binding.
 * Pure: takes Y.Docs, does no I/O. Layout and drawing live in layout.ts and svg.ts.
 *
 * Storage (inside `docParts(doc).genogram`, created by `initConferenceDoc`):
 *   people         Y.Map<personId, Y.Map>   one Y.Map per person, fields as in `Person`
 *   relationships  Y.Map<relId, Y.Map>      fields as in `Relationship` (discriminated by `type`)
 *   households     Y.Map<householdId, Y.Map> {id, name}
 * The map key is the id. Nested values (deceased, pregnancy, nudge) are plain JSON objects.
 * Reading is tolerant: an entry with the wrong shape is skipped, a bad field takes its default.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { cleanText } from '../text.ts';
import { LOCAL_ORIGIN } from '../doc/board.ts';
import { docParts } from '../doc/schema.ts';

export const SEXES = ['male', 'female', 'unknown', 'other'] as const;
export type Sex = (typeof SEXES)[number];
export const PREGNANCY_OUTCOMES = ['ongoing', 'miscarriage', 'termination', 'stillbirth'] as const;
export type PregnancyOutcome = (typeof PREGNANCY_OUTCOMES)[number];
export const PARTNERSHIP_KINDS = ['married', 'cohabiting', 'separated', 'divorced'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
export const PARENT_KINDS = ['birth', 'adopted', 'fostered', 'step'] as const;
export type ParentKind = (typeof PARENT_KINDS)[number];
export const EMOTIONAL_KINDS = ['close', 'distant', 'hostile', 'cut-off', 'abuse'] as const;
export type EmotionalKind = (typeof EMOTIONAL_KINDS)[number];

const id = z.string().trim().min(1, 'Required').max(100);
/** A year ("2019"), a month ("2019-04") or a date ("2019-04-12"). */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'A year or a date');
const year = z.number().int().min(1800).max(2200);
const age = z.number().min(0).max(130);

export const deceasedSchema = z.object({ year: year.optional(), age: age.optional() });
export const pregnancySchema = z.object({
  outcome: z.enum(PREGNANCY_OUTCOMES),
  /** Weeks of pregnancy (now, or when it ended). */
  weeks: z.number().int().min(1).max(45).optional(),
});
export const nudgeSchema = z.object({ dx: z.number().finite(), dy: z.number().finite() });

export const personSchema = z.object({
  id,
  name: z.string().transform(cleanText).pipe(z.string().trim().max(200)),
  sex: z.enum(SEXES),
  genderIdentity: z.string().trim().max(100).nullable(),
  dateOfBirth: z.iso.date().nullable(),
  age: age.nullable(),
  deceased: deceasedSchema.nullable(),
  pregnancy: pregnancySchema.nullable(),
  subject: z.boolean(),
  householdId: id.nullable(),
  notes: z.string().max(5000),
  nudge: nudgeSchema.nullable(),
  birthOrder: z.number().int().min(1).max(50).nullable(),
});
export type Person = z.infer<typeof personSchema>;

/** What a form supplies for a new person: id and name, the rest defaulted. */
export const newPersonSchema = personSchema.partial().required({ id: true, name: true });
export type NewPerson = z.input<typeof newPersonSchema>;
/** What the chair fills in for someone new on the tree ("Add person"): all but the id. */
export const personInputSchema = newPersonSchema.omit({ id: true });
export const personPatchSchema = personSchema.omit({ id: true }).partial();
export type PersonPatch = z.input<typeof personPatchSchema>;

export const partnershipSchema = z.object({
  id,
  type: z.literal('partnership'),
  a: id,
  b: id,
  kind: z.enum(PARTNERSHIP_KINDS),
  from: partialDateSchema.nullable().default(null),
  to: partialDateSchema.nullable().default(null),
});
export const parentChildSchema = z.object({
  id,
  type: z.literal('parent-child'),
  parent: id,
  child: id,
  kind: z.enum(PARENT_KINDS),
});
export const twinsSchema = z.object({ id, type: z.literal('twins'), a: id, b: id, identical: z.boolean() });
/** Emotional relationships; for `abuse`, `a` is the person who harms and `b` the person harmed. */
export const emotionalSchema = z.object({
  id,
  type: z.literal('emotional'),
  a: id,
  b: id,
  kind: z.enum(EMOTIONAL_KINDS),
});
export const relationshipSchema = z.discriminatedUnion('type', [
  partnershipSchema,
  parentChildSchema,
  twinsSchema,
  emotionalSchema,
]);
export type Relationship = z.infer<typeof relationshipSchema>;
export type RelationshipInput = z.input<typeof relationshipSchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type ParentChild = z.infer<typeof parentChildSchema>;
export type Twins = z.infer<typeof twinsSchema>;
export type Emotional = z.infer<typeof emotionalSchema>;

export const householdSchema = z.object({
  id,
  name: z.string().transform(cleanText).pipe(z.string().trim().min(1, 'Required').max(200)),
});
export type Household = z.infer<typeof householdSchema>;

export interface GenogramModel {
  /** Sorted by id. */
  people: Person[];
  relationships: Relationship[];
  households: Household[];
}

export const EMPTY_PERSON: Omit<Person, 'id' | 'name'> = {
  sex: 'unknown',
  genderIdentity: null,
  dateOfBirth: null,
  age: null,
  deceased: null,
  pregnancy: null,
  subject: false,
  householdId: null,
  notes: '',
  nudge: null,
  birthOrder: null,
};

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function plain(v: unknown): unknown {
  return v instanceof Y.Map ? v.toJSON() : v;
}

/** Reads one field with a schema; the default when missing or wrong. */
function field<T>(schema: z.ZodType<T>, v: unknown, fallback: T): T {
  const r = schema.safeParse(plain(v));
  return r.success ? r.data : fallback;
}

export function readPerson(key: string, map: unknown): Person | null {
  if (!(map instanceof Y.Map)) return null;
  const name = map.get('name');
  if (typeof name !== 'string' || !id.safeParse(key).success) return null;
  const s = personSchema.shape;
  const d = EMPTY_PERSON;
  return {
    id: key,
    name,
    sex: field(s.sex, map.get('sex'), d.sex),
    genderIdentity: field(s.genderIdentity, map.get('genderIdentity'), null) || null,
    dateOfBirth: field(s.dateOfBirth, map.get('dateOfBirth'), null),
    age: field(s.age, map.get('age'), null),
    deceased: field(s.deceased, map.get('deceased'), null),
    pregnancy: field(s.pregnancy, map.get('pregnancy'), null),
    subject: map.get('subject') === true,
    householdId: field(s.householdId, map.get('householdId'), null),
    notes: field(s.notes, map.get('notes'), ''),
    nudge: field(s.nudge, map.get('nudge'), null),
    birthOrder: field(s.birthOrder, map.get('birthOrder'), null),
  };
}

export function readRelationship(key: string, map: unknown): Relationship | null {
  if (!(map instanceof Y.Map)) return null;
  const r = relationshipSchema.safeParse({ ...map.toJSON(), id: key });
  return r.success ? r.data : null;
}

function readHousehold(key: string, map: unknown): Household | null {
  if (!(map instanceof Y.Map)) return null;
  const r = householdSchema.safeParse({ ...map.toJSON(), id: key });
  return r.success ? r.data : null;
}

function sub(doc: Y.Doc, key: 'people' | 'relationships' | 'households'): Y.Map<unknown> | null {
  const m = docParts(doc).genogram.get(key) as unknown;
  return m instanceof Y.Map ? (m as Y.Map<unknown>) : null;
}

function readAll<T extends { id: string }>(
  map: Y.Map<unknown> | null,
  read: (k: string, v: unknown) => T | null,
): T[] {
  if (!map) return [];
  const out: T[] = [];
  for (const [k, v] of map.entries()) {
    const item = read(k, v);
    if (item) out.push(item);
  }
  return out.sort(byId);
}

/** The genogram as plain data, every list sorted by id (never by Yjs insertion order). */
export function readGenogram(doc: Y.Doc): GenogramModel {
  return {
    people: readAll(sub(doc, 'people'), readPerson),
    relationships: readAll(sub(doc, 'relationships'), readRelationship),
    households: readAll(sub(doc, 'households'), readHousehold),
  };
}

function need(doc: Y.Doc, key: 'people' | 'relationships' | 'households'): Y.Map<unknown> {
  const m = sub(doc, key);
  if (!m) throw new Error('The genogram is not initialised (initConferenceDoc)');
  return m;
}

function toYMap(values: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) map.set(k, v);
  return map;
}

/** Adds a person (validated; throws a ZodError when invalid). Returns the stored person. */
export function addPerson(doc: Y.Doc, input: NewPerson): Person {
  const person: Person = { ...EMPTY_PERSON, ...newPersonSchema.parse(input) } as Person;
  const people = need(doc, 'people');
  doc.transact(() => people.set(person.id, toYMap({ ...person })), LOCAL_ORIGIN);
  return person;
}

/** Changes some of a person's fields. False when there is no such person. */
export function updatePerson(doc: Y.Doc, personId: string, patch: PersonPatch): boolean {
  const valid = personPatchSchema.parse(patch);
  const map = need(doc, 'people').get(personId);
  if (!(map instanceof Y.Map)) return false;
  doc.transact(() => {
    for (const [k, v] of Object.entries(valid)) if (v !== undefined) map.set(k, v);
  }, LOCAL_ORIGIN);
  return true;
}

function involves(r: Relationship, personId: string): boolean {
  return r.type === 'parent-child'
    ? r.parent === personId || r.child === personId
    : r.a === personId || r.b === personId;
}

/** Removes a person and every relationship they are part of. */
export function removePerson(doc: Y.Doc, personId: string): boolean {
  const people = need(doc, 'people');
  const rels = need(doc, 'relationships');
  if (!people.has(personId)) return false;
  doc.transact(() => {
    people.delete(personId);
    for (const [k, v] of [...rels.entries()]) {
      const r = readRelationship(k, v);
      if (r && involves(r, personId)) rels.delete(k);
    }
  }, LOCAL_ORIGIN);
  return true;
}

export function addRelationship(doc: Y.Doc, input: RelationshipInput): Relationship {
  const rel = relationshipSchema.parse(input);
  const rels = need(doc, 'relationships');
  doc.transact(() => rels.set(rel.id, toYMap({ ...rel })), LOCAL_ORIGIN);
  return rel;
}

export function removeRelationship(doc: Y.Doc, relationshipId: string): boolean {
  const rels = need(doc, 'relationships');
  if (!rels.has(relationshipId)) return false;
  doc.transact(() => rels.delete(relationshipId), LOCAL_ORIGIN);
  return true;
}

export function addHousehold(doc: Y.Doc, input: Household): Household {
  const household = householdSchema.parse(input);
  const households = need(doc, 'households');
  doc.transact(() => households.set(household.id, toYMap({ ...household })), LOCAL_ORIGIN);
  return household;
}

/** Puts a person in a household, or takes them out of any (`null`). */
export function setHousehold(doc: Y.Doc, personId: string, householdId: string | null): boolean {
  return updatePerson(doc, personId, { householdId });
}

/** Stores the chair's nudge of a person's symbol (layout units), or clears it (`null`). */
export function nudgePerson(doc: Y.Doc, personId: string, nudge: { dx: number; dy: number } | null): boolean {
  return updatePerson(doc, personId, { nudge });
}
