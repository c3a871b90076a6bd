import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initConferenceDoc } from '@cb/shared/doc/schema';
import { addNewRelationship } from '@cb/shared/genogram/entry';
import { readGenogram } from '@cb/shared/genogram/model';
import {
  draftAfterRelationship,
  draftOfRelationship,
  EMPTY_RELATIONSHIP,
  relationshipFromDraft,
  type RelationshipDraft,
} from './relationshipDraft.ts';

const draft = (patch: Partial<RelationshipDraft>): RelationshipDraft => ({ ...EMPTY_RELATIONSHIP, ...patch });

describe('the Add relationship draft', () => {
  it('turns each kind into the relationship the document writes', () => {
    expect(
      relationshipFromDraft(draft({ a: 'p1', b: 'p2', partnership: 'married', from: ' 2012 ', to: '' })),
    ).toEqual({
      ok: true,
      input: { type: 'partnership', a: 'p1', b: 'p2', kind: 'married', from: '2012', to: null },
    });
    expect(
      relationshipFromDraft(
        draft({ a: 'p1', b: 'p2', partnership: 'separated', from: '14/5/2015', to: '06/2023' }),
      ),
    ).toEqual({
      ok: true,
      input: { type: 'partnership', a: 'p1', b: 'p2', kind: 'separated', from: '2015-05-14', to: '2023-06' },
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

  it('never assumes a couple are married: the chair chooses', () => {
    expect(EMPTY_RELATIONSHIP.partnership).toBe('');
    expect(relationshipFromDraft(draft({ a: 'p1', b: 'p2' }))).toEqual({
      ok: false,
      error: 'Choose how they are partners: married, living together, separated or divorced.',
    });
  });

  it('says how to write a date, in words, and keeps what was typed', () => {
    const couple = { a: 'p1', b: 'p2', partnership: 'married' as const };
    const typed = draft({ ...couple, from: 'last year' });
    expect(relationshipFromDraft(typed)).toEqual({
      ok: false,
      error: expect.stringMatching(/^From: Write a year \(2015\).*14\/05\/2015/),
    });
    expect(typed.from).toBe('last year');
    expect(relationshipFromDraft(draft({ ...couple, to: '31/02/2020' }))).toEqual({
      ok: false,
      error: expect.stringMatching(/^Until: That date does not exist/),
    });
    expect(relationshipFromDraft(draft({ ...couple, to: '14/05/20' }))).toEqual({
      ok: false,
      error: expect.stringContaining('year in full'),
    });
  });

  it('shows a relationship already on the tree for editing, its dates in UK form', () => {
    expect(
      draftOfRelationship({
        id: 'r',
        type: 'partnership',
        a: 'p1',
        b: 'p2',
        kind: 'divorced',
        from: '2010-06-30',
        to: '2020',
      }),
    ).toEqual({
      ...EMPTY_RELATIONSHIP,
      a: 'p1',
      b: 'p2',
      partnership: 'divorced',
      from: '30/06/2010',
      to: '2020',
    });
    expect(
      draftOfRelationship({ id: 'r', type: 'parent-child', parent: 'p1', child: 'p3', kind: 'adopted' }),
    ).toEqual({
      ...EMPTY_RELATIONSHIP,
      type: 'parent-child',
      a: 'p1',
      b: 'p3',
      parentKind: 'adopted',
    });
  });

  it('keeps the kind for the next relationship and clears who and when', () => {
    expect(
      draftAfterRelationship(
        draft({ type: 'parent-child', parentKind: 'adopted', a: 'p1', b: 'p2', from: '2012' }),
      ),
    ).toEqual({ ...EMPTY_RELATIONSHIP, type: 'parent-child', parentKind: 'adopted' });
  });
});
