/**
 * The chair's drawing (drawing.ts) as SVG, for everyone who sees the family tree without the
 * canvas. Drawn: pen and highlighter strokes, lines, rectangles, ellipses and other outlines, text,
 * sticky notes and arrows (straight or bent; an arrow tied to a shape or a person ends at its
 * edge). Left out: images, embeds, frames and bookmarks (the canvas never syncs them), and the fine
 * details of tldraw's own drawing (its hand-drawn wobble, fill patterns, fonts).
 */
import { n } from './svg-parts.ts';
import { apply, pageMatrices, richTextLines, type DrawnRecord } from './drawing.ts';
import {
  arrowHead,
  boundEnd,
  colour,
  FONT,
  geoSvg,
  matrixAttr,
  NOTE,
  num,
  ownBox,
  polyline,
  shapePoints,
  STROKE,
  str,
  textSvg,
  type Pt,
  type Rect,
} from './drawing-parts.ts';

export type { Rect } from './drawing-parts.ts';

export interface DrawingSvg {
  svg: string;
  /** The drawing's extent on the page, or null when there is nothing drawn. */
  bounds: { minX: number; minY: number; maxX: number; maxY: number } | null;
}

/**
 * The drawing as SVG in page (= layout) units. `people` gives the box of a person's shape on the
 * canvas by person id, so that an arrow tied to a person ends at them.
 */
