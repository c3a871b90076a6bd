import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ZodError } from 'zod';
import { addItem, deleteItem, readBoard, replaceText } from './board.ts';
import {
  addPlanRow,
  carryForwardPlan,
  contingencyText,
  movePlanRow,
  planRowText,
  readContingencyPlans,
  readPlan,
  removePlanRow,
  updatePlanRow,
} from './plan.ts';
import { docParts, initConferenceDoc } from './schema.ts';

const children = [
  { id: 'ada', name: 'Ada Marlow', dateOfBirth: '2019-04-12' },
  { id: 'ben', name: 'Ben Marlow', dateOfBirth: '2023-08-30' },
];

function conference(conferenceId = 'initial-1') {
  const pub = new Y.Doc();
  const res = new Y.Doc();
  initConferenceDoc(pub, { conferenceId, kind: 'initial', restricted: false, children });
  initConferenceDoc(res, { conferenceId, kind: 'initial', restricted: true, children });
  return { pub, res };
}

const at = (minute: number) => `2026-12-03T11:${String(minute).padStart(2, '0')}:00Z`;

function marlowPlan(doc: Y.Doc) {
  addPlanRow(doc, {
    id: 'fighting',
    risk: 'Ada and Ben see adults fighting',
    outcome: 'They feel safe at home',
    task: 'Chloe to attend the domestic abuse programme',
    byWhom: 'Chloe; social worker',
    byWhen: 'start within 2 weeks',
    howWeWillKnow: 'Ada tells her teacher home feels calmer',
    addresses: ['w-violence'],
    createdAt: at(0),
  });
  addPlanRow(doc, {
    id: 'weight',
    risk: 'Ben’s weight is falling',
    outcome: 'Ben grows well',
    task: 'Health visitor weekly weighing; dietitian referral',
    byWhom: 'Health visitor; GP',
    byWhen: '2026-12-10',
    howWeWillKnow: 'Weight back on his centile by review',
    childIds: ['ben'],
    addresses: ['w-growth'],
    createdAt: at(1),
  });
}

