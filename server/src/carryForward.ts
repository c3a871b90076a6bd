/**
 * A review conference opens with what the last one knew: the plan (each row to be looked at
 * again), the family tree, and the family members who came. Children are matched by name, since
 * each conference has its own child records.
 */
import type * as Y from 'yjs';
import { addAttendee, readAttendees } from '@cb/shared/doc/attendance';
import { carryForwardPlan, readPlan, type PlanRow } from '@cb/shared/doc/plan';
import { addHousehold, addPerson, addRelationship, readGenogram } from '@cb/shared/genogram/model';
import type { ConferenceRow } from './store/Store.ts';

/** Rows with their children mapped to the new conference's; a row about a child no longer in it stays behind. */
function carriedRows(rows: PlanRow[], previous: ConferenceRow, conference: ConferenceRow): PlanRow[] {
  const key = (name: string) => name.trim().toLowerCase();
  const now = new Map(conference.children.map((c) => [key(c.name), c.id]));
  const mapped = new Map(
    previous.children.flatMap((c) => {
      const id = now.get(key(c.name));
      return id ? [[c.id, id] as const] : [];
    }),
  );
  return rows.flatMap((r) => {
    const childIds = r.childIds.flatMap((id) => {
      const to = mapped.get(id);
      return to ? [to] : [];
    });
    return r.childIds.length > 0 && childIds.length === 0 ? [] : [{ ...r, childIds }];
  });
}

export function carryForward(
  before: Y.Doc,
  previous: ConferenceRow,
  conference: ConferenceRow,
  publicDoc: Y.Doc,
): void {
  carryForwardPlan(
    carriedRows(readPlan(before), previous, conference),
    publicDoc,
    previous.id,
    conference.createdAt,
  );
  const tree = readGenogram(before);
  publicDoc.transact(() => {
    for (const h of tree.households) addHousehold(publicDoc, h);
    for (const p of tree.people) addPerson(publicDoc, p);
    for (const r of tree.relationships) addRelationship(publicDoc, r);
    // The family are invited again; whether they come is recorded on the day.
    for (const a of readAttendees(before).filter((x) => x.agencyType === 'family')) {
      addAttendee(publicDoc, {
        ...a,
        attendance: 'absent',
        participantId: null,
        linkId: null,
        reportReceived: false,
        reportSharedWithFamily: false,
      });
    }
  });
}
