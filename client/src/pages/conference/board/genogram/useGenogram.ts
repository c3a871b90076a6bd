/**
 * The family tree as plain data, read again (at most once a frame) when the genogram part of the
 * public document changes; edits elsewhere on the board do not re-read it.
 */
import type * as Y from 'yjs';
import { docParts } from '@cb/shared/doc/schema';
import { readGenogram, type GenogramModel } from '@cb/shared/genogram/model';
import { useDocSnapshot } from '../../../../docs/useDocSnapshot.ts';

const EMPTY_MODEL: GenogramModel = { people: [], relationships: [], households: [] };

export function useGenogram(doc: Y.Doc | null): GenogramModel {
  return useDocSnapshot(
    [doc],
    () => (doc ? readGenogram(doc) : EMPTY_MODEL),
    () => (doc ? [docParts(doc).genogram] : []),
  );
}
