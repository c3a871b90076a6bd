/**
 * Step 4 of the layout: the lines (levels in layout-levels.ts; households in
 * layout-households.ts, emotional lines in layout-emotional.ts). All structure lines are horizontal or vertical, except the two
 * arms of a twins' V. Partner lines join neighbours at the height of the symbols' centres, so they
 * cross nobody; partners who are not neighbours are joined by a bracket beneath the labels. Each
 * family's drop line falls to its own sibling bar between the rows; bars of different families that
 * would overlap go at different heights.
 */
import type { ParentKind } from './model.ts';
import type { LineStyle, PartnershipMarker, Segment } from './layout-types.ts';
import { SYMBOL_SIZE } from './layout-types.ts';
import type { Family, Structure } from './layout-structure.ts';
import { adjacent, type Levels } from './layout-levels.ts';
import { SLOT } from './layout-place.ts';
import { partnershipDateWords } from './dates.ts';

export { planLevels, type Levels } from './layout-levels.ts';

const H = SYMBOL_SIZE / 2;
export const BAR_OFFSET = 46;
export const BAR_STEP = 10;
export const U_STEP = 8;
/** From the bottom of a row's words to its first bracket. */
export const BRACKET_GAP = 6;
/** From a symbol's centre up to the baseline of its couple's dates (just above the household outline). */
export const DATES_UP = SYMBOL_SIZE / 2 + 14;

const CHILD_STYLE: Record<ParentKind, LineStyle> = {
  birth: 'solid',
  adopted: 'dashed',
  fostered: 'dotted',
  step: 'dash-dot',
};

export function drawLines(
  s: Structure,
  order: string[][],
  x: Map<string, number>,
  y: Map<string, number>,
  rowY: number[],
  /** Per row: below the lowest words in the row, nudged ones included. */
  underLabels: number[],
  levels: Levels,
): { segments: Segment[]; markers: PartnershipMarker[] } {
  const X = (id: string) => x.get(id) ?? 0;
  const Y = (id: string) => y.get(id) ?? 0;
  const segments: Segment[] = [];
  const markers: PartnershipMarker[] = [];
  const seg = (
    role: Segment['role'],
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    extra: Partial<Segment>,
  ) => {
    if (x1 === x2 && y1 === y2) return;
    segments.push({ role, x1, y1, x2, y2, style: 'solid', thin: false, owners: [], ref: '', ...extra });
  };
  const hasChildren = new Set(s.families.flatMap((f) => (f.link ? [f.link.id] : [])));

  // Partner lines; the point each couple's children hang from.
  const connector = new Map<string, { x: number; y: number }>();
  for (const l of s.links) {
    const r = s.gen.get(l.a) ?? 0;
    const [a, b] = X(l.a) <= X(l.b) ? [l.a, l.b] : [l.b, l.a];
    const extra = {
      style: (l.kind === 'cohabiting' ? 'dashed' : 'solid') as LineStyle,
      thin: l.kind === 'none',
    };
    const own = { ...extra, owners: [a, b], ref: l.id };
    const mx = (X(a) + X(b)) / 2;
    let cy: number;
    if (adjacent(order, l, r)) {
      const [ya, yb] = [Y(a), Y(b)];
      if (ya === yb) seg('partner', X(a) + H, ya, X(b) - H, yb, own);
      else {
        seg('partner', X(a) + H, ya, mx, ya, own);
        seg('partner', mx, ya, mx, yb, own);
        seg('partner', mx, yb, X(b) - H, yb, own);
      }
      cy = Math.max(ya, yb);
    } else {
      // Below the lowest label in the row, nudged ones included.
      cy = (underLabels[r] ?? 0) + BRACKET_GAP + (levels.uLevel.get(l.id) ?? 0) * U_STEP;
      seg('partner', X(a), Y(a) + H, X(a), cy, own);
      seg('partner', X(a), cy, X(b), cy, own);
      seg('partner', X(b), cy, X(b), Y(b) + H, own);
    }
    connector.set(l.id, { x: mx, y: cy });
    if (l.kind === 'none') continue;
    const near = adjacent(order, l, r);
    const slashes = l.kind === 'divorced' ? 2 : l.kind === 'separated' ? 1 : 0;
    // Dates above the line between neighbours only: a bracket's dates would land on its neighbours'.
    const dates = near ? partnershipDateWords(l.kind, l.from, l.to) : [];
    const shift = hasChildren.has(l.id) ? -Math.min(18, (X(b) - X(a)) / 4) : 0;
    markers.push({
      relationshipId: l.id,
      kind: l.kind,
      x: mx + shift,
      y: cy,
      slashes,
      dates,
      dateX: mx,
      dateY: Math.min(Y(a), Y(b)) - DATES_UP,
    });
  }

  // Families: drop line, sibling bar, a line down to each child (twins share one point).
  for (const f of s.families) {
    const rows = [...new Set(f.children.map((c) => s.gen.get(c) ?? 0))].sort((p, q) => p - q);
    for (const r of rows) {
      const kids = f.children.filter((c) => s.gen.get(c) === r);
      const barY = (rowY[r] ?? 0) - BAR_OFFSET - (levels.barLevel.get(f.key) ?? 0) * BAR_STEP;
      const top = anchorOf(f, connector, X, Y);
      const side = f.link ? null : sideExit(s, order, f.parents[0] ?? '', X);
      if (side) {
        // A single parent's line leaves from the side, so it does not run through their label.
        const p = f.parents[0] ?? '';
        top.x = side;
        top.y = Y(p);
        seg('drop', X(p) + Math.sign(side - X(p)) * H, Y(p), side, Y(p), { owners: f.parents, ref: f.key });
      }
      seg('drop', top.x, top.y, top.x, barY, { owners: f.parents, ref: f.key });
      const points: number[] = [top.x];
      const done = new Set<string>();
      for (const c of kids) {
        if (done.has(c)) continue;
        const style = CHILD_STYLE[f.childKind.get(c) ?? 'birth'];
        const group = twinRun(s.twinGroup.get(c) ?? [c], c, kids, order[r] ?? []);
        if (group.length < 2) {
          seg('child', X(c), barY, X(c), Y(c) - H, { style, owners: [c], ref: c });
          points.push(X(c));
          done.add(c);
          continue;
        }
        const px = group.reduce((a, t) => a + X(t), 0) / group.length;
        points.push(px);
        const mids: { x: number; y: number; id: string }[] = [];
        for (const t of group) {
          done.add(t);
          const tStyle = CHILD_STYLE[f.childKind.get(t) ?? 'birth'];
          seg('twin', px, barY, X(t), Y(t) - H, { style: tStyle, owners: [t], ref: t });
          mids.push({ x: (px + X(t)) / 2, y: (barY + Y(t) - H) / 2, id: t });
        }
        for (let i = 0; i + 1 < mids.length; i++) {
          const [m1, m2] = [mids[i], mids[i + 1]];
          const pair = m1 && m2 ? (m1.id < m2.id ? `${m1.id}|${m2.id}` : `${m2.id}|${m1.id}`) : '';
          if (m1 && m2 && s.identical.has(pair)) {
            seg('identical-twins', m1.x, m1.y, m2.x, m2.y, { owners: [m1.id, m2.id], ref: pair });
          }
        }
      }
      seg('sibling-bar', Math.min(...points), barY, Math.max(...points), barY, { ref: f.key });
    }
  }

  return { segments, markers };
}

