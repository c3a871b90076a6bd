/**
 * The family's contingency plans ("if things go wrong"): one Y.Text per child in the public
 * document's `contingencyPlans`, written with the family. Pure: takes Y.Docs, no I/O.
 */
import * as Y from 'yjs';
import { LOCAL_ORIGIN, readChildren } from './board.ts';
import { idSchema as id } from './decisionTypes.ts';
import { docParts } from './schema.ts';

/** A collaborative text's words, or a plain string an older document kept instead. */
export const textOf = (v: unknown) => (v instanceof Y.Text ? v.toString() : typeof v === 'string' ? v : '');

/**
 * The family's contingency plan for a child, for editing in place. `initConferenceDoc` creates one
 * per child; for a document made before that, it is created here (a plain string kept).
 */
export function contingencyText(doc: Y.Doc, childId: string): Y.Text {
  const plans = docParts(doc).contingencyPlans;
  const current: unknown = plans.get(id.parse(childId));
  if (current instanceof Y.Text) return current;
  const text = new Y.Text(typeof current === 'string' ? current : '');
  doc.transact(() => plans.set(childId, text), LOCAL_ORIGIN);
  return text;
}

export interface ContingencyPlan {
  childId: string;
  text: string;
}

/**
 * Every contingency plan, in the order of the children (then any for an unknown child, by id).
 * A child whose plan is not written yet has '' (or is absent in a document made before
 * `initConferenceDoc` created one per child).
 */
export function readContingencyPlans(doc: Y.Doc): ContingencyPlan[] {
  const order = readChildren(doc).map((c) => c.id);
  const rank = (childId: string) => {
    const i = order.indexOf(childId);
    return i < 0 ? order.length : i;
  };
  return [...docParts(doc).contingencyPlans.entries()]
    .map(([childId, v]: [string, unknown]) => ({ childId, text: textOf(v) }))
    .sort((a, b) => rank(a.childId) - rank(b.childId) || (a.childId < b.childId ? -1 : 1));
}
