/**
 * A scenario's family tree entered the way the chair builds one with the family: person by person,
 * each added with their link to someone already on the tree (entry.ts addRelative, one step
 * each), then the relationships no link made, then the households. Pure: writes a Y.Doc.
 */
import type * as Y from 'yjs';
import { addRelative, type Link } from '../genogram/entry.ts';
import {
  addHousehold,
  addPerson,
  addRelationship,
  updatePerson,
  type RelationshipInput,
} from '../genogram/model.ts';
import type { ScenarioFamily, ScenarioRelationship } from './types.ts';

const keysOf = (r: ScenarioRelationship): string[] =>
  r.type === 'parent-child' ? [r.parent, r.child] : [r.a, r.b];

/** The link to enter `key` by (and the relationships it makes), given who is already on the tree. */
function linkFor(
  key: string,
  relationships: ScenarioRelationship[],
  made: Set<number>,
  ids: Map<string, string>,
): { link: Link; makes: number[] } | null {
  for (const [i, r] of relationships.entries()) {
    if (made.has(i)) continue;
    if (r.type === 'partnership' && (r.a === key || r.b === key)) {
      const other = ids.get(r.a === key ? r.b : r.a);
      if (other) return { link: { as: 'partner', of: other, kind: r.kind }, makes: [i] };
    }
    if (r.type !== 'parent-child') continue;
    if (r.parent === key && ids.has(r.child)) {
      return { link: { as: 'parent', of: ids.get(r.child) ?? '', kind: r.kind }, makes: [i] };
    }
    const parent = ids.get(r.parent);
    if (r.child !== key || !parent) continue;
    // A child of two people on the tree is entered with both ("a child of Dan and Hana").
    const j = relationships.findIndex(
      (o, n) =>
        n !== i &&
        !made.has(n) &&
        o.type === 'parent-child' &&
        o.child === key &&
        o.kind === r.kind &&
        ids.has(o.parent),
    );
    const second = relationships[j];
    const otherParent = second?.type === 'parent-child' ? (ids.get(second.parent) ?? null) : null;
    return {
      link: { as: 'child', of: parent, otherParent, kind: r.kind },
      makes: otherParent ? [i, j] : [i],
    };
  }
  return null;
}

/**
 * Enters the family. `fixed` gives the ids some people must have (the children the conference is
 * about carry their child record's id). Returns every person's id by key.
 */
export function enterFamily(
  doc: Y.Doc,
  family: ScenarioFamily,
  fixed: Map<string, string>,
  newId: () => string,
): Map<string, string> {
  const ids = new Map<string, string>();
  const made = new Set<number>();
  for (const { key, ...person } of family.people) {
    const id = fixed.get(key);
    if (id) {
      ids.set(key, addPerson(doc, { ...person, id }).id);
      continue;
    }
    const found = linkFor(key, family.relationships, made, ids);
    for (const i of found?.makes ?? []) made.add(i);
    ids.set(key, addRelative(doc, person, found?.link ?? null, newId).id);
  }
  const idOf = (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`The family has no person ${key}`);
    return id;
  };
  family.relationships.forEach((r, i) => {
    if (made.has(i)) return;
    const [first = '', second = ''] = keysOf(r).map(idOf);
    const input =
      r.type === 'parent-child' ? { ...r, parent: first, child: second } : { ...r, a: first, b: second };
    addRelationship(doc, { ...input, id: newId() } as RelationshipInput);
  });
  for (const h of family.households) {
    const household = addHousehold(doc, { id: newId(), name: h.name });
    for (const member of h.members) updatePerson(doc, idOf(member), { householdId: household.id });
  }
  return ids;
}
