/**
 * A geometry checker for genogram layouts: the promises layout.ts makes, checked on its output.
 * Used by the unit and property tests, and handy when debugging a family that looks wrong.
 *
 *   - each person is drawn exactly once;
 *   - no two symbols, with the words under them, overlap;
 *   - no structure line passes through a symbol or label it does not belong to (`Segment.owners`);
 *   - drop lines, sibling bars, child lines and partner lines are horizontal or vertical;
 *   - a child is drawn below each of its parents.
 * Emotional lines and household boundaries are free-form and not checked.
 */
import type { GenogramModel } from './model.ts';
import type { Layout, PlacedSymbol, Segment } from './layout-types.ts';

export interface LayoutProblem {
  kind: 'missing' | 'duplicate' | 'overlap' | 'crossing' | 'not-square' | 'child-above-parent';
  message: string;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Width of one character of 11px label text as drawn (bold, so a little wider than labels.ts guesses). */
const DRAWN_CHAR = 6.8;

/** The symbol itself, with room for a double outline or the X of a death. */
export function symbolBox(s: PlacedSymbol): Box {
  const h = s.size / 2 + 5;
  return { x1: s.x - h, y1: s.y - h, x2: s.x + h, y2: s.y + h };
}

/** The words under a symbol, as svg.ts draws them (11px text, 13px lines, below the symbol). */
export function labelBox(s: PlacedSymbol): Box | null {
  if (s.label.length === 0) return null;
  const half = (Math.max(...s.label.map((l) => l.length)) * DRAWN_CHAR) / 2;
  const top = s.y + s.size / 2 + 6;
  return { x1: s.x - half, y1: top, x2: s.x + half, y2: top + s.label.length * 13 + 2 };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Whether a segment passes through the inside of a box (Liang–Barsky clipping; touching is fine). */
export function segmentHitsBox(g: Pick<Segment, 'x1' | 'y1' | 'x2' | 'y2'>, box: Box): boolean {
  const e = 0.5;
  const [bx1, by1, bx2, by2] = [box.x1 + e, box.y1 + e, box.x2 - e, box.y2 - e];
  if (bx1 >= bx2 || by1 >= by2) return false;
  const dx = g.x2 - g.x1;
  const dy = g.y2 - g.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, g.x1 - bx1],
    [dx, bx2 - g.x1],
    [-dy, g.y1 - by1],
    [dy, by2 - g.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

const SLANTED_ROLES = new Set<Segment['role']>(['twin', 'identical-twins']);

export function checkLayout(layout: Layout, model?: GenogramModel): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const seen = new Map<string, PlacedSymbol>();
  for (const s of layout.symbols) {
    if (seen.has(s.personId)) problems.push({ kind: 'duplicate', message: `${s.personId} is drawn twice` });
    seen.set(s.personId, s);
  }
  for (const p of model?.people ?? []) {
    if (!seen.has(p.id)) problems.push({ kind: 'missing', message: `${p.id} is not drawn` });
  }

  const symbols = [...seen.values()];
  const areas = symbols.map((s) => ({
    s,
    boxes: [symbolBox(s), labelBox(s)].filter((b): b is Box => b !== null),
  }));
  // Sorted by left edge so the pairwise test stays near-linear for big families.
  const byLeft = areas
    .map((a) => ({
      ...a,
      x1: Math.min(...a.boxes.map((b) => b.x1)),
      x2: Math.max(...a.boxes.map((b) => b.x2)),
    }))
    .sort((a, b) => a.x1 - b.x1);
  for (let i = 0; i < byLeft.length; i++) {
    const a = byLeft[i];
    for (let j = i + 1; j < byLeft.length; j++) {
      const b = byLeft[j];
      if (!a || !b || b.x1 >= a.x2) break;
      if (a.boxes.some((p) => b.boxes.some((q) => overlaps(p, q)))) {
        problems.push({ kind: 'overlap', message: `${a.s.personId} and ${b.s.personId} overlap` });
      }
    }
  }

  for (const g of layout.segments) {
    const square = g.x1 === g.x2 || g.y1 === g.y2;
    if (!square && !SLANTED_ROLES.has(g.role)) {
      problems.push({ kind: 'not-square', message: `${g.role} line ${g.ref} is not at a right angle` });
    }
    const owners = new Set(g.owners);
    for (const a of areas) {
      if (owners.has(a.s.personId)) continue;
      if (a.boxes.some((b) => segmentHitsBox(g, b))) {
        problems.push({ kind: 'crossing', message: `${g.role} line ${g.ref} crosses ${a.s.personId}` });
      }
    }
  }

  for (const r of model?.relationships ?? []) {
    if (r.type !== 'parent-child') continue;
    const parent = seen.get(r.parent);
    const child = seen.get(r.child);
    if (parent && child && child.generation <= parent.generation && r.kind !== 'step') {
      problems.push({ kind: 'child-above-parent', message: `${r.child} is not below ${r.parent}` });
    }
  }
  return problems;
}
