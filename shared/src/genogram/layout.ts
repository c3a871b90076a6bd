/**
 * Genogram layout: the model in, positions and lines out. Pure and deterministic: the same model
 * gives the same layout, whatever order its lists (or the Yjs maps behind them) are in.
 *
 * 1. layout-structure.ts  generations (rows), partner blocks, families, sibling order, twins
 * 2. layout-place.ts      order and x of each block per row (sweeps + isotonic regression)
 * 3. here                 the chair's nudges (clamped so they never create overlaps), row heights
 * 4. layout-lines.ts      partner lines, drop lines, sibling bars, markers;
 *    layout-households.ts and layout-emotional.ts  household outlines and emotional lines
 *
 * Units are abstract layout units (1 unit = 1 px in the SVG). y grows downwards.
 */
import type { GenogramModel } from './model.ts';
import { DATE_FONT, DATE_LINE, LABEL_GAP, labelHeight, labelLines } from './labels.ts';
import {
  MAX_NUDGE_Y,
  MIN_SEPARATION,
  SYMBOL_SIZE,
  type Layout,
  type LayoutOptions,
  type PlacedSymbol,
} from './layout-types.ts';
import {
  BAR_OFFSET,
  BAR_STEP,
  BRACKET_GAP,
  DATES_UP,
  drawLines,
  planLevels,
  U_STEP,
} from './layout-lines.ts';
import { placeRows } from './layout-place.ts';
import { buildStructure } from './layout-structure.ts';
import { datesBox, householdNameBox, personBox, symbolBox, type Box } from './layout-boxes.ts';
import { EMOTIONAL_STEP, placeEmotional, planEmotional } from './layout-emotional.ts';
import { HOUSEHOLD_EDGE, HOUSEHOLD_PAD, householdShapes } from './layout-households.ts';
import { adjacent } from './layout-levels.ts';
import { partnershipDateWords } from './dates.ts';

export * from './layout-types.ts';

const round = (v: number) => Math.round(v * 10) / 10;
const H = SYMBOL_SIZE / 2;
/** The least distance between the centres of two rows. */
const MIN_ROW_GAP = 170;

