/**
 * From the shared layout to what the canvas draws: where each person shape sits (its box covers the
 * symbol and the words under it, so grabbing either moves the person) and the SVG markup inside it.
 * The markup mirrors `genogramToSvg` in shared/src/genogram/svg.ts, split into the moving people and
 * the background lines, so the canvas, the plain SVG fallback and the minutes draw the same picture.
 */
import type { GenogramModel } from '@cb/shared/genogram/model';
import { MAX_NUDGE_Y, type Layout } from '@cb/shared/genogram/layout';
import {
  DASH,
  emotionalSvg,
  esc,
  INK,
  labelSvg,
  line,
  n,
  slashesSvg,
  symbolSvg,
} from '@cb/shared/genogram/svg-parts';
import type { GenogramDrawing } from './shapes.tsx';

/** Width of a person's box: a 15-character label line is about 96 units wide. */
export const PERSON_WIDTH = 100;
/** From the top of a person's box to the symbol's centre: room for the double outline and the X. */
const SYMBOL_TOP = 30;

export interface Placement {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface GenogramPicture {
  drawing: GenogramDrawing;
  /** Top-left and size of each person's shape, by person id, in page units. */
  people: Map<string, Placement>;
  lines: Placement;
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

export function drawGenogram(model: GenogramModel, layout: Layout): GenogramPicture {
  const byId = new Map(model.people.map((p) => [p.id, p]));
  const people = new Map<string, Placement>();
  const markup = new Map<string, string>();
  for (const s of layout.symbols) {
    const person = byId.get(s.personId);
    if (!person) continue;
    const cx = PERSON_WIDTH / 2;
    const labelTop = SYMBOL_TOP + s.size / 2 + 4 + (person.subject ? 4 : 0);
    const h = labelTop + s.label.length * 13 + 6;
    people.set(s.personId, { x: s.x - cx, y: s.y - SYMBOL_TOP, w: PERSON_WIDTH, h });
    markup.set(
      s.personId,
      `<g stroke="${INK}" stroke-width="2" fill="none">${symbolSvg(person, cx, SYMBOL_TOP, s.size)}</g>` +
        `<g font-family="${FONT}" font-size="11" fill="${INK}" stroke="#fff" stroke-width="3" paint-order="stroke">${labelSvg(s.label, cx, labelTop)}</g>`,
    );
  }
  const b = layout.bounds;
  return {
    drawing: {
      people: markup,
      lines: `<g transform="translate(${n(-b.minX)} ${n(-b.minY)})">${linesBody(layout)}</g>`,
    },
    people,
    lines: { x: b.minX, y: b.minY, w: Math.max(1, b.width), h: Math.max(1, b.height) },
  };
}

/** Households, relationship lines, markers, dates and emotional lines, as in svg.ts. */
function linesBody(layout: Layout): string {
  const body: string[] = [];
  for (const h of layout.households) {
    const pts = h.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
    body.push(
      `<polygon points="${pts}" fill="#f3f5f7" stroke="#7b8794" stroke-width="1.5" stroke-dasharray="6 4" stroke-linejoin="round"/>` +
        `<text x="${n(h.labelX)}" y="${n(h.labelY)}" font-family="${FONT}" font-size="11" font-style="italic" fill="#3e4c59">${esc(h.name)}</text>`,
    );
  }
  body.push(`<g stroke="${INK}" stroke-width="2" fill="none">`);
  for (const s of layout.segments) {
    const w = s.thin ? ' stroke-width="1"' : s.role === 'partner' ? '' : ' stroke-width="1.5"';
    body.push(line(s.x1, s.y1, s.x2, s.y2, `${w}${DASH[s.style]}`));
  }
  for (const m of layout.markers) if (m.slashes > 0) body.push(slashesSvg(m.slashes, m.x, m.y));
  body.push('</g>');
  for (const m of layout.markers) {
    if (!m.dates) continue;
    body.push(
      `<text x="${n(m.dateX)}" y="${n(m.dateY)}" text-anchor="middle" font-family="${FONT}" font-size="10" fill="#3e4c59">${esc(m.dates)}</text>`,
    );
  }
  for (const e of layout.emotional) body.push(emotionalSvg(e.kind, e.points));
  return body.join('');
}

const clampY = (dy: number) => Math.min(MAX_NUDGE_Y, Math.max(-MAX_NUDGE_Y, dy));

/**
 * The new total nudge after the chair moved a person by (movedX, movedY) from where the layout put
 * them. The stored dy is clamped first: the layout never shows more than MAX_NUDGE_Y, so adding to
 * an unclamped value would make a small drag do nothing.
 */
export function nextNudge(
  old: { dx: number; dy: number } | null,
  movedX: number,
  movedY: number,
): { dx: number; dy: number } {
  const round = (v: number) => Math.round(v * 10) / 10;
  return { dx: round((old?.dx ?? 0) + movedX), dy: round(clampY(clampY(old?.dy ?? 0) + movedY)) };
}
