/**
 * Hand-made minutes for the renderers' tests and timings: the fictional Marlow family of
 * DEMO-SCENARIO.md. Every name is made up. Not imported by the server itself.
 */
import { marlow } from '@cb/shared/genogram/fixtures';
import { genogramToSvg } from '@cb/shared/genogram/svg';
import type { Audience, Minutes, MinutesDecision } from '@cb/shared/minutes/types';

/** The professionals-only words in `marlowMinutes('full')`: none may appear in a family copy. */
export const PROFESSIONALS_ONLY_TEXTS = [
  'Evan has a previous conviction for assault on a former partner',
  'A neighbour says Evan was seen leaving the flat at 7am on four weekdays',
  'Police intelligence suggests Evan still holds a key to the flat',
  'Duty inspector Oakes',
] as const;

const ADA = 'child-ada';
const BEN = 'child-ben';

function decisions(audience: Audience): MinutesDecision[] {
  const views = (category: 'emotional' | 'neglect') => [
    { name: 'Jo Fairweather', agency: 'Children’s social care', thresholdMet: true, category },
    {
      name: 'Ravi Tallis',
      agency: 'Oakfield Primary School',
      thresholdMet: true,
      category: 'emotional' as const,
    },
    { name: 'Mags Penrose', agency: 'Health visiting', thresholdMet: true, category: 'neglect' as const },
    { name: 'PC Tom Ellery', agency: 'Police', thresholdMet: true, category: 'emotional' as const },
    { name: 'Dr Nia Brackley', agency: 'Brook Lane Surgery', thresholdMet: false, category: null },
  ];
  return [
    {
      childId: ADA,
      views: audience === 'full' ? views('emotional') : [],
      outcome: 'child-protection-plan',
      category: 'emotional',
      dissent: [
        {
          name: 'Dr Nia Brackley',
          agency: 'Brook Lane Surgery',
          view: 'Support without a plan would be enough.',
        },
      ],
      chairRationale: 'Ada has seen violence at home twice in three months and is frightened.',
      outcomeWords: 'Ada Marlow will have a child protection plan. The main worry is emotional harm.',
      viewsSharedWithFamily: false,
    },
    {
      childId: BEN,
      views: views('neglect'),
      outcome: 'child-protection-plan',
      category: 'neglect',
      dissent: [],
      chairRationale: 'Ben’s weight has dropped two centiles and health checks were missed.',
      outcomeWords: 'Ben Marlow will have a child protection plan. The main worry is neglect.',
      viewsSharedWithFamily: true,
    },
  ];
}

