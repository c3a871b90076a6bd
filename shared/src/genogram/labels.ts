/**
 * The words under each symbol: name, age or dates, and anything the symbol alone cannot say.
 * Shared by the layout (which leaves room for them) and the drawing. Plain English, no jargon.
 */
import type { Person } from './model.ts';

/**
 * The size of the words, in layout units (1 unit = 1 px in the SVG). Large enough to read from
 * across the room: the room's screen draws the tree about 1.3 times this size (20 px or more).
 * The layout leaves room for the words with these numbers and checkLayout.ts checks with them, so
 * the two agree on where every label is.
 */
export const LABEL_FONT = 16;
/** From one label line's baseline to the next. */
export const LABEL_LINE = 19;
/** From the top of a label's box to its first baseline. */
export const LABEL_ASCENT = 14;
/** From the edge of a symbol to the top of its label. */
export const LABEL_GAP = 6;
/** Characters per label line; at LABEL_FONT this fits inside one layout slot. */
export const LABEL_CHARS = 13;
export const LABEL_MAX_LINES = 5;
/**
 * Estimated width of one character of label text, in layout units: bold names in a wide system
 * font (DejaVu Sans, measured) are about 0.66 of the font size; most fonts are narrower.
 */
export const CHAR_WIDTH = LABEL_FONT * 0.66;
/** The couple's dates above their line, and a household's name. */
export const DATE_FONT = 13;
export const DATE_LINE = 15;
export const DATE_CHAR_WIDTH = DATE_FONT * 0.6;
export const HOUSEHOLD_FONT = 14;
export const HOUSEHOLD_CHAR_WIDTH = HOUSEHOLD_FONT * 0.62;

export function wrap(text: string, width = LABEL_CHARS, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const w = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (!line) line = w;
    else if (line.length + 1 + w.length <= width) line = `${line} ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1] ?? '';
    kept[maxLines - 1] = `${last.slice(0, width - 1)}…`;
    return kept;
  }
  return lines;
}

export function ageText(age: number): string {
  if (age < 1) {
    const months = Math.max(0, Math.round(age * 12));
    return months === 1 ? '1 month' : `${months} months`;
  }
  return `${Math.floor(age)}`;
}

const OUTCOME: Record<string, string> = {
  ongoing: 'Pregnancy',
  miscarriage: 'Miscarriage',
  termination: 'Termination',
  stillbirth: 'Stillbirth',
};

/** The label lines for one person (at most LABEL_MAX_LINES). */
export function labelLines(p: Person): string[] {
  const lines = wrap(p.name || (p.pregnancy ? '' : 'Unnamed'));
  if (p.pregnancy) {
    // Weeks on a line of their own: "Miscarriage, 9 wks" ran into the neighbour's label.
    lines.push(OUTCOME[p.pregnancy.outcome] ?? 'Pregnancy');
    if (p.pregnancy.weeks) lines.push(`${p.pregnancy.weeks} weeks`);
  } else if (p.deceased) {
    const { year, age } = p.deceased;
    if (year !== undefined && age !== undefined) lines.push(`Died ${year}`, `aged ${ageText(age)}`);
    else if (year !== undefined) lines.push(`Died ${year}`);
    else if (age !== undefined) lines.push(...wrap(`Died aged ${ageText(age)}`));
    else lines.push('Died');
  } else if (p.age !== null) {
    lines.push(p.age < 1 ? ageText(p.age) : `Age ${ageText(p.age)}`);
  } else if (p.dateOfBirth) {
    lines.push(`Born ${p.dateOfBirth.slice(0, 4)}`);
  }
  if (p.genderIdentity) lines.push(...wrap(`(${p.genderIdentity})`, LABEL_CHARS, 1));
  return lines.slice(0, LABEL_MAX_LINES);
}

export function labelWidth(lines: string[]): number {
  return Math.max(0, ...lines.map((l) => l.length)) * CHAR_WIDTH;
}

/** Height of a label's box with this many lines (0 for none). */
export function labelHeight(lineCount: number): number {
  return lineCount > 0 ? lineCount * LABEL_LINE + 1 : 0;
}
