/**
 * A review conference or a core group opens with what the meeting before knew: the plan as it now
 * stands (each row to be looked at again, with its progress notes; rows a core group closed as done
 * stay behind), each child's contingency plan, the family tree, the family members and the core
 * group (to be marked present or not on the day). Children are matched by name, since each meeting
 * has its own child records.
 */
import type * as Y from 'yjs';
import { addAttendee, readAttendees } from '@cb/shared/doc/attendance';
import {
  carryForwardPlan,
  contingencyText,
  readContingencyPlans,
  readPlan,
  type PlanRow,
} from '@cb/shared/doc/plan';
import { addHousehold, addPerson, addRelationship, readGenogram } from '@cb/shared/genogram/model';
import type { ConferenceRow } from './store/Store.ts';

/** Each child of the meeting before → the same child (by name) in the new one. */
function childMap(previous: ConferenceRow, conference: ConferenceRow): Map<string, string> {
  const key = (name: string) => name.trim().toLowerCase();
  const now = new Map(conference.children.map((c) => [key(c.name), c.id]));
  return new Map(
    previous.children.flatMap((c) => {
      const id = now.get(key(c.name));
      return id ? [[c.id, id] as const] : [];
    }),
  );
}

/** Rows with their children mapped to the new conference's; a row about a child no longer in it stays behind. */
function carriedRows(rows: PlanRow[], mapped: Map<string, string>): PlanRow[] {
  return rows.flatMap((r) => {
    if (r.closedOn !== null) return [];
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
  const mapped = childMap(previous, conference);
  carryForwardPlan(carriedRows(readPlan(before), mapped), publicDoc, previous.id, conference.createdAt);
  const tree = readGenogram(before);
  publicDoc.transact(() => {
    for (const h of tree.households) addHousehold(publicDoc, h);
    for (const p of tree.people) addPerson(publicDoc, p);
    for (const r of tree.relationships) addRelationship(publicDoc, r);
    for (const plan of readContingencyPlans(before)) {
      const childId = mapped.get(plan.childId);
      if (childId && plan.text.trim()) contingencyText(publicDoc, childId).insert(0, plan.text);
    }
    // The family and the core group are invited again; whether they come is recorded on the day.
    for (const a of readAttendees(before).filter((x) => x.agencyType === 'family' || x.coreGroup)) {
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