describe('plan rows', () => {
  it('stores rows with every field and reads them back in order', () => {
    const { pub } = conference();
    marlowPlan(pub);
    const rows = readPlan(pub);
    expect(rows.map((r) => r.id)).toEqual(['fighting', 'weight']);
    expect(rows[1]).toMatchObject({
      risk: 'Ben’s weight is falling',
      outcome: 'Ben grows well',
      byWhen: '2026-12-10',
      childIds: ['ben'],
      addresses: ['w-growth'],
      carriedFrom: null,
      progress: null,
    });
    for (const key of ['text', 'outcome', 'task', 'howWeWillKnow']) {
      expect(docParts(pub).list('plan').get(0).get(key)).toBeInstanceOf(Y.Text);
    }
  });

  it('keeps the board reading the plan as a list whose text is the risk', () => {
    const { pub, res } = conference();
    marlowPlan(pub);
    const board = readBoard(pub, res);
    expect(board.sections.plan.map((i) => [i.id, i.text, i.kind])).toEqual([
      ['fighting', 'Ada and Ben see adults fighting', null],
      ['weight', 'Ben’s weight is falling', null],
    ]);
    expect(board.sections.worries).toEqual([]);
    // The board's own delete finds plan rows too.
    expect(deleteItem([pub, res], 'weight')).toBe(true);
    expect(readPlan(pub).map((r) => r.id)).toEqual(['fighting']);
  });

  it('refuses bad input with a ZodError and changes nothing', () => {
    const { pub } = conference();
    expect(() => addPlanRow(pub, { id: '', createdAt: at(0) })).toThrow(ZodError);
    expect(() => addPlanRow(pub, { id: 'x', byWhen: '2026-02-30', createdAt: at(0) })).toThrow(/real date/);
    expect(() => addPlanRow(pub, { id: 'x', createdAt: 'yesterday' })).toThrow(ZodError);
    marlowPlan(pub);
    expect(() => updatePlanRow(pub, 'weight', { progress: 'done' as never })).toThrow(ZodError);
    expect(readPlan(pub)).toHaveLength(2);
  });

  it('updates plain fields, and says when there is no such row', () => {
    const { pub } = conference();
    marlowPlan(pub);
    expect(updatePlanRow(pub, 'weight', { byWhom: 'Health visitor', byWhen: 'within 5 working days' })).toBe(
      true,
    );
    expect(readPlan(pub)[1]).toMatchObject({ byWhom: 'Health visitor', byWhen: 'within 5 working days' });
    expect(updatePlanRow(pub, 'nope', { byWhom: 'GP' })).toBe(false);
  });

  it('edits a text field in place, and merges two people typing in it at once', () => {
    const a = conference().pub;
    marlowPlan(a);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const inA = planRowText(a, 'fighting', 'outcome');
    const inB = planRowText(b, 'fighting', 'outcome');
    if (!inA || !inB) throw new Error('no text');
    replaceText(inA, 'They feel safe and calm at home');
    replaceText(inB, 'Ada and Ben feel safe at home');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readPlan(a)[0]?.outcome).toBe('Ada and Ben feel safe and calm at home');
    expect(readPlan(b)).toEqual(readPlan(a));
    // The risk is the `text` of the item, so the board sees the edit too.
    replaceText(planRowText(a, 'fighting', 'risk') as Y.Text, 'Ada and Ben see and hear adults fighting');
    expect(readBoard(a, null).sections.plan[0]?.text).toBe('Ada and Ben see and hear adults fighting');
    expect(planRowText(a, 'nope', 'task')).toBeNull();
  });

  it('gives a row made by the board (text only) its missing fields when edited', () => {
    const { pub } = conference();
    addItem(pub, 'plan', { id: 'old', text: 'Chloe’s low mood', createdAt: at(5) });
    expect(readPlan(pub)[0]).toMatchObject({
      risk: 'Chloe’s low mood',
      outcome: '',
      byWhom: '',
      childIds: [],
    });
    const task = planRowText(pub, 'old', 'task');
    task?.insert(0, 'Keep GP appointments');
    expect(readPlan(pub)[0]?.task).toBe('Keep GP appointments');
  });

  it('reads tolerantly: bad fields take their defaults', () => {
    const { pub } = conference();
    marlowPlan(pub);
    const map = docParts(pub).list('plan').get(1);
    map.set('progress', 'finished');
    map.set('childIds', 'ben');
    map.set('byWhom', 42);
    map.set('position', 'first');
    docParts(pub).list('plan').push([new Y.Map<unknown>()]); // no id: skipped
    const row = readPlan(pub).find((r) => r.id === 'weight');
    expect(row).toMatchObject({ progress: null, childIds: [], byWhom: '', position: Date.parse(at(1)) });
    expect(readPlan(pub)).toHaveLength(2);
  });

  it('moves rows up and down, and not past either end', () => {
    const { pub } = conference();
    marlowPlan(pub);
    addPlanRow(pub, { id: 'mood', risk: 'Chloe’s low mood', createdAt: at(2) });
    expect(movePlanRow(pub, 'mood', 'up')).toBe(true);
    expect(readPlan(pub).map((r) => r.id)).toEqual(['fighting', 'mood', 'weight']);
    expect(movePlanRow(pub, 'mood', 'up')).toBe(true);
    expect(readPlan(pub).map((r) => r.id)).toEqual(['mood', 'fighting', 'weight']);
    expect(movePlanRow(pub, 'mood', 'up')).toBe(false);
    expect(movePlanRow(pub, 'fighting', 'down')).toBe(true);
    expect(readPlan(pub).map((r) => r.id)).toEqual(['mood', 'weight', 'fighting']);
    expect(movePlanRow(pub, 'fighting', 'down')).toBe(false);
    expect(removePlanRow(pub, 'weight')).toBe(true);
    expect(removePlanRow(pub, 'weight')).toBe(false);
    expect(readPlan(pub).map((r) => r.id)).toEqual(['mood', 'fighting']);
  });

  it('writes each change in one transaction the chair’s undo manager tracks', () => {
    const { pub } = conference();
    const undo = new Y.UndoManager(docParts(pub).list('plan'), { trackedOrigins: new Set(['local']) });
    marlowPlan(pub);
    undo.stopCapturing();
    movePlanRow(pub, 'weight', 'up');
    undo.undo();
    expect(readPlan(pub).map((r) => r.id)).toEqual(['fighting', 'weight']);
  });
});

