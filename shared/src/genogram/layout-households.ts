/**
 * Step 4c of the layout: the household outlines. Each household is drawn as the union of
 * rectangles, traced into outlines (layout-rings.ts):
 *
 *   a band around each run of members standing together in a row (it stops halfway to the
 *   nearest person who is not a member, so nobody else's symbol or words are ever inside it);
 *   a join between a band and the nearest band of the next row down, through the free space
 *   between the rows (or an L-shaped one when they do not overlap);
 *   a strip along the bottom of the row between runs of one row, when no other household is
 *   in the way; and room for the household's name under its members' words.
 *
 * Bands that cannot be joined this way (someone living with their grandchildren but not their
 * children, say) are drawn as separate outlines, each with the household's name.
 */
import type { GenogramModel } from './model.ts';
import type { HouseholdShape } from './layout-types.ts';
import { cmp, type Structure } from './layout-structure.ts';
import { householdNameBox, overlaps, type Box } from './layout-boxes.ts';
import { HOUSEHOLD_CHAR_WIDTH, HOUSEHOLD_FONT } from './labels.ts';
import { traceRings, type Rect } from './layout-rings.ts';

/** Room under the members' words (and the brackets) for the household's name. */
export const HOUSEHOLD_PAD = HOUSEHOLD_FONT + 10;
/** Room under the members' words where the household goes on into the row below (no name there). */
export const HOUSEHOLD_EDGE = 10;
/** From the outline's bottom to the name's baseline, and from its left edge to the name. */
const NAME_UP = 7;
const NAME_IN = 6;
/** Space kept around the members' symbols and words. */
const PAD = 8;
/** Between the outline's top and the symbols' boxes: the couples' dates sit just above it. */
const TOP_PAD = 2.5;
const JOIN = 24;

export interface HouseholdRows {
  order: string[][];
  row(id: string): number;
  X(id: string): number;
  Y(id: string): number;
  /** The person's symbol and words together. */
  box(id: string): Box;
  /** Per row: the outlines' bottom, below everyone's words and the brackets. */
  bottom: number[];
}

interface Run {
  row: number;
  members: string[];
  rect: Rect;
  /** How far the band may grow sideways: halfway to the nearest person who is not a member. */
  room: { x1: number; x2: number };
}

export function householdShapes(s: Structure, model: GenogramModel, g: HouseholdRows): HouseholdShape[] {
  const households = [...new Map(model.households.map((h) => [h.id, h])).values()].sort((a, b) =>
    cmp(a.id, b.id),
  );
  const runsOf = new Map<string, Run[]>();
  for (const h of households) {
    const isMember = (id: string) => s.people.get(id)?.householdId === h.id;
    const runs: Run[] = [];
    g.order.forEach((row, r) => {
      let current: string[] = [];
      const close = (i: number) => {
        if (current.length > 0) runs.push(makeRun(g, row, r, current, i - current.length, i - 1));
        current = [];
      };
      row.forEach((id, i) => {
        if (isMember(id)) current.push(id);
        else close(i);
      });
      close(row.length);
    });
    if (runs.length > 0) runsOf.set(h.id, runs);
  }
  // Every band of every household, so that a strip or a name never goes into another household.
  const allBands = [...runsOf].flatMap(([id, runs]) => runs.map((run) => ({ id, run })));
  const clearOfOthers = (id: string, rect: Rect) =>
    allBands.every((o) => o.id === id || !overlaps(o.run.rect, rect));

  const out: HouseholdShape[] = [];
  const names: Box[] = [];
  for (const h of households) {
    const runs = runsOf.get(h.id);
    if (!runs) continue;
    const rects: Rect[] = [];
    const parent = runs.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
    const join = (i: number, j: number) => {
      parent[find(i)] = find(j);
    };
    runs.forEach((run, i) => {
      // Along the bottom of the row to the next run of the same row, if nobody else's outline is there.
      const next = runs.findIndex((o, j) => j > i && o.row === run.row);
      const other = runs[next];
      if (other) {
        const bottom = g.bottom[run.row] ?? 0;
        const strip = { x1: run.rect.x2 - 1, y1: bottom - NAME_UP - 3, x2: other.rect.x1 + 1, y2: bottom };
        if (clearOfOthers(h.id, strip)) {
          rects.push(strip);
          join(i, next);
        }
      }
      // Down to the nearest band of the next row.
      const below = runs
        .map((o, j) => ({ o, j }))
        .filter(({ o }) => o.row === run.row + 1)
        .sort((p, q) => gapX(run.rect, p.o.rect) - gapX(run.rect, q.o.rect))[0];
      if (below) {
        rects.push(...joinRects(run.rect, below.o.rect));
        join(i, below.j);
      }
    });
    // One name per separate outline, under the lowest band, inside the outline.
    const pieces = new Map<number, Run[]>();
    runs.forEach((run, i) => pieces.set(find(i), [...(pieces.get(find(i)) ?? []), run]));
    const spots: HouseholdShape['names'] = [];
    for (const piece of [...pieces.values()]) {
      const spot = nameSpot(h.id, h.name, piece, g, clearOfOthers, names);
      if (spot.tab) rects.push(spot.tab);
      names.push(householdNameBox(spot.name, spot.x, spot.y));
      spots.push({ text: spot.name, x: spot.x, y: spot.y });
    }
    out.push({
      householdId: h.id,
      name: h.name,
      rings: traceRings([...runs.map((run) => run.rect), ...rects]),
      names: spots,
      members: runs.flatMap((run) => run.members).sort(cmp),
    });
  }
  return out;
}

