import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readBoard } from '../doc/board.ts';
import { readPlan } from '../doc/plan.ts';
import { initConferenceDoc, type ChildRecord } from '../doc/schema.ts';
import { readGenogram, type Relationship } from '../genogram/model.ts';
import { enterFamily } from './enterFamily.ts';
import { MARLOW } from './marlow.ts';
import type { ScenarioRelationship } from './types.ts';
import { writeScenario } from './writeScenario.ts';

const children: ChildRecord[] = MARLOW.children.map((c) => ({
  id: `child-${c.key}`,
  name: c.name,
  dateOfBirth: c.dateOfBirth,
}));

function counter(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}

function docs() {
  const make = (restricted: boolean) => {
    const doc = new Y.Doc();
    initConferenceDoc(doc, { conferenceId: 'c1', kind: 'initial', restricted, children });
    return doc;
  };
  return { publicDoc: make(false), restrictedDoc: make(true) };
}

/** A relationship as words that do not depend on ids or on which side is `a`. */
function said(r: ScenarioRelationship | Relationship, key: (id: string) => string): string {
  if (r.type === 'parent-child') return `${key(r.parent)} parent of ${key(r.child)} (${r.kind})`;
  const pair = [key(r.a), key(r.b)].sort().join(' and ');
  return `${pair}: ${r.type} ${'kind' in r ? r.kind : ''}`;
}

describe('the scenario written into documents', () => {
  it('enters every person of the family one at a time, with every relationship and household', () => {
    const { publicDoc } = docs();
    let transactions = 0;
    publicDoc.on('afterTransaction', () => (transactions += 1));
    const fixed = new Map([['ada', 'child-ada']]);
    const ids = enterFamily(publicDoc, MARLOW.family, fixed, counter());
    const keyOf = new Map([...ids].map(([k, id]) => [id, k]));
    const key = (id: string) => keyOf.get(id) ?? `unknown ${id}`;
    const model = readGenogram(publicDoc);

    expect(ids.get('ada')).toBe('child-ada');
    expect(model.people.map((p) => key(p.id)).sort()).toEqual(MARLOW.family.people.map((p) => p.key).sort());
    expect(model.relationships.map((r) => said(r, key)).sort()).toEqual(
      MARLOW.family.relationships.map((r) => said(r, (k) => k)).sort(),
    );
    const households = model.households.map((h) => ({
      name: h.name,
      members: model.people
        .filter((p) => p.householdId === h.id)
        .map((p) => key(p.id))
        .sort(),
    }));
    expect(households.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      MARLOW.family.households
        .map((h) => ({ ...h, members: [...h.members].sort() }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
    // At least one step per person, as a chair adding them with the family.
    expect(transactions).toBeGreaterThanOrEqual(MARLOW.family.people.length);
  });

  it('puts professionals-only items in the restricted document only, and links the plan to its worries', () => {
    const d = docs();
    const { itemIds } = writeScenario(d, MARLOW, { children, newId: counter() });
    const publicTexts = JSON.stringify(readBoard(d.publicDoc, null));
    const all = readBoard(d.publicDoc, d.restrictedDoc);
    for (const item of MARLOW.items) {
      const found = all.sections[item.section].find((i) => i.text === item.text);
      expect(found, item.text).toBeDefined();
      expect(found?.professionalsOnly, item.text).toBe(Boolean(item.restricted));
      expect(publicTexts.includes(item.text), item.text).toBe(!item.restricted);
      expect(found?.childIds).toEqual((item.children ?? []).map((k) => `child-${k}`));
    }
    const plan = readPlan(d.publicDoc);
    expect(plan.map((r) => r.task)).toEqual(MARLOW.plan.map((r) => r.task));
    MARLOW.plan.forEach((row, i) => {
      const worry = MARLOW.items.find((w) => row.addresses && w.text.includes(row.addresses));
      expect(plan[i]?.addresses).toEqual(worry ? [itemIds.get(worry.text)] : []);
    });
  });

  it('writes the same documents every time from the same ids', () => {
    const [a, b] = [docs(), docs()];
    writeScenario(a, MARLOW, { children, newId: counter() });
    writeScenario(b, MARLOW, { children, newId: counter() });
    for (const part of ['publicDoc', 'restrictedDoc'] as const) {
      expect(readBoard(a[part], null)).toEqual(readBoard(b[part], null));
      expect(readGenogram(a[part])).toEqual(readGenogram(b[part]));
    }
  });
});
