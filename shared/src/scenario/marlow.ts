/**
 * THE fictional conference of this project: the Marlow family of the handbook's DEMO-SCENARIO,
 * about Ada (7) and Ben (3). The demo conference a first start creates and the tests' scripted
 * conference are both this story (writeScenario.ts), and the tests' hand-made minutes take their
 * names, items and plan rows from it. Every name, school and service here is invented.
 */
import { MARLOW_ITEMS } from './marlowBoard.ts';
import { MARLOW_ATTENDEES, MARLOW_FAMILY, MARLOW_VIEWS } from './marlowPeople.ts';
import type { Scenario, ScenarioDecision, ScenarioPlanRow } from './types.ts';

export { MARLOW_ATTENDEES, MARLOW_FAMILY, MARLOW_ITEMS, MARLOW_VIEWS };

export const MARLOW_PLAN: ScenarioPlanRow[] = [
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
    children: ['ben'],
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

const IF_THINGS_GO_WRONG =
  'If there is another incident, the children go to Nana Fay’s that night. Chloe calls the social worker the next morning. If Fay cannot have them, Dan takes them.';

export const MARLOW_CONTINGENCY: Record<string, string> = {
  ada: `${IF_THINGS_GO_WRONG} Ada takes her school bag and her rabbit.`,
  ben: `${IF_THINGS_GO_WRONG} Ben’s feeding chart goes with him.`,
};

export const MARLOW_DECISIONS: ScenarioDecision[] = [
  {
    child: 'ada',
    outcome: 'child-protection-plan',
    category: 'emotional',
    showViewsToFamily: false,
    chairRationale: 'Ada has seen violence at home twice in three months and is frightened.',
  },
  {
    child: 'ben',
    outcome: 'child-protection-plan',
    category: 'neglect',
    showViewsToFamily: true,
    chairRationale: 'Most professionals saw neglect as the main worry for Ben.',
  },
];

export const MARLOW: Scenario = {
  conference: {
    kind: 'initial',
    title: 'Conference for Ada and Ben Marlow (fictional)',
    place: 'Room 2, Fictional Family Centre',
    scheduledAt: '2026-12-03T10:00:00Z',
    startedAt: '2026-12-03T10:04:00Z',
    closedAt: '2026-12-03T12:10:00Z',
    chair: 'Morgan Fairweather',
  },
  children: [
    { key: 'ada', name: 'Ada Marlow', dateOfBirth: '2019-04-12' },
    { key: 'ben', name: 'Ben Marlow', dateOfBirth: '2023-08-30' },
  ],
  settings: { safetyScale: true, safeEnd: 'high' },
  attendees: MARLOW_ATTENDEES,
  items: MARLOW_ITEMS,
  plan: MARLOW_PLAN,
  contingency: MARLOW_CONTINGENCY,
  family: MARLOW_FAMILY,
  views: MARLOW_VIEWS,
  decisions: MARLOW_DECISIONS,
};
