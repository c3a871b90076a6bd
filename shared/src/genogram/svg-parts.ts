/**
 * Drawing pieces for the genogram SVG (symbols, lines, emotional lines), shared by the diagram and
 * its legend. Everything is ink on white: meaning is carried by shape and line pattern, never colour.
 *
 * Conventions (McGoldrick, with the choices this app makes):
 *   male square · female circle · sex unknown: diamond with "?" · other: diamond
 *   gender identity recorded (e.g. trans, non-binary): a small diamond inside the symbol, and the
 *     words under it
 *   the child(ren) the conference is about: double outline · died: an X through the symbol
 *   pregnancy (ongoing): triangle · miscarriage: small filled circle · termination: small X ·
 *     stillbirth: small symbol (by sex) with an X through it
 *   married: solid line · living together: dashed line · separated: one slash · divorced: two slashes
 *   birth child: solid line · adopted: dashed · fostered: dotted · step (only when no other parent
 *     is recorded): dash-dot · twins: a V from one point · identical twins: a bar across the V
 *   emotional lines (grey): close = double line · distant = dotted · hostile = zigzag ·
 *     cut-off = line with a gap between two bars · abuse = zigzag with an arrow towards the person harmed
 */
import type { EmotionalKind, Person } from './model.ts';
import type { LineStyle } from './layout-types.ts';
import { DATE_LINE, LABEL_ASCENT, LABEL_LINE } from './labels.ts';

export const INK = '#1f2933';
export const SOFT_INK = '#52606d';

/** Characters XML 1.0 does not allow, even escaped: control characters other than tab and newlines. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(NOT_XML, '');
}

/** A number as SVG text: one decimal at most, no "-0". */
export function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

export const DASH: Record<LineStyle, string> = {
  solid: '',
  dashed: ' stroke-dasharray="8 5"',
  dotted: ' stroke-dasharray="1.5 4" stroke-linecap="round"',
  'dash-dot': ' stroke-dasharray="9 4 2 4"',
};

export function line(x1: number, y1: number, x2: number, y2: number, attrs = ''): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"${attrs}/>`;
}

function outline(sex: Person['sex'], x: number, y: number, h: number, attrs: string): string {
  if (sex === 'male')
    return `<rect x="${n(x - h)}" y="${n(y - h)}" width="${n(2 * h)}" height="${n(2 * h)}"${attrs}/>`;
  if (sex === 'female') return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(h)}"${attrs}/>`;
  const d = h * 1.2;
  return `<polygon points="${n(x)},${n(y - d)} ${n(x + d)},${n(y)} ${n(x)},${n(y + d)} ${n(x - d)},${n(y)}"${attrs}/>`;
}

const cross = (x: number, y: number, h: number, w = 2) =>
  line(x - h, y - h, x + h, y + h, ` stroke-width="${w}"`) +
  line(x - h, y + h, x + h, y - h, ` stroke-width="${w}"`);

/** One person's symbol, centred on (x, y), `size` wide. */
export function symbolSvg(p: Person, x: number, y: number, size: number): string {
  const h = size / 2;
  const parts: string[] = [];
  const pg = p.pregnancy;
  if (pg) {
    if (pg.outcome === 'ongoing') {
      const t = h * 0.8;
      parts.push(
        `<polygon points="${n(x)},${n(y - t)} ${n(x + t)},${n(y + t)} ${n(x - t)},${n(y + t)}" fill="#fff"/>`,
      );
    } else if (pg.outcome === 'miscarriage') {
      parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(h * 0.35)}" fill="${INK}"/>`);
    } else if (pg.outcome === 'termination') {
      parts.push(cross(x, y, h * 0.35, 2.5));
    } else {
      parts.push(outline(p.sex, x, y, h * 0.6, ' fill="#fff"'), cross(x, y, h * 0.6, 1.5));
    }
  } else {
    if (p.subject) parts.push(outline(p.sex, x, y, h + 4, ' fill="#fff"'));
    parts.push(outline(p.sex, x, y, h, ' fill="#fff"'));
    if (p.sex === 'unknown') {
      parts.push(
        `<text x="${n(x)}" y="${n(y + 6)}" text-anchor="middle" font-size="18" stroke="none" fill="${INK}">?</text>`,
      );
    }
    if (p.genderIdentity) {
      const d = h * 0.32;
      const cy = p.sex === 'unknown' ? y - h * 0.55 : y;
      parts.push(
        `<polygon points="${n(x)},${n(cy - d)} ${n(x + d)},${n(cy)} ${n(x)},${n(cy + d)} ${n(x - d)},${n(cy)}" fill="none"/>`,
      );
    }
    if (p.deceased) parts.push(cross(x, y, h + 5, 1.5));
  }
  const title = esc(p.name || (pg ? 'Pregnancy' : 'Unnamed'));
  return `<g class="person" data-person="${esc(p.id)}"><title>${title}</title>${parts.join('')}</g>`;
}

