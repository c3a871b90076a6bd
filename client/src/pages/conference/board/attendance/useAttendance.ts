/**
 * The attendance list and the quoracy note as plain data, read again (at most once a frame) when
 * the attendees or the document's meta change; edits elsewhere on the board do not re-read them.
 */
import type * as Y from 'yjs';
import { readAttendees, readQuoracyNote, type Attendee } from '@cb/shared/doc/attendance';
import { docParts } from '@cb/shared/doc/schema';
import { useDocSnapshot } from '../../../../docs/useDocSnapshot.ts';

export interface AttendanceView {
  attendees: Attendee[];
  quoracyNote: string;
}

export function useAttendance(doc: Y.Doc): AttendanceView {
  return useDocSnapshot(
    [doc],
    () => ({ attendees: readAttendees(doc), quoracyNote: readQuoracyNote(doc) }),
    // The note lives in meta; deep, in case an older peer stored it as a Y.Text.
    () => [docParts(doc).attendees, docParts(doc).meta],
  );
}
