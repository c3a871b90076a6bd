/**
 * Before the chair closes: the children whose decision the family's screen does not show yet (never
 * shared, or changed since). Closing shares them as they stand (ConferenceCloser on the server).
 */
import type * as Y from 'yjs';
import { differsFromShared } from '@cb/shared/doc/decisions';
import type { ChildRecord } from '@cb/shared/doc/schema';
import { joinNames } from '../../../../format.ts';
import { useDecisionData } from './useDecisionData.ts';

interface Props {
  publicDoc: Y.Doc;
  restrictedDoc: Y.Doc;
  children: ChildRecord[];
}

export function UnsharedDecisions({ publicDoc, restrictedDoc, children }: Props) {
  const { decisions } = useDecisionData(publicDoc, restrictedDoc);
  const names = children
    .filter((c) => {
      const d = decisions.find((x) => x.childId === c.id);
      return d !== undefined && d.outcome !== null && differsFromShared(d);
    })
    .map((c) => c.name);
  if (names.length === 0) return null;
  return (
    <p className="note note--warning">
      The decision for {joinNames(names)} has not been shared with the family yet. Closing shares it, as it
      stands now, on the family’s and the room’s screens.
    </p>
  );
}
