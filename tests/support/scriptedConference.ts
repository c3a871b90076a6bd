/**
 * A conference driven into two real Y.Docs the way the board writes them (the shared write
 * functions, one chair action at a time), for the minutes tests and benchmarks. The fictional
 * Marlow family of the handbook's DEMO-SCENARIO; every name, school and service is invented.
 *
 * Pure (no node: imports) so the shared package's own tests can use it. Ids come from a counter,
 * so two runs write the same documents.
 */
import * as Y from 'yjs';
import { addAttendee } from '@cb/shared/doc/attendance';
import { addItem, moveItem, updateSettings, type NewItem } from '@cb/shared/doc/board';
import { dissentFrom, readViews, setOutcome, setView, type HarmCategory } from '@cb/shared/doc/decisions';
import { addPlanRow, contingencyText } from '@cb/shared/doc/plan';
import { initConferenceDoc, LIST_SECTIONS, type ChildRecord, type ListSection } from '@cb/shared/doc/schema';
import { addRelative, setLivesWithChildren, type Link } from '@cb/shared/genogram/entry';
import {
  addHousehold,
  addPerson,
  addRelationship,
  updatePerson,
  type NewPerson,
} from '@cb/shared/genogram/model';
import { forty } from '../fixtures/genogram.ts';
import type { MinutesContext } from '@cb/shared/minutes/types';
import { ATTENDEES, MARLOW_ITEMS, PLAN_ROWS, VIEWS } from './scriptedMarlow.ts';
import { mulberry32, randomInt } from './random.ts';

/** The chair's reasons for Ben's decision: professionals' words, kept in the restricted document. */
export const CHAIR_RATIONALE = 'Most professionals saw neglect as the main worry for Ben.';

export interface ScriptedConference {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc;
  context: MinutesContext;
  /** Every string that must never appear in anything made for the family. */
  professionalsOnlyStrings: string[];
}

const START = Date.parse('2026-12-03T10:00:00Z');
const at = (minute: number) => new Date(START + minute * 60_000).toISOString();

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

function twoDocs(conferenceId: string, children: ChildRecord[]) {
  const publicDoc = new Y.Doc();
  const restrictedDoc = new Y.Doc();
  initConferenceDoc(publicDoc, { conferenceId, kind: 'initial', restricted: false, children });
  initConferenceDoc(restrictedDoc, { conferenceId, kind: 'initial', restricted: true, children });
  return { publicDoc, restrictedDoc };
}

function context(id: string, title: string, children: ChildRecord[]): MinutesContext {
  return {
    conference: {
      id,
      kind: 'initial',
      scheduledAt: '2026-12-03T10:00:00Z',
      startedAt: '2026-12-03T10:04:00Z',
      closedAt: '2026-12-03T12:10:00Z',
      chair: 'Morgan Fairweather',
      place: 'Room 2, Fictional Family Centre',
      title,
    },
    children,
    today: '2026-12-03',
  };
}

/** The Marlow family's tree, entered as a chair would: one relative at a time. */
function enterMarlowGenogram(doc: Y.Doc, ada: ChildRecord, ben: ChildRecord, newId: () => string): void {
  const kid = (c: ChildRecord, sex: 'male' | 'female', age: number) =>
    addPerson(doc, { id: c.id, name: c.name, sex, dateOfBirth: c.dateOfBirth, age, subject: true });
  const relative = (person: Omit<NewPerson, 'id'>, link: Link | null) =>
    addRelative(doc, person, link, newId);
  const [adaP, benP] = [kid(ada, 'female', 7), kid(ben, 'male', 3)];
  const mum = relative({ name: 'Chloe Marlow', sex: 'female', age: 29 }, null);
  const dad = relative(
    { name: 'Dan Ashby', sex: 'male', age: 32 },
    { as: 'partner', of: mum.id, kind: 'separated' },
  );
  for (const parent of [mum, dad]) {
    for (const child of [adaP, benP]) {
      addRelationship(doc, {
        id: newId(),
        type: 'parent-child',
        parent: parent.id,
        child: child.id,
        kind: 'birth',
      });
    }
  }
  relative({ name: 'Evan Price', sex: 'male', age: 35 }, { as: 'partner', of: mum.id, kind: 'cohabiting' });
  const parentOfMum = { as: 'parent', of: mum.id, kind: 'birth' } as const;
  const nana = relative({ name: 'Fay Marlow', sex: 'female', age: 58 }, parentOfMum);
  const george = relative(
    { name: 'George Marlow', sex: 'male', deceased: { year: 2019, age: 61 } },
    parentOfMum,
  );
  const married = { type: 'partnership', kind: 'married', from: null, to: null } as const;
  addRelationship(doc, { ...married, id: newId(), a: george.id, b: nana.id });
  const hana = relative(
    { name: 'Hana Ashby', sex: 'female' },
    { as: 'partner', of: dad.id, kind: 'married' },
  );
  const isla = { as: 'child', of: dad.id, otherParent: hana.id, kind: 'birth' } as const;
  relative({ name: 'Isla Ashby', sex: 'female', age: 0.5 }, isla);
  const pregnancy = { outcome: 'ongoing', weeks: 14 } as const;
  const unborn = relative(
    { name: '', sex: 'unknown', pregnancy },
    { as: 'child', of: mum.id, otherParent: null, kind: 'birth' },
  );
  for (const p of [mum, unborn]) setLivesWithChildren(doc, p.id, true, newId);
  const dads = addHousehold(doc, { id: newId(), name: "Dan and Hana's home" });
  for (const p of [dad, hana]) updatePerson(doc, p.id, { householdId: dads.id });
  addRelationship(doc, { id: newId(), type: 'emotional', a: nana.id, b: adaP.id, kind: 'close' });
}

