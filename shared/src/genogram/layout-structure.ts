/**
 * Step 1 of the layout: from the model to a clean structure. Generations, partner blocks
 * (partners side by side), families (the children of one parent or one couple), sibling order.
 * Everything is sorted by stable keys (layout-order.ts): the result never depends on the order of
 * the input lists. The rows themselves (generations, partner blocks) are made in layout-rows.ts.
 */
import type { EmotionalKind, GenogramModel, ParentKind, Person } from './model.ts';
import { cmp, siblingComparator } from './layout-order.ts';
import { generations, partnerBlocks, type PartnerLink } from './layout-rows.ts';

export { cmp, siblingComparator } from './layout-order.ts';
export type { PartnerLink } from './layout-rows.ts';

export interface Family {
  key: string;
  /** One or two parents, sorted by id. */
  parents: string[];
  /** Oldest first. */
  children: string[];
  /** The line style of each child's line: the least "birth" of its parents' kinds. */
  childKind: Map<string, ParentKind>;
  /** The partnership the children hang from, when there are two parents. */
  link: PartnerLink | null;
}

export interface Structure {
  people: Map<string, Person>;
  gen: Map<string, number>;
  rows: string[][];
  links: PartnerLink[];
  /** Per row, partner blocks: people in left-to-right order (before orientation). */
  blocks: string[][][];
  families: Family[];
  familyOf: Map<string, Family>;
  /** Twin groups (each sorted oldest first), by member. */
  twinGroup: Map<string, string[]>;
  identical: Set<string>;
  emotional: { id: string; a: string; b: string; kind: EmotionalKind }[];
}

const KIND_RANK: Record<ParentKind, number> = { birth: 0, adopted: 1, fostered: 2, step: 3 };

