import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAttendee } from '@cb/shared/doc/attendance';
import {
  addItem,
  itemText,
  moveItem,
  readBoard,
  replaceText,
  updateItem,
  updateSettings,
} from '@cb/shared/doc/board';
import { contingencyText } from '@cb/shared/doc/plan';
import { initConferenceDoc } from '@cb/shared/doc/schema';
import { BoardReader, watchedParts } from './boardView.ts';

const CHILDREN = [{ id: 'c1', name: 'Robin Fictional', dateOfBirth: '2019-03-14' }];
const at = (minute: number) => `2026-12-06T10:${String(minute).padStart(2, '0')}:00Z`;

/** Two documents with a few cards, and a reader told of every change as the hook would be. */
function setup() {
  const publicDoc = new Y.Doc();
  const restrictedDoc = new Y.Doc();
  for (const [doc, restricted] of [
    [publicDoc, false],
    [restrictedDoc, true],
  ] as const)
    initConferenceDoc(doc, { conferenceId: 'conf-1', kind: 'initial', restricted, children: CHILDREN });
  addItem(publicDoc, 'worries', { id: 'w1', text: 'Late to school', createdAt: at(0) });
  addItem(restrictedDoc, 'worries', { id: 'w2', text: 'Told in confidence', createdAt: at(1) });
  addItem(publicDoc, 'workingWell', { id: 'g1', text: 'Nan helps on Tuesdays', createdAt: at(2) });
  const reader = new BoardReader(publicDoc, restrictedDoc);
  for (const [type, part] of watchedParts(publicDoc, restrictedDoc))
    type.observeDeep(() => reader.mark(part));
  return { publicDoc, restrictedDoc, reader };
}

describe('BoardReader', () => {
  it('reads what readBoard reads, after any change', () => {
    const { publicDoc, restrictedDoc, reader } = setup();
    expect(reader.read()).toEqual(readBoard(publicDoc, restrictedDoc));
    updateItem([publicDoc], 'w1', { saidBy: 'Mum', childIds: ['c1'] });
    moveItem(publicDoc, restrictedDoc, 'g1', 'workingWell');
    const text = itemText([restrictedDoc], 'w2');
    if (text) replaceText(text, 'Told in confidence, twice');
    updateSettings(publicDoc, { safetyScale: true });
    addAttendee(publicDoc, { id: 'a1', name: 'Vera Fictional', role: 'Teacher' });
    expect(reader.read()).toEqual(readBoard(publicDoc, restrictedDoc));
  });

  it('keeps the same view when nothing the board shows has changed', () => {
    const { publicDoc, reader } = setup();
    const first = reader.read();
    contingencyText(publicDoc, 'c1').insert(0, 'Nan has the children');
    expect(reader.read()).toBe(first);
    reader.markAll();
    expect(reader.read()).toBe(first);
  });

  it('shares every unchanged item and list with the previous view', () => {
    const { publicDoc, reader } = setup();
    const first = reader.read();
    const text = itemText([publicDoc], 'w1');
    if (text) replaceText(text, 'Late to school most days');
    const second = reader.read();
    expect(second).not.toBe(first);
    expect(second.sections.worries).not.toBe(first.sections.worries);
    expect(second.sections.worries[0]?.text).toBe('Late to school most days');
    expect(second.sections.worries[1]).toBe(first.sections.worries[1]);
    expect(second.sections.workingWell).toBe(first.sections.workingWell);
    expect(second.children).toBe(first.children);
    expect(second.settings).toBe(first.settings);
  });

  it('gives an added item its place and keeps the others', () => {
    const { publicDoc, reader } = setup();
    const first = reader.read();
    addItem(publicDoc, 'worries', { id: 'w3', text: 'Missed appointments', createdAt: at(3) });
    const second = reader.read();
    expect(second.sections.worries.map((i) => i.id)).toEqual(['w1', 'w2', 'w3']);
    expect(second.sections.worries[0]).toBe(first.sections.worries[0]);
    expect(second.attendeeNames).toBe(first.attendeeNames);
  });
});
