import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFamily, shuffled } from '../../../tests/fixtures/genogramArbitraries.ts';
import { checkLayout } from './checkLayout.ts';
import { layoutGenogram } from './layout.ts';
import { validateModel } from './validate.ts';

// Fixed seeds: the same families on every run. More seeds are tried by hand, not in CI.
describe('any valid family lays out cleanly', () => {
  it('has no overlaps, no line through a symbol, only right angles (up to 40 people)', () => {
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
