import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addExclusion,
  readChildParticipation,
  readExclusions,
  readInterpreter,
  readParticipationByChild,
  removeExclusion,
  setChildParticipation,
  setInterpreter,
} from './meetingRecord.ts';
import { docParts, initConferenceDoc } from './schema.ts';

function restricted(): Y.Doc {
  const doc = new Y.Doc();
  initConferenceDoc(doc, { conferenceId: 'c', kind: 'initial', restricted: true, children: [] });
  return doc;
}

describe('how the meeting ran', () => {
  it('keeps each child’s participation, one field changed at a time, in the children’s order', () => {
    const doc = restricted();
    expect(readChildParticipation(doc, ['ada', 'ben'])).toEqual([]);
    setChildParticipation(doc, 'ben', { viewsBy: 'social-worker' });
    setChildParticipation(doc, 'ada', { attended: true });
    setChildParticipation(doc, 'ada', { seenAlone: true, note: '  Spoke to the chair first.  ' });
    expect(readChildParticipation(doc, ['ada', 'ben'])).toEqual([
      {
        childId: 'ada',
        attended: true,
        seenAlone: true,
        viewsBy: 'not-given',
        note: 'Spoke to the chair first.',
      },
      { childId: 'ben', attended: false, seenAlone: false, viewsBy: 'social-worker', note: '' },
    ]);
    // Read by child, for a view that does not know the children yet when it first reads.
    expect(Object.keys(readParticipationByChild(doc)).sort()).toEqual(['ada', 'ben']);
    expect(readParticipationByChild(doc).ada?.seenAlone).toBe(true);
  });

  it('refuses a bad value and reads a bad stored one as not recorded', () => {
    const doc = restricted();
    expect(() => setChildParticipation(doc, 'ada', { viewsBy: 'telepathy' as never })).toThrow();
    docParts(doc).meta.set('participation:ada', { attended: 'yes' });
    expect(readChildParticipation(doc, ['ada'])).toEqual([]);
    docParts(doc).meta.set('interpreter', 'Polish');
    expect(readInterpreter(doc)).toBeNull();
    setInterpreter(doc, { needed: true, language: ' Polish ' });
    expect(readInterpreter(doc)).toEqual({ needed: true, language: 'Polish' });
  });

  it('records who was asked to leave, for which part and why; each field is needed', () => {
    const doc = restricted();
    addExclusion(doc, {
      id: 'x1',
      who: 'Dan Ashby',
      part: 'the police information',
      reason: 'Third-party information.',
    });
    addExclusion(doc, { id: 'x2', who: 'Evan Price', part: 'the whole meeting', reason: 'Risk to Chloe.' });
    expect(readExclusions(doc).map((e) => e.who)).toEqual(['Dan Ashby', 'Evan Price']);
    expect(() => addExclusion(doc, { id: 'x3', who: 'Someone', part: '', reason: 'Why' })).toThrow(
      /which part of the meeting/,
    );
    removeExclusion(doc, 'x1');
    expect(readExclusions(doc).map((e) => e.id)).toEqual(['x2']);
  });
});