export function drawingToSvg(records: DrawnRecord[], people: (personId: string) => Rect | null): DrawingSvg {
  const shapes = records.filter((r) => r.typeName === 'shape');
  const bindings = records.filter((r) => r.typeName === 'binding' && r.type === 'arrow');
  const matrices = pageMatrices(shapes);
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const pageBox = (id: string): Rect | null => {
    const person = /^shape:person-(.+)$/.exec(id);
    if (person && !byId.has(id)) return people(person[1] ?? '');
    const s = byId.get(id);
    const box = s ? ownBox(s) : null;
    const m = matrices.get(id);
    if (!box || !m) return null;
    const corners = [
      { x: box.x, y: box.y },
      { x: box.x + box.w, y: box.y },
      { x: box.x, y: box.y + box.h },
      { x: box.x + box.w, y: box.y + box.h },
    ].map((c) => apply(m, c));
    const xs = corners.map((c) => c.x);
    const ys = corners.map((c) => c.y);
    return {
      x: Math.min(...xs),
      y: Math.min(...ys),
      w: Math.max(...xs) - Math.min(...xs),
      h: Math.max(...ys) - Math.min(...ys),
    };
  };
  const out: string[] = [];
  const extent: Pt[] = [];
  const ordered = [...shapes].sort((a, b) =>
    String(a.index) < String(b.index) ? -1 : String(a.index) > String(b.index) ? 1 : a.id < b.id ? -1 : 1,
  );
  for (const r of ordered) {
    const p = r.props ?? {};
    const m = matrices.get(r.id);
    if (!m || r.type === 'group') continue;
    const stroke = colour(p);
    const width = (STROKE[str(p.size, 'm')] ?? 3.5) * num(p.scale, 1);
    const opacity = num(r.opacity, 1);
    let body = '';
    if (r.type === 'draw' || r.type === 'line') {
      const pts = shapePoints(r);
      if (pts.length > 0)
        body = `<path d="${polyline(pts, p.isClosed === true)}" fill="none" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round" stroke-linejoin="round"/>`;
    } else if (r.type === 'highlight') {
      const pts = shapePoints(r);
      if (pts.length > 0)
        body = `<path d="${polyline(pts)}" fill="none" stroke="${colour(p, 2)}" stroke-opacity="0.5" stroke-width="${n(width * 5)}" stroke-linecap="round" stroke-linejoin="round"/>`;
    } else if (r.type === 'geo') {
      const box = ownBox(r);
      if (box) body = geoSvg(p, box, stroke, width);
    } else if (r.type === 'text') {
      const size = (FONT[str(p.size, 'm')] ?? 24) * num(p.scale, 1);
      const box = ownBox(r);
      const align = str(p.textAlign, 'start');
      const [x, anchor] =
        align === 'middle'
          ? [(box?.w ?? 0) / 2, 'middle']
          : align === 'end'
            ? [box?.w ?? 0, 'end']
            : [0, 'start'];
      body = textSvg(richTextLines(p.richText ?? p.text), x, 0, size, anchor, stroke);
    } else if (r.type === 'note') {
      const box = ownBox(r) ?? { x: 0, y: 0, w: NOTE, h: NOTE };
      const size = 22 * num(p.scale, 1);
      const lines = richTextLines(p.richText ?? p.text);
      body =
        `<rect width="${n(box.w)}" height="${n(box.h)}" fill="${colour(p, 1)}" stroke="#c9b26a" stroke-width="1"/>` +
        textSvg(lines, box.w / 2, box.h / 2 - (lines.length * size * 1.35) / 2, size, 'middle', '#000');
    } else if (r.type === 'arrow') {
      // Drawn in page units: its ends may be tied to other shapes.
      const [s0, e0] = shapePoints(r).map((q) => apply(m, q));
      let [start, end] = [s0 ?? { x: 0, y: 0 }, e0 ?? { x: 0, y: 0 }];
      for (const b of bindings.filter((x) => x.fromId === r.id)) {
        const bp = b.props ?? {};
        const target = pageBox(String(b.toId));
        if (!target) continue;
        const anchor = (bp.normalizedAnchor ?? { x: 0.5, y: 0.5 }) as { x?: unknown; y?: unknown };
        const precise = bp.isPrecise === true;
        const at = {
          x: target.x + target.w * (precise ? num(anchor.x, 0.5) : 0.5),
          y: target.y + target.h * (precise ? num(anchor.y, 0.5) : 0.5),
        };
        if (bp.terminal === 'start') start = boundEnd(end, at, target, bp.isExact === true);
        else end = boundEnd(start, at, target, bp.isExact === true);
      }
      const bend = num(p.bend);
      const mid = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
      const len = Math.hypot(end.x - start.x, end.y - start.y) || 1;
      const through = {
        x: mid.x + ((end.y - start.y) / len) * bend,
        y: mid.y - ((end.x - start.x) / len) * bend,
      };
      const control = { x: 2 * through.x - mid.x, y: 2 * through.y - mid.y };
      const head = Math.max(8, width * 4);
      out.push(
        `<g opacity="${opacity}"><path d="M${n(start.x)} ${n(start.y)} Q${n(control.x)} ${n(control.y)} ${n(end.x)} ${n(end.y)}" fill="none" stroke="${stroke}" stroke-width="${n(width)}" stroke-linecap="round"/>` +
          (str(p.arrowheadEnd, 'arrow') !== 'none' ? arrowHead(end, control, head, stroke, width) : '') +
          (str(p.arrowheadStart, 'none') !== 'none' ? arrowHead(start, control, head, stroke, width) : '') +
          textSvg(
            richTextLines(p.richText ?? p.text).filter(Boolean),
            through.x,
            through.y - 12,
            20,
            'middle',
            stroke,
          ) +
          '</g>',
      );
      extent.push(start, end, through);
      continue;
    }
    if (!body) continue;
    out.push(`<g transform="${matrixAttr(m)}" opacity="${opacity}">${body}</g>`);
    const box = pageBox(r.id);
    if (box)
      extent.push(
        { x: box.x - width, y: box.y - width },
        { x: box.x + box.w + width, y: box.y + box.h + width },
      );
  }
  if (extent.length === 0) return { svg: '', bounds: null };
  const xs = extent.map((q) => q.x);
  const ys = extent.map((q) => q.y);
  return {
    svg: `<g font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif">${out.join('')}</g>`,
    bounds: { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) },
  };
}
