/**
 * What is said at the fictional Marlow family's conference (DEMO-SCENARIO.md), as data for
 * scriptedConference.ts: the board's items, the attendance list, the plan and the professionals'
 * views. Every name, school and service here is invented.
 */
import type { NewAttendee } from '@cb/shared/doc/attendance';
import type { NewItem } from '@cb/shared/doc/board';
import type { HarmCategory } from '@cb/shared/doc/decisions';
import type { NewPlanRow } from '@cb/shared/doc/plan';
import type { ListSection } from '@cb/shared/doc/schema';

type Who = 'ada' | 'ben' | 'both';

export type ScriptItem = Omit<NewItem, 'id' | 'createdAt' | 'childIds'> & {
  section: ListSection;
  children?: Who;
  /** Professionals-only: moved there by the chair, or added there directly by a professional. */
  restricted?: 'moved' | 'direct';
};

export const MARLOW_ITEMS: ScriptItem[] = [
  {
    section: 'worries',
    kind: 'past-harm',
    text: 'Police were called twice in three months to arguments between Chloe and Evan; a door was broken the second time.',
    saidBy: 'Police',
    tag: 'fact',
    source: 'first-hand',
  },
  {
    section: 'worries',
    kind: 'past-harm',
    text: 'Ben missed his two-year health check and has dropped two centiles.',
    saidBy: 'Health visitor',
    tag: 'fact',
    source: 'first-hand',
    children: 'ben',
  },
  {
    section: 'worries',
    kind: 'future-danger',
    text: 'Ada and Ben could be hurt if they are in the room when adults are fighting.',
    saidBy: 'Social worker',
    tag: 'opinion',
  },
  {
    section: 'worries',
    kind: 'future-danger',
    text: "Ben's growth could falter further.",
    saidBy: 'Health visitor',
    tag: 'opinion',
    children: 'ben',
  },
  {
    section: 'worries',
    kind: 'impact',
    text: 'Ada is withdrawn at school & has asked to stay late <after class>.',
    saidBy: 'School',
    tag: 'observation',
    source: 'first-hand',
    children: 'ada',
  },
  {
    section: 'worries',
    kind: 'impact',
    text: 'Ben is unsettled at nursery.',
    saidBy: 'Nursery',
    tag: 'observation',
    children: 'ben',
  },
  {
    section: 'worries',
    kind: 'past-harm',
    restricted: 'direct',
    text: 'Evan has a previous conviction for assault on a former partner (not yet shared with Chloe).',
    saidBy: 'Police',
    tag: 'fact',
    source: 'third-hand',
  },
  {
    section: 'worries',
    kind: 'future-danger',
    restricted: 'moved',
    text: 'A probation check shows Evan breached a non-molestation order in Eastholm last spring.',
    saidBy: 'Probation',
    tag: 'allegation',
    source: 'second-hand',
  },
  {
    section: 'workingWell',
    text: 'Fay collects the children from school and nursery every day.',
    saidBy: 'Chloe',
  },
  {
    section: 'workingWell',
    text: 'Chloe has seen her GP about low mood and started medication.',
    saidBy: 'GP',
  },
  { section: 'workingWell', text: "Ada's attendance is 96%.", saidBy: 'School', children: 'ada' },
  { section: 'workingWell', text: 'Dan has kept every contact visit.', saidBy: 'Dan' },
  {
    section: 'workingWell',
    restricted: 'moved',
    text: 'The refuge outreach worker says Chloe has asked quietly about a place for three.',
    saidBy: 'Social worker',
  },
  { section: 'greyAreas', text: 'Whether Evan lives at the flat.' },
  {
    section: 'greyAreas',
    text: 'Whether Chloe is drinking more (a neighbour’s view).',
    source: 'second-hand',
  },
  {
    section: 'greyAreas',
    restricted: 'moved',
    text: 'Whether Evan has a second address on Quillby Road under another name.',
    saidBy: 'Police',
  },
  {
    section: 'childsVoice',
    text: 'Ada: “I like it when Nana picks us up. I don’t like the shouting.”',
    children: 'ada',
  },
  {
    section: 'childsVoice',
    text: 'Ben is too young to say; nursery describes him as clingy at drop-off.',
    children: 'ben',
  },
  {
    section: 'childsVoice',
    restricted: 'moved',
    text: 'Ada asked her teacher not to tell her mum that she is frightened of Evan’s van.',
    children: 'ada',
  },
  {
    section: 'parentsView',
    text: '“I know the arguing has to stop. I want help with Ben’s eating.”',
    saidBy: 'Chloe',
  },
  { section: 'parentsView', text: '“I can have them more if it helps.”', saidBy: 'Dan' },
  { section: 'safetyScales', text: 'Priya Shah (social worker)', score: 3 },
  { section: 'safetyScales', text: 'Chloe Marlow', score: 7 },
  { section: 'safetyScales', text: 'Fay Marlow', score: 5 },
  { section: 'safetyScales', restricted: 'moved', text: 'Probation officer Wren Kestrel', score: 1 },
];

