/**
 * A geometry checker for genogram layouts: the promises layout.ts makes, checked on its output.
 * Used by the unit and property tests, and handy when debugging a family that looks wrong.
 *
 *   - each person is drawn exactly once;
 *   - no two symbols, with the words under them, overlap, and no couple's dates overlap anything;
 *   - no structure line passes through a symbol or label it does not belong to (`Segment.owners`);
 *   - no emotional line passes through the symbol or words of anyone but its two people;
 *   - drop lines, sibling bars, child lines and partner lines are horizontal or vertical;
 *   - a child is drawn below each of its parents;
 *   - a household's outline crosses nobody's symbol or words, holds all its members and nobody
 *     else, and its name sits inside it, clear of every symbol, label, date and other name.
 * The boxes are those of layout-boxes.ts, which the layout itself keeps clear.
 */
import type { GenogramModel } from './model.ts';
import type { Layout, PlacedSymbol, Segment } from './layout-types.ts';
import {
  centre,
  datesBox,
  householdNameBox,
  insideRings,
  labelBox,
  overlaps,
  pathLines,
  segmentHitsBox,
  symbolBox,
  type Box,
} from './layout-boxes.ts';

export { labelBox, segmentHitsBox, symbolBox, type Box } from './layout-boxes.ts';

export interface LayoutProblem {
  kind:
    | 'missing'
    | 'duplicate'
    | 'overlap'
    | 'crossing'
    | 'not-square'
    | 'child-above-parent'
    | 'emotional-crossing'
    | 'household-crossing'
    | 'household-membership'
    | 'household-name';
  message: string;
}

const SLANTED_ROLES = new Set<Segment['role']>(['twin', 'identical-twins']);

interface Area {
  s: PlacedSymbol;
  boxes: Box[];
}

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
  const areas: Area[] = symbols.map((s) => ({
    s,
    boxes: [symbolBox(s), labelBox(s)].filter((b): b is Box => b !== null),
  }));
  problems.push(...overlapping(areas));
  const dates = layout.markers.flatMap((m) => {
    const box = datesBox(m.dates, m.dateX, m.dateY);
    return box ? [{ id: m.relationshipId, box }] : [];
  });
  dates.forEach((d, i) => {
    for (const a of areas) {
      if (a.boxes.some((b) => overlaps(b, d.box)))
        problems.push({ kind: 'overlap', message: `the dates of ${d.id} overlap ${a.s.personId}` });
    }
    for (const e of dates.slice(i + 1)) {
      if (overlaps(d.box, e.box))
        problems.push({ kind: 'overlap', message: `the dates of ${d.id} and ${e.id} overlap` });
    }
  });

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

  for (const e of layout.emotional) {
    const pieces = pathLines(e.points);
    for (const a of areas) {
      if (a.s.personId === e.a || a.s.personId === e.b) continue;
      if (pieces.some((piece) => a.boxes.some((b) => segmentHitsBox(piece, b)))) {
        problems.push({
          kind: 'emotional-crossing',
          message: `the ${e.kind} line ${e.relationshipId} crosses ${a.s.personId}`,
        });
      }
    }
  }

  problems.push(
    ...householdProblems(
      layout,
      areas,
      dates.map((d) => d.box),
    ),
  );

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

function overlapping(areas: Area[]): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
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
  return problems;
}

function householdProblems(layout: Layout, areas: Area[], dates: Box[]): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const names = layout.households.flatMap((h) =>
    h.names.map((nm, k) => ({ id: h.householdId, k, box: householdNameBox(nm.text, nm.x, nm.y) })),
  );
  for (const h of layout.households) {
    const edges = h.rings.flatMap((ring) => pathLines(ring, true));
    const members = new Set(h.members);
    for (const a of areas) {
      const who = a.s.personId;
      if (a.boxes.some((b) => edges.some((edge) => segmentHitsBox(edge, b)))) {
        problems.push({
          kind: 'household-crossing',
          message: `the outline of ${h.householdId} crosses ${who}`,
        });
      }
      const inside = a.boxes.map((b) => insideRings(centre(b), h.rings));
      if (members.has(who) && inside.some((v) => !v)) {
        problems.push({ kind: 'household-membership', message: `${who} is outside ${h.householdId}` });
      }
      if (!members.has(who) && inside.some((v) => v)) {
        problems.push({ kind: 'household-membership', message: `${who} is inside ${h.householdId}` });
      }
    }
    h.names.forEach((nm, k) => {
      const box = householdNameBox(nm.text, nm.x, nm.y);
      const corners = [
        { x: box.x1, y: box.y1 },
        { x: box.x2, y: box.y1 },
        { x: box.x1, y: box.y2 },
        { x: box.x2, y: box.y2 },
      ];
      const clear =
        corners.every((c) => insideRings(c, h.rings)) && !edges.some((edge) => segmentHitsBox(edge, box));
      if (!clear)
        problems.push({ kind: 'household-name', message: `the name of ${h.householdId} is not inside it` });
      const hit = areas.find((a) => a.boxes.some((b) => overlaps(b, box)));
      if (hit) {
        problems.push({
          kind: 'household-name',
          message: `the name of ${h.householdId} overlaps ${hit.s.personId}`,
        });
      }
      if (dates.some((d) => overlaps(d, box))) {
        problems.push({
          kind: 'household-name',
          message: `the name of ${h.householdId} overlaps a couple's dates`,
        });
      }
      const other = names.find((o) => (o.id !== h.householdId || o.k !== k) && overlaps(o.box, box));
      if (other) {
        problems.push({
          kind: 'household-name',
          message: `the names of ${h.householdId} and ${other.id} overlap`,
        });
      }
    });
  }
  return problems;
}
