import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { findItem, readSection } from '@cb/shared/doc/board';
import { readAttendees } from '@cb/shared/doc/attendance';
import { readDecisions, readViews } from '@cb/shared/doc/decisions';
import { readPlan } from '@cb/shared/doc/plan';
import { initConferenceDoc } from '@cb/shared/doc/schema';
import { readGenogram } from '@cb/shared/genogram/model';
import { ChairUndo } from '../../../../docs/undo.ts';
import { createAttendanceCommands } from './attendance.ts';
import { createDecisionActions } from './decision.ts';
import { createGenogramActions } from './genogram.ts';
import { createBoardActions } from './items.ts';
import { createPlanCommands } from './plan.ts';
import { acceptSuggestion } from './suggestions.ts';

const CHILD = {
  id: '6f1c2a54-3b7e-4d0a-9c61-0b2d7e5a8f13',
  name: 'Robin Fictional',
  dateOfBirth: '2019-03-14',
};

/** The two documents of one conference, as the server makes them, and the chair's undo over both. */
function setup() {
  const publicDoc = new Y.Doc();
  const restrictedDoc = new Y.Doc();
  for (const [doc, restricted] of [
    [publicDoc, false],
    [restrictedDoc, true],
  ] as const) {
    initConferenceDoc(doc, { conferenceId: 'conf-1', kind: 'initial', restricted, children: [CHILD] });
  }
  const undo = new ChairUndo([publicDoc, restrictedDoc]);
  return { publicDoc, restrictedDoc, undo };
}

/** ChairUndo closes a step in a microtask; let it run, as the next user event would. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `command` as one user action, then checks one undo takes all of it back and redo restores it. */
async function oneStep<T>(undo: ChairUndo, read: () => T, command: () => void) {
  const before = read();
  command();
  await nextTask();
  const after = read();
  expect(after).not.toEqual(before);
  expect(undo.undo()).toBe(true);
  await nextTask();
  expect(read()).toEqual(before);
  expect(undo.redo()).toBe(true);
  await nextTask();
  expect(read()).toEqual(after);
}

describe('the plan commands', () => {
  it('adds, edits, moves and removes rows, each one undo step', async () => {
    const { publicDoc, undo } = setup();
    const plan = createPlanCommands(publicDoc);
    const tasks = () => readPlan(publicDoc).map((r) => [r.task, r.childIds]);
    let first = '';
    await oneStep(undo, tasks, () => {
      first = plan.add({ task: 'Walk to school together', childIds: [] });
    });
    const second = plan.add({ task: 'Weekly visit from the health visitor', childIds: [] });
    await nextTask();
    await oneStep(undo, tasks, () => plan.update(first, { childIds: [CHILD.id] }));
    await oneStep(undo, tasks, () => plan.move(second, 'up'));
    await oneStep(undo, tasks, () => plan.remove(first));
    expect(tasks()).toEqual([['Weekly visit from the health visitor', []]]);
  });
});

describe('the attendance commands', () => {
  it('adds, fills in and removes people, each one undo step', async () => {
    const { publicDoc, undo } = setup();
    const attendance = createAttendanceCommands(publicDoc);
    const names = () => readAttendees(publicDoc).map((a) => a.name);
    await oneStep(undo, names, () => expect(attendance.add({ name: 'Nadia Okafor' })).toBeNull());
    await oneStep(undo, names, () =>
      expect(attendance.fillIn([{ name: 'Tomas Evergreen' }, { name: 'Priya Lakeside' }])).toBe(2),
    );
    const nadia = readAttendees(publicDoc).find((a) => a.name === 'Nadia Okafor');
    await oneStep(undo, names, () => expect(attendance.remove(nadia?.id ?? '')).toBe(true));
  });

  it('writes nothing and says why when the schema refuses an edit', () => {
    const { publicDoc } = setup();
    const attendance = createAttendanceCommands(publicDoc);
    expect(attendance.add({ name: 'Nadia Okafor' })).toBeNull();
    const [nadia] = readAttendees(publicDoc);
    expect(attendance.update(nadia?.id ?? '', { name: '   ' })).toBe(
      'A name is needed, so the name has been put back.',
    );
    expect(attendance.add({ name: '' })).toBe(
      'That could not be added. Please check the details and try again.',
    );
    expect(readAttendees(publicDoc).map((a) => a.name)).toEqual(['Nadia Okafor']);
  });
});

