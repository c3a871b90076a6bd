/**
 * Boards of a given size for the e2e tests, written the way the board writes them: through a
 * stock y-websocket client holding the chair's cookie, on both of the conference's documents. The
 * same seed gives the same items (lengths from a few words to a long paragraph). All words are
 * made up.
 */
import type { Page } from '@playwright/test';
import type * as Y from 'yjs';
import type { Conference } from '@cb/shared/api';
import { addItem, updateSettings } from '@cb/shared/doc/board';
import { addPlanRow } from '@cb/shared/doc/plan';
import { addHousehold, addPerson, addRelationship } from '@cb/shared/genogram/model';
import { docNameFor } from '@cb/shared/protocol';
import { MARLOW } from '@cb/shared/scenario/marlow';
import { writeScenario } from '@cb/shared/scenario/writeScenario';
import { marlow } from '../../fixtures/genogram.ts';
import { mulberry32, randomInt } from '../../support/random.ts';
import { connectDoc, whenSynced, type TestProvider } from '../../support/yclient.ts';
import { E2E_BASE_URL } from './env.ts';

const SECTIONS = ['worries', 'workingWell', 'greyAreas', 'childsVoice', 'parentsView'] as const;
const WORDS = (
  'school home safe contact nursery visit calm shouting weight appointment report grandmother ' +
  'evening bedtime breakfast bus flat garden doctor teacher worried settled brother sister'
).split(' ');

export interface ChairDocs {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc;
  close(): void;
}

/** The chair's own copies of the conference's two documents, over the sync socket. */
export async function chairDocs(chairPage: Page, conference: Conference): Promise<ChairDocs> {
  const cookies = await chairPage.context().cookies(E2E_BASE_URL);
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const providers: TestProvider[] = [false, true].map((restricted) =>
    connectDoc(E2E_BASE_URL, docNameFor(conference.id, restricted), cookie),
  );
  await Promise.all(providers.map(whenSynced));
  const [pub, restricted] = providers as [TestProvider, TestProvider];
  return {
    publicDoc: pub.doc,
    restrictedDoc: restricted.doc,
    close: () => providers.forEach((p) => p.destroy()),
  };
}

/** Words for item `i`: mostly a sentence, now and then a long paragraph. */
function words(rand: () => number, i: number): string {
  const count = rand() < 0.07 ? randomInt(rand, 60, 110) : randomInt(rand, 5, 30);
  const body = Array.from({ length: count }, () => WORDS[randomInt(rand, 0, WORDS.length - 1)]).join(' ');
  return `Item ${i + 1}: ${body}.`;
}

/**
 * Adds public items `from`..`to - 1` across the five lists (the same seed and index give the same
 * item whatever was added before), and a safety-scale score for each child once.
 */
export function addItems(docs: ChairDocs, conference: Conference, from: number, to: number, seed = 1): void {
  const start = Date.parse('2026-12-03T10:00:00Z');
  docs.publicDoc.transact(() => {
    if (from === 0) {
      updateSettings(docs.publicDoc, { safetyScale: true });
      for (const [i, c] of conference.children.entries())
        addItem(docs.publicDoc, 'safetyScales', {
          id: `scale-${c.id}`,
          text: `${c.name}: safer at school than at home`,
          childIds: [c.id],
          score: 4 + i,
          createdAt: new Date(start).toISOString(),
        });
    }
    for (let i = from; i < to; i++) {
      const rand = mulberry32(seed * 100_003 + i);
      const section = SECTIONS[randomInt(rand, 0, SECTIONS.length - 1)] ?? 'worries';
      addItem(docs.publicDoc, section, {
        id: `seed-${seed}-${i}`,
        text: words(rand, i),
        kind: section === 'worries' ? (['past-harm', 'future-danger', 'impact'] as const)[i % 3] : null,
        childIds: [],
        createdAt: new Date(start + i * 60_000).toISOString(),
      });
    }
  });
}

/** A plan of `rows` rows and the Marlow family tree, so every region has something to show. */
export function addPlanAndFamily(docs: ChairDocs, conference: Conference, rows: number): void {
  const family = marlow();
  // The tree's children are the conference's own (their ids), as the chair's form makes them.
  const subjects = family.people.filter((p) => p.subject);
  const rename = new Map(
    conference.children.flatMap((c, i) => (subjects[i] ? [[subjects[i].id, c.id] as const] : [])),
  );
  const to = (id: string) => rename.get(id) ?? id;
  docs.publicDoc.transact(() => {
    for (const h of family.households) addHousehold(docs.publicDoc, h);
    for (const p of family.people) addPerson(docs.publicDoc, { ...p, id: to(p.id) });
    for (const r of family.relationships)
      addRelationship(
        docs.publicDoc,
        r.type === 'parent-child'
          ? { ...r, parent: to(r.parent), child: to(r.child) }
          : { ...r, a: to(r.a), b: to(r.b) },
      );
    for (let i = 0; i < rows; i++)
      addPlanRow(docs.publicDoc, {
        id: `plan-${i}`,
        createdAt: new Date(Date.parse('2026-12-03T11:00:00Z') + i * 60_000).toISOString(),
        risk: `Row ${i + 1}: the children see adults arguing in the evening`,
        outcome: 'Ada and Ben feel safe at home',
        task: 'Weekly visits; a parenting course; a check with the school each Friday',
        byWhom: i % 2 === 0 ? 'Nadia Okafor' : 'Chloe; Priya Shah',
        byWhen: i % 3 === 0 ? 'within 2 weeks' : '2027-01-14',
        howWeWillKnow: 'Ada tells her teacher home feels calmer',
        childIds: [],
      });
  });
}

/** The demo's board (DEMO-SCENARIO.md: the Marlow conference), written as the chair would. */
export function addDemoBoard(docs: ChairDocs, conference: Conference): void {
  const children = conference.children.map((c) => ({ id: c.id, name: c.name, dateOfBirth: c.dateOfBirth }));
  let n = 0;
  writeScenario(docs, MARLOW, { children, newId: () => `demo-${++n}` });
}
