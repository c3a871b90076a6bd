/**
 * A large board for the benchmarks and the minutes tests: 300 items across the sections (about
 * one in eight professionals-only), a forty-person family tree and 20 plan rows, with attendees,
 * contingency plans and a decision per child. The same seed, the same board. All text is made up.
 *
 * Pure (no node: imports). Given `into` (a real conference's documents, e.g. a chair's synced
 * copies) it writes there, the tree's first subject children taking the conference's child ids.
 */
import type * as Y from 'yjs';
import { addAttendee } from '@cb/shared/doc/attendance';
import { addItem, updateSettings, type NewItem } from '@cb/shared/doc/board';
import { setOutcome, setView } from '@cb/shared/doc/decisions';
import { addPlanRow, contingencyText } from '@cb/shared/doc/plan';
import { LIST_SECTIONS, type ChildRecord, type ListSection } from '@cb/shared/doc/schema';
import { addHousehold, addPerson, addRelationship, type GenogramModel } from '@cb/shared/genogram/model';
import { forty } from '../fixtures/genogram.ts';
import { counter, minutesContext, twoDocs, type ScriptedConference } from './scriptedConference.ts';
import { MARLOW } from '@cb/shared/scenario/marlow';
import { mulberry32, randomInt } from './random.ts';

const BIG_SECTIONS: ListSection[] = LIST_SECTIONS.filter((s) => s !== 'plan');
const WORDS =
  'school home safe contact nursery visit calm shouting weight appointment report grandmother'.split(' ');
const START = Date.parse('2026-12-03T10:00:00Z');
const at = (minute: number) => new Date(START + minute * 60_000).toISOString();

export interface BigOptions {
  into?: { publicDoc: Y.Doc; restrictedDoc: Y.Doc; children: ChildRecord[] };
  /** Items on the board (default 300); 0 leaves the lists to the caller. */
  items?: number;
  /** Plan rows (default 20). */
  planRows?: number;
}

/** The forty-person tree with its first subject children renamed to the conference's child ids. */
function familyFor(children: ChildRecord[] | undefined): GenogramModel {
  const family = forty();
  if (!children) return family;
  const subjects = family.people.filter((p) => p.subject);
  const rename = new Map(children.flatMap((c, i) => (subjects[i] ? [[subjects[i].id, c.id] as const] : [])));
  const to = (id: string) => rename.get(id) ?? id;
  return {
    people: family.people.map((p) => ({ ...p, id: to(p.id) })),
    relationships: family.relationships.map((r) =>
      r.type === 'parent-child'
        ? { ...r, parent: to(r.parent), child: to(r.child) }
        : { ...r, a: to(r.a), b: to(r.b) },
    ),
    households: family.households,
  };
}

export function scriptBigConference(seed: number, options: BigOptions = {}): ScriptedConference {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[randomInt(rand, 0, list.length - 1)] as T;
  const newId = counter(`big${seed}`);
  const family = familyFor(options.into?.children);
  const children: ChildRecord[] =
    options.into?.children ??
    family.people
      .filter((p) => p.subject)
      .slice(0, 3)
      .map((p) => ({ id: p.id, name: p.name, dateOfBirth: null }));
  const { publicDoc, restrictedDoc } = options.into ?? twoDocs(`conf-big-${seed}`, children);
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
  for (let i = 0; i < (options.items ?? 300); i++) {
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
  for (let i = 0; i < (options.planRows ?? 20); i++) {
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
    context: minutesContext(MARLOW, `conf-big-${seed}`, 'A large fictional conference', children),
    professionalsOnlyStrings,
  };
}
