import { describe, expect, it } from 'vitest';
import { scriptConference } from '../../../tests/support/scriptedConference.ts';
import { flatBlocks, type Block } from './blocks.ts';
import { LETTER_HEADINGS, LETTER_TITLE, letterOutline } from './letter.ts';
import { minutesFromDoc } from './minutesFromDoc.ts';

function letterWords() {
  const s = scriptConference();
  const family = minutesFromDoc(s, s.context, 'family');
  const of = (b: Block): string[] => {
    switch (b.kind) {
      case 'title':
      case 'heading':
        return [b.text];
      case 'paragraph':
        return [b.runs.map((r) => r.text).join('')];
      case 'bullets':
        return b.items.map((i) => i.map((r) => r.text).join(''));
      case 'facts':
        return b.rows.map((r) => r.join(': '));
      default:
        return [];
    }
  };
  return { s, family, words: flatBlocks(letterOutline(family)).flatMap(of) };
}

describe('the family’s letter', () => {
  it('greets the family by name and says what the conference was about and why', () => {
    const { words } = letterWords();
    expect(words[0]).toBe(LETTER_TITLE);
    expect(words).toContain('Dear Chloe Marlow, Dan Ashby and Fay Marlow,');
    expect(words.join('\n')).toMatch(
      /On Thursday 3 December 2026 at 10:00 at Room 2, Fictional Family Centre, an initial child protection conference met about Ada Marlow and Ben Marlow\. Morgan Fairweather chaired it\./,
    );
    expect(words).toContain(
      'Why it was held: The school and the health visitor raised worries about home (fictional).',
    );
  });

  it('says each child’s outcome as the family’s screen did, the plan’s rows and the next dates', () => {
    const { words, family } = letterWords();
    for (const h of Object.values(LETTER_HEADINGS)) expect(words).toContain(h);
    for (const d of family.decisions) expect(words).toContain(d.outcomeWords);
    const all = words.join('\n');
    for (const row of family.plan) expect(all).toContain(row.task);
    expect(all).toContain(
      'Ada and Ben see adults fighting: Chloe to attend the domestic abuse programme; Evan not to stay at the flat until a risk assessment is done. Who: Chloe; Priya Shah (social worker). By Thursday 17 December 2026.',
    );
    expect(all).toContain('First core group meeting: ');
    expect(all).toMatch(/Review conference: by Wednesday 3 March 2027/);
    expect(all).toMatch(/Your social worker is Priya Shah/);
  });

  it('holds nothing professionals-only, and is refused for the professionals’ copy', () => {
    const { s, words } = letterWords();
    const all = words.join('\n');
    for (const secret of s.professionalsOnlyStrings) expect(all).not.toContain(secret);
    const full = minutesFromDoc(s, s.context, 'full');
    expect(() => letterOutline(full)).toThrow(/family’s copy only/);
  });
});