export function buildStructure(model: GenogramModel, refYear: number): Structure {
  const people = new Map<string, Person>();
  for (const p of [...model.people].sort((a, b) => cmp(a.id, b.id)))
    if (!people.has(p.id)) people.set(p.id, p);
  const ok = (...ids: string[]) => ids.every((i) => people.has(i)) && new Set(ids).size === ids.length;
  const rels = [...model.relationships].sort((a, b) => cmp(a.id, b.id));

  // Parents of each child: birth, adopted and fostered parents; step-parents only when there are none.
  const parentEdges = new Map<string, { parent: string; kind: ParentKind }[]>();
  for (const r of rels) {
    if (r.type !== 'parent-child' || !ok(r.parent, r.child)) continue;
    const list = parentEdges.get(r.child) ?? [];
    if (!list.some((e) => e.parent === r.parent)) list.push({ parent: r.parent, kind: r.kind });
    parentEdges.set(r.child, list);
  }
  const parentsOf = new Map<string, { parent: string; kind: ParentKind }[]>();
  for (const [child, edges] of parentEdges) {
    const real = edges.filter((e) => e.kind !== 'step');
    const chosen = (real.length > 0 ? real : edges)
      .sort((x, y) => KIND_RANK[x.kind] - KIND_RANK[y.kind] || cmp(x.parent, y.parent))
      .slice(0, 2);
    parentsOf.set(child, chosen);
  }

  const partnerships: PartnerLink[] = [];
  const seenPair = new Set<string>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const r of rels) {
    if (r.type !== 'partnership' || !ok(r.a, r.b) || seenPair.has(pairKey(r.a, r.b))) continue;
    seenPair.add(pairKey(r.a, r.b));
    partnerships.push({ id: r.id, a: r.a, b: r.b, kind: r.kind, from: r.from, to: r.to });
  }
  const gen = generations([...people.keys()], parentsOf, partnerships);

  // Families, keyed by their parents; a parent in another row than the nearest one is left out.
  const famByKey = new Map<string, Family>();
  const familyOf = new Map<string, Family>();
  const cmpPeople = siblingComparator(refYear);
  for (const child of [...parentsOf.keys()].sort(cmp)) {
    const edges = parentsOf.get(child) ?? [];
    const top = Math.max(...edges.map((e) => gen.get(e.parent) ?? 0));
    const kept = edges.filter((e) => (gen.get(e.parent) ?? 0) === top);
    const parents = kept.map((e) => e.parent).sort(cmp);
    const key = parents.join('|');
    const fam: Family = famByKey.get(key) ?? { key, parents, children: [], childKind: new Map(), link: null };
    famByKey.set(key, fam);
    fam.children.push(child);
    fam.childKind.set(
      child,
      kept.reduce<ParentKind>((k, e) => (KIND_RANK[e.kind] > KIND_RANK[k] ? e.kind : k), 'birth'),
    );
    familyOf.set(child, fam);
  }
  const families = [...famByKey.values()].sort((a, b) => cmp(a.key, b.key));

  // Partner links: recorded partnerships in one row, plus co-parents with none recorded.
  const links = partnerships.filter((l) => gen.get(l.a) === gen.get(l.b));
  const linkByPair = new Map(links.map((l) => [pairKey(l.a, l.b), l]));
  for (const fam of families) {
    const [a, b] = fam.parents;
    if (a === undefined || b === undefined) continue;
    let link = linkByPair.get(pairKey(a, b));
    if (!link) {
      link = { id: `implicit:${a}|${b}`, a, b, kind: 'none', from: null, to: null };
      links.push(link);
      linkByPair.set(pairKey(a, b), link);
    }
    fam.link = link;
  }
  links.sort((x, y) => cmp(x.id, y.id));

  // Twins: groups of siblings (union of twin pairs within one family), ordered oldest first.
  const twinOf = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (twinOf.has(r) && twinOf.get(r) !== r) r = twinOf.get(r) ?? r;
    return r;
  };
  const identical = new Set<string>();
  for (const r of rels) {
    if (r.type !== 'twins' || !ok(r.a, r.b) || familyOf.get(r.a) !== familyOf.get(r.b)) continue;
    if (!familyOf.get(r.a)) continue;
    const [ra, rb] = [root(r.a), root(r.b)].sort(cmp);
    if (ra !== undefined && rb !== undefined && ra !== rb) twinOf.set(rb, ra);
    if (r.identical) identical.add(pairKey(r.a, r.b));
  }
  const groups = new Map<string, string[]>();
  for (const id of [...people.keys()]) {
    if (!twinOf.has(id) && ![...twinOf.values()].includes(id)) continue;
    const g = root(id);
    groups.set(g, [...(groups.get(g) ?? []), id]);
  }
  const twinGroup = new Map<string, string[]>();
  const personOf = (x: string) => people.get(x) as Person;
  for (const g of groups.values()) {
    const sorted = g
      .map(personOf)
      .sort(cmpPeople)
      .map((p) => p.id);
    for (const m of sorted) twinGroup.set(m, sorted);
  }

  // Sibling order: oldest first, twins kept together at the place of the oldest twin.
  for (const fam of families) {
    const lead = (c: string) => personOf(twinGroup.get(c)?.[0] ?? c);
    fam.children.sort(
      (x, y) =>
        cmpPeople(lead(x), lead(y)) ||
        (twinGroup.get(x)?.indexOf(x) ?? 0) - (twinGroup.get(y)?.indexOf(y) ?? 0),
    );
  }

  const maxGen = Math.max(0, ...gen.values());
  const rows: string[][] = Array.from({ length: maxGen + 1 }, () => []);
  for (const id of people.keys()) rows[gen.get(id) ?? 0]?.push(id);
  const blocks = rows.map((row) => partnerBlocks(row, links));

  // The same feeling between the same two people, recorded twice, is drawn once.
  const feelings = new Set<string>();
  const emotional = rels.flatMap((r) => {
    if (r.type !== 'emotional' || !ok(r.a, r.b)) return [];
    const key = `${r.kind}:${r.kind === 'abuse' ? `${r.a}>${r.b}` : pairKey(r.a, r.b)}`;
    if (feelings.has(key)) return [];
    feelings.add(key);
    return [{ id: r.id, a: r.a, b: r.b, kind: r.kind }];
  });
  return { people, gen, rows, links, blocks, families, familyOf, twinGroup, identical, emotional };
}
