/**
 * Where each piece of the drawing sits, as boxes (layout units): a symbol, the words under it, a
 * couple's dates, a household's name. The layout keeps lines and outlines out of these boxes and
 * checkLayout.ts checks that it did, with the same boxes, so the two always agree.
 */
import {
  DATE_CHAR_WIDTH,
  DATE_FONT,
  DATE_LINE,
  HOUSEHOLD_CHAR_WIDTH,
  HOUSEHOLD_FONT,
  LABEL_GAP,
  labelHeight,
  labelWidth,
} from './labels.ts';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface SymbolLike {
  x: number;
  y: number;
  size: number;
  label: string[];
}

/** Room the symbol needs beyond its half-size: the double outline (4) and the X of a death (5). */
export const SYMBOL_MARGIN = 5;

/** The symbol itself, with room for a double outline or the X of a death. */
export function symbolBox(s: SymbolLike): Box {
  const h = s.size / 2 + SYMBOL_MARGIN;
  return { x1: s.x - h, y1: s.y - h, x2: s.x + h, y2: s.y + h };
}

/** The words under a symbol, as svg.ts draws them. */
export function labelBox(s: SymbolLike): Box | null {
  if (s.label.length === 0) return null;
  const half = labelWidth(s.label) / 2;
  const top = s.y + s.size / 2 + LABEL_GAP;
  return { x1: s.x - half, y1: top, x2: s.x + half, y2: top + labelHeight(s.label.length) };
}

/** The symbol and its words together. */
export function personBox(s: SymbolLike): Box {
  const boxes = [symbolBox(s), labelBox(s)].filter((b): b is Box => b !== null);
  return {
    x1: Math.min(...boxes.map((b) => b.x1)),
    y1: Math.min(...boxes.map((b) => b.y1)),
    x2: Math.max(...boxes.map((b) => b.x2)),
    y2: Math.max(...boxes.map((b) => b.y2)),
  };
}

/** A couple's dates: centred on x, lines stacked upwards from the baseline at y. */
export function datesBox(lines: string[], x: number, y: number): Box | null {
  if (lines.length === 0) return null;
  const half = (Math.max(...lines.map((l) => l.length)) * DATE_CHAR_WIDTH) / 2;
  return {
    x1: x - half,
    y1: y - (lines.length - 1) * DATE_LINE - DATE_FONT * 0.8,
    x2: x + half,
    y2: y + DATE_FONT * 0.25,
  };
}

/** A household's name, starting at x with its baseline at y. */
export function householdNameBox(name: string, x: number, y: number): Box {
  return {
    x1: x,
    y1: y - HOUSEHOLD_FONT * 0.8,
    x2: x + name.length * HOUSEHOLD_CHAR_WIDTH,
    y2: y + HOUSEHOLD_FONT * 0.25,
  };
}

export const overlaps = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether a line passes through the inside of a box (Liang–Barsky clipping; touching is fine). */
export function segmentHitsBox(g: Line, box: Box): boolean {
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

type Pt = { x: number; y: number };

/** The straight pieces of a path of points. */
export function pathLines(points: Pt[], closed = false): Line[] {
  const out: Line[] = [];
  const n = points.length;
  const count = closed && n > 2 ? n : n - 1;
  for (let i = 0; i < count; i++) {
    const a = points[i] as Pt;
    const b = points[(i + 1) % n] as Pt;
    out.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
  }
  return out;
}

/** Whether a point is inside a shape made of rings (even-odd: a ring inside another is a hole). */
export function insideRings(p: Pt, rings: Pt[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Pt;
      const b = ring[j] as Pt;
      if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  }
  return inside;
}

export const centre = (b: Box): Pt => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
