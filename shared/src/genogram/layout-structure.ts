/**
 * Step 1 of the layout: from the model to a clean structure. Generations, partner blocks
 * (partners side by side), families (the children of one parent or one couple), sibling order.
 * Everything is sorted by stable keys: the result never depends on the order of the input lists.
 */
import type { EmotionalKind, GenogramModel, ParentKind, PartnershipKind, Person } from './model.ts';

export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface PartnerLink {
  id: string;
  a: string;
  b: string;
  /** `none`: two people who are parents of the same child with no partnership recorded. */
  kind: PartnershipKind | 'none';
  from: string | null;
  to: string | null;
}

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

function birthValue(p: Person, refYear: number): number {
  if (p.pregnancy) return refYear + 1;
  if (p.dateOfBirth) {
    const [y = 0, m = 1, d = 1] = p.dateOfBirth.split('-').map(Number);
    return y + (m - 1) / 12 + (d - 1) / 372;
  }
  if (p.age !== null) return refYear - p.age;
  return Number.POSITIVE_INFINITY;
}

/** Oldest first: birth-order hint, then date of birth or age, then name, then id. */
export function siblingComparator(refYear: number) {
  return (a: Person, b: Person): number => {
    if (a.birthOrder !== null && b.birthOrder !== null && a.birthOrder !== b.birthOrder) {
      return a.birthOrder - b.birthOrder;
    }
    const va = birthValue(a, refYear);
    const vb = birthValue(b, refYear);
    if (va !== vb) return va < vb ? -1 : 1;
    return cmp(a.name, b.name) || cmp(a.id, b.id);
  };
}

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

  const emotional = rels.flatMap((r) =>
    r.type === 'emotional' && ok(r.a, r.b) ? [{ id: r.id, a: r.a, b: r.b, kind: r.kind }] : [],
  );
  return { people, gen, rows, links, blocks, families, familyOf, twinGroup, identical, emotional };
}

/**
 * Generations: a child is one below its lowest parent, partners share a row, and a parent with no
 * parents of their own sits just above their children. Monotone, so it ends; capped against cycles.
 */
function generations(
  ids: string[],
  parentsOf: Map<string, { parent: string }[]>,
  partnerships: PartnerLink[],
): Map<string, number> {
  const gen = new Map(ids.map((i) => [i, 0]));
  const cap = 8;
  const edges = [...parentsOf].flatMap(([c, ps]) => ps.map((p) => [p.parent, c] as const));
  const coParents = [...parentsOf.values()].flatMap((ps) =>
    ps.length === 2 ? [[ps[0]?.parent ?? '', ps[1]?.parent ?? ''] as const] : [],
  );
  const same = [...partnerships.map((l) => [l.a, l.b] as const), ...coParents];
  const g = (x: string) => gen.get(x) ?? 0;
  const raise = (x: string, v: number) => {
    if (v > g(x) && v <= cap) {
      gen.set(x, v);
      return true;
    }
    return false;
  };
  const childrenOf = new Map<string, string[]>();
  for (const [p, c] of edges) childrenOf.set(p, [...(childrenOf.get(p) ?? []), c]);
  for (let round = 0; round < ids.length * 4 + 8; round++) {
    let changed = false;
    for (const [p, c] of edges) changed = raise(c, g(p) + 1) || changed;
    for (const [a, b] of same) {
      const m = Math.max(g(a), g(b));
      changed = raise(a, m) || changed;
      changed = raise(b, m) || changed;
    }
    for (const [p, cs] of childrenOf) {
      if (parentsOf.has(p)) continue;
      changed = raise(p, Math.min(...cs.map(g)) - 1) || changed;
    }
    if (!changed) break;
  }
  const min = Math.min(0, ...gen.values());
  for (const [k, v] of gen) gen.set(k, v - min);
  return gen;
}

/** Partner blocks of one row: connected partners, laid out as a line (a person's partners either side). */
function partnerBlocks(row: string[], links: PartnerLink[]): string[][] {
  const inRow = new Set(row);
  const adj = new Map<string, string[]>();
  for (const l of links) {
    if (!inRow.has(l.a) || !inRow.has(l.b)) continue;
    adj.set(l.a, [...(adj.get(l.a) ?? []), l.b]);
    adj.set(l.b, [...(adj.get(l.b) ?? []), l.a]);
  }
  // Earlier partnerships first, so an ex-partner goes on the far side of a current one.
  const linkOrder = new Map(links.map((l, i) => [l.id, i]));
  const since = (x: string, y: string) =>
    links.find((l) => (l.a === x && l.b === y) || (l.a === y && l.b === x)) ?? null;
  const rank = (x: string, y: string) => {
    const l = since(x, y);
    const ended = l && (l.kind === 'separated' || l.kind === 'divorced') ? 0 : 1;
    return [ended, l?.from ?? '', linkOrder.get(l?.id ?? '') ?? 0] as const;
  };
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const start of [...row].sort(cmp)) {
    if (seen.has(start)) continue;
    // The component, then its best centre: most partners, then smallest id.
    const comp: string[] = [];
    const stack = [start];
    const compSeen = new Set([start]);
    while (stack.length > 0) {
      const x = stack.pop() as string;
      comp.push(x);
      for (const y of adj.get(x) ?? []) {
        if (compSeen.has(y)) continue;
        compSeen.add(y);
        stack.push(y);
      }
    }
    comp.sort((x, y) => (adj.get(y)?.length ?? 0) - (adj.get(x)?.length ?? 0) || cmp(x, y));
    const centre = comp[0] as string;
    const arrange = (x: string, side: 'left' | 'right' | 'both'): string[] => {
      seen.add(x);
      const next = (adj.get(x) ?? [])
        .filter((y) => !seen.has(y))
        .sort((p, q) => {
          const [a1, a2, a3] = rank(x, p);
          const [b1, b2, b3] = rank(x, q);
          return a1 - b1 || cmp(a2, b2) || a3 - b3 || cmp(p, q);
        });
      for (const y of next) seen.add(y);
      const left: string[] = [];
      const right: string[] = [];
      next.forEach((y, i) => {
        const goLeft = side === 'left' || (side === 'both' && i % 2 === 0 && next.length > 1);
        if (goLeft) left.unshift(...arrange(y, 'left'));
        else right.push(...arrange(y, 'right'));
      });
      return [...left, x, ...right];
    };
    const line = arrange(centre, 'both');
    for (const x of comp) if (!line.includes(x)) line.push(x);
    out.push(line);
  }
  return out;
}
