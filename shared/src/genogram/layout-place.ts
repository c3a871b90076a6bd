/**
 * Step 2 of the layout: order the partner blocks in each row and give them x positions.
 *
 * Sugiyama-like: sweeps down (children under their parents, oldest on the left) and up (parents
 * over their children), ending with a sweep down. Each row is placed by isotonic regression with
 * minimum gaps (pool adjacent violators): every block goes as near its wished-for x as the order
 * and the gaps allow. The gaps are hard constraints, so symbols never overlap, whatever the input.
 */
import { cmp, type Family, type Structure } from './layout-structure.ts';
import { MIN_SEPARATION } from './layout-types.ts';

/** Distance between the centres of neighbours in a row (symbol plus room for the label). */
export const SLOT = MIN_SEPARATION + 16;
/** Extra room between blocks of different families. */
export const FAMILY_GAP = 40;
const SWEEPS = 4;

interface Block {
  id: string;
  members: string[];
}

export interface Placement {
  /** Per row, people from left to right. */
  order: string[][];
  x: Map<string, number>;
}

export function placeRows(s: Structure): Placement {
  const x = new Map<string, number>();
  const rows: Block[][] = s.blocks.map((row) =>
    row
      .map((members) => ({ id: [...members].sort(cmp)[0] ?? '', members: [...members] }))
      .sort((a, b) => cmp(a.id, b.id)),
  );
  const asParent = new Map<string, Family[]>();
  for (const f of s.families) for (const p of f.parents) asParent.set(p, [...(asParent.get(p) ?? []), f]);
  const xOf = (id: string) => x.get(id) ?? 0;
  const left = (b: Block) => xOf(b.members[0] ?? '');
  const centre = (b: Block) => left(b) + (b.members.length - 1) * (SLOT / 2);
  const mean = (v: number[]) => v.reduce((a, c) => a + c, 0) / v.length;
  // A single parent's line comes down beside them (layout-lines.ts), half a slot to the right.
  const hang = (f: Family) => (f.parents.length === 1 ? SLOT / 2 : 0);
  const anchor = (f: Family) => mean(f.parents.map(xOf)) + hang(f);
  const childSpan = (f: Family) => {
    const xs = f.children.map(xOf);
    return (Math.min(...xs) + Math.max(...xs)) / 2;
  };
  const genOf = (id: string) => s.gen.get(id) ?? 0;
  /** The family of a member whose parents are in the row above. */
  const upFamily = (m: string, r: number) => {
    const f = s.familyOf.get(m);
    return f && f.parents.every((p) => genOf(p) === r - 1) ? f : null;
  };
  const downFamilies = (b: Block, r: number) => {
    const fams = new Set<Family>();
    for (const m of b.members) {
      for (const f of asParent.get(m) ?? []) {
        if (f.parents.every((p) => b.members.includes(p)) && f.children.some((c) => genOf(c) === r + 1))
          fams.add(f);
      }
    }
    return [...fams].sort((a, c) => cmp(a.key, c.key));
  };
  const offsetIn = (b: Block, ids: string[]) => mean(ids.map((i) => b.members.indexOf(i) * SLOT));

  const place = (r: number, desired: number[], weights: number[]) => {
    const row = rows[r] ?? [];
    const dist = row.slice(0, -1).map((b, i) => {
      const next = row[i + 1] as Block;
      const fam = (id: string) => s.familyOf.get(id)?.key;
      const kin = b.members.some((m) => fam(m) && next.members.some((n) => fam(n) === fam(m)));
      return (b.members.length - 1) * SLOT + SLOT + (kin ? 0 : FAMILY_GAP);
    });
    const lefts = pav(desired, weights, dist);
    row.forEach((b, i) => b.members.forEach((m, j) => x.set(m, (lefts[i] ?? 0) + j * SLOT)));
  };

  // Start: every row packed from the left, blocks by id.
  rows.forEach((row, r) =>
    place(
      r,
      row.map(() => 0),
      row.map(() => 1),
    ),
  );

  const down = (r: number) => {
    const row = rows[r] ?? [];
    const keyOf = new Map<Block, [number, string, number]>();
    for (const b of row) {
      const withFam = b.members.flatMap((m) => {
        const f = upFamily(m, r);
        return f ? [{ m, f }] : [];
      });
      if (withFam.length === 0) {
        keyOf.set(b, [centre(b), '~', 0]);
        continue;
      }
      const first = withFam[0] as { m: string; f: Family };
      keyOf.set(b, [mean(withFam.map((w) => anchor(w.f))), first.f.key, first.f.children.indexOf(first.m)]);
      orient(
        b,
        withFam.map((w) => ({ m: w.m, target: anchor(w.f) })),
      );
    }
    row.sort((a, b) => {
      const [k1, f1, r1] = keyOf.get(a) ?? [0, '', 0];
      const [k2, f2, r2] = keyOf.get(b) ?? [0, '', 0];
      return k1 - k2 || cmp(f1, f2) || r1 - r2 || cmp(a.id, b.id);
    });
    // Children spread evenly under their parents' line, in the row's order.
    const inRow = new Map<Family, string[]>();
    for (const b of row) {
      for (const m of b.members) {
        const f = upFamily(m, r);
        if (f) inRow.set(f, [...(inRow.get(f) ?? []), m]);
      }
    }
    const desired: number[] = [];
    const weights: number[] = [];
    for (const b of row) {
      const wishes = b.members.flatMap((m, i) => {
        const f = upFamily(m, r);
        if (!f) return [];
        const sibs = inRow.get(f) ?? [m];
        return [anchor(f) + (sibs.indexOf(m) - (sibs.length - 1) / 2) * SLOT - i * SLOT];
      });
      desired.push(wishes.length > 0 ? mean(wishes) : left(b));
      weights.push(wishes.length > 0 ? 1 : 0.05);
    }
    place(r, desired, weights);
  };

  const up = (r: number) => {
    const row = rows[r] ?? [];
    const wish = new Map<Block, number | null>();
    for (const b of row) {
      const fams = downFamilies(b, r);
      if (fams.length === 0) {
        wish.set(b, null);
        continue;
      }
      orient(
        b,
        fams.flatMap((f) => f.parents.map((p) => ({ m: p, target: childSpan(f) }))),
      );
      wish.set(b, mean(fams.map((f) => childSpan(f) - offsetIn(b, f.parents) - hang(f))));
    }
    const key = (b: Block) => {
      const w = wish.get(b);
      return w === null || w === undefined ? left(b) : w;
    };
    row.sort((a, b) => key(a) - key(b) || left(a) - left(b) || cmp(a.id, b.id));
    place(
      r,
      row.map(key),
      row.map((b) => (wish.get(b) === null ? 0.05 : 1)),
    );
  };

  /** Reverses a block when that brings its members nearer their targets. */
  const orient = (b: Block, wants: { m: string; target: number }[]) => {
    if (b.members.length < 2 || wants.length === 0) return;
    const c = centre(b);
    const n = b.members.length;
    const cost = (rev: boolean) =>
      wants.reduce((sum, w) => {
        const i = b.members.indexOf(w.m);
        const pos = c + ((rev ? n - 1 - i : i) - (n - 1) / 2) * SLOT;
        return sum + Math.abs(pos - w.target);
      }, 0);
    if (cost(true) < cost(false) - 1e-9) {
      const l = left(b);
      b.members.reverse();
      b.members.forEach((m, j) => x.set(m, l + j * SLOT));
    }
  };

  for (let r = 1; r < rows.length; r++) down(r);
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let r = rows.length - 2; r >= 0; r--) up(r);
    for (let r = 1; r < rows.length; r++) down(r);
  }
  return { order: rows.map((row) => row.flatMap((b) => b.members)), x };
}

/**
 * Pool adjacent violators with minimum gaps: minimises Σ w·(xᵢ − dᵢ)² subject to
 * xᵢ₊₁ − xᵢ ≥ distᵢ. Exact and deterministic.
 */
export function pav(desired: number[], weights: number[], dist: number[]): number[] {
  const offs: number[] = [0];
  for (let i = 0; i < desired.length - 1; i++) offs.push((offs[i] ?? 0) + (dist[i] ?? 0));
  const pools: { sum: number; w: number; n: number }[] = [];
  desired.forEach((d, i) => {
    const w = weights[i] ?? 1;
    pools.push({ sum: (d - (offs[i] ?? 0)) * w, w, n: 1 });
    while (pools.length >= 2) {
      const last = pools[pools.length - 1] as { sum: number; w: number; n: number };
      const prev = pools[pools.length - 2] as { sum: number; w: number; n: number };
      if (prev.sum / prev.w <= last.sum / last.w) break;
      pools.pop();
      prev.sum += last.sum;
      prev.w += last.w;
      prev.n += last.n;
    }
  });
  const out: number[] = [];
  for (const p of pools) for (let k = 0; k < p.n; k++) out.push(p.sum / p.w + (offs[out.length] ?? 0));
  return out;
}
