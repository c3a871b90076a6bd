/**
 * The outline of a union of rectangles, as closed rings of points (right angles only). Used for
 * the household outlines. Outer rings run clockwise on screen (y down), holes the other way, so
 * the shape draws correctly with fill-rule="evenodd". Deterministic: the same rectangles in any
 * order give the same rings.
 */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

type Pt = { x: number; y: number };

const uniq = (v: number[]) => [...new Set(v)].sort((a, b) => a - b);

export function traceRings(rects: Rect[]): Pt[][] {
  const good = rects.filter((r) => r.x2 > r.x1 && r.y2 > r.y1);
  const xs = uniq(good.flatMap((r) => [r.x1, r.x2]));
  const ys = uniq(good.flatMap((r) => [r.y1, r.y2]));
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 1 || rows < 1) return [];
  const cell = new Uint8Array(cols * rows);
  const xi = new Map(xs.map((v, i) => [v, i]));
  const yi = new Map(ys.map((v, i) => [v, i]));
  for (const r of good) {
    const [i1, i2, j1, j2] = [xi.get(r.x1), xi.get(r.x2), yi.get(r.y1), yi.get(r.y2)] as number[];
    for (let i = i1 ?? 0; i < (i2 ?? 0); i++)
      for (let j = j1 ?? 0; j < (j2 ?? 0); j++) cell[j * cols + i] = 1;
  }
  const inside = (i: number, j: number) =>
    i >= 0 && j >= 0 && i < cols && j < rows && cell[j * cols + i] === 1;

  // Boundary edges between grid vertices, the inside on their right.
  const out = new Map<number, number[]>();
  const key = (i: number, j: number) => j * (cols + 1) + i;
  const edge = (a: [number, number], b: [number, number]) => {
    const k = key(a[0], a[1]);
    out.set(k, [...(out.get(k) ?? []), key(b[0], b[1])]);
  };
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      if (!inside(i, j)) continue;
      if (!inside(i, j - 1)) edge([i, j], [i + 1, j]);
      if (!inside(i + 1, j)) edge([i + 1, j], [i + 1, j + 1]);
      if (!inside(i, j + 1)) edge([i + 1, j + 1], [i, j + 1]);
      if (!inside(i - 1, j)) edge([i, j + 1], [i, j]);
    }
  }
  const at = (k: number) => ({ i: k % (cols + 1), j: Math.floor(k / (cols + 1)) });
  const rings: Pt[][] = [];
  for (const start of [...out.keys()].sort((a, b) => a - b)) {
    while ((out.get(start)?.length ?? 0) > 0) {
      const ring: number[] = [start];
      let prev = start;
      let cur = (out.get(start) as number[]).shift() as number;
      while (cur !== start) {
        ring.push(cur);
        const options = out.get(cur) ?? [];
        if (options.length === 0) break;
        // Where two corners touch, turn right (towards the inside) so the rings stay apart.
        const p = at(prev);
        const c = at(cur);
        const turn = (k: number) => {
          const n = at(k);
          return (c.i - p.i) * (n.j - c.j) - (c.j - p.j) * (n.i - c.i);
        };
        options.sort((a, b) => turn(b) - turn(a));
        prev = cur;
        cur = options.shift() as number;
      }
      rings.push(simplify(ring.map((k) => ({ x: xs[at(k).i] ?? 0, y: ys[at(k).j] ?? 0 }))));
    }
  }
  return rings.filter((r) => r.length >= 4);
}

/** Drops the points in the middle of a straight run. */
function simplify(ring: Pt[]): Pt[] {
  const n = ring.length;
  return ring.filter((p, i) => {
    const a = ring[(i + n - 1) % n] as Pt;
    const b = ring[(i + 1) % n] as Pt;
    return !((a.x === p.x && p.x === b.x) || (a.y === p.y && p.y === b.y));
  });
}
