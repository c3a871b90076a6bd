import { describe, expect, it } from 'vitest';
import { shuffled } from '../../../tests/fixtures/genogramArbitraries.ts';
import { checkLayout } from './checkLayout.ts';
import { FamilyBuilder, FIXTURES } from '../../../tests/fixtures/genogram.ts';
import { layoutGenogram, type Layout } from './layout.ts';
import { SLOT } from './layout-place.ts';
import type { GenogramModel } from './model.ts';

const FAMILIES = [
  'single-parent',
  'blended',
  'three-generations',
  'twins',
  'pregnancy',
  'forty',
  'e2e',
  'marlow',
];

function family(name: string): GenogramModel {
  const make = FIXTURES[name];
  if (!make) throw new Error(`No fixture ${name}`);
  return make();
}

const at = (layout: Layout, id: string) => {
  const s = layout.symbols.find((sym) => sym.personId === id);
  if (!s) throw new Error(`${id} is not drawn`);
  return s;
};

describe('layoutGenogram on the fixed families', () => {
  for (const name of FAMILIES) {
    it(`${name}: no overlaps, no line through a symbol, right angles`, () => {
      const model = family(name);
      expect(checkLayout(layoutGenogram(model), model)).toEqual([]);
    });
    it(`${name}: the same layout on every run and whatever the order of the lists`, () => {
      const model = family(name);
      const first = layoutGenogram(model);
      expect(layoutGenogram(model)).toEqual(first);
      for (const seed of [1, 2, 3]) expect(layoutGenogram(shuffled(model, seed))).toEqual(first);
    });
  }

  it('the family of 40 spans four generations', () => {
    const layout = layoutGenogram(family('forty'));
    expect(layout.symbols).toHaveLength(40);
    expect(new Set(layout.symbols.map((s) => s.generation))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('puts partners side by side and children beneath them, oldest on the left', () => {
    const layout = layoutGenogram(family('three-generations'));
    const [dad, mum] = [at(layout, 'dad'), at(layout, 'mum')];
    expect(dad.y).toBe(mum.y);
    expect(Math.abs(dad.x - mum.x)).toBe(SLOT);
    const kids = ['k1', 'k2', 'k3'].map((id) => at(layout, id));
    expect(kids.map((k) => k.x)).toEqual([...kids.map((k) => k.x)].sort((a, b) => a - b));
    for (const k of kids) expect(k.y).toBeGreaterThan(dad.y);
    const left = Math.min(dad.x, mum.x);
    const mid = (dad.x + mum.x) / 2;
    expect(left).toBeLessThan(mid);
    expect(kids[1]?.x).toBe(mid);
  });

  it('draws twins as a V from one point, with a bar for identical twins', () => {
    const layout = layoutGenogram(family('twins'));
    const arms = layout.segments.filter((s) => s.role === 'twin');
    expect(arms.map((s) => s.ref).sort()).toEqual(['t1', 't2', 't3', 't4']);
    const from = (id: string) => arms.find((s) => s.ref === id)?.x1;
    expect(from('t1')).toBe(from('t2'));
    expect(from('t3')).toBe(from('t4'));
    expect(layout.segments.filter((s) => s.role === 'identical-twins')).toHaveLength(1);
  });

  it('keeps the chair’s nudge in later layouts', () => {
    const model = family('three-generations');
    const before = layoutGenogram(model);
    const nudged = {
      ...model,
      people: model.people.map((p) => (p.id === 'k3' ? { ...p, nudge: { dx: 30, dy: 10 } } : p)),
    };
    const after = layoutGenogram(nudged);
    expect(at(after, 'k3').x).toBe(at(before, 'k3').x + 30);
    expect(at(after, 'k3').y).toBe(at(before, 'k3').y + 10);
    // Someone added elsewhere later: the nudge is still applied.
    const grown = new FamilyBuilder();
    grown.people = [...nudged.people];
    grown.relationships = [...nudged.relationships];
    grown.households = [...nudged.households];
    grown.person('aunt', 'Mabel Hume', 'female', { age: 40 }).children(['gf', 'gm'], ['aunt']);
    const later = layoutGenogram(grown.build());
    const k2 = at(later, 'k2');
    expect(at(later, 'k3').x - k2.x).toBe(at(after, 'k3').x - at(after, 'k2').x);
    expect(at(later, 'k3').y - k2.y).toBe(10);
    expect(checkLayout(later)).toEqual([]);
  });

  it('never lets a nudge push a symbol onto its neighbour', () => {
    const model = family('twins');
    const pushed = {
      ...model,
      people: model.people.map((p) => (p.id === 't1' ? { ...p, nudge: { dx: 500, dy: 0 } } : p)),
    };
    expect(checkLayout(layoutGenogram(pushed), pushed)).toEqual([]);
  });

  // Found by the property test (seed 42): twins kept apart by one twin's partners either side
  // were joined by a V whose arm crossed everyone between them.
  it('draws twins kept apart by partners with straight lines', () => {
    const model = new FamilyBuilder()
      .person('mum', 'Greta Nolan', 'female')
      .person('twinA', 'Arlo Nolan', 'male', { dateOfBirth: '2000-01-01' })
      .person('twinB', 'Bram Nolan', 'male', { dateOfBirth: '2000-01-01' })
      .person('x1', 'Cass Ivory', 'female')
      .person('x2', 'Dina Ivory', 'female')
      .person('x3', 'Elle Ivory', 'female')
      .children(['mum'], ['twinA', 'twinB'])
      .partners('twinA', 'x1', 'divorced')
      .partners('twinA', 'x2', 'divorced')
      .partners('twinA', 'x3', 'married')
      .twins('twinA', 'twinB', true)
      .build();
    const layout = layoutGenogram(model);
    expect(checkLayout(layout, model)).toEqual([]);
  });

  // Found by the property test (seed 13): a bracket joining partners who are not neighbours ran
  // through the labels of people nudged downwards.
  it('runs brackets below nudged labels', () => {
    const b = new FamilyBuilder();
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      b.person(id, 'Dilys Fennimore-Oakhampton', 'female', { nudge: { dx: -33, dy: 14 }, age: 50 });
    }
    const model = b
      .partners('a', 'b', 'cohabiting')
      .partners('b', 'c', 'cohabiting')
      .partners('a', 'd', 'cohabiting')
      .partners('b', 'e', 'cohabiting')
      .build();
    expect(checkLayout(layoutGenogram(model), model)).toEqual([]);
  });
});

describe('checkLayout can fail', () => {
  const model = family('blended');
  const good = layoutGenogram(model);
  const broken = (change: (l: Layout) => void): Layout => {
    const copy = JSON.parse(JSON.stringify(good)) as Layout;
    change(copy);
    return copy;
  };
  const kinds = (l: Layout) => new Set(checkLayout(l, model).map((p) => p.kind));

  it('finds overlapping symbols', () => {
    const l = broken((c) => {
      const [a, b] = c.symbols;
      if (a && b) Object.assign(a, { x: b.x + 30, y: b.y });
    });
    expect(kinds(l)).toContain('overlap');
  });
  it('finds a line through someone else’s symbol', () => {
    const victim = at(good, 'tia');
    const l = broken((c) => {
      c.segments.push({
        ...(c.segments[0] as Layout['segments'][number]),
        x1: victim.x - 80,
        y1: victim.y,
        x2: victim.x + 80,
        y2: victim.y,
        owners: [],
      });
    });
    expect(kinds(l)).toContain('crossing');
  });
  it('finds a slanted drop line, a person drawn twice and a person missing', () => {
    const l = broken((c) => {
      const drop = c.segments.find((s) => s.role === 'drop');
      if (drop) drop.x2 += 15;
      c.symbols.push({ ...(c.symbols[0] as Layout['symbols'][number]), x: -1000 });
      c.symbols.splice(1, 1);
    });
    for (const kind of ['not-square', 'duplicate', 'missing']) expect(kinds(l)).toContain(kind);
  });
});
