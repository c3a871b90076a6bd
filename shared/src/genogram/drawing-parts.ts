/**
 * The pieces drawing-svg.ts draws the chair's drawing with: tldraw's colours and sizes, each
 * shape's outline in its own units, text, outlines, and arrow ends and heads.
 */
import { esc, n } from './svg-parts.ts';
import { richTextLines, type DrawnRecord, type Matrix } from './drawing.ts';

export type Pt = { x: number; y: number };
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** tldraw's colours (light theme): the stroke, a sticky note's fill, the highlighter. */
export const COLOURS: Record<string, [string, string, string]> = {
  black: ['#1d1d1d', '#fce19c', '#fddd00'],
  grey: ['#9fa8b2', '#c0cad3', '#cbe7f1'],
  'light-violet': ['#e085f4', '#dfb0f9', '#ff88ff'],
  violet: ['#ae3ec9', '#db91fd', '#c77cff'],
  blue: ['#4465e9', '#8aa3ff', '#10acff'],
  'light-blue': ['#4ba1f1', '#9bc4fd', '#00f4ff'],
  yellow: ['#f1ac4b', '#fed49a', '#fddd00'],
  orange: ['#e16919', '#faa475', '#ffa500'],
  green: ['#099268', '#6fc896', '#00ffc8'],
  'light-green': ['#4cb05e', '#98d08a', '#65f641'],
  'light-red': ['#f87777', '#f7a5a1', '#ff7fa3'],
  red: ['#e03131', '#fc8282', '#ff636e'],
  white: ['#ffffff', '#ffffff', '#ffffff'],
};
export const STROKE: Record<string, number> = { s: 2, m: 3.5, l: 5, xl: 10 };
export const FONT: Record<string, number> = { s: 18, m: 24, l: 36, xl: 44 };
export const NOTE = 200;

export const num = (v: unknown, fallback = 0) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
export const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
export const colour = (p: Record<string, unknown>, which = 0) =>
  (COLOURS[str(p.color, 'black')] ?? COLOURS.black)?.[which] ?? '#1d1d1d';
const pointsOf = (v: unknown): Pt[] =>
  Array.isArray(v)
    ? v.flatMap((p) => (p && typeof p === 'object' ? [{ x: num(p.x), y: num(p.y) }] : []))
    : [];
export const matrixAttr = (m: Matrix) =>
  `matrix(${[m.a, m.b, m.c, m.d, m.e, m.f].map((v) => String(Math.round(v * 1000) / 1000)).join(' ')})`;

/** The outline of a shape in its own units, when it has one (used for bounds and for arrows). */
export function ownBox(r: DrawnRecord): Rect | null {
  const p = r.props ?? {};
  const scale = num(p.scale, 1);
  if (r.type === 'geo') return { x: 0, y: 0, w: num(p.w, 100), h: num(p.h, 100) + num(p.growY) };
  if (r.type === 'note') return { x: 0, y: 0, w: NOTE * scale, h: (NOTE + num(p.growY)) * scale };
  if (r.type === 'text') {
    const lines = richTextLines(p.richText ?? p.text);
    const size = (FONT[str(p.size, 'm')] ?? 24) * scale;
    const w = num(p.w, 0) * scale || Math.max(...lines.map((l) => l.length), 1) * size * 0.6;
    return { x: 0, y: 0, w, h: Math.max(1, lines.length) * size * 1.35 };
  }
  const pts = shapePoints(r);
  if (pts.length === 0) return null;
  const xs = pts.map((q) => q.x);
  const ys = pts.map((q) => q.y);
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    w: Math.max(...xs) - Math.min(...xs),
    h: Math.max(...ys) - Math.min(...ys),
  };
}

export function shapePoints(r: DrawnRecord): Pt[] {
  const p = r.props ?? {};
  const scale = num(p.scale, 1);
  if (r.type === 'draw' || r.type === 'highlight') {
    const segs = Array.isArray(p.segments) ? p.segments : [];
    return segs
      .flatMap((s) => pointsOf((s as { points?: unknown })?.points))
      .map((q) => ({ x: q.x * scale, y: q.y * scale }));
  }
  if (r.type === 'line') {
    const dict =
      p.points && typeof p.points === 'object' ? Object.values(p.points as Record<string, unknown>) : [];
    return (dict as { x?: unknown; y?: unknown; index?: unknown }[])
      .filter((q) => q && typeof q === 'object')
      .sort((a, b) => (String(a.index) < String(b.index) ? -1 : 1))
      .map((q) => ({ x: num(q.x) * scale, y: num(q.y) * scale }));
  }
  if (r.type === 'arrow')
    return [pointsOf([p.start])[0] ?? { x: 0, y: 0 }, pointsOf([p.end])[0] ?? { x: 0, y: 0 }];
  return [];
}

