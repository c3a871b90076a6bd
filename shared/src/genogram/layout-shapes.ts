/**
 * Step 4c of the layout: the shapes drawn around and between people rather than along the family's
 * structure: the household outlines (a staircase around the members of each household) and the
 * emotional relationship lines.
 */
import type { GenogramModel } from './model.ts';
import type { EmotionalLine, HouseholdShape } from './layout-types.ts';
import { LABEL_BOTTOM, SYMBOL_SIZE } from './layout-types.ts';
import { cmp, type Structure } from './layout-structure.ts';
import { labelLines, labelWidth } from './labels.ts';

const H = SYMBOL_SIZE / 2;

export function householdShapes(
  s: Structure,
  model: GenogramModel,
  X: (id: string) => number,
  Y: (id: string) => number,
): HouseholdShape[] {
  const out: HouseholdShape[] = [];
  for (const h of [...model.households].sort((a, b) => cmp(a.id, b.id))) {
    const members = [...s.people.values()].filter((p) => p.householdId === h.id).map((p) => p.id);
    if (members.length === 0 || out.some((o) => o.householdId === h.id)) continue;
    const rows = [...new Set(members.map((m) => s.gen.get(m) ?? 0))].sort((a, b) => a - b);
    const half = (m: string) => {
      const person = s.people.get(m);
      // labelWidth guesses 6.4 units a character; bold names draw wider, so leave a margin.
      const w = person ? labelWidth(labelLines(person)) * 0.55 + 6 : 0;
      return Math.max(H + 10, Math.min(59, w));
    };
    const bands = rows.map((r) => {
      const inRow = members.filter((m) => s.gen.get(m) === r);
      return {
        lo: Math.min(...inRow.map((m) => X(m) - half(m))),
        hi: Math.max(...inRow.map((m) => X(m) + half(m))),
        // Above the partnership dates, which sit just over the symbols.
        top: Math.min(...inRow.map((m) => Y(m))) - H - 20,
        bottom: Math.max(...inRow.map((m) => Y(m))) + LABEL_BOTTOM + 16,
      };
    });
    // A staircase: each row's band reaches halfway to the next member row.
    const right: { x: number; y: number }[] = [];
    const left: { x: number; y: number }[] = [];
    bands.forEach((b, i) => {
      const prev = bands[i - 1];
      const next = bands[i + 1];
      const y1 = prev ? (prev.bottom + b.top) / 2 : b.top;
      const y2 = next ? (b.bottom + next.top) / 2 : b.bottom;
      right.push({ x: b.hi, y: y1 }, { x: b.hi, y: y2 });
      left.push({ x: b.lo, y: y1 }, { x: b.lo, y: y2 });
    });
    const last = bands[bands.length - 1] ?? { lo: 0, bottom: 0 };
    out.push({
      householdId: h.id,
      name: h.name,
      points: [...right, ...left.reverse()],
      labelX: last.lo + 6,
      labelY: last.bottom - 5,
      members: members.sort(cmp),
    });
  }
  return out;
}

export function emotionalLines(
  s: Structure,
  order: string[][],
  X: (id: string) => number,
  Y: (id: string) => number,
): EmotionalLine[] {
  const out: EmotionalLine[] = [];
  const raised = new Map<number, number>();
  for (const e of s.emotional) {
    const [a, b] = [e.a, e.b];
    const ra = s.gen.get(a) ?? 0;
    const rb = s.gen.get(b) ?? 0;
    let points: { x: number; y: number }[];
    if (ra === rb) {
      const row = order[ra] ?? [];
      const dir = X(b) >= X(a) ? 1 : -1;
      if (Math.abs(row.indexOf(a) - row.indexOf(b)) === 1 && Y(a) === Y(b)) {
        points = [
          { x: X(a) + dir * (H + 4), y: Y(a) - 15 },
          { x: X(b) - dir * (H + 4), y: Y(b) - 15 },
        ];
      } else {
        const k = raised.get(ra) ?? 0;
        raised.set(ra, k + 1);
        const top = Math.min(Y(a), Y(b)) - H - 14 - k * 6;
        points = [
          { x: X(a), y: Y(a) - H - 4 },
          { x: X(a), y: top },
          { x: X(b), y: top },
          { x: X(b), y: Y(b) - H - 4 },
        ];
      }
    } else {
      const dx = X(b) - X(a);
      const dy = Y(b) - Y(a);
      const len = Math.hypot(dx, dy) || 1;
      const r = H * 1.5;
      points = [
        { x: X(a) + (dx / len) * r, y: Y(a) + (dy / len) * r },
        { x: X(b) - (dx / len) * r, y: Y(b) - (dy / len) * r },
      ];
    }
    const round = (p: { x: number; y: number }) => ({
      x: Math.round(p.x * 10) / 10,
      y: Math.round(p.y * 10) / 10,
    });
    out.push({ relationshipId: e.id, kind: e.kind, a, b, points: points.map(round) });
  }
  return out;
}