/** The Marlow conference; the family copy is what minutesFromDoc gives the family. */
export function marlowMinutes(audience: Audience): Minutes {
  const full = audience === 'full';
  const po = <T extends { professionalsOnly: boolean }>(list: T[]) =>
    full ? list : list.filter((i) => !i.professionalsOnly);
  const w = (
    kind: Minutes['worries'][number]['kind'],
    text: string,
    extra: Partial<Minutes['worries'][number]> = {},
  ) => ({
    text,
    kind,
    tag: null,
    source: null,
    saidBy: null,
    childIds: [],
    professionalsOnly: false,
    ...extra,
  });
  const i = (
    text: string,
    saidBy: string | null = null,
    professionalsOnly = false,
    childIds: string[] = [],
  ) => ({
    text,
    saidBy,
    childIds,
    professionalsOnly,
  });
  const row = (
    risk: string,
    outcome: string,
    task: string,
    byWhom: string,
    byWhen: string,
    howWeWillKnow: string,
  ) => ({
    childIds: [],
    risk,
    outcome,
    task,
    byWhom,
    byWhen,
    howWeWillKnow,
    progress: null,
    carriedForward: false,
  });
  const model = marlow();
  const attendees: Minutes['attendees'] = [
    ['Jo Fairweather', 'Social worker', 'Children’s social care', 'childrens-social-care', 'present', 1, 1],
    ['Ravi Tallis', 'Designated safeguarding lead', 'Oakfield Primary School', 'education', 'present', 1, 1],
    ['Mags Penrose', 'Health visitor', 'Health visiting', 'health', 'remote', true, false],
    ['PC Tom Ellery', 'Police officer', 'Police', 'police', 'present', true, false],
    ['Dr Nia Brackley', 'GP', 'Brook Lane Surgery', 'health', 'apologies', true, true],
    ['Chloe Marlow', 'Mother', '', 'family', 'present', false, false],
    ['Dan Ashby', 'Father', '', 'family', 'remote', false, false],
    ['Fay Marlow', 'Grandmother', '', 'family', 'present', false, false],
  ].map(([name, role, agency, agencyType, attendance, reportReceived, reportSharedWithFamily]) => ({
    name: String(name),
    role: String(role),
    agency: String(agency),
    agencyType: agencyType as Minutes['attendees'][number]['agencyType'],
    attendance: attendance as Minutes['attendees'][number]['attendance'],
    reportReceived: Boolean(reportReceived),
    reportSharedWithFamily: Boolean(reportSharedWithFamily),
  }));
  return {
    schemaVersion: 1,
    audience,
    conference: {
      id: 'conf-marlow',
      kind: 'initial',
      scheduledAt: '2026-12-03T10:00:00Z',
      startedAt: '2026-12-03T10:02:00Z',
      closedAt: '2026-12-03T11:48:00Z',
      chair: 'Priya Fenchurch',
      place: 'Room 4, Riverside Family Centre',
      title: 'Marlow family',
    },
    children: [
      { id: ADA, name: 'Ada Marlow', dateOfBirth: '2019-04-12' },
      { id: BEN, name: 'Ben Marlow', dateOfBirth: '2023-02-20' },
    ],
    attendees,
    quorate: true,
    worries: po([
      w('past-harm', 'Police were called twice in three months to arguments, once with a broken door.', {
        tag: 'fact',
        source: 'first-hand',
        saidBy: 'PC Tom Ellery',
      }),
      w('past-harm', 'Ben missed his two-year health check and has dropped two centiles.', {
        tag: 'fact',
        saidBy: 'Mags Penrose',
        childIds: [BEN],
      }),
      w('future-danger', 'The children could be hurt if they are in the room during violence.', {
        tag: 'opinion',
      }),
      w('future-danger', 'Ben’s growth could falter further.', { childIds: [BEN] }),
      w('impact', 'Ada is withdrawn at school and has asked to stay late.', {
        tag: 'observation',
        childIds: [ADA],
      }),
      w('impact', 'Ben is unsettled at nursery.', { childIds: [BEN] }),
      w('past-harm', `${PROFESSIONALS_ONLY_TEXTS[0]}: third-party information not yet shared with Chloe.`, {
        tag: 'fact',
        source: 'third-hand',
        saidBy: `PC Tom Ellery, confirmed by ${PROFESSIONALS_ONLY_TEXTS[3]}`,
        professionalsOnly: true,
      }),
    ]),
    workingWell: po([
      i('Fay collects the children from school and nursery every day.', 'Ravi Tallis'),
      i('Chloe has seen her GP about low mood and started medication.', 'Chloe Marlow'),
      i('Ada’s attendance is 96 %.', 'Ravi Tallis', false, [ADA]),
      i('Dan has kept every contact visit.', 'Dan Ashby'),
      i('Chloe called the police herself the second time.', 'PC Tom Ellery'),
    ]),
    greyAreas: po([
      i('Whether Evan lives at the flat.', 'Jo Fairweather'),
      i('Whether Chloe is drinking more (a neighbour’s view, second-hand).'),
      i('How Dan’s new household would respond if the children needed to stay there.'),
      i(`${PROFESSIONALS_ONLY_TEXTS[1]}.`, 'PC Tom Ellery', true),
    ]),
    childsVoice: [
      {
        text: 'Ada: “I like it when Nana picks us up. I don’t like the shouting.”',
        childIds: [ADA],
        professionalsOnly: false,
      },
      { text: 'Nursery describes Ben as clingy at drop-off.', childIds: [BEN], professionalsOnly: false },
    ],
    parentsView: [
      {
        text: 'I know the arguing has to stop. I want help with Ben’s eating.',
        saidBy: 'Chloe Marlow',
        professionalsOnly: false,
      },
      { text: 'I can have them more if it helps.', saidBy: 'Dan Ashby', professionalsOnly: false },
    ],
    genogram: model,
    genogramSvg: genogramToSvg(model, { referenceYear: 2026 }),
    safetyScaleUsed: true,
    safetyScales: po([
      { who: 'Chloe Marlow', score: 6, direction: 'high-is-safe', childIds: [], professionalsOnly: false },
      { who: 'Jo Fairweather', score: 3, direction: 'high-is-safe', childIds: [], professionalsOnly: false },
      {
        who: PROFESSIONALS_ONLY_TEXTS[2],
        score: 2,
        direction: 'high-is-safe',
        childIds: [],
        professionalsOnly: true,
      },
    ]),
    plan: [
      row(
        'Ada and Ben see adults fighting',
        'They feel safe at home',
        'Chloe to attend the domestic abuse programme; Evan not to stay at the flat until a risk assessment is done',
        'Chloe; social worker',
        'Start within 2 weeks',
        'Attendance; no call-outs; Ada tells her teacher home feels calmer',
      ),
      {
        ...row(
          'Ben’s weight is falling',
          'Ben grows well',
          'Health visitor weekly weighing; dietitian referral',
          'Health visitor; GP',
          '2026-12-10',
          'Weight back on his centile by review',
        ),
        childIds: [BEN],
      },
      row(
        'Chloe’s low mood',
        'Chloe can care for the children',
        'Keep GP appointments; perinatal mental health referral',
        'Chloe; GP',
        '2026-12-10',
        'GP report to core group',
      ),
    ],
    contingencyPlans: [
      {
        childId: ADA,
        text: 'If there is another incident, Ada goes to Fay’s that night; Chloe calls the social worker the next morning; if Fay cannot, Dan takes her.',
      },
      {
        childId: BEN,
        text: 'If there is another incident, Ben goes to Fay’s that night; if Fay cannot, Dan takes him.',
      },
    ],
    decisions: decisions(audience),
    // The core group: the attendees who are in it, the social worker leading.
    coreGroup: [0, 1, 2, 5, 7, 6].map((n, i) => {
      const a = attendees[n];
      return { name: a?.name ?? '', role: a?.role ?? '', agency: a?.agency ?? '', lead: i === 0 };
    }),
    dates: {
      firstCoreGroupBy: '2026-12-17',
      reviewConferenceBy: '2027-03-03',
      planDueBy: '2026-12-04',
      minutesDueBy: '2026-12-24',
      notes: ['The review conference is within three months of this conference.'],
    },
    planChecks: [
      { check: 'risks-addressed', passed: true, detail: 'Every future danger has a row in the plan.' },
      { check: 'person-and-date', passed: true, detail: 'Every task has a person and a date.' },
      { check: 'contingency-per-child', passed: true, detail: 'Ada and Ben each have a contingency plan.' },
      {
        check: 'outcomes-about-child',
        passed: false,
        detail: 'The outcome “Chloe can care for the children” is about Chloe.',
      },
      { check: 'nothing-overdue', passed: true, detail: 'No date in the plan has passed.' },
    ],
  };
}
