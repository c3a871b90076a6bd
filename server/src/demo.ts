/**
 * The demo conference created on first start: the fictional Marlow family from the handbook's
 * DEMO-SCENARIO, so that a newcomer sees a board that looks like a real conference.
 * Every name here is invented.
 */
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { addItem, type NewItem } from '@cb/shared/doc/board';
import type { ListSection } from '@cb/shared/doc/schema';
import type { LinkRole } from '@cb/shared/protocol';
import { createConference } from './conferences.ts';
import { fillDemoGenogram } from './demoGenogram.ts';
import { fillDemoPlan } from './demoPlan.ts';
import { hashToken, newToken } from './crypto.ts';
import type { ConferenceRow, StaffUserRow, Store } from './store/Store.ts';
import { actorText, systemActor } from './actor.ts';
import { auditLog } from './audit.ts';

type DemoItem = Omit<NewItem, 'id' | 'createdAt'> & { section: ListSection; restricted?: boolean };

const ITEMS: DemoItem[] = [
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
  },
  {
    section: 'worries',
    kind: 'impact',
    text: 'Ada is withdrawn at school and has asked to stay late.',
    saidBy: 'School',
    tag: 'observation',
    source: 'first-hand',
  },
  {
    section: 'worries',
    kind: 'impact',
    text: 'Ben is unsettled at nursery.',
    saidBy: 'Nursery',
    tag: 'observation',
    source: 'first-hand',
  },
  {
    section: 'worries',
    kind: 'past-harm',
    restricted: true,
    text: 'Evan has a previous conviction for assault on a former partner (not yet shared with Chloe).',
    saidBy: 'Police',
    tag: 'fact',
    source: 'third-hand',
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
  { section: 'workingWell', text: "Ada's attendance is 96%.", saidBy: 'School' },
  { section: 'workingWell', text: 'Dan has kept every contact visit.', saidBy: 'Dan' },
  { section: 'workingWell', text: 'Chloe called the police herself the second time.', saidBy: 'Police' },
  { section: 'greyAreas', text: 'Whether Evan lives at the flat.' },
  {
    section: 'greyAreas',
    text: 'Whether Chloe is drinking more (a neighbour’s view).',
    source: 'second-hand',
  },
  {
    section: 'greyAreas',
    text: "How Dan's new household would respond if the children needed to stay there.",
  },
  { section: 'childsVoice', text: 'Ada: “I like it when Nana picks us up. I don’t like the shouting.”' },
  { section: 'childsVoice', text: 'Ben is too young to say; nursery describes him as clingy at drop-off.' },
  {
    section: 'parentsView',
    text: '“I know the arguing has to stop. I want help with Ben’s eating.”',
    saidBy: 'Chloe',
  },
  { section: 'parentsView', text: '“I can have them more if it helps.”', saidBy: 'Dan' },
];

function fillDemo(publicDoc: Y.Doc, restrictedDoc: Y.Doc): void {
  const start = Date.parse('2026-12-03T10:00:00Z');
  ITEMS.forEach(({ section, restricted, ...item }, i) => {
    addItem(restricted ? restrictedDoc : publicDoc, section, {
      ...item,
      id: randomUUID(),
      createdAt: new Date(start + i * 60_000).toISOString(),
    });
  });
  fillDemoGenogram(publicDoc);
  fillDemoPlan(publicDoc, restrictedDoc);
}

export interface DemoLinks {
  conference: ConferenceRow;
  links: { role: LinkRole; label: string; path: string }[];
}

export async function createDemoConference(store: Store, chair: StaffUserRow): Promise<DemoLinks> {
  const conference = await createConference(
    store,
    {
      kind: 'initial',
      scheduledAt: '2026-12-03T10:00:00Z',
      title: 'Demo: conference for Ada and Ben Marlow (fictional)',
      place: 'Room 2, Fictional Family Centre',
      children: [
        { name: 'Ada Marlow', dateOfBirth: '2019-04-12' },
        { name: 'Ben Marlow', dateOfBirth: '2023-08-30' },
      ],
    },
    chair,
    systemActor('demo'),
    ({ publicDoc, restrictedDoc }) => fillDemo(publicDoc, restrictedDoc),
  );
  const links: DemoLinks['links'] = [];
  const wanted: [LinkRole, string][] = [
    ['chair', 'Demo chair'],
    ['family', 'Chloe Marlow (mother, fictional)'],
    ['professional', 'Health visitor (fictional)'],
    ['display', 'Room screen'],
  ];
  for (const [role, label] of wanted) {
    const token = newToken();
    const now = new Date().toISOString();
    await store.createLink({
      id: randomUUID(),
      conferenceId: conference.id,
      role,
      label,
      tokenHash: hashToken(token),
      createdBy: actorText(systemActor('demo')),
      createdAt: now,
      expiresAt: null,
      revokedAt: null,
    });
    links.push({ role, label, path: `/join/${token}` });
  }
  await auditLog(store).record(systemActor('demo'), 'conference-created', conference.id, { demo: true });
  return { conference, links };
}
