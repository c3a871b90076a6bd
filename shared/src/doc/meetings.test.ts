import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMeetings, setMeeting } from './meetings.ts';
import { docParts, initConferenceDoc } from './schema.ts';

function board(): Y.Doc {
  const doc = new Y.Doc();
  initConferenceDoc(doc, { conferenceId: 'c', kind: 'initial', restricted: false, children: [] });
  return doc;
}

describe('the meetings agreed at the conference', () => {
  it('are kept as a date and time, and can be cleared', () => {
    const doc = board();
    expect(readMeetings(doc)).toEqual({
      firstCoreGroupAt: null,
      reviewConferenceAt: null,
      nextCoreGroupAt: null,
    });
    setMeeting(doc, 'firstCoreGroupAt', '2026-12-17T10:00');
    setMeeting(doc, 'reviewConferenceAt', '2027-03-01T14:30');
    expect(readMeetings(doc)).toEqual({
      firstCoreGroupAt: '2026-12-17T10:00',
      reviewConferenceAt: '2027-03-01T14:30',
      nextCoreGroupAt: null,
    });
    setMeeting(doc, 'reviewConferenceAt', null);
    expect(readMeetings(doc).reviewConferenceAt).toBeNull();
  });

  it('refuse a time that does not exist, and read a bad stored value as none', () => {
    const doc = board();
    expect(() => setMeeting(doc, 'firstCoreGroupAt', '2027-02-30T10:00')).toThrow(/date does not exist/);
    expect(() => setMeeting(doc, 'firstCoreGroupAt', '2027-02-03T25:00')).toThrow(/time does not exist/);
    expect(() => setMeeting(doc, 'firstCoreGroupAt', 'next week')).toThrow(/date and a time/);
    docParts(doc).meta.set('firstCoreGroupAt', 42);
    expect(readMeetings(doc).firstCoreGroupAt).toBeNull();
  });
});
