/**
 * Progress on a plan row between conferences: each core group records, for every row, how it is
 * going (done / on track / not started / not working), with a note and who said it. The notes
 * travel with the row from one core group to the next and into the review conference, so the plan's
 * history is on the board when the review asks what difference it has made. One note per meeting
 * per row: recording again at the same meeting replaces it.
 */
import type * as Y from 'yjs';
import { progressNoteSchema, type ProgressNote } from './coreProgressSchema.ts';
import { readPlan, updatePlanRow } from './plan.ts';

export {
  CORE_PROGRESS,
  CORE_PROGRESS_WORDS,
  progressNoteSchema,
  readProgressNotes,
  type CoreProgress,
  type ProgressNote,
} from './coreProgressSchema.ts';

/** Records this meeting's progress on a row (replacing an earlier note from the same meeting). */
export function setProgressNote(doc: Y.Doc, rowId: string, note: ProgressNote): boolean {
  const row = readPlan(doc).find((r) => r.id === rowId);
  if (!row) return false;
  return updatePlanRow(doc, rowId, { progressNotes: notesWith(row, note) });
}

/** A row's notes with this meeting's (checked; throws a ZodError when invalid) in place of any earlier one. */
export function notesWith(row: { progressNotes: ProgressNote[] }, note: ProgressNote): ProgressNote[] {
  const valid = progressNoteSchema.parse(note);
  return [...row.progressNotes.filter((n) => n.meetingId !== valid.meetingId), valid];
}

/** This meeting's note on a row, if one was recorded. */
export function noteAt(row: { progressNotes: ProgressNote[] }, meetingId: string): ProgressNote | null {
  return row.progressNotes.find((n) => n.meetingId === meetingId) ?? null;
}