describe('carrying the plan forward to a review', () => {
  it('copies every row with where it came from and progress not yet judged, once', () => {
    const initial = conference('initial-1').pub;
    marlowPlan(initial);
    updatePlanRow(initial, 'weight', { progress: 'in-progress' });
    const review = new Y.Doc();
    initConferenceDoc(review, { conferenceId: 'review-1', kind: 'review', restricted: false, children });
    const added = carryForwardPlan(readPlan(initial), review, 'initial-1', '2027-03-01T10:00:00Z');
    expect(added).toHaveLength(2);
    expect(carryForwardPlan(readPlan(initial), review, 'initial-1', '2027-03-01T10:00:00Z')).toEqual([]);
    const rows = readPlan(review);
    expect(rows.map((r) => [r.id, r.carriedFrom, r.progress])).toEqual([
      ['fighting', 'initial-1', null],
      ['weight', 'initial-1', null],
    ]);
    expect(rows[1]).toMatchObject({ outcome: 'Ben grows well', byWhom: 'Health visitor; GP' });
    updatePlanRow(review, 'weight', { progress: 'achieved' });
    expect(readPlan(review)[1]?.progress).toBe('achieved');
  });

  it('keeps one copy when two peers carry the plan forward at once', () => {
    const initial = conference().pub;
    marlowPlan(initial);
    const a = new Y.Doc();
    initConferenceDoc(a, { conferenceId: 'review-1', kind: 'review', restricted: false, children });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    carryForwardPlan(readPlan(initial), a, 'initial-1', '2027-03-01T10:00:00Z');
    carryForwardPlan(readPlan(initial), b, 'initial-1', '2027-03-01T10:00:00Z');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readPlan(a).map((r) => r.id)).toEqual(['fighting', 'weight']);
  });
});

describe('contingency plans', () => {
  it('has an empty plan for each child from the start, in the children’s order', () => {
    const { pub } = conference();
    expect(readContingencyPlans(pub)).toEqual([
      { childId: 'ada', text: '' },
      { childId: 'ben', text: '' },
    ]);
    contingencyText(pub, 'ben').insert(0, 'If there is another incident, Ben goes to Nana Fay’s that night.');
    expect(readContingencyPlans(pub)[1]?.text).toMatch(/Nana Fay/);
  });

  it('merges the family and the chair writing in one child’s plan at once', () => {
    const a = conference().pub;
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    contingencyText(a, 'ada').insert(0, 'Ada goes to Fay’s that night.');
    contingencyText(b, 'ada').insert(0, 'If Fay cannot, Dan takes her.');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const text = readContingencyPlans(a)[0]?.text ?? '';
    expect(text).toContain('Ada goes to Fay’s that night.');
    expect(text).toContain('If Fay cannot, Dan takes her.');
    expect(readContingencyPlans(b)).toEqual(readContingencyPlans(a));
  });

  it('creates a missing plan (a document made before plans were made per child)', () => {
    const doc = new Y.Doc();
    docParts(doc).contingencyPlans.set('ada', 'Fay’s' as unknown as Y.Text);
    expect(contingencyText(doc, 'ada').toString()).toBe('Fay’s');
    expect(contingencyText(doc, 'ben').toString()).toBe('');
    expect(readContingencyPlans(doc).map((c) => c.childId)).toEqual(['ada', 'ben']);
    expect(() => contingencyText(doc, '')).toThrow(ZodError);
  });
});
