import { describe, expect, it } from 'vitest';
import { marlowMinutes } from '../../../tests/fixtures/minutes/marlowMinutes.ts';
import { scriptConference } from '../../../tests/support/scriptedConference.ts';
import { readAttendees, updateAttendee } from '../doc/attendance.ts';
import { flatBlocks, type Block, type OutlineSection } from './blocks.ts';
import { minutesFromDoc } from './minutesFromDoc.ts';
import { minutesOutline, planOutline } from './outline.ts';
import type { Minutes } from './types.ts';
import {
  MINUTES_HEADINGS,
  NO_WORRY_KIND_WORDS,
  PROFESSIONALS_ONLY_WORDS,
  WORRY_KIND_WORDS,
} from './words.ts';

function scripted() {
  const s = scriptConference();
  return { s, full: minutesFromDoc(s, s.context, 'full'), family: minutesFromDoc(s, s.context, 'family') };
}

/** Every word an outline would put on the page, one string per block. */
function words(sections: OutlineSection[]): string[] {
  const of = (b: Block): string[] => {
    switch (b.kind) {
      case 'title':
      case 'heading':
        return [b.text];
      case 'paragraph':
        return b.runs.map((r) => r.text);
      case 'bullets':
        return b.items.flat().map((r) => r.text);
      case 'checks':
        return b.items.flatMap((c) => c.runs.map((r) => r.text));
      case 'table':
        return [
          ...b.header,
          ...b.rows.flat().map((c) => (typeof c === 'string' ? c : `${c.text} ${c.note}`)),
        ];
      case 'facts':
        return b.rows.flat();
      case 'genogram':
        return [b.heading, b.svg, b.description, ...b.people.flat(), ...b.relationships];
      case 'group':
        return b.blocks.flatMap(of);
    }
  };
  return sections.flatMap((s) => s.blocks.flatMap(of));
}

const marked = (sections: OutlineSection[]) =>
  flatBlocks(sections).filter(
    (b) =>
      (b.kind === 'bullets' && b.items.some((runs) => runs.some((r) => r.professionalsOnly))) ||
      (b.kind === 'paragraph' && b.runs.some((r) => r.professionalsOnly)),
  );

const headings = (sections: OutlineSection[]) =>
  flatBlocks(sections).flatMap((b) =>
    (b.kind === 'heading' && b.level === 1) || b.kind === 'genogram'
      ? [b.kind === 'genogram' ? b.heading : b.text]
      : [],
  );

