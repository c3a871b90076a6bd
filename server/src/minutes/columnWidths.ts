/**
 * Table columns for the PDF and Word minutes: shared out as the outline's relative widths say, then
 * adjusted so that no word is broken in the middle ("Fairweath er"): a column is made at least as
 * wide as its longest word, the width taken from the other columns in proportion to what they can
 * spare. When the words could not all fit however the page was shared, the shares stand.
 */
export function fitColumns(
  relative: number[],
  usable: number,
  cells: string[][],
  /** The width a column needs for one word, in the same unit as `usable`. */
  wordWidth: (word: string) => number,
): number[] {
  const sum = relative.reduce((a, b) => a + b, 0) || 1;
  const widths = relative.map((r) => (usable * r) / sum);
  const least = widths.map((_, i) =>
    Math.max(0, ...cells.map((row) => Math.max(0, ...(row[i] ?? '').split(/\s+/).map(wordWidth)))),
  );
  if (least.reduce((a, b) => a + b, 0) > usable) return widths;
  for (let pass = 0; pass < widths.length; pass++) {
    const short = widths.map((w, i) => Math.max(0, (least[i] ?? 0) - w));
    const need = short.reduce((a, b) => a + b, 0);
    if (need <= 1e-6) break;
    const spare = widths.map((w, i) => (short[i] ? 0 : Math.max(0, w - (least[i] ?? 0))));
    const room = spare.reduce((a, b) => a + b, 0);
    const take = Math.min(need, room);
    for (let i = 0; i < widths.length; i++) {
      const w = widths[i] ?? 0;
      widths[i] = short[i] ? w + ((short[i] ?? 0) * take) / need : w - ((spare[i] ?? 0) * take) / (room || 1);
    }
  }
  return widths;
}

/**
 * A generous width for a word at `points` size: the fonts' widest letters (bold, capitals) are
 * about 0.62 em, so this errs towards a column a little too wide.
 */
export const wordPoints = (points: number) => (word: string) => [...word].length * points * 0.62;
