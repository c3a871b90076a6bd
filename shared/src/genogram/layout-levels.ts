/**
 * Step 4a of the layout: the heights of the lines between rows. Each family's sibling bar, and
 * each bracket joining partners who are not neighbours, gets a level so that those which would
 * overlap go at different heights.
 */
import { cmp, type PartnerLink, type Structure } from './layout-structure.ts';

export interface Levels {
  /** Per row: how many sibling-bar heights the families above it need. */
  bars: number[];
  barLevel: Map<string, number>;
  /** Per row: how many brackets join partners who are not neighbours. */
  uLines: number[];
  uLevel: Map<string, number>;
}

/** Greedy interval colouring: the lowest level where the interval overlaps nothing. */
function assign(intervals: { key: string; lo: number; hi: number }[], gap: number): Map<string, number> {
  const taken: { lo: number; hi: number; level: number }[] = [];
  const out = new Map<string, number>();
  const sorted = [...intervals].sort(
    (a, b) => a.hi - a.lo - (b.hi - b.lo) || a.lo - b.lo || cmp(a.key, b.key),
  );
  for (const iv of sorted) {
    let level = 0;
    while (taken.some((t) => t.level === level && iv.lo < t.hi + gap && t.lo < iv.hi + gap)) level++;
    taken.push({ ...iv, level });
    out.set(iv.key, level);
  }
  return out;
}

export const adjacent = (order: string[][], l: PartnerLink, row: number) => {
  const r = order[row] ?? [];
  return Math.abs(r.indexOf(l.a) - r.indexOf(l.b)) === 1;
};

export function planLevels(s: Structure, order: string[][], x: Map<string, number>): Levels {
  const X = (id: string) => x.get(id) ?? 0;
  const uLevel = new Map<string, number>();
  const uLines = order.map(() => 0);
  order.forEach((_, r) => {
    const far = s.links.filter((l) => s.gen.get(l.a) === r && !adjacent(order, l, r));
    const lv = assign(
      far.map((l) => ({ key: l.id, lo: Math.min(X(l.a), X(l.b)), hi: Math.max(X(l.a), X(l.b)) })),
      4,
    );
    for (const [k, v] of lv) uLevel.set(k, v);
    uLines[r] = far.length > 0 ? Math.max(...lv.values()) + 1 : 0;
  });
  const barLevel = new Map<string, number>();
  const bars = order.map(() => 0);
  order.forEach((_, r) => {
    const fams = s.families.filter((f) => f.children.some((c) => s.gen.get(c) === r));
    const lv = assign(
      fams.map((f) => {
        const xs = [...f.parents.map(X), ...f.children.map(X)];
        const ax = f.parents.reduce((a, p) => a + X(p), 0) / f.parents.length;
        const cx = f.children.map(X);
        return { key: f.key, lo: Math.min(ax, ...cx), hi: Math.max(ax, ...cx) || Math.max(...xs) };
      }),
      12,
    );
    for (const [k, v] of lv) barLevel.set(k, v);
    bars[r] = fams.length > 0 ? Math.max(...lv.values()) + 1 : 0;
  });
  return { bars, barLevel, uLines, uLevel };
}
