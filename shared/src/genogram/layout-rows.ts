/**
 * Step 1a of the layout: the rows. Which generation (row) each person is in, and how partners sit
 * side by side within a row (partner blocks).
 */
import type { PartnershipKind } from './model.ts';
import { cmp } from './layout-order.ts';

export interface PartnerLink {
  id: string;
  a: string;
  b: string;
  /** `none`: two people who are parents of the same child with no partnership recorded. */
  kind: PartnershipKind | 'none';
  from: string | null;
  to: string | null;
}

/**
 * Generations: a child is one below its lowest parent, partners share a row, and a parent with no
 * parents of their own sits just above their children. Monotone, so it ends; capped against cycles.
 */
export function generations(
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
export function partnerBlocks(row: string[], links: PartnerLink[]): string[][] {
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
