import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFamily, shuffled } from '../../../tests/fixtures/genogramArbitraries.ts';
import { checkLayout } from './checkLayout.ts';
import { layoutGenogram } from './layout.ts';
import { validateModel } from './validate.ts';

// Fixed seeds: the same families on every run. More seeds are tried by hand, not in CI.
describe('any valid family lays out cleanly', () => {
  // checkLayout also checks emotional lines and household outlines: the random families have them.
  it('are families with emotional lines between rows and households over several rows', () => {
    const families = fc.sample(arbitraryFamily(40), { seed: 42, numRuns: 200 }).map((m) => layoutGenogram(m));
    const rows = (ids: string[], l: ReturnType<typeof layoutGenogram>) =>
      new Set(l.symbols.filter((s) => ids.includes(s.personId)).map((s) => s.generation)).size;
    expect(families.filter((l) => l.emotional.some((e) => rows([e.a, e.b], l) > 1)).length).toBeGreaterThan(
      30,
    );
    expect(families.filter((l) => l.households.some((h) => rows(h.members, l) > 1)).length).toBeGreaterThan(
      30,
    );
    expect(families.filter((l) => l.households.some((h) => h.names.length > 1)).length).toBeGreaterThan(5);
  });

  it('has no overlaps and nothing through a symbol or label: lines, emotional lines, household outlines (up to 40 people)', () => {
    fc.assert(
      fc.property(arbitraryFamily(40), (model) => {
        expect(validateModel(model)).toEqual([]);
        const layout = layoutGenogram(model);
        expect(checkLayout(layout, model)).toEqual([]);
        expect(layout.symbols).toHaveLength(model.people.length);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('gives the same layout whatever the order of the lists', () => {
    fc.assert(
      fc.property(arbitraryFamily(25), fc.nat(), (model, seed) => {
        expect(layoutGenogram(shuffled(model, seed))).toEqual(layoutGenogram(model));
      }),
      { seed: 7, numRuns: 100 },
    );
  });
});