/** Label lines under a symbol (`top`: the top of the label's box); the group gives them a white halo. */
export function labelSvg(lines: string[], x: number, top: number): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${n(x)}" y="${n(top + LABEL_ASCENT + i * LABEL_LINE)}" text-anchor="middle"${i === 0 ? ' font-weight="600"' : ''}>${esc(l)}</text>`,
    )
    .join('');
}

/** A couple's dates, one line each, stacked upwards from the baseline at y. */
export function datesSvg(lines: string[], x: number, y: number): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${n(x)}" y="${n(y - (lines.length - 1 - i) * DATE_LINE)}" text-anchor="middle">${esc(l)}</text>`,
    )
    .join('');
}

/** Closed rings as one path (fill-rule="evenodd" makes a ring inside another a hole). */
export function ringsPath(rings: { x: number; y: number }[][]): string {
  return rings.map((ring) => `M${ring.map((p) => `${n(p.x)} ${n(p.y)}`).join(' L')} Z`).join(' ');
}

/** A partnership's slashes across its line at (x, y). */
export function slashesSvg(count: number, x: number, y: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const off = count === 2 ? (i === 0 ? -4 : 4) : 0;
    out.push(line(x + off - 4, y + 8, x + off + 4, y - 8, ' stroke-width="2"'));
  }
  return out.join('');
}

type Pt = { x: number; y: number };

function zigzag(a: Pt, b: Pt): string {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len < 1) return '';
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const steps = Math.max(2, Math.floor(len / 6));
  const pts: string[] = [`${n(a.x)},${n(a.y)}`];
  for (let i = 1; i < steps; i++) {
    const t = (i / steps) * len;
    const s = i % 2 === 0 ? -4 : 4;
    pts.push(`${n(a.x + ux * t - uy * s)},${n(a.y + uy * t + ux * s)}`);
  }
  pts.push(`${n(b.x)},${n(b.y)}`);
  return `<polyline points="${pts.join(' ')}" fill="none"/>`;
}

/** An emotional line along a path of points. */
export function emotionalSvg(kind: EmotionalKind, points: Pt[]): string {
  const segs: [Pt, Pt][] = [];
  for (let i = 0; i + 1 < points.length; i++) segs.push([points[i] as Pt, points[i + 1] as Pt]);
  const longest = segs.reduce(
    (best, s, i) =>
      Math.hypot(s[1].x - s[0].x, s[1].y - s[0].y) > (best.len ?? -1)
        ? { i, len: Math.hypot(s[1].x - s[0].x, s[1].y - s[0].y) }
        : best,
    { i: 0, len: -1 },
  );
  const out = segs.map(([a, b], i) => {
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    switch (kind) {
      case 'close':
        return (
          line(a.x - uy * 2.5, a.y + ux * 2.5, b.x - uy * 2.5, b.y + ux * 2.5) +
          line(a.x + uy * 2.5, a.y - ux * 2.5, b.x + uy * 2.5, b.y - ux * 2.5)
        );
      case 'distant':
        return line(a.x, a.y, b.x, b.y, DASH.dotted);
      case 'hostile':
      case 'abuse':
        return zigzag(a, b);
      case 'cut-off': {
        if (i !== longest.i) return line(a.x, a.y, b.x, b.y);
        const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        const g = Math.min(6, len / 4);
        const p1 = { x: m.x - ux * g, y: m.y - uy * g };
        const p2 = { x: m.x + ux * g, y: m.y + uy * g };
        return (
          line(a.x, a.y, p1.x, p1.y) +
          line(p2.x, p2.y, b.x, b.y) +
          line(p1.x - uy * 6, p1.y + ux * 6, p1.x + uy * 6, p1.y - ux * 6) +
          line(p2.x - uy * 6, p2.y + ux * 6, p2.x + uy * 6, p2.y - ux * 6)
        );
      }
    }
    return '';
  });
  const last = segs[segs.length - 1];
  if (kind === 'abuse' && last) {
    const [a, b] = last;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const tip = b;
    const base = { x: b.x - ux * 9, y: b.y - uy * 9 };
    out.push(
      `<polygon points="${n(tip.x)},${n(tip.y)} ${n(base.x - uy * 5)},${n(base.y + ux * 5)} ${n(base.x + uy * 5)},${n(base.y - ux * 5)}" fill="${SOFT_INK}" stroke="none"/>`,
    );
  }
  return `<g class="emotional emotional-${kind}" stroke="${SOFT_INK}" stroke-width="1.5" fill="none">${out.join('')}</g>`;
}
