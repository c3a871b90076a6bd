import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addItem,
  deleteItem,
  findItem,
  moveItem,
  positionBetween,
  readBoard,
  readSection,
  readSettings,
  replaceText,
  setPosition,
  updateItem,
  updateSettings,
} from './board.ts';
import { docParts, initConferenceDoc } from './schema.ts';

function docs() {
  const init = { conferenceId: 'x', kind: 'initial' as const, children: [] };
  const pub = new Y.Doc();
  const res = new Y.Doc();
  initConferenceDoc(pub, { ...init, restricted: false });
  initConferenceDoc(res, { ...init, restricted: true });
  return { pub, res };
}

const at = (minute: number) => `2026-12-03T10:${String(minute).padStart(2, '0')}:00Z`;

describe('board items', () => {
  it('appends in order and keeps order across both documents', () => {
    const { pub, res } = docs();
    addItem(pub, 'worries', { id: 'a', text: 'A', createdAt: at(0) });
    addItem(res, 'worries', { id: 'b', text: 'B', createdAt: at(1) });
    addItem(pub, 'worries', { id: 'c', text: 'C', createdAt: at(2) });
    expect(readSection(pub, res, 'worries').map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(readSection(pub, null, 'worries').map((i) => i.id)).toEqual(['a', 'c']);
  });

  it('moves an item to professionals-only and back, keeping its place, text and attribution', () => {
    const { pub, res } = docs();
    addItem(pub, 'worries', { id: 'a', text: 'First', createdAt: at(0) });
    addItem(pub, 'worries', {
      id: 'b',
      text: 'Police information',
      createdAt: at(1),
      saidBy: 'Police',
      tag: 'fact',
      kind: 'past-harm',
    });
    addItem(pub, 'worries', { id: 'c', text: 'Third', createdAt: at(2) });
    expect(moveItem(pub, res, 'b', 'worries')).toBe(true);
    expect(readSection(pub, null, 'worries').map((i) => i.id)).toEqual(['a', 'c']);
    const merged = readSection(pub, res, 'worries');
    expect(merged.map((i) => [i.id, i.professionalsOnly])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
    ]);
    expect(merged[1]).toMatchObject({
      text: 'Police information',
      saidBy: 'Police',
      tag: 'fact',
      kind: 'past-harm',
    });
    expect(moveItem(res, pub, 'b', 'worries')).toBe(true);
    expect(readSection(pub, null, 'worries').map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('moves between sections, dropping the worry kind outside worries', () => {
    const { pub } = docs();
    addItem(pub, 'worries', { id: 'a', text: 'Unclear who lives there', createdAt: at(0), kind: 'impact' });
    moveItem(pub, pub, 'a', 'greyAreas');
    expect(readSection(pub, null, 'worries')).toEqual([]);
    expect(readSection(pub, null, 'greyAreas')[0]).toMatchObject({
      id: 'a',
      kind: null,
      text: 'Unclear who lives there',
    });
    // Back in the worries it waits for the chair's choice: no kind is assumed.
    moveItem(pub, pub, 'a', 'worries');
    expect(readSection(pub, null, 'worries')[0]?.kind).toBeNull();
  });

  it('reorders, updates and deletes', () => {
    const { pub, res } = docs();
    addItem(pub, 'workingWell', { id: 'a', text: 'A', createdAt: at(0) });
    addItem(pub, 'workingWell', { id: 'b', text: 'B', createdAt: at(1) });
    const [first] = readSection(pub, res, 'workingWell');
    setPosition([pub, res], 'b', positionBetween(null, first?.position ?? null));
    expect(readSection(pub, res, 'workingWell').map((i) => i.id)).toEqual(['b', 'a']);
    updateItem([pub, res], 'a', { saidBy: 'Grandmother', childIds: ['c1'] });
    expect(findItem([pub], 'a')?.map.get('saidBy')).toBe('Grandmother');
    expect(deleteItem([pub, res], 'a')).toBe(true);
    expect(deleteItem([pub, res], 'a')).toBe(false);
    expect(readSection(pub, res, 'workingWell').map((i) => i.id)).toEqual(['b']);
  });

  it('edits text as the smallest change, so concurrent edits elsewhere survive', () => {
    const a = new Y.Doc();
    const textA = a.getText('t');
    textA.insert(0, 'Ada goes to school');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    replaceText(textA, 'Ada goes to school daily');
    replaceText(b.getText('t'), 'Ada usually goes to school');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(textA.toString()).toBe('Ada usually goes to school daily');
    expect(b.getText('t').toString()).toBe(textA.toString());
  });
});

describe('safety scale and settings', () => {
  it('keeps a whole-number score 0–10 through updates and moves, and drops anything else', () => {
    const { pub, res } = docs();
    addItem(pub, 'safetyScales', { id: 's', text: 'Chloe (mother)', createdAt: at(0), score: 6 });
    expect(readSection(pub, res, 'safetyScales')[0]?.score).toBe(6);
    updateItem([pub, res], 's', { score: 3 });
    moveItem(pub, res, 's', 'safetyScales');
    expect(readSection(pub, res, 'safetyScales')[0]).toMatchObject({ score: 3, professionalsOnly: true });
    for (const bad of [11, -1, 2.5, '7'] as unknown[]) {
      updateItem([pub, res], 's', { score: bad as number });
      expect(readSection(pub, res, 'safetyScales')[0]?.score).toBeNull();
    }
  });

  it('has the safety scale off until the chair turns it on, and remembers which end is safe', () => {
    const { pub, res } = docs();
    expect(readSettings(pub)).toEqual({ safetyScale: false, safeEnd: 'high', dangerStatements: false });
    updateSettings(pub, { safetyScale: true, safeEnd: 'low' });
    expect(readBoard(pub, res).settings).toEqual({
      safetyScale: true,
      safeEnd: 'low',
      dangerStatements: false,
    });
    updateSettings(pub, { dangerStatements: true });
    expect(readSettings(pub).dangerStatements).toBe(true);
    docParts(pub).meta.set('safeEnd', 'sideways');
    expect(readSettings(pub).safeEnd).toBe('high');
  });
});