export function textSvg(
  lines: string[],
  x: number,
  y: number,
  size: number,
  anchor: string,
  fill: string,
): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${n(x)}" y="${n(y + size * (0.95 + i * 1.35))}" font-size="${n(size)}" text-anchor="${anchor}" fill="${fill}">${esc(l)}</text>`,
    )
    .join('');
}

export const polyline = (pts: Pt[], closed = false) =>
  pts.length === 1
    ? `M${n(pts[0]?.x ?? 0)} ${n(pts[0]?.y ?? 0)} l0.01 0`
    : `M${pts.map((q) => `${n(q.x)} ${n(q.y)}`).join(' L')}${closed ? ' Z' : ''}`;

export function geoSvg(p: Record<string, unknown>, box: Rect, stroke: string, width: number): string {
  const { w, h } = box;
  const attrs = `fill="${str(p.fill, 'none') === 'none' ? 'none' : '#fff'}" stroke="${stroke}" stroke-width="${width}"`;
  const geo = str(p.geo, 'rectangle');
  let shape: string;
  if (geo === 'ellipse' || geo === 'oval')
    shape = `<ellipse cx="${n(w / 2)}" cy="${n(h / 2)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${attrs}/>`;
  else if (geo === 'triangle') shape = `<path d="M${n(w / 2)} 0 L${n(w)} ${n(h)} L0 ${n(h)} Z" ${attrs}/>`;
  else if (geo === 'diamond')
    shape = `<path d="M${n(w / 2)} 0 L${n(w)} ${n(h / 2)} L${n(w / 2)} ${n(h)} L0 ${n(h / 2)} Z" ${attrs}/>`;
  else shape = `<rect width="${n(w)}" height="${n(h)}" rx="${geo === 'rectangle' ? 0 : 8}" ${attrs}/>`;
  const lines = richTextLines(p.richText ?? p.text).filter((l, i, all) => l || all.length > 1);
  const size = 22 * num(p.scale, 1);
  const top = h / 2 - (lines.length * size * 1.35) / 2;
  return shape + textSvg(lines, w / 2, top, size, 'middle', stroke);
}

/** Where an arrow's end goes when it is tied to a shape: the point it is tied to, at the shape's edge. */
export function boundEnd(from: Pt, anchor: Pt, target: Rect, exact: boolean): Pt {
  if (exact) return anchor;
  const dx = anchor.x - from.x;
  const dy = anchor.y - from.y;
  let t = 1;
  for (const [edge, start, d] of [
    [target.x, from.x, dx],
    [target.x + target.w, from.x, dx],
    [target.y, from.y, dy],
    [target.y + target.h, from.y, dy],
  ] as const) {
    if (d === 0) continue;
    const s = (edge - start) / d;
    const q = { x: from.x + dx * s, y: from.y + dy * s };
    const within =
      q.x >= target.x - 0.5 &&
      q.x <= target.x + target.w + 0.5 &&
      q.y >= target.y - 0.5 &&
      q.y <= target.y + target.h + 0.5;
    if (s > 0 && s < t && within) t = s;
  }
  return { x: from.x + dx * t, y: from.y + dy * t };
}

export function arrowHead(tip: Pt, from: Pt, size: number, stroke: string, width: number): string {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const [ux, uy] = [(tip.x - from.x) / len, (tip.y - from.y) / len];
  const back = { x: tip.x - ux * size, y: tip.y - uy * size };
  const l = { x: back.x - uy * size * 0.5, y: back.y + ux * size * 0.5 };
  const r = { x: back.x + uy * size * 0.5, y: back.y - ux * size * 0.5 };
  return `<path d="M${n(l.x)} ${n(l.y)} L${n(tip.x)} ${n(tip.y)} L${n(r.x)} ${n(r.y)}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
}
