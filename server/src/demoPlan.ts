/**
 * The demo conference's attendance, worked plan, contingency plans and decisions: the fictional
 * Marlow family from the handbook's DEMO-SCENARIO, so a newcomer sees a full board. Every name,
 * school and service here is invented.
 */
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { addAttendee, type NewAttendee } from '@cb/shared/doc/attendance';
import { readChildren, readSection } from '@cb/shared/doc/board';
import { dissentFrom, readViews, setOutcome, setView, type HarmCategory } from '@cb/shared/doc/decisions';
import { addPlanRow, contingencyText } from '@cb/shared/doc/plan';

const ATTENDEES: Omit<NewAttendee, 'id'>[] = [
  {
    name: 'Priya Shah',
    role: 'Social worker',
    agency: "Children's social care",
    agencyType: 'childrens-social-care',
    attendance: 'present',
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
    attendance: 'present',
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
    attendance: 'present',
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
  { name: 'Chloe Marlow', role: 'Mother', agencyType: 'family', attendance: 'present', coreGroup: true },
  { name: 'Dan Ashby', role: 'Father', agencyType: 'family', attendance: 'present', coreGroup: true },
  { name: 'Fay Marlow', role: 'Grandmother', agencyType: 'family', attendance: 'present', coreGroup: true },
];

/** Each view: who, their agency, and for Ada and for Ben whether the threshold is met and how. */
const VIEWS: { name: string; agency: string; ada: HarmCategory | null; ben: HarmCategory | null }[] = [
  { name: 'Priya Shah', agency: "Children's social care", ada: 'emotional', ben: 'neglect' },
  { name: 'Tom Reeve', agency: 'Riverside Primary School', ada: 'emotional', ben: 'emotional' },
  { name: 'Nadia Okafor', agency: 'Fictional Community Health', ada: 'neglect', ben: 'neglect' },
  { name: 'PC Sam Hollis', agency: 'Fictional Police', ada: 'emotional', ben: 'emotional' },
  { name: 'Dr Lena Ward (by report)', agency: 'Fictional Surgery', ada: null, ben: null },
];

export function fillDemoPlan(publicDoc: Y.Doc, restrictedDoc: Y.Doc): void {
  const children = readChildren(publicDoc);
  const [ada, ben] = children;
  if (!ada || !ben) throw new Error('The demo conference needs its two children');
  const futureWorry = (words: string) =>
    readSection(publicDoc, null, 'worries').find((w) => w.kind === 'future-danger' && w.text.includes(words))
      ?.id;
  const addresses = (words: string) => {
    const id = futureWorry(words);
    return id ? [id] : [];
  };
  const createdAt = '2026-12-03T11:20:00Z';

  for (const a of ATTENDEES) addAttendee(publicDoc, { ...a, id: randomUUID() });

  addPlanRow(publicDoc, {
    id: randomUUID(),
    createdAt,
    risk: 'Ada and Ben see adults fighting.',
    outcome: 'Ada and Ben feel safe at home.',
    task: 'Chloe to attend the domestic abuse programme; Evan not to stay at the flat until a risk assessment is done.',
    byWhom: 'Chloe; Priya Shah (social worker)',
    byWhen: 'Start within 2 weeks',
    howWeWillKnow: 'Attendance; no police call-outs; Ada tells her teacher home feels calmer.',
    addresses: addresses('hurt'),
  });
  addPlanRow(publicDoc, {
    id: randomUUID(),
    createdAt,
    risk: "Ben's weight is falling.",
    outcome: 'Ben grows well.',
    task: 'Weekly weighing with the health visitor; referral to a dietitian.',
    byWhom: 'Nadia Okafor (health visitor); GP',
    byWhen: '2026-12-10',
    howWeWillKnow: 'Ben’s weight is back on his centile by the review.',
    childIds: [ben.id],
    addresses: addresses('growth'),
  });
  addPlanRow(publicDoc, {
    id: randomUUID(),
    createdAt,
    risk: "Chloe's low mood.",
    outcome: 'Chloe can care for the children.',
    task: 'Keep GP appointments; referral to the perinatal mental health team.',
    byWhom: 'Chloe; GP',
    byWhen: '2026-12-10',
    howWeWillKnow: 'A GP report to the core group.',
  });

  const contingency =
    'If there is another incident, the children go to Nana Fay’s that night. Chloe calls the social worker the next morning. If Fay cannot have them, Dan takes them.';
  contingencyText(publicDoc, ada.id).insert(0, `${contingency} Ada takes her school bag and her rabbit.`);
  contingencyText(publicDoc, ben.id).insert(0, `${contingency} Ben’s feeding chart goes with him.`);

  for (const v of VIEWS) {
    for (const [child, category] of [
      [ada, v.ada],
      [ben, v.ben],
    ] as const) {
      setView(restrictedDoc, child.id, {
        name: v.name,
        agency: v.agency,
        thresholdMet: category !== null,
        category,
      });
    }
  }
  const views = readViews(restrictedDoc);
  for (const [child, category] of [
    [ada, 'emotional'],
    [ben, 'neglect'],
  ] as const) {
    const decision = { outcome: 'child-protection-plan', category } as const;
    setOutcome(publicDoc, restrictedDoc, child.id, {
      ...decision,
      dissent: dissentFrom(views[child.id] ?? [], decision),
    });
  }
}
