import { describe, expect, it } from 'vitest';
import { isTheirs, namedIn, theirsFirst } from './mine.ts';

describe('whose a plan row is', () => {
  it('splits "by whom" into the people it names', () => {
    expect(namedIn('Chloe; Priya Shah')).toEqual(['chloe', 'priya shah']);
    expect(namedIn('Nadia Okafor and the GP')).toEqual(['nadia okafor', 'the gp']);
    expect(namedIn('School / Tom Reeve, Dad & Nan')).toEqual(['school', 'tom reeve', 'dad', 'nan']);
    expect(namedIn('  ')).toEqual([]);
  });

  it('matches a full name or a first name on its own, never part of a word', () => {
    expect(isTheirs('Nadia Okafor', 'Nadia Okafor')).toBe(true);
    expect(isTheirs('nadia  okafor; GP', 'Nadia Okafor')).toBe(true);
    expect(isTheirs('Chloe; Nadia', 'Nadia Okafor')).toBe(true);
    expect(isTheirs('Tomasz Nowak', 'Tom Reeve')).toBe(false);
    expect(isTheirs('Nadia Okafor-Smith', 'Nadia Okafor')).toBe(false);
    expect(isTheirs('the health visitor', 'Nadia Okafor')).toBe(false);
    expect(isTheirs('Nadia', '  ')).toBe(false);
  });

  it('puts their rows first, keeping the plan order in each group', () => {
    const rows = [
      { byWhom: 'Chloe' },
      { byWhom: 'Nadia Okafor' },
      { byWhom: 'GP' },
      { byWhom: 'Chloe; Nadia' },
    ];
    expect(theirsFirst(rows, 'Nadia Okafor').map((r) => r.byWhom)).toEqual([
      'Nadia Okafor',
      'Chloe; Nadia',
      'Chloe',
      'GP',
    ]);
    expect(theirsFirst(rows, 'Priya Shah')).toBe(rows);
    expect(theirsFirst(rows, null)).toBe(rows);
  });
});
