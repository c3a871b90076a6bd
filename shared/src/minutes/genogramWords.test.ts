import { describe, expect, it } from 'vitest';
import { FamilyBuilder } from '../../../tests/fixtures/genogram.ts';
import { genogramRelationshipLines } from './genogramWords.ts';

describe('the family tree in the minutes’ words', () => {
  it('gives a couple’s dates in plain words and UK dates, never stored ISO dates', () => {
    const model = new FamilyBuilder()
      .person('a', 'Rhea Example', 'female')
      .person('b', 'Tom Example', 'male')
      .person('c', 'Sam Sample', 'male')
      .partners('a', 'b', 'divorced', '2015-05-14', '2019')
      .partners('a', 'c', 'separated', '2020-06', '2023')
      .build();
    const lines = genogramRelationshipLines(model);
    expect(lines).toContain('Rhea Example and Tom Example: divorced (married 14/05/2015, divorced 2019)');
    expect(lines).toContain(
      'Rhea Example and Sam Sample: separated (together from June 2020, separated 2023)',
    );
    expect(lines.join(' ')).not.toMatch(/\d{4}-\d{2}/);
  });
});