/**
 * The Marlow conference. Given `into` (two documents a server already initialised for a
 * conference about Ada and Ben, e.g. a chair's synced copies), it writes there instead of into
 * new documents, so a real server can be driven the way the board drives it.
 */
export function scriptConference(into?: {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc;
  children: [ChildRecord, ChildRecord];
}): ScriptedConference {
  const newId = counter('marlow');
  const ada: ChildRecord = into?.children[0] ?? {
    id: 'child-ada',
    name: 'Ada Marlow',
    dateOfBirth: '2019-04-12',
  };
  const ben: ChildRecord = into?.children[1] ?? {
    id: 'child-ben',
    name: 'Ben Marlow',
    dateOfBirth: '2023-08-30',
  };
  const children = [ada, ben];
  const { publicDoc, restrictedDoc } = into ?? twoDocs('conf-marlow', children);
  const childIds = (who: 'ada' | 'ben' | 'both' | undefined) =>
    who === 'ada' ? [ada.id] : who === 'ben' ? [ben.id] : [];

  for (const a of ATTENDEES) addAttendee(publicDoc, { ...a, id: newId() });
  updateSettings(publicDoc, { safetyScale: true, safeEnd: 'high' });

  // Items are typed onto the board; those marked professionals-only are then moved (as the chair's
  // "professionals only" button does), except the police's, which a professional added straight there.
  const idsBy = new Map<string, string>();
  MARLOW_ITEMS.forEach(({ section, restricted, children: who, ...item }, i) => {
    const id = newId();
    idsBy.set(item.text, id);
    const input: NewItem = { ...item, id, childIds: childIds(who), createdAt: at(i) };
    if (restricted === 'direct') addItem(restrictedDoc, section, input);
    else {
      addItem(publicDoc, section, input);
      if (restricted === 'moved') moveItem(publicDoc, restrictedDoc, id, section);
    }
  });

  const worryId = (words: string) =>
    [...idsBy.entries()].filter(([text]) => text.includes(words)).map(([, id]) => id);
  PLAN_ROWS.forEach(({ children: who, addresses, ...row }, i) =>
    addPlanRow(publicDoc, {
      ...row,
      id: newId(),
      createdAt: at(60 + i),
      childIds: childIds(who),
      addresses: addresses ? worryId(addresses) : [],
    }),
  );
  const contingency =
    'If there is another incident, the children go to Nana Fay’s that night. Chloe calls the social worker the next morning. If Fay cannot have them, Dan takes them.';
  contingencyText(publicDoc, ada.id).insert(0, `${contingency} Ada takes her school bag and her rabbit.`);
  contingencyText(publicDoc, ben.id).insert(0, `${contingency} Ben’s feeding chart goes with him.`);

  enterMarlowGenogram(publicDoc, ada, ben, newId);

  for (const v of VIEWS) {
    for (const [child, category] of [
      [ada, v.ada],
      [ben, v.ben],
    ] as const) {
      if (category === undefined) continue;
      setView(restrictedDoc, child.id, {
        name: v.name,
        agency: v.agency,
        thresholdMet: category !== null,
        category,
      });
    }
  }
  const views = readViews(restrictedDoc);
  const outcomes: [ChildRecord, HarmCategory, boolean][] = [
    [ada, 'emotional', false],
    // The chair shows Ben's views to the family (a copy in the public document); Ada's stay private.
    [ben, 'neglect', true],
  ];
  for (const [child, category, show] of outcomes) {
    const decision = { outcome: 'child-protection-plan', category } as const;
    const mine = views[child.id] ?? [];
    setOutcome(publicDoc, restrictedDoc, child.id, {
      ...decision,
      dissent: dissentFrom(mine, decision),
      showViewsToFamily: show,
      sharedViews: show
        ? mine.map(({ name, agency, thresholdMet, category: c }) => ({
            name,
            agency,
            thresholdMet,
            category: c,
          }))
        : [],
      chairRationale: child === ben ? CHAIR_RATIONALE : '',
    });
  }

  const professionalsOnlyStrings = [
    ...MARLOW_ITEMS.filter((i) => i.restricted).map((i) => i.text),
    // Gave a view on Ada only (kept private) and did not attend: named nowhere public.
    ...VIEWS.filter((v) => v.private).flatMap((v) => [v.name, v.agency]),
  ];
  const title = 'Conference for Ada and Ben Marlow (fictional)';
  return {
    publicDoc,
    restrictedDoc,
    context: context('conf-marlow', title, children),
    professionalsOnlyStrings,
  };
}

