import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addItem, readBoard } from './board.ts';
import { DOC_SCHEMA_VERSION, docParts, initConferenceDoc, migrateDoc } from './schema.ts';

const children = [{ id: 'c1', name: 'Ada Fictional', dateOfBirth: '2019-04-12' }];

function newDocs() {
  const publicDoc = new Y.Doc();
  const restricted = new Y.Doc();
  initConferenceDoc(publicDoc, { conferenceId: 'x', kind: 'initial', restricted: false, children });
  initConferenceDoc(restricted, { conferenceId: 'x', kind: 'initial', restricted: true, children });
  return { publicDoc, restricted };
}

describe('conference document', () => {
  it('starts at the current schema version, with the children', () => {
    const { publicDoc } = newDocs();
    expect(migrateDoc(publicDoc)).toEqual({ status: 'current', version: DOC_SCHEMA_VERSION });
    const board = readBoard(publicDoc, null);
    expect(board.children).toEqual(children);
  });

  it('refuses a document written by newer software, and reports an empty one', () => {
    const doc = new Y.Doc();
    expect(migrateDoc(doc)).toEqual({ status: 'uninitialised' });
    docParts(doc).meta.set('schemaVersion', DOC_SCHEMA_VERSION + 1);
    expect(migrateDoc(doc).status).toBe('newer');
  });

  it('merges professionals-only items into the board only for an audience that holds them', () => {
    const { publicDoc, restricted } = newDocs();
    addItem(publicDoc, 'worries', {
      id: 'a',
      text: 'Visible',
      createdAt: '2026-12-03T10:01:00Z',
      kind: 'impact',
    });
    addItem(restricted, 'worries', {
      id: 'b',
      text: 'Hidden',
      createdAt: '2026-12-03T10:00:00Z',
      tag: 'fact',
    });
    expect(readBoard(publicDoc, null).sections.worries.map((i) => i.text)).toEqual(['Visible']);
    const full = readBoard(publicDoc, restricted).sections.worries;
    expect(full.map((i) => [i.text, i.professionalsOnly])).toEqual([
      ['Hidden', true],
      ['Visible', false],
    ]);
    expect(full[1]?.kind).toBe('impact');
  });
});