describe('accepting a suggestion', () => {
  const by = { name: 'Sam Brookfield', role: 'professional' as const, participantId: null };

  it('opens a plan row for a plan suggestion, as one undo step', async () => {
    const { publicDoc, restrictedDoc, undo } = setup();
    const tasks = () => readPlan(publicDoc).map((r) => r.task);
    await oneStep(undo, tasks, () =>
      acceptSuggestion(publicDoc, restrictedDoc, { section: 'plan', text: 'A key for Gran', kind: null, by }),
    );
    expect(tasks()).toEqual(['A key for Gran']);
  });

  it('adds an item said by whoever suggested it, in the public document', async () => {
    const { publicDoc, restrictedDoc, undo } = setup();
    const worries = () => readSection(publicDoc, restrictedDoc, 'worries');
    let id = '';
    await oneStep(undo, worries, () => {
      id = acceptSuggestion(publicDoc, restrictedDoc, {
        section: 'worries',
        text: 'Nobody collects Robin on Fridays',
        kind: 'future-danger',
        by,
      });
    });
    expect(worries()).toMatchObject([{ id, saidBy: 'Sam Brookfield', kind: 'future-danger' }]);
    expect(findItem([publicDoc, restrictedDoc], id)?.doc).toBe(publicDoc);
  });
});

describe('professionals-only moves', () => {
  it('moves an item between the documents and back as one undo step each way', async () => {
    const { publicDoc, restrictedDoc, undo } = setup();
    const items = createBoardActions(publicDoc, restrictedDoc);
    const id = items.add('worries', { text: 'A worry for the professionals' });
    await nextTask();
    const where = () =>
      findItem([publicDoc, restrictedDoc], id)?.doc === restrictedDoc ? 'restricted' : 'public';
    await oneStep(undo, where, () => items.setProfessionalsOnly(id, true));
    expect(where()).toBe('restricted');
    await oneStep(undo, where, () => items.setProfessionalsOnly(id, false));
    expect(where()).toBe('public');
  });

  it('adds straight into the restricted document when asked, and never without it', () => {
    const { publicDoc, restrictedDoc } = setup();
    const id = createBoardActions(publicDoc, restrictedDoc).add('worries', {
      text: 'Said in confidence',
      professionalsOnly: true,
    });
    expect(findItem([publicDoc, restrictedDoc], id)?.doc).toBe(restrictedDoc);
    const familyOnly = createBoardActions(publicDoc, null);
    const other = familyOnly.add('worries', { text: 'Said aloud', professionalsOnly: true });
    expect(findItem([publicDoc], other)?.doc).toBe(publicDoc);
  });
});

describe('the decision and genogram commands', () => {
  it('records a view and the outcome across both documents, each one undo step', async () => {
    const { publicDoc, restrictedDoc, undo } = setup();
    const decision = createDecisionActions(publicDoc, restrictedDoc);
    const state = () => ({
      views: readViews(restrictedDoc)[CHILD.id] ?? [],
      decisions: readDecisions(publicDoc, restrictedDoc),
    });
    await oneStep(undo, state, () =>
      expect(
        decision.recordView(CHILD.id, {
          name: 'Sam Brookfield',
          thresholdMet: false,
          dissents: true,
          dissentReasons: 'A plan is not needed yet (fictional).',
        }),
      ).toBeNull(),
    );
    await oneStep(undo, state, () => decision.setOutcome(CHILD.id, 'child-protection-plan', 'neglect'));
    // The dissent follows the outcome in the same step: Sam chose to dissent.
    expect(state().decisions[0]?.dissent.map((d) => d.name)).toEqual(['Sam Brookfield']);
  });

  it('adds a person to the family tree as one undo step', async () => {
    const { publicDoc, undo } = setup();
    const genogram = createGenogramActions(publicDoc);
    const names = () => readGenogram(publicDoc).people.map((p) => p.name);
    await oneStep(undo, names, () => void genogram.addPerson({ name: 'Gran Fictional' }, null));
  });
});
