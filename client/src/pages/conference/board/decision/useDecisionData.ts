/**
 * The decision stage as plain data: each child's outcome (public document), the professionals'
 * views (restricted document, when this person holds it) and the attendance list (for the core
 * group and the names the chair picks from). Read again at most once a frame, and only when one
 * of those parts changes: typing elsewhere on the board does not re-read them.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { readAttendees, type Attendee } from '@cb/shared/doc/attendance';
import { readDecisions, readViews, type Decision, type DecisionView } from '@cb/shared/doc/decisions';
import { docParts } from '@cb/shared/doc/schema';

export interface DecisionData {
  decisions: Decision[];
  /** Per child id; null for people who never receive the restricted document. */
  views: Record<string, DecisionView[]> | null;
  attendees: Attendee[];
}

/** The part of a Yjs type this needs (Y.Map and Y.Array differ in their event types). */
interface Observable {
  observeDeep(f: () => void): void;
  unobserveDeep(f: () => void): void;
}

interface DataStore {
  subscribe(listener: () => void): () => void;
  get(): DecisionData;
}

function dataStore(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null): DataStore {
  let data: DecisionData | null = null;
  const watched: Observable[] = [
    docParts(publicDoc).decisions,
    docParts(publicDoc).attendees,
    ...(restrictedDoc ? [docParts(restrictedDoc).decisions] : []),
  ];
  return {
    subscribe(listener) {
      let frame = 0;
      const changed = () => {
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          data = null;
          listener();
        });
      };
      for (const type of watched) type.observeDeep(changed);
      return () => {
        cancelAnimationFrame(frame);
        for (const type of watched) type.unobserveDeep(changed);
      };
    },
    get() {
      data ??= {
        decisions: readDecisions(publicDoc),
        views: restrictedDoc ? readViews(restrictedDoc) : null,
        attendees: readAttendees(publicDoc),
      };
      return data;
    },
  };
}

export function useDecisionData(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null): DecisionData {
  const store = useMemo(() => dataStore(publicDoc, restrictedDoc), [publicDoc, restrictedDoc]);
  return useSyncExternalStore(store.subscribe, store.get);
}