export function layoutGenogram(model: GenogramModel, options: LayoutOptions = {}): Layout {
  const s = buildStructure(model, options.referenceYear ?? 2026);
  const { order, x } = placeRows(s);
  // Nudges, in id order: x within the room its neighbours leave, y within a small band.
  const dy = new Map<string, number>();
  for (const [id, p] of s.people) {
    if (!p.nudge) continue;
    const row = order[s.gen.get(id) ?? 0] ?? [];
    const i = row.indexOf(id);
    const lo = i > 0 ? (x.get(row[i - 1] ?? '') ?? 0) + MIN_SEPARATION : -Infinity;
    const hi = i < row.length - 1 ? (x.get(row[i + 1] ?? '') ?? 0) - MIN_SEPARATION : Infinity;
    const cur = x.get(id) ?? 0;
    if (lo <= hi && Number.isFinite(p.nudge.dx)) x.set(id, Math.min(hi, Math.max(lo, cur + p.nudge.dx)));
    if (Number.isFinite(p.nudge.dy)) dy.set(id, Math.min(MAX_NUDGE_Y, Math.max(-MAX_NUDGE_Y, p.nudge.dy)));
  }
  const minX = Math.min(0, ...x.values());
  for (const [id, v] of x) x.set(id, round(v - minX));
  const X = (id: string) => x.get(id) ?? 0;
  const DY = (id: string) => dy.get(id) ?? 0;

  const labels = new Map([...s.people.values()].map((p) => [p.id, labelLines(p)]));
  const shape = (id: string, yy: number) => ({
    x: X(id),
    y: yy,
    size: SYMBOL_SIZE,
    label: labels.get(id) ?? [],
  });
  const extent = (id: string) => personBox(shape(id, 0));
  const levels = planLevels(s, order, x);
  const emotionalPlan = planEmotional(s, order, X, DY, extent);
  // Room under a row for the household outlines: for their names where a household's members
  // end (nobody of it in the row below), a little otherwise.
  const households = new Set(model.households.map((h) => h.id));
  const homesIn = order.map(
    (row) =>
      new Set(
        row.flatMap((id) => {
          const h = s.people.get(id)?.householdId;
          return h && households.has(h) ? [h] : [];
        }),
      ),
  );
  const householdPad = homesIn.map((here, r) => {
    if (here.size === 0) return 0;
    const below = homesIn[r + 1] ?? new Set<string>();
    return [...here].some((h) => !below.has(h)) ? HOUSEHOLD_PAD : HOUSEHOLD_EDGE;
  });
  // The lines of dates above each row's couples (neighbours only: see layout-lines.ts).
  const dateLines = order.map((_, r) =>
    Math.max(
      0,
      ...s.links.map((l) =>
        s.gen.get(l.a) === r && l.kind !== 'none' && adjacent(order, l, r)
          ? partnershipDateWords(l.kind, l.from, l.to).length
          : 0,
      ),
    ),
  );
  const down = order.map((row) => Math.max(0, ...row.map(DY)));
  const up = order.map((row) => Math.max(0, ...row.map((id) => -DY(id))));
  // From a symbol's centre to the bottom of the lowest words in its row.
  const labelDepth = order.map((row) =>
    Math.max(H, ...row.map((id) => H + LABEL_GAP + labelHeight(labels.get(id)?.length ?? 0))),
  );
  // Under a row: its words, brackets, room for household names, emotional lines. Above the next:
  // sibling bars, the couples' dates, emotional lines over the row. And room for people nudged
  // down in the row above or up in the row below.
  const under = (r: number) =>
    (down[r - 1] ?? 0) +
    (labelDepth[r - 1] ?? 0) +
    BRACKET_GAP +
    (levels.uLines[r - 1] ?? 0) * U_STEP +
    (householdPad[r - 1] ?? 0) +
    ((emotionalPlan.below[r - 1] ?? 0) > 0 ? 6 + (emotionalPlan.below[r - 1] ?? 0) * EMOTIONAL_STEP : 0) +
    6;
  const over = (r: number) =>
    (up[r] ?? 0) +
    Math.max(
      BAR_OFFSET + (levels.bars[r] ?? 0) * BAR_STEP,
      (dateLines[r] ?? 0) > 0 ? DATES_UP + ((dateLines[r] ?? 1) - 1) * DATE_LINE + DATE_FONT + 4 : 0,
      H + 11 + (emotionalPlan.above[r] ?? 0) * EMOTIONAL_STEP + 4,
    );
  const rowY: number[] = [];
  order.forEach((_, r) => {
    const prev = rowY[r - 1];
    rowY.push(prev === undefined ? 0 : prev + Math.max(MIN_ROW_GAP, under(r) + over(r)));
  });
  const y = new Map<string, number>();
  for (const id of s.people.keys()) y.set(id, round((rowY[s.gen.get(id) ?? 0] ?? 0) + DY(id)));
  const Y = (id: string) => y.get(id) ?? 0;

  const symbols: PlacedSymbol[] = [...s.people.values()].map((p) => ({
    personId: p.id,
    x: X(p.id),
    y: Y(p.id),
    size: SYMBOL_SIZE,
    generation: s.gen.get(p.id) ?? 0,
    label: labels.get(p.id) ?? [],
  }));
  const underLabels = order.map((row, r) => Math.max(rowY[r] ?? 0, ...row.map(Y)) + (labelDepth[r] ?? 0));
  const drawn = drawLines(s, order, x, y, rowY, underLabels, levels);
  const belowLines = underLabels.map((v, r) => v + BRACKET_GAP + (levels.uLines[r] ?? 0) * U_STEP);
  const householdBottom = belowLines.map((v, r) => round(v + (householdPad[r] ?? 0)));
  const box = (id: string) => personBox(shape(id, Y(id)));
  const householdsDrawn = householdShapes(s, model, {
    order,
    row: (id) => s.gen.get(id) ?? 0,
    X,
    Y,
    box,
    bottom: householdBottom,
  });
  const emotional = placeEmotional(
    emotionalPlan,
    order,
    Y,
    box,
    householdBottom.map((v) => v + 6),
  );

  const boxes: Box[] = [
    ...symbols.map((sym) => personBox(sym)),
    ...symbols.map((sym) => symbolBox(sym)),
    ...drawn.markers.flatMap((m) => datesBox(m.dates, m.dateX, m.dateY) ?? []),
    ...householdsDrawn.flatMap((h) => h.names.map((nm) => householdNameBox(nm.text, nm.x, nm.y))),
  ];
  const pts: { x: number; y: number }[] = [
    ...boxes.flatMap((bx) => [
      { x: bx.x1, y: bx.y1 },
      { x: bx.x2, y: bx.y2 },
    ]),
    ...drawn.segments.flatMap((g) => [
      { x: g.x1, y: g.y1 },
      { x: g.x2, y: g.y2 },
    ]),
    ...householdsDrawn.flatMap((h) => h.rings.flat()),
    ...emotional.flatMap((e) => e.points),
  ];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const b = {
    minX: round(Math.min(0, ...xs) - 10),
    minY: round(Math.min(0, ...ys) - 10),
    maxX: round(Math.max(0, ...xs) + 10),
    maxY: round(Math.max(0, ...ys) + 10),
  };
  const kinds = new Set(s.families.flatMap((f) => [...f.childKind.values()]));
  return {
    symbols,
    ...drawn,
    households: householdsDrawn,
    emotional,
    bounds: { ...b, width: round(b.maxX - b.minX), height: round(b.maxY - b.minY) },
    childKinds: (['birth', 'adopted', 'fostered', 'step'] as const).filter((k) => kinds.has(k)),
  };
}
