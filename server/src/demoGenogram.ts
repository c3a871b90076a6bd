/**
 * The demo conference's family tree: the fictional Marlow family from the handbook's
 * DEMO-SCENARIO, ten people across three generations. Every name here is invented.
 */
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import {
  addHousehold,
  addPerson,
  addRelationship,
  type NewPerson,
  type RelationshipInput,
} from '@cb/shared/genogram/model';

type DemoPerson = Omit<NewPerson, 'id'> & { key: string };
type Rel = RelationshipInput extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

const PEOPLE: DemoPerson[] = [
  { key: 'george', name: 'George Marlow', sex: 'male', deceased: { year: 2019, age: 61 } },
  { key: 'fay', name: 'Fay Marlow', sex: 'female', age: 58 },
  { key: 'chloe', name: 'Chloe Marlow', sex: 'female', age: 29 },
  { key: 'dan', name: 'Dan Ashby', sex: 'male', age: 32 },
  { key: 'evan', name: 'Evan Price', sex: 'male', age: 35 },
  { key: 'hana', name: 'Hana Ashby', sex: 'female' },
  { key: 'ada', name: 'Ada Marlow', sex: 'female', dateOfBirth: '2019-04-12', age: 7, subject: true },
  { key: 'ben', name: 'Ben Marlow', sex: 'male', dateOfBirth: '2023-08-30', age: 3, subject: true },
  { key: 'isla', name: 'Isla Ashby', sex: 'female', age: 0.5 },
  { key: 'baby', name: '', sex: 'unknown', pregnancy: { outcome: 'ongoing', weeks: 14 } },
];

/** Relationships between the keys above. */
const RELATIONSHIPS: Rel[] = [
  { type: 'partnership', a: 'george', b: 'fay', kind: 'married', from: null, to: null },
  { type: 'partnership', a: 'dan', b: 'chloe', kind: 'separated', from: '2017', to: '2024' },
  { type: 'partnership', a: 'chloe', b: 'evan', kind: 'cohabiting', from: '2026', to: null },
  { type: 'partnership', a: 'dan', b: 'hana', kind: 'married', from: '2025', to: null },
  { type: 'parent-child', parent: 'george', child: 'chloe', kind: 'birth' },
  { type: 'parent-child', parent: 'fay', child: 'chloe', kind: 'birth' },
  { type: 'parent-child', parent: 'dan', child: 'ada', kind: 'birth' },
  { type: 'parent-child', parent: 'chloe', child: 'ada', kind: 'birth' },
  { type: 'parent-child', parent: 'dan', child: 'ben', kind: 'birth' },
  { type: 'parent-child', parent: 'chloe', child: 'ben', kind: 'birth' },
  { type: 'parent-child', parent: 'dan', child: 'isla', kind: 'birth' },
  { type: 'parent-child', parent: 'hana', child: 'isla', kind: 'birth' },
  { type: 'parent-child', parent: 'chloe', child: 'baby', kind: 'birth' },
  { type: 'emotional', a: 'fay', b: 'ada', kind: 'close' },
];

const HOUSEHOLDS: { name: string; members: string[] }[] = [
  { name: "Chloe's flat", members: ['chloe', 'ada', 'ben', 'baby'] },
  { name: "Dan and Hana's home", members: ['dan', 'hana', 'isla'] },
];

export function fillDemoGenogram(doc: Y.Doc): void {
  const ids = new Map(PEOPLE.map((p) => [p.key, randomUUID()]));
  const idOf = (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`Demo genogram: no person ${key}`);
    return id;
  };
  const householdOf = new Map<string, string>();
  doc.transact(() => {
    for (const h of HOUSEHOLDS) {
      const id = addHousehold(doc, { id: randomUUID(), name: h.name }).id;
      for (const m of h.members) householdOf.set(m, id);
    }
    for (const { key, ...person } of PEOPLE) {
      addPerson(doc, { ...person, id: idOf(key), householdId: householdOf.get(key) ?? null });
    }
    for (const r of RELATIONSHIPS) {
      const input =
        r.type === 'parent-child'
          ? { ...r, parent: idOf(r.parent), child: idOf(r.child) }
          : { ...r, a: idOf(r.a), b: idOf(r.b) };
      addRelationship(doc, { ...input, id: randomUUID() } as RelationshipInput);
    }
  });
}
