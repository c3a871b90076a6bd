/** The board's sections as people see them: region names (CONTRACT.md), headings, capture labels. */
import type { ListSection } from '@cb/shared/doc/schema';
import type { FocusSection } from '@cb/shared/protocol';

export interface SectionInfo {
  key: ListSection;
  /** The landmark's accessible name (stable: tests and screen readers rely on it). */
  region: string;
  heading: string;
  /** The capture box's label; begins with "Add". */
  addLabel: string;
  focus: FocusSection;
  shortcut: string;
  empty: string;
}

export const CAPTURE_SECTIONS: SectionInfo[] = [
  {
    key: 'worries',
    region: 'Worries',
    heading: 'What are we worried about?',
    addLabel: 'Add worry',
    focus: 'worries',
    shortcut: '1',
    empty: 'No worries written yet.',
  },
  {
    key: 'workingWell',
    region: "What's working well",
    heading: "What's working well?",
    addLabel: 'Add strength',
    focus: 'workingWell',
    shortcut: '2',
    empty: 'Nothing written yet.',
  },
  {
    key: 'greyAreas',
    region: 'Grey areas',
    heading: 'Grey areas',
    addLabel: 'Add grey area',
    focus: 'greyAreas',
    shortcut: '3',
    empty: 'Nothing unclear written yet.',
  },
  {
    key: 'childsVoice',
    region: "The child's voice",
    heading: "The child's voice",
    addLabel: "Add the child's words",
    focus: 'childsVoice',
    shortcut: '4',
    empty: "The child's words will go here.",
  },
  {
    key: 'parentsView',
    region: "Parents' view",
    heading: "Parents' and carers' view",
    addLabel: "Add parents' view",
    focus: 'childsVoice',
    shortcut: '',
    empty: "Parents' and carers' words will go here.",
  },
];

/** A suggestion's section in words (the plan is not a capture section). */
export function suggestionSectionWords(section: string): string {
  if (section === 'plan') return 'The plan';
  return (SECTION_BY_KEY as Record<string, SectionInfo | undefined>)[section]?.heading ?? 'the board';
}

export const SECTION_BY_KEY = Object.fromEntries(CAPTURE_SECTIONS.map((s) => [s.key, s])) as Record<
  string,
  SectionInfo
>;

export {
  NO_WORRY_KIND_WORDS as NO_WORRY_KIND_LABEL,
  SOURCE_WORDS as SOURCE_LABELS,
  TAG_WORDS as TAG_LABELS,
  WORRY_KIND_WORDS as WORRY_KIND_LABELS,
} from '@cb/shared/words/labels';

/** Focus targets beyond the captured lists. */
export const FOCUS_REGIONS: Record<FocusSection, string> = {
  worries: 'Worries',
  workingWell: "What's working well",
  greyAreas: 'Grey areas',
  childsVoice: "The child's voice",
  genogram: 'Genogram',
  plan: 'Plan',
  contingency: 'Contingency plan',
  decision: 'Decision',
};
