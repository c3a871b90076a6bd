/**
 * The attendance list and the quoracy note as plain data, read again (at most once a frame) when
 * the attendees or the document's meta change; edits elsewhere on the board do not re-read them.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readAttendees, readQuoracyNote, type Attendee } from '@cb/shared/doc/attendance';
import { docParts } from '@cb/shared/doc/schema';

export interface AttendanceView {
  attendees: Attendee[];
  quoracyNote: string;
}

interface AttendanceStore {
  subscribe(listener: () => void): () => void;
  get(): AttendanceView;
}

function attendanceStore(doc: Y.Doc): AttendanceStore {
  const { attendees, meta } = docParts(doc);
  let view: AttendanceView | null = null;
  return {
    subscribe(listener) {
      let frame = 0;
      const changed = () => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          view = null;
          listener();
        });
      };
      attendees.observeDeep(changed);
      // The note lives in meta; deep, in case an older peer stored it as a Y.Text.
      meta.observeDeep(changed);
      return () => {
        cancelAnimationFrame(frame);
        attendees.unobserveDeep(changed);
        meta.unobserveDeep(changed);
      };
    },
    get() {
      view ??= { attendees: readAttendees(doc), quoracyNote: readQuoracyNote(doc) };
      return view;
    },
  };
}

export function useAttendance(doc: Y.Doc): AttendanceView {
  const store = useMemo(() => attendanceStore(doc), [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
