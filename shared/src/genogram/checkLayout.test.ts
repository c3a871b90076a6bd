import { describe, expect, it } from 'vitest';
import { FamilyBuilder, FIXTURES } from '../../../tests/fixtures/genogram.ts';
import { checkLayout } from './checkLayout.ts';
import { layoutGenogram, type Layout } from './layout.ts';
import { insideRings, labelBox, symbolBox } from './layout-boxes.ts';
import type { GenogramModel } from './model.ts';

const marlow = (FIXTURES.marlow as () => GenogramModel)();
const good = layoutGenogram(marlow);
const copy = () => JSON.parse(JSON.stringify(good)) as Layout;
const kinds = (l: Layout, model: GenogramModel = marlow) => checkLayout(l, model).map((p) => p.kind);
const at = (layout: Layout, id: string) => {
  const s = layout.symbols.find((sym) => sym.personId === id);
  if (!s) throw new Error(`${id} is not drawn`);
  return s;
};
const household = (l: Layout, name: string) => {
  const h = l.households.find((x) => x.name === name);
  if (!h) throw new Error(`no household ${name}`);
  return h;
};

describe('the demo family (Marlow)', () => {
  it('lays out with nothing crossed, covered or left out', () => {
    expect(checkLayout(good, marlow)).toEqual([]);
    expect(good.emotional).toHaveLength(1);
    expect(good.households.map((h) => h.name).sort()).toEqual(["Chloe's flat", "Dan and Hana's home"]);
  });

  // Before: the "close" line from Fay to Ada ran straight, diagonally across Chloe's symbol.
  it('would catch the old straight "close" line from Fay to Ada', () => {
    const l = copy();
    const [fay, ada] = [at(l, 'fay'), at(l, 'ada')];
    const dx = ada.x - fay.x;
    const dy = ada.y - fay.y;
    const len = Math.hypot(dx, dy);
    const line = l.emotional[0];
    if (!line) throw new Error('no line');
    line.points = [
      { x: fay.x + (dx / len) * 30, y: fay.y + (dy / len) * 30 },
      { x: ada.x - (dx / len) * 30, y: ada.y - (dy / len) * 30 },
    ];
    expect(checkLayout(l, marlow)).toContainEqual({
      kind: 'emotional-crossing',
      message: expect.stringContaining('crosses chloe'),
    });
  });

  it('routes the "close" line round everyone in the way, in right angles', () => {
    const points = good.emotional[0]?.points ?? [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      expect(a?.x === b?.x || a?.y === b?.y).toBe(true);
    }
  });

  // Before: a household drawn as one box per row took in whoever stood between its members.
  it('would catch an outline round Chloe’s flat that takes in Evan and Dan', () => {
    const l = copy();
    const flat = household(l, "Chloe's flat");
    const members = l.symbols.filter((s) => flat.members.includes(s.personId));
    const xs = members.flatMap((s) => [symbolBox(s).x1 - 8, (labelBox(s) ?? symbolBox(s)).x2 + 8]);
    const ys = members.flatMap((s) => [symbolBox(s).y1 - 8, (labelBox(s) ?? symbolBox(s)).y2 + 30]);
    const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    flat.rings = [
      [
        { x: x1, y: y1 },
        { x: x2, y: y1 },
        { x: x2, y: y2 },
        { x: x1, y: y2 },
      ],
    ];
    const found = checkLayout(l, marlow).filter((p) => p.kind === 'household-membership');
    expect(found.map((p) => p.message)).toEqual(
      expect.arrayContaining([`evan is inside ${flat.householdId}`, `dan is inside ${flat.householdId}`]),
    );
  });

  // Before: "Dan and Hana's home" was written from the left of Isla's narrow outline, and ran out of it.
  it('would catch a household name that runs out of its outline, or over someone’s words', () => {
    const l = copy();
    const home = household(l, "Dan and Hana's home");
    const name = home.names[0];
    if (!name) throw new Error('no name');
    name.x += 120;
    expect(kinds(l)).toContain('household-name');
    const onBen = copy();
    const ben = labelBox(at(onBen, 'ben'));
    const flatName = household(onBen, "Chloe's flat").names[0];
    if (!ben || !flatName) throw new Error('no label');
    Object.assign(flatName, { x: ben.x1, y: ben.y2 - 4 });
    expect(checkLayout(onBen, marlow).map((p) => p.message)).toContainEqual(
      expect.stringContaining('overlaps ben'),
    );
  });

  it('would catch an outline drawn through someone’s words', () => {
    const l = copy();
    const hana = labelBox(at(l, 'hana'));
    if (!hana) throw new Error('no label');
    const mid = (hana.y1 + hana.y2) / 2;
    household(l, "Chloe's flat").rings.push([
      { x: hana.x1 - 40, y: mid },
      { x: hana.x1 + 10, y: mid },
      { x: hana.x1 + 10, y: mid + 2 },
      { x: hana.x1 - 40, y: mid + 2 },
    ]);
    expect(kinds(l)).toContain('household-crossing');
  });
});

describe('households and emotional lines in other families', () => {
  it('draws a grandmother living with her grandchild (not her son) as two named outlines', () => {
    const model = new FamilyBuilder()
      .person('gran', 'Iris Quell', 'female', { age: 70, householdId: 'h' })
      .person('son', 'Oren Quell', 'male', { age: 40 })
      .person('kid', 'Pip Quell', 'male', { age: 6, subject: true, householdId: 'h' })
      .children(['gran'], ['son'])
      .children(['son'], ['kid'])
      .build();
    model.households = [{ id: 'h', name: "Iris's house" }];
    const layout = layoutGenogram(model);
    expect(checkLayout(layout, model)).toEqual([]);
    const h = layout.households[0];
    expect(h?.names.map((n) => n.text)).toEqual(["Iris's house", "Iris's house"]);
    expect(insideRings(at(layout, 'son'), h?.rings ?? [])).toBe(false);
  });

  it('takes a line between the ends of a row over the people between, even one nudged upwards', () => {
    const b = new FamilyBuilder().person('mum', 'Rue Vance', 'female');
    for (const id of ['k1', 'k2', 'k3', 'k4']) b.person(id, `Kit ${id} Vance`, 'unknown', { age: 10 });
    b.children(['mum'], ['k1', 'k2', 'k3', 'k4'])
      .emotional('k1', 'k4', 'hostile')
      .emotional('k2', 'k4', 'close');
    const model = b.build();
    model.people = model.people.map((p) => (p.id === 'k3' ? { ...p, nudge: { dx: 0, dy: -16 } } : p));
    const layout = layoutGenogram(model);
    expect(checkLayout(layout, model)).toEqual([]);
    const [first, second] = layout.emotional;
    const top = (l: typeof first) => Math.min(...(l?.points ?? []).map((p) => p.y));
    expect(top(first)).not.toBe(top(second));
  });
});
