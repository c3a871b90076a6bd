/**
 * Writes a scenario (types.ts) into a conference's two documents the way the board writes them:
 * the shared write functions, one chair action at a time. Items marked professionals-only are
 * typed on the board and then moved (the chair's button), or added straight to the restricted
 * document; the family tree is entered person by person (enterFamily.ts); each professional's
 * view goes into the restricted document, the outcomes into the public one. Pure: no I/O, and
 * every id comes from `newId`, so a counter gives the same documents every time.
 */
import type * as Y from 'yjs';
import { addAttendee } from '../doc/attendance.ts';
import { addItem, moveItem, updateSettings, type NewItem } from '../doc/board.ts';
import { dissentFrom, readViews, setOutcome, setView } from '../doc/decisions.ts';
import { addPlanRow, contingencyText } from '../doc/plan.ts';
import { londonDate } from '../londonDate.ts';
import { readByWhen } from '../words/byWhen.ts';
import type { ChildRecord } from '../doc/schema.ts';
import { enterFamily } from './enterFamily.ts';
import type { Scenario } from './types.ts';

export interface ScenarioDocs {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc;
}

export interface WriteScenarioOptions {
  /** The conference's children, in the scenario's order (their ids are the conference's). */
  children: ChildRecord[];
  newId: () => string;
}

/** What was written, for callers that need to find it again. */
export interface WrittenScenario {
  /** Child id by the scenario's child key. */
  childIds: Map<string, string>;
  /** Item id by its text. */
  itemIds: Map<string, string>;
}

export function writeScenario(
  { publicDoc, restrictedDoc }: ScenarioDocs,
  scenario: Scenario,
  { children, newId }: WriteScenarioOptions,
): WrittenScenario {
  const childIds = new Map(scenario.children.map((c, i) => [c.key, children[i]?.id ?? '']));
  const idsOf = (keys: string[] | undefined) =>
    (keys ?? []).map((key) => {
      const id = childIds.get(key);
      if (!id) throw new Error(`The conference has no child for the scenario's “${key}”`);
      return id;
    });
  const start = Date.parse(scenario.conference.startedAt);
  const at = (minute: number) => new Date(start + minute * 60_000).toISOString();

  for (const a of scenario.attendees) addAttendee(publicDoc, { ...a, id: newId() });
  updateSettings(publicDoc, scenario.settings);

  const itemIds = new Map<string, string>();
  scenario.items.forEach(({ section, restricted, children: who, ...item }, i) => {
    const id = newId();
    itemIds.set(item.text, id);
    const input: NewItem = { ...item, id, childIds: idsOf(who), createdAt: at(i) };
    if (restricted === 'direct') addItem(restrictedDoc, section, input);
    else {
      addItem(publicDoc, section, input);
      if (restricted === 'moved') moveItem(publicDoc, restrictedDoc, id, section);
    }
  });

  const worries = (words: string) =>
    [...itemIds.entries()].filter(([text]) => text.includes(words)).map(([, id]) => id);
  // "By when" as the chair types it, made a date at once on the conference's day (words/byWhen.ts).
  const onTheDay = londonDate(scenario.conference.startedAt);
  const when = (typed: string | undefined) => {
    const read = typed ? readByWhen(typed, onTheDay) : null;
    if (read && !read.ok) throw new Error(`The scenario's “by when” is not a date: ${typed ?? ''}`);
    return read ? { byWhen: read.date, byWhenWords: read.words } : {};
  };
  scenario.plan.forEach(({ children: who, addresses, ...row }, i) =>
    addPlanRow(publicDoc, {
      ...row,
      ...when(row.byWhen),
      id: newId(),
      createdAt: at(60 + i),
      childIds: idsOf(who),
      addresses: addresses ? worries(addresses) : [],
    }),
  );
  for (const [key, text] of Object.entries(scenario.contingency)) {
    const [childId = ''] = idsOf([key]);
    contingencyText(publicDoc, childId).insert(0, text);
  }

  enterFamily(publicDoc, scenario.family, childIds, newId);

  for (const v of scenario.views) {
    for (const [key, category] of Object.entries(v.on)) {
      const [childId = ''] = idsOf([key]);
      setView(restrictedDoc, childId, {
        name: v.name,
        agency: v.agency,
        thresholdMet: category !== null,
        category,
        dissents: v.dissents?.[key] !== undefined,
        dissentReasons: v.dissents?.[key] ?? '',
      });
    }
  }
  const views = readViews(restrictedDoc);
  for (const d of scenario.decisions) {
    const [childId = ''] = idsOf([d.child]);
    const decision = { outcome: d.outcome, category: d.category };
    const theirs = views[childId] ?? [];
    setOutcome(publicDoc, restrictedDoc, childId, {
      ...decision,
      dissent: dissentFrom(theirs, decision),
      showViewsToFamily: d.showViewsToFamily,
      sharedViews: d.showViewsToFamily
        ? theirs.map(({ name, agency, thresholdMet, category }) => ({ name, agency, thresholdMet, category }))
        : [],
      chairRationale: d.chairRationale,
    });
  }
  return { childIds, itemIds };
}
