import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initConferenceDoc } from '@cb/shared/doc/schema';
import { addNewRelationship } from '@cb/shared/genogram/entry';
import { readGenogram } from '@cb/shared/genogram/model';
import {
  draftAfterRelationship,
  EMPTY_RELATIONSHIP,
  relationshipFromDraft,
  type RelationshipDraft,
} from './relationshipDraft.ts';

const draft = (patch: Partial<RelationshipDraft>): RelationshipDraft => ({ ...EMPTY_RELATIONSHIP, ...patch });

describe('the Add relationship draft', () => {
  it('turns each kind into the relationship the document writes', () => {
    expect(relationshipFromDraft(draft({ a: 'p1', b: 'p2', from: ' 2012 ', to: '' }))).toEqual({
      ok: true,
      input: { type: 'partnership', a: 'p1', b: 'p2', kind: 'married', from: '2012', to: null },
    });
    expect(
      relationshipFromDraft(draft({ type: 'parent-child', a: 'p1', b: 'p3', parentKind: 'step' })),
    ).toEqual({
      ok: true,
      input: { type: 'parent-child', parent: 'p1', child: 'p3', kind: 'step' },
    });
    expect(relationshipFromDraft(draft({ type: 'twins', a: 'p3', b: 'p4', identical: true }))).toMatchObject({
      ok: true,
      input: { type: 'twins', identical: true },
    });
    const checked = relationshipFromDraft(
      draft({ type: 'emotional', a: 'p1', b: 'p3', emotional: 'hostile' }),
    );
    expect(checked).toMatchObject({ ok: true, input: { type: 'emotional', kind: 'hostile' } });
    if (!checked.ok) return;
    const doc = new Y.Doc();
    initConferenceDoc(doc, { conferenceId: 'c1', kind: 'initial', restricted: false, children: [] });
    addNewRelationship(doc, 'r1', checked.input);
    expect(readGenogram(doc).relationships).toEqual([
      { id: 'r1', type: 'emotional', a: 'p1', b: 'p3', kind: 'hostile' },
    ]);
  });

  it('asks for both people, then for two different ones', () => {
    const chooseBoth = { ok: false, error: 'Choose both people.' };
    expect(relationshipFromDraft(draft({ a: '', b: 'p2', from: 'soon' }))).toEqual(chooseBoth);
    expect(relationshipFromDraft(draft({ a: 'p1', b: '' }))).toEqual(chooseBoth);
    expect(relationshipFromDraft(draft({ type: 'parent-child', a: 'p1' }))).toEqual(chooseBoth);
    expect(relationshipFromDraft(draft({ a: 'p1', b: 'p1' }))).toEqual({
      ok: false,
      error: 'Choose two different people.',
    });
    expect(relationshipFromDraft(draft({ type: 'parent-child', a: 'p1', b: 'p1' }))).toEqual({
      ok: false,
      error: 'Choose two different people.',
    });
  });

  it('says how to write a date', () => {
    const dates = { ok: false, error: 'Write dates as a year (2012) or a full date (2012-06-30).' };
    expect(relationshipFromDraft(draft({ a: 'p1', b: 'p2', from: 'last year' }))).toEqual(dates);
    expect(relationshipFromDraft(draft({ a: 'p1', b: 'p2', to: '12' }))).toEqual(dates);
  });

  it('keeps the kind for the next relationship and clears who and when', () => {
    expect(
      draftAfterRelationship(
        draft({ type: 'parent-child', parentKind: 'adopted', a: 'p1', b: 'p2', from: '2012' }),
      ),
    ).toEqual({ ...EMPTY_RELATIONSHIP, type: 'parent-child', parentKind: 'adopted' });
  });
});
