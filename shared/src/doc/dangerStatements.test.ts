import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem } from './board.ts';
import { updateSettings } from './boardWrite.ts';
import {
  addDangerStatement,
  readDangerStatements,
  removeDangerStatement,
  updateDangerStatement,
} from './dangerStatements.ts';
import { docParts, initConferenceDoc } from './schema.ts';
import { minutesFromDoc } from '../minutes/minutesFromDoc.ts';
import { minutesOutline, planOutline } from '../minutes/outline.ts';
import { addPlanRow } from './plan.ts';
import { DANGER_HEADING } from '../minutes/outlineDanger.ts';

function board() {
  const children = [{ id: 'ada', name: 'Ada Fictional', dateOfBirth: '2019-04-12' }];
  const publicDoc = new Y.Doc();
  const restrictedDoc = new Y.Doc();
  initConferenceDoc(publicDoc, { conferenceId: 'c', kind: 'initial', restricted: false, children });
  initConferenceDoc(restrictedDoc, { conferenceId: 'c', kind: 'initial', restricted: true, children });
  const context = {
    conference: {
      id: 'c',
      title: 'T',
      scheduledAt: '2026-12-03T10:00:00Z',
      startedAt: null,
      closedAt: null,
      chair: 'C',
      place: null,
    },
    children,
    today: '2026-12-03',
  };
  return { publicDoc, restrictedDoc, context };
}

const statement = {
  id: 'd1',
  text: 'We are worried Ada could be hurt.',
  safetyGoal: '',
  scale: null,
  worryIds: [],
  childIds: [],
};

describe('danger statements and safety goals', () => {
  it('are added, changed one field at a time and removed', () => {
    const { publicDoc } = board();
    addDangerStatement(publicDoc, statement);
    updateDangerStatement(publicDoc, 'd1', { safetyGoal: '  Ada is safe at home.  ', scale: 3 });
    expect(readDangerStatements(publicDoc)).toEqual([
      { ...statement, safetyGoal: 'Ada is safe at home.', scale: 3 },
    ]);
    expect(() => updateDangerStatement(publicDoc, 'd1', { scale: 11 })).toThrow();
    expect(() => addDangerStatement(publicDoc, { ...statement, id: 'd2', text: ' ' })).toThrow(
      /Write the danger statement/,
    );
    removeDangerStatement(publicDoc, 'd1');
    expect(readDangerStatements(publicDoc)).toEqual([]);
    docParts(publicDoc).meta.set('dangerStatementList', [{ id: 'bad' }, 'nonsense']);
    expect(readDangerStatements(publicDoc)).toEqual([]);
  });

  it('reach the minutes only when the conference uses them, quoting the worries they sum up', () => {
    const { publicDoc, restrictedDoc, context } = board();
    addItem(publicDoc, 'worries', {
      id: 'w1',
      text: 'Police were called twice.',
      kind: 'past-harm',
      createdAt: '2026-12-03T10:00:00Z',
    });
    addDangerStatement(publicDoc, {
      ...statement,
      worryIds: ['w1', 'secret-worry'],
      safetyGoal: 'Ada is safe.',
      scale: 4,
    });
    const off = minutesFromDoc({ publicDoc, restrictedDoc }, context, 'full');
    expect(off.dangerStatements).toEqual([]);
    updateSettings(publicDoc, { dangerStatements: true });
    const on = minutesFromDoc({ publicDoc, restrictedDoc }, context, 'family');
    // Only the worries this audience has are linked.
    expect(on.dangerStatements).toEqual([
      {
        text: statement.text,
        safetyGoal: 'Ada is safe.',
        scale: 4,
        worryIds: ['w1'],
        childIds: [],
        answeredBy: [],
      },
    ]);
    const words = JSON.stringify(minutesOutline(on));
    expect(words).toContain(DANGER_HEADING);
    expect(words).toContain('It sums up: Police were called twice.');
    expect(words).toContain('Where things are now: 4 out of 10.');
    expect(words).toContain('No plan row answers it yet.');
  });

  it('are carried into the plan: the rows that answer a worry they sum up, and who they are about', () => {
    const { publicDoc, restrictedDoc, context } = board();
    updateSettings(publicDoc, { dangerStatements: true });
    addItem(publicDoc, 'worries', {
      id: 'w1',
      text: 'Ada could be hurt when adults fight.',
      kind: 'future-danger',
      createdAt: '2026-12-03T10:00:00Z',
    });
    const child = context.children[0];
    if (!child) throw new Error('the board has a child');
    addDangerStatement(publicDoc, { ...statement, worryIds: ['w1'], childIds: [child.id] });
    const at = '2026-12-03T10:30:00Z';
    addPlanRow(publicDoc, { id: 'r1', createdAt: at, risk: 'Fighting at home', addresses: ['w1'] });
    addPlanRow(publicDoc, { id: 'r2', createdAt: at, risk: 'Something else' });
    const m = minutesFromDoc({ publicDoc, restrictedDoc }, context, 'family');
    expect(m.dangerStatements[0]?.answeredBy).toEqual(['Fighting at home']);
    const page = JSON.stringify(planOutline(m));
    expect(page).toContain(DANGER_HEADING);
    expect(page).toContain('In the plan: Fighting at home');
    expect(page).toContain(`About ${child.name}.`);
  });
});