describe('minutesOutline', () => {
  it('gives the sections in the order of PRODUCT.md, every heading once', () => {
    const { full } = scripted();
    const outline = minutesOutline(full);
    expect(outline.map((s) => s.key)).toEqual([
      'opening',
      'attendance',
      'worries',
      'lists',
      'genogram',
      'safetyScales',
      'plan',
      'contingency',
      'decisions',
      'coreGroup',
      'planChecks',
      'distribution',
    ]);
    const H = MINUTES_HEADINGS;
    expect(headings(outline)).toEqual([
      H.attendees,
      H.worries,
      H.workingWell,
      H.greyAreas,
      H.childsVoice,
      H.parentsView,
      H.genogram,
      H.safetyScales,
      H.plan,
      H.contingencyPlans,
      H.decisions,
      H.coreGroup,
      H.planChecks,
      H.distribution,
    ]);
    const worryKinds = flatBlocks(outline.filter((x) => x.key === 'worries')).flatMap((b) =>
      b.kind === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(worryKinds.slice(0, 3)).toEqual(Object.values(WORRY_KIND_WORDS));
  });

  it('puts a worry whose kind was never chosen under its own heading, first, not under past harm', () => {
    const { full } = scripted();
    const text = 'Nobody is sure who else stays at the flat';
    const worry = {
      id: 'unsorted',
      text,
      kind: null,
      tag: null,
      source: null,
      saidBy: null,
      childIds: [],
      professionalsOnly: false,
    };
    const outline = minutesOutline({ ...full, worries: [...full.worries, worry] });
    const blocks = flatBlocks(outline.filter((x) => x.key === 'worries'));
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === NO_WORRY_KIND_WORDS);
    expect(at).toBe(1);
    const under = blocks.slice(at + 1, at + 2);
    expect(words([{ key: 'worries', blocks: under }]).join(' ')).toContain(text);
    // Without one, no such heading.
    expect(words(minutesOutline(full))).not.toContain(NO_WORRY_KIND_WORDS);
  });

  it('says how the meeting ran in the professionals’ minutes only, each line marked', () => {
    const { s, full, family } = scripted();
    const all = words(minutesOutline(full)).join(' ');
    for (const text of s.meetingRecordStrings ?? []) expect(all).toContain(text);
    expect(all).toContain('Ada Marlow: did not attend; was seen alone; views: through an advocate.');
    expect(all).toContain('An interpreter was needed (Polish).');
    const reports = flatBlocks(minutesOutline(full)).find((b) => b.kind === 'table' && b.name === 'reports');
    expect(reports?.kind === 'table' && reports.rows).toEqual([
      [
        { text: 'Fictional Police', note: 'PC Sam Hollis' },
        'Tuesday 1 December 2026',
        'Wednesday 2 December 2026 (late)',
        'Not shared',
        'No. It names a third party (fictional).',
      ],
    ]);
    expect(family.reports).toEqual([]);
    expect(all).toContain('Dan Ashby, while the police shared the probation check.');
    const attendance = minutesOutline(full).find((x) => x.key === 'attendance');
    expect(marked(attendance ? [attendance] : [])).toHaveLength(3);
    const familyWords = words(minutesOutline(family)).join(' ');
    for (const text of s.meetingRecordStrings ?? []) expect(familyWords).not.toContain(text);
    expect(family).toMatchObject({ childParticipation: [], interpreter: null, exclusions: [] });
  });

  it('says a family member’s parental responsibility, ethnicity and language to professionals only', () => {
    const full = words(minutesOutline(marlowMinutes('full'))).join(' ');
    expect(full).toContain(
      'Chloe Marlow: has parental responsibility; ethnicity: White British; first language: English.',
    );
    const s = scriptConference();
    const chloe = readAttendees(s.publicDoc).find((a) => a.name === 'Chloe Marlow');
    if (!chloe) throw new Error('Chloe is on the scripted attendance');
    updateAttendee(s.publicDoc, chloe.id, { parentalResponsibility: 'yes', firstLanguage: 'Polish' });
    const withDetails = minutesFromDoc(s, s.context, 'full');
    expect(withDetails.attendees.find((a) => a.name === 'Chloe Marlow')).toMatchObject({
      parentalResponsibility: true,
      firstLanguage: 'Polish',
    });
    const family = minutesFromDoc(s, s.context, 'family');
    expect(family.attendees.find((a) => a.name === 'Chloe Marlow')).toMatchObject({
      parentalResponsibility: null,
      firstLanguage: null,
    });
  });

  it('says why it was convened, from when it was counted and when it was due', () => {
    const { full, family } = scripted();
    for (const m of [full, family]) {
      const all = words(minutesOutline(m)).join(' ');
      expect(all).toContain('Why it was convened');
      expect(all).toContain('The school and the health visitor raised worries about home (fictional).');
      expect(all).toContain('Strategy discussion');
      // 15 working days after Thursday 19 November 2026.
      expect(all).toContain('10 December 2026');
    }
    expect(full.conference).toMatchObject({ strategyDiscussionOn: '2026-11-19', dueBy: '2026-12-10' });
  });

  it('says who was sent what in the professionals’ minutes only', () => {
    const { full, family } = scripted();
    expect(words(minutesOutline(full)).join(' ')).toContain('Everyone invited (fictional)');
    expect(family.distribution).toEqual([]);
    expect(minutesOutline(family).find((s) => s.key === 'distribution')?.blocks).toEqual([]);
  });

  it('marks the professionals-only items in the professionals’ copy', () => {
    const { s, full } = scripted();
    const outline = minutesOutline(full);
    expect(marked(outline).length).toBeGreaterThan(0);
    const all = words(outline).join('\n');
    for (const secret of s.professionalsOnlyStrings) expect(all).toContain(secret);
  });

  it('never gives the family a professionals-only block, even from minutes wrongly passed in', () => {
    const { s, full, family } = scripted();
    const wrong: Minutes = { ...full, audience: 'family' };
    for (const minutes of [family, wrong]) {
      for (const outline of [minutesOutline(minutes), planOutline(minutes)]) {
        expect(marked(outline)).toEqual([]);
        const all = words(outline).join('\n');
        for (const secret of s.professionalsOnlyStrings) expect(all).not.toContain(secret);
        expect(all).not.toContain(`“${PROFESSIONALS_ONLY_WORDS}”`);
      }
    }
  });

  it('leaves out the safety scale when the conference did not use one', () => {
    const { full } = scripted();
    const outline = minutesOutline({ ...full, safetyScaleUsed: false, safetyScales: [] });
    expect(outline.find((s) => s.key === 'safetyScales')?.blocks).toEqual([]);
    expect(headings(outline)).not.toContain(MINUTES_HEADINGS.safetyScales);
  });
});

describe('planOutline', () => {
  it('has the opening, the plan, the contingency plans and the dates, and nothing else', () => {
    const { family } = scripted();
    const outline = planOutline(family);
    expect(outline.map((s) => s.key)).toEqual(['opening', 'decisions', 'plan', 'contingency', 'coreGroup']);
    expect(headings(outline)).toEqual([
      MINUTES_HEADINGS.decisions,
      MINUTES_HEADINGS.plan,
      MINUTES_HEADINGS.contingencyPlans,
      MINUTES_HEADINGS.coreGroup,
    ]);
  });

  it('states the decision and category for each child: statutory words, or the family’s plain words', () => {
    const { full, family } = scripted();
    const words = (m: typeof full) => JSON.stringify(planOutline(m).find((s) => s.key === 'decisions'));
    expect(words(full)).toContain('Child protection plan, under the category of emotional abuse.');
    expect(words(full)).toContain('Ben Marlow: ');
    expect(words(family)).toContain('Ben Marlow will have a child protection plan.');
    expect(words(family)).not.toContain('under the category of');
  });

  it('says once that everything is about all the children, and names children only where it is not', () => {
    const { full } = scripted();
    const all = JSON.stringify(minutesOutline(full));
    expect(all.split('Everything here is about all the children').length - 1).toBe(1);
    expect(all).not.toContain('About all the children');
  });
});
