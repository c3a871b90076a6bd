/**
 * The words under each symbol: name, age or dates, and anything the symbol alone cannot say.
 * Shared by the layout (which leaves room for them) and the drawing. Plain English, no jargon.
 */
import type { Person } from './model.ts';

/** Characters per label line; with 11px text this fits inside one layout slot. */
export const LABEL_CHARS = 15;
export const LABEL_MAX_LINES = 5;
/** Estimated width of one character of label text, in layout units. */
export const CHAR_WIDTH = 6.4;

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
