/**
 * What the chair can do to the attendance list: each is one undoable step in the public document.
 * A write the schema refuses writes nothing and comes back as plain words.
 */
import type * as Y from 'yjs';
import {
  addAttendee,
  mergeInvitees,
  removeAttendee,
  setQuoracyNote,
  updateAttendee,
  type AttendeePatch,
  type Invitee,
  type AttendeeInput,
} from '@cb/shared/doc/attendance';

export interface AttendanceCommands {
  /** Null when added, else what to tell the chair. */
  add(input: AttendeeInput): string | null;
  /** Null when saved, else what to tell the chair. */
  update(attendeeId: string, patch: AttendeePatch): string | null;
  /** False when the person was not on the list. */
  remove(attendeeId: string): boolean;
  /** Everyone not yet listed, in one step however many it adds; returns how many were added. */
  fillIn(invitees: Invitee[]): number;
  quoracyNote(note: string): void;
}

export function createAttendanceCommands(doc: Y.Doc): AttendanceCommands {
  return {
    add(input) {
      try {
        addAttendee(doc, { ...input, id: crypto.randomUUID() });
        return null;
      } catch {
        return 'That could not be added. Please check the details and try again.';
      }
    },
    update(attendeeId, patch) {
      try {
        updateAttendee(doc, attendeeId, patch);
        return null;
      } catch {
        // The schema refused it (a blank name, or far too long); nothing was written.
        return patch.name !== undefined
          ? 'A name is needed, so the name has been put back.'
          : 'That could not be saved. Please check it and try again.';
      }
    },
    remove: (attendeeId) => removeAttendee(doc, attendeeId),
    fillIn: (invitees) => mergeInvitees(doc, invitees).length,
    quoracyNote: (note) => void setQuoracyNote(doc, note),
  };
}
