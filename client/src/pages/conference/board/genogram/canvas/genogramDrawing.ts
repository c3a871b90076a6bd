/**
 * From the shared layout to what the canvas draws: where each person shape sits (its box covers the
 * symbol and the words under it, so grabbing either moves the person) and the SVG markup inside it.
 * The markup mirrors `genogramToSvg` in shared/src/genogram/svg.ts, split into the moving people and
 * the background lines, so the canvas, the plain SVG fallback and the minutes draw the same picture.
 */
import type { GenogramModel } from '@cb/shared/genogram/model';
import { MAX_NUDGE_Y, MIN_SEPARATION, type Layout, type PlacedSymbol } from '@cb/shared/genogram/layout';
import { LABEL_GAP, labelHeight } from '@cb/shared/genogram/labels';
import { INK, labelSvg, n, symbolSvg } from '@cb/shared/genogram/svg-parts';
import { genogramLinesSvg, labelsGroup } from '@cb/shared/genogram/svg';
import type { GenogramDrawing } from './shapes.tsx';
import { personName } from '../labels.ts';

/** Width of a person's box: as wide as the widest label the layout allows. */
export const PERSON_WIDTH = MIN_SEPARATION - 2;
/** From the top of a person's box to the symbol's centre: room for the double outline and the X. */
const SYMBOL_TOP = 30;

export interface Placement {
  x: number;
  y: number;
  w: number;
  h: number;
  /** The person's name (for a screen reader), on people's placements. */
  name?: string;
}

export interface GenogramPicture {
  drawing: GenogramDrawing;
  /** Top-left and size of each person's shape, by person id, in page units. */
  people: Map<string, Placement>;
  lines: Placement;
}

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/**
 * Where a person's shape sits on the canvas (page units = layout units): its box covers the symbol
 * and the words under it. Also used to end the chair's arrows at people in the plain SVG.
 */
export function personPlacement(s: PlacedSymbol): Placement {
  const labelTop = SYMBOL_TOP + s.size / 2 + LABEL_GAP;
  return {
    x: s.x - PERSON_WIDTH / 2,
    y: s.y - SYMBOL_TOP,
    w: PERSON_WIDTH,
    h: labelTop + labelHeight(s.label.length) + 6,
  };
}

export function drawGenogram(model: GenogramModel, layout: Layout): GenogramPicture {
  const byId = new Map(model.people.map((p) => [p.id, p]));
  const people = new Map<string, Placement>();
  const markup = new Map<string, string>();
  for (const s of layout.symbols) {
    const person = byId.get(s.personId);
    if (!person) continue;
    const cx = PERSON_WIDTH / 2;
    people.set(s.personId, { ...personPlacement(s), name: personName(person) });
    markup.set(
      s.personId,
      `<g stroke="${INK}" stroke-width="2" fill="none">${symbolSvg(person, cx, SYMBOL_TOP, s.size)}</g>` +
        `<g font-family="${FONT}">${labelsGroup(labelSvg(s.label, cx, SYMBOL_TOP + s.size / 2 + LABEL_GAP))}</g>`,
    );
  }
  const b = layout.bounds;
  return {
    drawing: {
      people: markup,
      lines: `<g transform="translate(${n(-b.minX)} ${n(-b.minY)})" font-family="${FONT}">${genogramLinesSvg(layout)}</g>`,
    },
    people,
    lines: { x: b.minX, y: b.minY, w: Math.max(1, b.width), h: Math.max(1, b.height) },
  };
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
