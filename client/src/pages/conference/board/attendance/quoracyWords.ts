/**
 * Quoracy in plain words for the board. The rule itself lives in shared/src/quoracy.ts; this only
 * phrases its answer, counting the other agencies with the same rule so the two never disagree.
 */
import { andList } from '@cb/shared/words/andList';
import type { Attendee } from '@cb/shared/doc/attendance';
import { quoracy } from '@cb/shared/quoracy';

export interface QuoracyWords {
  quorate: boolean;
  /** One sentence, e.g. "Quorate: children’s social care and 2 other agencies are here." */
  summary: string;
  /** The agencies that count, as a sentence ('' when none). */
  counted: string;
}

function lowerFirst(text: string): string {
  return text ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** "A", "A and B", "A, B and C". */
export const listWords = andList;

export function quoracyWords(attendees: Attendee[]): QuoracyWords {
  const result = quoracy(attendees);
  // With children's social care taken out, every agency the rule still counts is an "other" one.
  const others = quoracy(attendees.filter((a) => a.agencyType !== 'childrens-social-care')).agencies.length;
  const counted = result.agencies.length
    ? `Agencies counted: ${listWords(result.agencies)}.`
    : 'No agencies are counted yet.';
  if (result.quorate) {
    return {
      quorate: true,
      summary: `Quorate: children’s social care and ${others} other agencies are here.`,
      counted,
    };
  }
  return { quorate: false, summary: `Not quorate: ${lowerFirst(result.missing)}`, counted };
}
