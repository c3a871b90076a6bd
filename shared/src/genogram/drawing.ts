/**
 * The chair's own drawing on the family tree (annotations made on the tldraw canvas), read from
 * the public document so that everyone else can see it in the plain SVG, with no tldraw code.
 * Pure: takes a Y.Doc, does no I/O; it only reads, never writes (followers must not write).
 *
 * The canvas stores tldraw records as key-value entries in `docParts(doc).drawing` (the last entry
 * for a key wins; see the client's recordKeyValue.ts), in the same units as the layout: a person's
 * shape sits where the layout puts them. Records are read tolerantly: anything this file does not
 * understand is left out of the picture (drawing-svg.ts says which kinds are drawn).
 */
import type * as Y from 'yjs';
import { docParts } from '../doc/schema.ts';

export interface DrawnRecord {
  id: string;
  typeName: string;
  type?: string;
  parentId?: string;
  x?: number;
  y?: number;
  rotation?: number;
  opacity?: number;
  index?: string;
  fromId?: string;
  toId?: string;
  props?: Record<string, unknown>;
}

const isRecord = (v: unknown): v is DrawnRecord =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { typeName?: unknown }).typeName === 'string';

/** The drawing's records (shapes and bindings), the last entry for each id, sorted by id. */
export function readDrawing(doc: Y.Doc): DrawnRecord[] {
  const entries = docParts(doc).drawing<{ key?: unknown; val?: unknown }>().toArray();
  const latest = new Map<string, DrawnRecord>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (!e || typeof e.key !== 'string' || latest.has(e.key) || !isRecord(e.val)) continue;
    latest.set(e.key, e.val);
  }
  return [...latest.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A 2-D affine transform: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export interface Matrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export const IDENTITY: Matrix = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };

export function multiply(m: Matrix, n: Matrix): Matrix {
  return {
    a: m.a * n.a + m.c * n.b,
    b: m.b * n.a + m.d * n.b,
    c: m.a * n.c + m.c * n.d,
    d: m.b * n.c + m.d * n.d,
    e: m.a * n.e + m.c * n.f + m.e,
    f: m.b * n.e + m.d * n.f + m.f,
  };
}

export function apply(m: Matrix, p: { x: number; y: number }): { x: number; y: number } {
  return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
}

const num = (v: unknown, fallback = 0) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

/** A shape's own transform (its x, y and rotation), relative to its parent. */
export function localMatrix(r: DrawnRecord): Matrix {
  const t = num(r.rotation);
  const [cos, sin] = [Math.cos(t), Math.sin(t)];
  return { a: cos, b: sin, c: -sin, d: cos, e: num(r.x), f: num(r.y) };
}

/** Each shape's transform on the page: its own, within each group it is in. */
export function pageMatrices(shapes: DrawnRecord[]): Map<string, Matrix> {
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const out = new Map<string, Matrix>();
  const of = (s: DrawnRecord, depth: number): Matrix => {
    const known = out.get(s.id);
    if (known) return known;
    const parent = s.parentId ? byId.get(s.parentId) : undefined;
    const m = parent && depth < 20 ? multiply(of(parent, depth + 1), localMatrix(s)) : localMatrix(s);
    out.set(s.id, m);
    return m;
  };
  for (const s of shapes) of(s, 0);
  return out;
}

/** The words of a tldraw rich text (a TipTap document), one string per paragraph. */
export function richTextLines(value: unknown): string[] {
  if (typeof value === 'string') return value.split('\n');
  const lines: string[] = [];
  const walk = (node: unknown, depth: number): string => {
    if (depth > 20 || typeof node !== 'object' || node === null) return '';
    const n = node as { type?: unknown; text?: unknown; content?: unknown };
    if (typeof n.text === 'string') return n.text;
    const kids = Array.isArray(n.content) ? n.content : [];
    if (n.type === 'paragraph' || n.type === 'heading') return kids.map((k) => walk(k, depth + 1)).join('');
    for (const k of kids) {
      const text = walk(k, depth + 1);
      if (
        typeof k === 'object' &&
        k &&
        ['paragraph', 'heading'].includes(String((k as { type?: unknown }).type))
      )
        lines.push(text);
    }
    return '';
  };
  walk(value, 0);
  return lines;
}
