/**
 * The words for the codes the board and the minutes use, written once: the board's screens, the
 * server's pages and the three renderers of the minutes all take them from here.
 */
import type { Progress } from '../doc/plan.ts';
import type { EvidenceTag, HarmCategory, LinkRole, Role, Source, WorryKind } from '../vocabulary.ts';

/** Who someone is in the conference, as a name tag says it. */
export const ROLE_WORDS: Record<Role, string> = {
  chair: 'Chair',
  professional: 'Professional',
  family: 'Family',
  display: 'Room screen',
  admin: 'Administrator',
};

/** How the join page says what a link is for ("You are joining as the chair"). */
export const JOINING_AS_WORDS: Record<LinkRole, string> = {
  chair: 'as the chair',
  professional: 'as a professional',
  family: 'as a member of the family',
  display: 'on the room screen',
};

/** The board's worry groups, also the headings within "What are we worried about?". */
export const WORRY_KIND_WORDS: Record<WorryKind, string> = {
  'past-harm': 'Past harm',
  'future-danger': 'Present and future danger',
  impact: 'Impact on the child',
};

/** The heading for worries whose kind was never chosen (shown only when there are some). */
export const NO_WORRY_KIND_WORDS = 'Kind not chosen yet';

export const TAG_WORDS: Record<EvidenceTag, string> = {
  fact: 'Fact',
  observation: 'Observation',
  allegation: 'Allegation',
  opinion: 'Opinion',
};

export const SOURCE_WORDS: Record<Source, string> = {
  'first-hand': 'First-hand',
  'second-hand': 'Second-hand',
  'third-hand': 'Third-hand',
};

/** A category of harm inside a sentence ("The main worry is neglect."). */
export const HARM_WORDS: Record<HarmCategory, string> = {
  neglect: 'neglect',
  physical: 'physical harm',
  emotional: 'emotional harm',
  sexual: 'sexual harm',
};

/** The plan's columns, in the words the family reads on the board and in the minutes. */
export const PLAN_COLUMN_WORDS = {
  childIds: 'For',
  risk: 'What needs to change',
  outcome: 'What it will mean for the child',
  task: 'What will be done',
  byWhom: 'Who',
  byWhen: 'By when',
  howWeWillKnow: 'How we’ll know',
  progress: 'Progress',
} as const;

export const PROGRESS_WORDS: Record<Progress, string> = {
  achieved: 'Achieved',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  'no-longer-needed': 'No longer needed',
};
