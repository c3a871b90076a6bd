import { describe, expect, it } from 'vitest';
import { FamilyBuilder, FIXTURES } from '../../../tests/fixtures/genogram.ts';
import { describeGenogram } from './describe.ts';
import { genogramLegendSvg, genogramToSvg } from './svg.ts';

const SNAPSHOTS = ['single-parent', 'blended', 'three-generations', 'twins', 'pregnancy', 'forty', 'marlow'];

// Real SVG files, so a reviewer can open them (or render them) and look.
describe('genogramToSvg snapshots', () => {
  for (const name of SNAPSHOTS) {
    it(name, async () => {
      const make = FIXTURES[name];
      if (!make) throw new Error(`No fixture ${name}`);
      await expect(genogramToSvg(make())).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
    });
  }
  it('the full legend', async () => {
    await expect(genogramLegendSvg()).toMatchFileSnapshot('__snapshots__/legend.svg');
  });
});

const one = (build: (b: FamilyBuilder) => FamilyBuilder) =>
  genogramToSvg(build(new FamilyBuilder()).build(), { legend: false });
const people = (svg: string) => svg.slice(svg.indexOf('class="people"'), svg.indexOf('class="labels"'));

describe('McGoldrick symbols', () => {
  it('square for male, circle for female, diamond with "?" for sex not known', () => {
    expect(people(one((b) => b.person('m', 'Ned Ox', 'male')))).toMatch(/<rect /);
    expect(people(one((b) => b.person('f', 'Nia Ox', 'female')))).toMatch(/<circle /);
    const unknown = people(one((b) => b.person('u', 'Nat Ox', 'unknown')));
    expect(unknown).toMatch(/<polygon /);
    expect(unknown).toContain('>?</text>');
  });
  it('a marker and words for a gender identity, a double outline for the subject child', () => {
    const trans = one((b) => b.person('t', 'Tam Ox', 'female', { genderIdentity: 'trans boy' }));
    expect(people(trans)).toMatch(/<circle [^>]*\/><polygon /);
    expect(trans).toContain('(trans boy)');
    expect(
      people(one((b) => b.person('s', 'Sol Ox', 'male', { subject: true }))).match(/<rect /g),
    ).toHaveLength(2);
  });
  it('an X and the age for someone who died', () => {
    const svg = one((b) => b.person('d', 'Dov Ox', 'male', { deceased: { year: 2001, age: 70 } }));
    expect(people(svg).match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('Died 2001');
    expect(svg).toContain('aged 70');
  });
  it('a triangle for a pregnancy', () => {
    const svg = one((b) => b.person('p', '', 'unknown', { pregnancy: { outcome: 'ongoing', weeks: 12 } }));
    expect(people(svg)).toMatch(/<polygon points="[^"]+" fill="#fff"\/>/);
    expect(svg).toContain('>Pregnancy</text>');
    expect(svg).toContain('>12 weeks</text>');
  });
  it('solid, dashed, one slash and two slashes for partnerships; dashed lines for adopted children', () => {
    const couple = (kind: 'married' | 'cohabiting' | 'separated' | 'divorced') =>
      one((b) => b.person('a', 'Al Ox', 'male').person('b', 'Bea Ox', 'female').partners('a', 'b', kind));
    const lines = (svg: string) => svg.slice(svg.indexOf('class="lines"'), svg.indexOf('class="people"'));
    expect(lines(couple('married'))).not.toContain('stroke-dasharray');
    expect(lines(couple('cohabiting'))).toContain('stroke-dasharray="8 5"');
    const slashes = (svg: string) => (lines(svg).match(/stroke-width="2"\/>/g) ?? []).length;
    expect(slashes(couple('separated'))).toBe(1);
    expect(slashes(couple('divorced'))).toBe(2);
    const adopted = one((b) =>
      b.person('a', 'Al Ox', 'male').person('c', 'Cy Ox', 'male').children(['a'], ['c'], 'adopted'),
    );
    expect(lines(adopted)).toContain('stroke-width="1.5" stroke-dasharray="8 5"');
  });
  it('escapes every name', () => {
    const svg = one((b) => b.person('x', '<script>&"', 'male'));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;');
  });
});

describe('dates in plain words', () => {
  const couple = (kind: 'married' | 'separated' | 'divorced', from: string | null, to: string | null) =>
    new FamilyBuilder()
      .person('a', 'Al Ox', 'male', { dateOfBirth: '1985-05-14' })
      .person('b', 'Bea Ox', 'female')
      .partners('a', 'b', kind, from, to)
      .build();

  it('writes a couple’s dates in words on the picture, never "m." or "sep."', () => {
    const svg = genogramToSvg(couple('separated', '2015-06-30', '2023'), { legend: false });
    expect(svg).toContain('>together from 2015</text>');
    expect(svg).toContain('>separated 2023</text>');
    expect(svg).not.toMatch(/>m\. |sep\.|div\./);
    const divorced = genogramToSvg(couple('divorced', '2010', '2019'), { legend: false });
    expect(divorced).toContain('>married 2010</text>');
    expect(divorced).toContain('>divorced 2019</text>');
  });

  it('says the same in the words, with full dates in UK form', () => {
    const words = describeGenogram(couple('separated', '2015-06-30', '2023'));
    expect(words).toContain('Al Ox (born 14/05/1985)');
    expect(words).toContain('Al Ox and Bea Ox are separated (together from 30/06/2015, separated 2023).');
  });
});