function makeRun(
  g: HouseholdRows,
  row: string[],
  r: number,
  members: string[],
  first: number,
  last: number,
): Run {
  const boxes = members.map(g.box);
  const lo = Math.min(...boxes.map((b) => b.x1));
  const hi = Math.max(...boxes.map((b) => b.x2));
  // Halfway to the nearest person who is not a member, and never further than PAD.
  const left = row[first - 1];
  const right = row[last + 1];
  const room = {
    x1: left === undefined ? -Infinity : (g.box(left).x2 + lo) / 2 + 0.5,
    x2: right === undefined ? Infinity : (g.box(right).x1 + hi) / 2 - 0.5,
  };
  const x1 = Math.max(lo - PAD, room.x1);
  const x2 = Math.min(hi + PAD, room.x2);
  const top = Math.min(...members.map((m) => g.Y(m) - 25)) - TOP_PAD;
  return { row: r, members, rect: { x1, y1: top, x2, y2: g.bottom[r] ?? 0 }, room };
}

const gapX = (a: Rect, b: Rect) => Math.max(0, a.x1 - b.x2, b.x1 - a.x2);

/** From band `a` down to band `b` in the next row, through the free space between the rows. */
function joinRects(a: Rect, b: Rect): Rect[] {
  const lo = Math.max(a.x1, b.x1);
  const hi = Math.min(a.x2, b.x2);
  if (hi - lo >= JOIN) return [{ x1: lo, y1: a.y2 - 1, x2: hi, y2: b.y1 + 1 }];
  const mid = (a.y2 + b.y1) / 2;
  const [ax, bx] = b.x1 >= a.x2 - JOIN ? [a.x2 - JOIN, b.x1] : [a.x1, b.x2 - JOIN];
  return [
    { x1: ax, y1: a.y2 - 1, x2: ax + JOIN, y2: mid + JOIN / 4 },
    { x1: Math.min(ax, bx), y1: mid - JOIN / 4, x2: Math.max(ax, bx) + JOIN, y2: mid + JOIN / 4 },
    { x1: bx, y1: mid - JOIN / 4, x2: bx + JOIN, y2: b.y1 + 1 },
  ];
}

/**
 * Where a piece's name goes: inside its lowest band, bottom left. When the band is too narrow the
 * outline grows a tab along the bottom of the row (where nobody's words are) to hold it; failing
 * that the name is shortened.
 */
function nameSpot(
  id: string,
  full: string,
  piece: Run[],
  g: HouseholdRows,
  clearOfOthers: (id: string, rect: Rect) => boolean,
  placed: Box[],
): { name: string; x: number; y: number; tab: Rect | null } {
  const lowest = Math.max(...piece.map((r) => r.row));
  const bands = piece.filter((r) => r.row === lowest).sort((p, q) => p.rect.x1 - q.rect.x1);
  const bottom = g.bottom[lowest] ?? 0;
  const y = bottom - NAME_UP;
  const width = full.length * HOUSEHOLD_CHAR_WIDTH + 2 * NAME_IN;
  const free = (box: Box) => placed.every((p) => !overlaps(p, box));
  for (const band of bands) {
    const { x1, x2 } = band.rect;
    if (x2 - x1 >= width && free(householdNameBox(full, x1 + NAME_IN, y))) {
      return { name: full, x: x1 + NAME_IN, y, tab: null };
    }
  }
  // A wider band, where nobody else stands.
  for (const band of bands) {
    const { x1, x2 } = band.rect;
    for (const wider of [
      { ...band.rect, x2: x1 + width },
      { ...band.rect, x1: x2 - width },
    ]) {
      const grown = { x1: Math.min(x1, wider.x1), x2: Math.max(x2, wider.x2) };
      if (grown.x1 < band.room.x1 || grown.x2 > band.room.x2) continue;
      const rect = { ...band.rect, ...grown };
      if (clearOfOthers(id, rect) && free(householdNameBox(full, rect.x1 + NAME_IN, y))) {
        band.rect = rect;
        return { name: full, x: rect.x1 + NAME_IN, y, tab: null };
      }
    }
  }
  const tabTop = bottom - HOUSEHOLD_PAD + 4;
  for (const band of bands) {
    for (const x of [band.rect.x1, band.rect.x2 - width]) {
      const tab = { x1: x, y1: tabTop, x2: x + width, y2: bottom };
      if (clearOfOthers(id, tab) && free(householdNameBox(full, x + NAME_IN, y))) {
        return { name: full, x: x + NAME_IN, y, tab };
      }
    }
  }
  const band = bands[0] as Run;
  const fits = Math.max(1, Math.floor((band.rect.x2 - band.rect.x1 - 2 * NAME_IN) / HOUSEHOLD_CHAR_WIDTH));
  const name = full.length <= fits ? full : `${full.slice(0, Math.max(1, fits - 1))}…`;
  return { name, x: band.rect.x1 + NAME_IN, y, tab: null };
}
