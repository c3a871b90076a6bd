/**
 * Step 4d of the layout: the emotional relationship lines, routed so that they never pass through
 * anyone else's symbol or words. Every line is made of horizontal and vertical pieces:
 *
 *   neighbours in a row     a short line between the two symbols;
 *   others in one row       up from each symbol, and across above the row;
 *   people in other rows    out of the side of the upper person, down through the gap beside
 *                           them, along the free space under the row, down through a gap in each
 *                           row between, and into the top of the lower person's symbol.
 *
 * Planned in two passes: the x of every piece first (before the rows' heights are known, so the
 * layout can leave room between the rows for the lines running there), then the y.
 */
import type { EmotionalKind } from './model.ts';
import type { EmotionalLine } from './layout-types.ts';
import type { Structure } from './layout-structure.ts';
import { cmp } from './layout-order.ts';
import { sideExit } from './layout-lines.ts';

/** Distance between the lines running side by side under (or above) one row. */
export const EMOTIONAL_STEP = 6;
/** How close a line may come to someone's symbol or words. */
const CLEAR = 5;
/** From a symbol's centre to where a line leaves its side or enters its top. */
const SIDE_Y = -12;
const OFFSET = 14;
/** How much further a line will go to avoid running beside a drop line. */
const BUSY = 150;

type YRef =
  | { at: 'person'; id: string; dy: number }
  | { at: 'below'; row: number; level: number }
  | { at: 'above'; row: number; level: number; x1: number; x2: number };

interface Planned {
  id: string;
  kind: EmotionalKind;
  a: string;
  b: string;
  points: { x: number; y: YRef }[];
}

export interface EmotionalPlan {
  lines: Planned[];
  /** Per row: how many levels of lines run under it, and above it. */
  below: number[];
  above: number[];
}

/** Per person, the x extent of their symbol and words. */
export type Extent = (id: string) => { x1: number; x2: number };

type Gap = { x1: number; x2: number };

/** The gaps a line can go down through in a row: between people, and past each end. */
function gapsOf(row: string[], ext: Extent): Gap[] {
  const sorted = [...row].sort((p, q) => ext(p).x1 - ext(q).x1);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [{ x1: -Infinity, x2: Infinity }];
  const out: Gap[] = [{ x1: -Infinity, x2: ext(first).x1 }];
  for (let i = 0; i + 1 < sorted.length; i++) {
    out.push({ x1: ext(sorted[i] as string).x2, x2: ext(sorted[i + 1] as string).x1 });
  }
  out.push({ x1: ext(last).x2, x2: Infinity });
  return out.filter((g) => g.x2 - g.x1 >= 2 * CLEAR);
}

/** Where in a gap the line goes, and how good a choice the gap is (lower is better). */
function spot(g: Gap, want: number, busy: number[]): { x: number; cost: number } {
  const far = (want < g.x1 ? g.x1 - want : want > g.x2 ? want - g.x2 : 0) * 1;
  if (!Number.isFinite(g.x1)) return { x: g.x2 - CLEAR - 12, cost: far };
  if (!Number.isFinite(g.x2)) return { x: g.x1 + CLEAR + 12, cost: far };
  const [lo, hi] = [g.x1 + CLEAR, g.x2 - CLEAR];
  // A drop line comes down here: keep well away from it (and the gap's edges), and prefer another gap.
  const line = busy.find((b) => b > g.x1 && b < g.x2);
  if (line === undefined) return { x: Math.min(hi, Math.max(lo, (lo + hi) / 2)), cost: far };
  return { x: line - lo > hi - line ? (lo + line) / 2 : (line + hi) / 2, cost: far + BUSY };
}

function bestSpot(gaps: Gap[], want: number, busy: number[]): { x: number; cost: number } | null {
  const spots = gaps.map((g) => spot(g, want, busy)).sort((a, b) => a.cost - b.cost || a.x - b.x);
  return spots[0] ?? null;
}