export const ATTENDEES: Omit<NewAttendee, 'id'>[] = [
  {
    name: 'Priya Shah',
    role: 'Social worker',
    agency: "Children's social care",
    agencyType: 'childrens-social-care',
    reportReceived: true,
    reportSharedWithFamily: true,
    inDirectContact: true,
    coreGroup: true,
    leadSocialWorker: true,
  },
  {
    name: 'Tom Reeve',
    role: 'Designated safeguarding lead',
    agency: 'Riverside Primary School',
    agencyType: 'education',
    reportReceived: true,
    reportSharedWithFamily: true,
    inDirectContact: true,
    coreGroup: true,
  },
  {
    name: 'Nadia Okafor',
    role: 'Health visitor',
    agency: 'Fictional Community Health',
    agencyType: 'health',
    attendance: 'remote',
    reportReceived: true,
    reportSharedWithFamily: true,
    inDirectContact: true,
    coreGroup: true,
  },
  {
    name: 'PC Sam Hollis',
    role: 'Police',
    agency: 'Fictional Police',
    agencyType: 'police',
    reportReceived: true,
    inDirectContact: true,
  },
  {
    name: 'Dr Lena Ward',
    role: 'GP',
    agency: 'Fictional Surgery',
    agencyType: 'health',
    attendance: 'apologies',
    reportReceived: true,
  },
  { name: 'Chloe Marlow', role: 'Mother', agencyType: 'family', coreGroup: true },
  { name: 'Dan Ashby', role: 'Father', agencyType: 'family', coreGroup: true },
  { name: 'Fay Marlow', role: 'Grandmother', agencyType: 'family', coreGroup: true },
];

export const PLAN_ROWS: (Omit<NewPlanRow, 'id' | 'createdAt' | 'childIds' | 'addresses'> & {
  children?: Who;
  /** Words of the future-danger worry the row answers. */
  addresses?: string;
})[] = [
  {
    risk: 'Ada and Ben see adults fighting.',
    outcome: 'Ada and Ben feel safe at home.',
    task: 'Chloe to attend the domestic abuse programme; Evan not to stay at the flat until a risk assessment is done.',
    byWhom: 'Chloe; Priya Shah (social worker)',
    byWhen: 'Start within 2 weeks',
    howWeWillKnow: 'Attendance; no police call-outs; Ada tells her teacher home feels calmer.',
    addresses: 'could be hurt',
  },
  {
    risk: "Ben's weight is falling.",
    outcome: 'Ben grows well.',
    task: 'Weekly weighing with the health visitor; referral to a dietitian.',
    byWhom: 'Nadia Okafor (health visitor); GP',
    byWhen: '2026-12-10',
    howWeWillKnow: 'Ben’s weight is back on his centile by the review.',
    children: 'ben',
    addresses: 'growth could falter',
  },
  {
    risk: "Chloe's low mood.",
    outcome: 'Chloe can care for the children.',
    task: 'Keep GP appointments; referral to the perinatal mental health team.',
    byWhom: 'Chloe; GP',
    byWhen: '2026-12-10',
    howWeWillKnow: 'A GP report to the core group.',
  },
];

/**
 * Each professional's view: a category means "threshold met", null "not met", undefined "gave no
 * view on this child". `private`: their name and agency appear nowhere the family may see.
 */
export const VIEWS: {
  name: string;
  agency: string;
  ada?: HarmCategory | null;
  ben?: HarmCategory | null;
  private?: boolean;
}[] = [
  { name: 'Priya Shah', agency: "Children's social care", ada: 'emotional', ben: 'neglect' },
  { name: 'Tom Reeve', agency: 'Riverside Primary School', ada: 'emotional', ben: 'emotional' },
  { name: 'Nadia Okafor', agency: 'Fictional Community Health', ada: 'neglect', ben: 'neglect' },
  { name: 'PC Sam Hollis', agency: 'Fictional Police', ada: 'emotional', ben: 'emotional' },
  { name: 'Dr Lena Ward (by report)', agency: 'Fictional Surgery', ada: null, ben: null },
  // Agrees with the outcome for Ada, so is not named in the (public) dissent either.
  { name: 'Wren Kestrel', agency: 'Fictional Probation Service', ada: 'emotional', private: true },
];
