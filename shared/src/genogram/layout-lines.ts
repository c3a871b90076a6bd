/**
 * Step 4 of the layout: the lines. All structure lines are horizontal or vertical, except the two
 * arms of a twins' V. Partner lines join neighbours at the height of the symbols' centres, so they
 * cross nobody; partners who are not neighbours are joined by a bracket beneath the labels. Each
 * family's drop line falls to its own sibling bar between the rows; bars of different families that
 * would overlap go at different heights.
 */
import type { GenogramModel, ParentKind } from './model.ts';
import type { EmotionalLine, HouseholdShape, LineStyle, PartnershipMarker, Segment } from './layout-types.ts';
import { LABEL_BOTTOM, SYMBOL_SIZE } from './layout-types.ts';
import { cmp, type Family, type PartnerLink, type Structure } from './layout-structure.ts';
import { labelLines, labelWidth } from './labels.ts';
import { SLOT } from './layout-place.ts';

const H = SYMBOL_SIZE / 2;
const BAR_OFFSET = 46;
const BAR_STEP = 10;
const U_STEP = 8;

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

const adjacent = (order: string[][], l: PartnerLink, row: number) => {
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

const CHILD_STYLE: Record<ParentKind, LineStyle> = {
  birth: 'solid',
  adopted: 'dashed',
  fostered: 'dotted',
  step: 'dash-dot',
};

const year = (d: string | null) => (d ? d.slice(0, 4) : null);

export function drawLines(
  s: Structure,
  model: GenogramModel,
  order: string[][],
  x: Map<string, number>,
  y: Map<string, number>,
  rowY: number[],
  levels: Levels,
): {
  segments: Segment[];
  markers: PartnershipMarker[];
  households: HouseholdShape[];
  emotional: EmotionalLine[];
} {
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
      const lowest = Math.max(rowY[r] ?? 0, ...(order[r] ?? []).map(Y));
      cy = lowest + LABEL_BOTTOM + 6 + (levels.uLevel.get(l.id) ?? 0) * U_STEP;
      seg('partner', X(a), Y(a) + H, X(a), cy, own);
      seg('partner', X(a), cy, X(b), cy, own);
      seg('partner', X(b), cy, X(b), Y(b) + H, own);
    }
    connector.set(l.id, { x: mx, y: cy });
    if (l.kind === 'none') continue;
    const near = adjacent(order, l, r);
    const slashes = l.kind === 'divorced' ? 2 : l.kind === 'separated' ? 1 : 0;
    const from = year(l.from);
    const to = year(l.to);
    const start = l.kind === 'cohabiting' ? 'lived together' : 'm.';
    const end = l.kind === 'divorced' ? 'div.' : 'sep.';
    // Dates above the line between neighbours only: a bracket's dates would land on its neighbours'.
    const dates = near
      ? [from ? `${start} ${from}` : null, to && slashes ? `${end} ${to}` : null].filter(Boolean)
      : [];
    const shift = hasChildren.has(l.id) ? -Math.min(18, (X(b) - X(a)) / 4) : 0;
    markers.push({
      relationshipId: l.id,
      kind: l.kind,
      x: mx + shift,
      y: cy,
      slashes,
      dates: dates.length > 0 ? dates.join(' · ') : null,
      dateX: mx,
      dateY: Math.min(Y(a), Y(b)) - H - 8,
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

  return {
    segments,
    markers,
    households: householdShapes(s, model, X, Y),
    emotional: emotionalLines(s, order, X, Y),
  };
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
function sideExit(s: Structure, order: string[][], p: string, X: (id: string) => number): number | null {
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

function householdShapes(
  s: Structure,
  model: GenogramModel,
  X: (id: string) => number,
  Y: (id: string) => number,
): HouseholdShape[] {
  const out: HouseholdShape[] = [];
  for (const h of [...model.households].sort((a, b) => cmp(a.id, b.id))) {
    const members = [...s.people.values()].filter((p) => p.householdId === h.id).map((p) => p.id);
    if (members.length === 0 || out.some((o) => o.householdId === h.id)) continue;
    const rows = [...new Set(members.map((m) => s.gen.get(m) ?? 0))].sort((a, b) => a - b);
    const half = (m: string) => {
      const person = s.people.get(m);
      // labelWidth guesses 6.4 units a character; bold names draw wider, so leave a margin.
      const w = person ? labelWidth(labelLines(person)) * 0.55 + 6 : 0;
      return Math.max(H + 10, Math.min(59, w));
    };
    const bands = rows.map((r) => {
      const inRow = members.filter((m) => s.gen.get(m) === r);
      return {
        lo: Math.min(...inRow.map((m) => X(m) - half(m))),
        hi: Math.max(...inRow.map((m) => X(m) + half(m))),
        // Above the partnership dates, which sit just over the symbols.
        top: Math.min(...inRow.map((m) => Y(m))) - H - 20,
        bottom: Math.max(...inRow.map((m) => Y(m))) + LABEL_BOTTOM + 16,
      };
    });
    // A staircase: each row's band reaches halfway to the next member row.
    const right: { x: number; y: number }[] = [];
    const left: { x: number; y: number }[] = [];
    bands.forEach((b, i) => {
      const prev = bands[i - 1];
      const next = bands[i + 1];
      const y1 = prev ? (prev.bottom + b.top) / 2 : b.top;
      const y2 = next ? (b.bottom + next.top) / 2 : b.bottom;
      right.push({ x: b.hi, y: y1 }, { x: b.hi, y: y2 });
      left.push({ x: b.lo, y: y1 }, { x: b.lo, y: y2 });
    });
    const last = bands[bands.length - 1] ?? { lo: 0, bottom: 0 };
    out.push({
      householdId: h.id,
      name: h.name,
      points: [...right, ...left.reverse()],
      labelX: last.lo + 6,
      labelY: last.bottom - 5,
      members: members.sort(cmp),
    });
  }
  return out;
}

function emotionalLines(
  s: Structure,
  order: string[][],
  X: (id: string) => number,
  Y: (id: string) => number,
): EmotionalLine[] {
  const out: EmotionalLine[] = [];
  const raised = new Map<number, number>();
  for (const e of s.emotional) {
    const [a, b] = [e.a, e.b];
    const ra = s.gen.get(a) ?? 0;
    const rb = s.gen.get(b) ?? 0;
    let points: { x: number; y: number }[];
    if (ra === rb) {
      const row = order[ra] ?? [];
      const dir = X(b) >= X(a) ? 1 : -1;
      if (Math.abs(row.indexOf(a) - row.indexOf(b)) === 1 && Y(a) === Y(b)) {
        points = [
          { x: X(a) + dir * (H + 4), y: Y(a) - 15 },
          { x: X(b) - dir * (H + 4), y: Y(b) - 15 },
        ];
      } else {
        const k = raised.get(ra) ?? 0;
        raised.set(ra, k + 1);
        const top = Math.min(Y(a), Y(b)) - H - 14 - k * 6;
        points = [
          { x: X(a), y: Y(a) - H - 4 },
          { x: X(a), y: top },
          { x: X(b), y: top },
          { x: X(b), y: Y(b) - H - 4 },
        ];
      }
    } else {
      const dx = X(b) - X(a);
      const dy = Y(b) - Y(a);
      const len = Math.hypot(dx, dy) || 1;
      const r = H * 1.5;
      points = [
        { x: X(a) + (dx / len) * r, y: Y(a) + (dy / len) * r },
        { x: X(b) - (dx / len) * r, y: Y(b) - (dy / len) * r },
      ];
    }
    const round = (p: { x: number; y: number }) => ({
      x: Math.round(p.x * 10) / 10,
      y: Math.round(p.y * 10) / 10,
    });
    out.push({ relationshipId: e.id, kind: e.kind, a, b, points: points.map(round) });
  }
  return out;
}
