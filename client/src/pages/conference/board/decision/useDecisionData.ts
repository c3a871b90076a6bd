/**
 * The decision stage as plain data: each child's outcome (public document), the professionals'
 * views (restricted document, when this person holds it) and the attendance list (for the core
 * group and the names the chair picks from). Read again at most once a frame, and only when one
 * of those parts changes: typing elsewhere on the board does not re-read them.
 */
import type * as Y from 'yjs';
import { readAttendees, type Attendee } from '@cb/shared/doc/attendance';
import { readDecisions, readViews, type Decision, type DecisionView } from '@cb/shared/doc/decisions';
import { docParts } from '@cb/shared/doc/schema';
import { useDocSnapshot } from '../../../../docs/useDocSnapshot.ts';

export interface DecisionData {
  decisions: Decision[];
  /** Per child id; null for people who never receive the restricted document. */
  views: Record<string, DecisionView[]> | null;
  attendees: Attendee[];
}

export function useDecisionData(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null): DecisionData {
  return useDocSnapshot(
    [publicDoc, restrictedDoc],
    () => ({
      decisions: readDecisions(publicDoc, restrictedDoc),
      views: restrictedDoc ? readViews(restrictedDoc) : null,
      attendees: readAttendees(publicDoc),
    }),
    () => [
      docParts(publicDoc).decisions,
      docParts(publicDoc).attendees,
      ...(restrictedDoc ? [docParts(restrictedDoc).decisions] : []),
    ],
  );
}
