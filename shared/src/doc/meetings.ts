/**
 * The meetings agreed at the conference: the date and time of the first core group and of the
 * review conference, entered by the chair on the board (the deadlines they must meet stay shown
 * beside them, workingDays.ts). In the public document's meta (the family is told them too).
 * Times are London wall-clock, "YYYY-MM-DDTHH:MM", as a datetime-local box gives them.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { isoDateSchema } from '../api.ts';
import { LOCAL_ORIGIN } from './board.ts';
import { docParts } from './schema.ts';

/** After a conference: the first core group and the review; after a core group: the next one. */
export const MEETING_KEYS = ['firstCoreGroupAt', 'reviewConferenceAt', 'nextCoreGroupAt'] as const;
export type MeetingKey = (typeof MEETING_KEYS)[number];
export type Meetings = Record<MeetingKey, string | null>;

export const meetingTimeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Give a date and a time.')
  .refine((s) => isoDateSchema.safeParse(s.slice(0, 10)).success, 'That date does not exist.')
  .refine((s) => Number(s.slice(11, 13)) < 24 && Number(s.slice(14, 16)) < 60, 'That time does not exist.');

export function readMeetings(doc: Y.Doc): Meetings {
  const meta = docParts(doc).meta;
  const read = (key: MeetingKey) => {
    const r = meetingTimeSchema.safeParse(meta.get(key));
    return r.success ? r.data : null;
  };
  return {
    firstCoreGroupAt: read('firstCoreGroupAt'),
    reviewConferenceAt: read('reviewConferenceAt'),
    nextCoreGroupAt: read('nextCoreGroupAt'),
  };
}

/** Records (or, with null, clears) an agreed meeting. Throws on a time that does not exist. */
export function setMeeting(doc: Y.Doc, key: MeetingKey, at: string | null): void {
  const valid = at === null ? null : meetingTimeSchema.parse(at);
  doc.transact(() => {
    if (valid === null) docParts(doc).meta.delete(key);
    else docParts(doc).meta.set(key, valid);
  }, LOCAL_ORIGIN);
}