const BIG_SECTIONS: ListSection[] = LIST_SECTIONS.filter((s) => s !== 'plan');
const WORDS =
  'school home safe contact nursery visit calm shouting weight appointment report grandmother'.split(' ');

/**
 * A large board for the benchmark: 300 items across the sections (about one in eight
 * professionals-only), a forty-person family tree and 20 plan rows. The same seed, the same board.
 */
export function scriptBigConference(seed: number): ScriptedConference {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[randomInt(rand, 0, list.length - 1)] as T;
  const newId = counter(`big${seed}`);
  const family = forty();
  const subjects = family.people.filter((p) => p.subject).slice(0, 3);
  const children: ChildRecord[] = subjects.map((p) => ({ id: p.id, name: p.name, dateOfBirth: null }));
  const { publicDoc, restrictedDoc } = twoDocs(`conf-big-${seed}`, children);
  updateSettings(publicDoc, { safetyScale: true, safeEnd: pick(['high', 'low'] as const) });

  publicDoc.transact(() => {
    for (const h of family.households) addHousehold(publicDoc, h);
    for (const p of family.people) addPerson(publicDoc, p);
    for (const r of family.relationships) addRelationship(publicDoc, r);
  });
  for (const [i, p] of family.people.slice(0, 6).entries()) {
    const agencyType = i === 0 ? 'childrens-social-care' : i < 3 ? 'health' : 'family';
    addAttendee(publicDoc, {
      id: newId(),
      name: p.name,
      role: 'Attendee',
      agencyType,
      inDirectContact: i < 3,
      coreGroup: i < 4,
    });
  }

  const professionalsOnlyStrings: string[] = [];
  for (let i = 0; i < 300; i++) {
    const section = pick(BIG_SECTIONS);
    const text = `Item ${i}: ${Array.from({ length: randomInt(rand, 4, 20) }, () => pick(WORDS)).join(' ')}.`;
    const secret = rand() < 0.125;
    const item: NewItem = {
      id: newId(),
      text: secret ? `Professionals only ${i}: ${text}` : text,
      kind: section === 'worries' ? pick(['past-harm', 'future-danger', 'impact'] as const) : null,
      saidBy: pick([null, 'Social worker', 'School', 'Health visitor']),
      childIds: rand() < 0.5 ? [] : [pick(children).id],
      createdAt: at(i),
      ...(section === 'safetyScales' ? { score: randomInt(rand, 0, 10) } : {}),
    };
    addItem(secret ? restrictedDoc : publicDoc, section, item);
    if (secret) professionalsOnlyStrings.push(item.text);
  }
  for (let i = 0; i < 20; i++) {
    addPlanRow(publicDoc, {
      id: newId(),
      createdAt: at(400 + i),
      risk: `Risk ${i}: ${pick(WORDS)} ${pick(WORDS)}`,
      outcome: `${pick(children).name} feels ${pick(['safe', 'settled', 'happy'])}`,
      task: `Task ${i}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`,
      byWhom: pick(['Social worker', 'Health visitor', 'Parent', '']),
      byWhen: pick(['2026-12-10', '2027-01-15', 'within 2 weeks', '']),
      howWeWillKnow: `Measure ${i}`,
      childIds: rand() < 0.5 ? [] : [pick(children).id],
    });
  }
  for (const c of children)
    contingencyText(publicDoc, c.id).insert(0, `If things go wrong, ${c.name} stays with family.`);
  for (const c of children) {
    setView(restrictedDoc, c.id, {
      name: 'Social worker',
      agency: 'Children’s social care',
      thresholdMet: true,
      category: 'neglect',
    });
    setOutcome(publicDoc, restrictedDoc, c.id, { outcome: 'child-protection-plan', category: 'neglect' });
  }
  return {
    publicDoc,
    restrictedDoc,
    context: context(`conf-big-${seed}`, 'A large fictional conference', children),
    professionalsOnlyStrings,
  };
}