/**
 * The twins drawn as one V with `c`: those in its group who stand next to it in the row. Twins kept
 * apart (one has partners either side) get straight lines, since a V would cross whoever stands between.
 */
function twinRun(group: string[], c: string, kids: string[], row: string[]): string[] {
  const members = group.filter((t) => kids.includes(t)).sort((a, b) => row.indexOf(a) - row.indexOf(b));
  const runs: string[][] = [];
  for (const t of members) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (run && prev !== undefined && row.indexOf(t) === row.indexOf(prev) + 1) run.push(t);
    else runs.push([t]);
  }
  return runs.find((run) => run.includes(c)) ?? [c];
}

/** Where a single parent's drop line can come down beside them: halfway to a neighbour not joined to them. */
export function sideExit(
  s: Structure,
  order: string[][],
  p: string,
  X: (id: string) => number,
): number | null {
  const row = order[s.gen.get(p) ?? 0] ?? [];
  const i = row.indexOf(p);
  const joined = (q: string | undefined) =>
    q !== undefined && s.links.some((l) => (l.a === p && l.b === q) || (l.a === q && l.b === p));
  // A single parent on the left would come down at the same place, from their right side.
  const alone = (q: string | undefined) =>
    q !== undefined && s.families.some((f) => f.parents.length === 1 && f.parents[0] === q);
  for (const q of [row[i + 1], row[i - 1]]) {
    const dir = q === row[i + 1] ? 1 : -1;
    if (joined(q) || (dir < 0 && alone(q))) continue;
    const room = q === undefined ? SLOT : Math.abs(X(q) - X(p));
    return X(p) + (dir * room) / 2;
  }
  return null;
}

function anchorOf(
  f: Family,
  connector: Map<string, { x: number; y: number }>,
  X: (id: string) => number,
  Y: (id: string) => number,
): { x: number; y: number } {
  const c = f.link ? connector.get(f.link.id) : undefined;
  if (c) return c;
  const p = f.parents[0] ?? '';
  return { x: X(p), y: Y(p) + H };
}
