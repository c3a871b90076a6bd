/**
 * Genogram layout: the model in, positions and lines out. Pure and deterministic: the same model
 * gives the same layout, whatever order its lists (or the Yjs maps behind them) are in.
 *
 * 1. layout-structure.ts  generations (rows), partner blocks, families, sibling order, twins
 * 2. layout-place.ts      order and x of each block per row (sweeps + isotonic regression)
 * 3. here                 the chair's nudges (clamped so they never create overlaps), row heights
 * 4. layout-lines.ts      partner lines, drop lines, sibling bars, markers, households, emotional lines
 *
 * Units are abstract layout units (1 unit = 1 px in the SVG). y grows downwards.
 */
import type { GenogramModel } from './model.ts';
import { labelLines } from './labels.ts';
import {
  LABEL_BOTTOM,
  MAX_NUDGE_Y,
  MIN_SEPARATION,
  SYMBOL_SIZE,
  type Layout,
  type LayoutOptions,
  type PlacedSymbol,
} from './layout-types.ts';
import { drawLines, planLevels } from './layout-lines.ts';
import { placeRows, SLOT } from './layout-place.ts';
import { buildStructure } from './layout-structure.ts';

export * from './layout-types.ts';

const round = (v: number) => Math.round(v * 10) / 10;

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

  const levels = planLevels(s, order, x);
  const rowY: number[] = [];
  order.forEach((_, r) => {
    const prev = rowY[r - 1];
    const gap =
      LABEL_BOTTOM +
      MAX_NUDGE_Y +
      12 +
      (levels.uLines[r - 1] ?? 0) * 8 +
      40 +
      SYMBOL_SIZE / 2 +
      (levels.bars[r] ?? 0) * 10;
    rowY.push(prev === undefined ? 0 : prev + Math.max(gap, 200));
  });
  const y = new Map<string, number>();
  for (const id of s.people.keys()) y.set(id, round((rowY[s.gen.get(id) ?? 0] ?? 0) + (dy.get(id) ?? 0)));

  const symbols: PlacedSymbol[] = [...s.people.values()].map((p) => ({
    personId: p.id,
    x: x.get(p.id) ?? 0,
    y: y.get(p.id) ?? 0,
    size: SYMBOL_SIZE,
    generation: s.gen.get(p.id) ?? 0,
    label: labelLines(p),
  }));
  const drawn = drawLines(s, model, order, x, y, rowY, levels);
  const pts: { x: number; y: number }[] = [
    ...symbols.flatMap((sym) => [
      { x: sym.x - SLOT / 2, y: sym.y - SYMBOL_SIZE },
      { x: sym.x + SLOT / 2, y: sym.y + LABEL_BOTTOM },
    ]),
    ...drawn.segments.flatMap((g) => [
      { x: g.x1, y: g.y1 },
      { x: g.x2, y: g.y2 },
    ]),
    ...drawn.households.flatMap((h) => [...h.points, { x: h.labelX + h.name.length * 6.2, y: h.labelY }]),
    ...drawn.emotional.flatMap((e) => e.points),
  ];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const b = {
    minX: Math.min(0, ...xs) - 10,
    minY: Math.min(0, ...ys) - 10,
    maxX: Math.max(0, ...xs) + 10,
    maxY: Math.max(0, ...ys) + 10,
  };
  const kinds = new Set(s.families.flatMap((f) => [...f.childKind.values()]));
  return {
    symbols,
    ...drawn,
    bounds: { ...b, width: b.maxX - b.minX, height: b.maxY - b.minY },
    childKinds: (['birth', 'adopted', 'fostered', 'step'] as const).filter((k) => kinds.has(k)),
  };
}