export function planEmotional(
  s: Structure,
  order: string[][],
  X: (id: string) => number,
  dy: (id: string) => number,
  ext: Extent,
): EmotionalPlan {
  const rowOf = (id: string) => s.gen.get(id) ?? 0;
  // Where drop lines come down from parents (between a couple, or beside a single parent).
  const busy = s.families.map((f) => {
    const [a, b] = f.parents;
    if (b !== undefined && a !== undefined) return (X(a) + X(b)) / 2;
    return sideExit(s, order, a ?? '', X) ?? X(a ?? '');
  });
  const nearestGap = (row: string[], want: number) => bestSpot(gapsOf(row, ext), want, busy)?.x ?? want;
  const lines: Planned[] = [];
  const runs: { line: Planned; point: number; channel: string; x1: number; x2: number }[] = [];
  for (const e of s.emotional) {
    const [ra, rb] = [rowOf(e.a), rowOf(e.b)];
    const reversed = rb < ra;
    const [a, b] = reversed ? [e.b, e.a] : [e.a, e.b];
    const line: Planned = { id: e.id, kind: e.kind, a: e.a, b: e.b, points: [] };
    const pts = line.points;
    const P = (id: string, d: number) => ({ at: 'person', id, dy: d }) as const;
    const dir = X(b) >= X(a) ? 1 : -1;
    const r = Math.min(ra, rb);
    const row = order[r] ?? [];
    if (ra === rb) {
      if (Math.abs(row.indexOf(a) - row.indexOf(b)) === 1 && dy(a) === dy(b)) {
        pts.push({ x: X(a) + dir * 26, y: P(a, SIDE_Y) }, { x: X(b) - dir * 26, y: P(b, SIDE_Y) });
      } else {
        const [x0, x1] = [X(a) + dir * OFFSET, X(b) - dir * OFFSET];
        const over: YRef = { at: 'above', row: r, level: 0, x1: Math.min(x0, x1), x2: Math.max(x0, x1) };
        pts.push({ x: x0, y: P(a, -26) }, { x: x0, y: over }, { x: x1, y: over }, { x: x1, y: P(b, -26) });
        runs.push({ line, point: 1, channel: `above:${r}`, x1: over.x1, x2: over.x2 });
      }
    } else {
      const lower = Math.max(ra, rb);
      // Out of the side of the upper person, towards the other; the far side if that has no room.
      const mine = ext(a);
      const beside = bestSpot(
        gapsOf(row, ext).filter((g) => g.x1 === mine.x2 || g.x2 === mine.x1),
        X(b),
        busy,
      );
      let x: number;
      if (beside) {
        x = beside.x;
        pts.push({ x: X(a) + Math.sign(x - X(a)) * 26, y: P(a, SIDE_Y) }, { x, y: P(a, SIDE_Y) });
      } else {
        // Packed in tightly: up over the row to the nearest gap, then down.
        x = nearestGap(row, X(a));
        const x0 = X(a) + Math.sign(x - X(a)) * OFFSET;
        const over: YRef = { at: 'above', row: r, level: 0, x1: Math.min(x0, x), x2: Math.max(x0, x) };
        pts.push({ x: x0, y: P(a, -26) }, { x: x0, y: over }, { x, y: over });
        runs.push({ line, point: 1, channel: `above:${r}`, x1: over.x1, x2: over.x2 });
      }
      for (let k = r + 1; k <= lower; k++) {
        const next =
          k === lower ? X(b) - Math.sign(X(b) - x || 1) * OFFSET : nearestGap(order[k] ?? [], X(b));
        const under: YRef = { at: 'below', row: k - 1, level: 0 };
        runs.push({
          line,
          point: pts.length,
          channel: `below:${k - 1}`,
          x1: Math.min(x, next),
          x2: Math.max(x, next),
        });
        pts.push({ x, y: under }, { x: next, y: under });
        x = next;
      }
      pts.push({ x, y: P(b, -26) });
      if (reversed) pts.reverse();
      if (reversed) for (const run of runs) if (run.line === line) run.point = pts.length - 2 - run.point;
    }
    lines.push(line);
  }
  // Lines that would run along each other in one channel go at different heights.
  const below = order.map(() => 0);
  const above = order.map(() => 0);
  const byChannel = new Map<string, typeof runs>();
  for (const run of runs) byChannel.set(run.channel, [...(byChannel.get(run.channel) ?? []), run]);
  for (const [channel, list] of byChannel) {
    const taken: { x1: number; x2: number; level: number }[] = [];
    list.sort((p, q) => p.x2 - p.x1 - (q.x2 - q.x1) || p.x1 - q.x1 || cmp(p.line.id, q.line.id));
    for (const run of list) {
      let level = 0;
      while (taken.some((t) => t.level === level && run.x1 < t.x2 + 8 && t.x1 < run.x2 + 8)) level++;
      taken.push({ ...run, level });
      for (const i of [run.point, run.point + 1]) {
        const p = run.line.points[i];
        if (p && p.y.at !== 'person') p.y = { ...p.y, level };
      }
      const [side, r] = channel.split(':');
      const counts = side === 'above' ? above : below;
      counts[Number(r)] = Math.max(counts[Number(r)] ?? 0, level + 1);
    }
  }
  return { lines, below, above };
}

/** The lines' points, once every row has its height. */
export function placeEmotional(
  plan: EmotionalPlan,
  order: string[][],
  Y: (id: string) => number,
  ext: Extent,
  belowY: number[],
): EmotionalLine[] {
  const round = (v: number) => Math.round(v * 10) / 10;
  const yOf = (ref: YRef): number => {
    if (ref.at === 'person') return Y(ref.id) + ref.dy;
    if (ref.at === 'below') return (belowY[ref.row] ?? 0) + ref.level * EMOTIONAL_STEP;
    const spanned = (order[ref.row] ?? []).filter(
      (p) => ext(p).x2 > ref.x1 - CLEAR && ext(p).x1 < ref.x2 + CLEAR,
    );
    const top = Math.min(...spanned.map((p) => Y(p) - 25));
    return top - CLEAR - 1 - ref.level * EMOTIONAL_STEP;
  };
  return plan.lines.map((l) => ({
    relationshipId: l.id,
    kind: l.kind,
    a: l.a,
    b: l.b,
    points: l.points.map((p) => ({ x: round(p.x), y: round(yOf(p.y)) })),
  }));
}
