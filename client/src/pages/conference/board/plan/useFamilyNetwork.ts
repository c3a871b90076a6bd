/**
 * The family's network by name, for the plan check that each contingency plan names someone in
 * it: the family tree's people other than the children the conference is about, and the family
 * members on the attendance list. Read again only when the tree or the attendance changes; the
 * same array while the names stand.
 */
import type * as Y from 'yjs';
import { readAttendees } from '@cb/shared/doc/attendance';
import { docParts } from '@cb/shared/doc/schema';
import { readGenogram } from '@cb/shared/genogram/model';
import { useDocSnapshot } from '../../../../docs/useDocSnapshot.ts';
import { sameArray, useSame } from '../../../../docs/useSame.ts';

export function familyNetwork(doc: Y.Doc): string[] {
  const people = readGenogram(doc).people.filter((p) => !p.subject);
  const family = readAttendees(doc).filter((a) => a.agencyType === 'family');
  return [...new Set([...people.map((p) => p.name), ...family.map((a) => a.name)].filter((n) => n.trim()))];
}

export function useFamilyNetwork(doc: Y.Doc): string[] {
  const names = useDocSnapshot(
    [doc],
    () => familyNetwork(doc),
    () => [docParts(doc).genogram, docParts(doc).attendees],
  );
  return useSame(names, (a, b) => sameArray(a, b, (x, y) => x === y));
}
