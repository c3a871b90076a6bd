import { describe, expect, it } from 'vitest';
import { fitColumns, wordPoints } from './columnWidths.ts';
import { tableWidths } from './pdfParts.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('tableWidths', () => {
  it('widens a column to its longest word, from the others, keeping the table as wide', () => {
    const relative = [2, 3, 3, 4, 2, 3, 3];
    const plain = tableWidths(relative, 595);
    const rows = [
      ['For', 'Risk', 'Outcome', 'Task', 'By whom', 'By when', 'How we will know'],
      ['Ada', 'x', 'y', 'z', 'Winifred Fairweather-Oduya', 'Friday 8 January 2027', 'w'],
    ];
    const fitted = tableWidths(relative, 595, rows);
    expect(sum(fitted)).toBeCloseTo(sum(plain), 6);
    // "Fairweather-Oduya" (17 letters) at 9 pt needs about 95 points; the plain column is narrower.
    expect(plain[4]).toBeLessThan(95);
    expect(fitted[4]).toBeGreaterThanOrEqual(17 * 9 * 0.62 - 0.01);
    for (const i of [0, 1, 2, 3, 5, 6]) expect(fitted[i]).toBeLessThanOrEqual((plain[i] ?? 0) + 1e-9);
  });

  it('leaves the proportions when the words could not fit however the columns were shared', () => {
    const long = 'A'.repeat(200);
    expect(tableWidths([1, 1], 595, [[long, long]])).toEqual(tableWidths([1, 1], 595));
  });
});

describe('fitColumns, in Word’s units', () => {
  it('gives "By whom" room for a long surname at 9 pt in a 9638-twip table', () => {
    const relative = [2, 3, 3, 4, 2, 3, 3];
    const word = wordPoints(9);
    const widths = fitColumns(
      relative,
      9638,
      [['Ada', 'r', 'o', 't', 'Fairweather-Oduya', 'd', 'h']],
      (w) => word(w) * 20 + 230,
    );
    expect(widths[4]).toBeGreaterThanOrEqual(word('Fairweather-Oduya') * 20 + 230 - 1e-6);
    expect(sum(widths)).toBeCloseTo(9638, 6);
  });
});
