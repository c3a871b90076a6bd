/**
 * The decision, per child, in the documents: reading and writing views and outcomes. Pure: takes
 * Y.Docs, does no I/O.
 *
 * Each professional's view (threshold of significant harm met? which category?) is their own words
 * about the family, so it lives in the RESTRICTED document, which the family never receives:
 *   restricted `decisions`  Y.Map<childId, Y.Map<personKey, DecisionView (plain object)>>
 * One plain object per person, so a person who changes their mind replaces their view whole.
 * The outcome the chair records lives in the PUBLIC document:
 *   public `decisions`      Y.Map<childId, Y.Map> {outcome, category, chairRationale, dissent,
 *                            showViewsToFamily, sharedViews}
 * The family's copy is made from the public document alone, so when the chair chooses to show the
 * views to the family, a copy of them (without participant ids) is written as `sharedViews`.
 */
import * as Y from 'yjs';
import type { z } from 'zod';
import { LOCAL_ORIGIN, readChildren } from './board.ts';
import {
  decisionSchema,
  decisionViewInputSchema,
  decisionViewSchema,
  EMPTY_DECISION,
  idSchema as id,
  outcomePatchSchema,
  type Decision,
  type DecisionView,
  type DecisionViewInput,
  type OutcomePatch,
} from './decisionTypes.ts';
import { docParts } from './schema.ts';

function field<T>(schema: z.ZodType<T>, v: unknown, fallback: T): T {
  const r = schema.safeParse(v instanceof Y.AbstractType ? v.toJSON() : v);
  return r.success ? r.data : fallback;
}

/** Only one view per person: by participant when known, else by name (any case). */
const samePerson = (a: Pick<DecisionView, 'participantId' | 'name'>, b: DecisionView) =>
  (a.participantId !== null && a.participantId === b.participantId) ||
  a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

/** The per-child map, made when missing (initConferenceDoc makes one per child). */
function childMap(doc: Y.Doc, childId: string): Y.Map<unknown> {
  const decisions = docParts(doc).decisions;
  const current: unknown = decisions.get(childId);
  if (current instanceof Y.Map) return current as Y.Map<unknown>;
  const map = new Y.Map<unknown>();
  decisions.set(childId, map);
  return map;
}

/** Records a professional's view for a child, replacing any view that person gave before. */
export function setView(restrictedDoc: Y.Doc, childId: string, input: DecisionViewInput): DecisionView {
  const parsed = decisionViewInputSchema.parse(input);
  const view: DecisionView = { ...parsed, category: parsed.thresholdMet ? parsed.category : null };
  const key = view.participantId ? `participant:${view.participantId}` : `name:${view.name.toLowerCase()}`;
  restrictedDoc.transact(() => {
    const map = childMap(restrictedDoc, id.parse(childId));
    for (const [k, v] of [...map.entries()]) {
      const old = field(decisionViewSchema, v, null);
      if (k !== key && old && samePerson(view, old)) map.delete(k);
    }
    map.set(key, { ...view });
  }, LOCAL_ORIGIN);
  return view;
}

/** Takes a person's view back out. False when they had given none. */
export function removeView(
  restrictedDoc: Y.Doc,
  childId: string,
  who: Pick<DecisionView, 'participantId' | 'name'>,
): boolean {
  const map: unknown = docParts(restrictedDoc).decisions.get(childId);
  if (!(map instanceof Y.Map)) return false;
  const keys = [...map.entries()]
    .filter(([, v]) => {
      const old = field(decisionViewSchema, v, null);
      return old !== null && samePerson(who, old);
    })
    .map(([k]) => k as string);
  if (keys.length === 0) return false;
  restrictedDoc.transact(() => keys.forEach((k) => map.delete(k)), LOCAL_ORIGIN);
  return true;
}

/** Every view, per child id, sorted by name. */
export function readViews(restrictedDoc: Y.Doc): Record<string, DecisionView[]> {
  const out: Record<string, DecisionView[]> = {};
  for (const [childId, map] of docParts(restrictedDoc).decisions.entries()) {
    if (!(map instanceof Y.Map)) continue;
    out[childId] = [...map.entries()]
      .filter(([k]) => !String(k).startsWith('note:'))
      .flatMap(([, v]) => {
        const view = field(decisionViewSchema, v, null);
        return view ? [view] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }
  return out;
}

/**
 * Where each part of a decision lives. The outcome, its category and what the chair chose to show
 * the family are public; the dissent (who disagreed, by name) and the chair's reasons are
 * professionals' words, so they live in the restricted document beside the views, under `note:`
 * keys, and never reach the family's screen.
 */
const NOTE_KEYS = { dissent: 'note:dissent', chairRationale: 'note:chairRationale' } as const;

/**
 * Records the outcome for a child (any of its fields). Hiding the views removes the family's copy.
 * The dissent and the rationale need the restricted document; without it they are refused.
 */
export function setOutcome(
  publicDoc: Y.Doc,
  restrictedDoc: Y.Doc | null,
  childId: string,
  patch: OutcomePatch,
): void {
  const { dissent, chairRationale, ...open } = outcomePatchSchema.parse(patch);
  if (open.showViewsToFamily === false) open.sharedViews = [];
  const child = id.parse(childId);
  const notes = { dissent, chairRationale };
  if (Object.values(notes).some((v) => v !== undefined)) {
    if (!restrictedDoc)
      throw new Error('The dissent and the reasons are kept in the professionals’ document');
    restrictedDoc.transact(() => {
      const map = childMap(restrictedDoc, child);
      for (const [k, v] of Object.entries(notes) as [keyof typeof NOTE_KEYS, unknown][]) {
        if (v !== undefined) map.set(NOTE_KEYS[k], Array.isArray(v) ? v.map((x: object) => ({ ...x })) : v);
      }
    }, LOCAL_ORIGIN);
  }
  if (Object.values(open).every((v) => v === undefined)) return;
  publicDoc.transact(() => {
    const map = childMap(publicDoc, child);
    for (const [k, v] of Object.entries(open)) {
      if (v !== undefined) map.set(k, Array.isArray(v) ? v.map((x) => ({ ...x })) : v);
    }
  }, LOCAL_ORIGIN);
}

/**
 * Every child's decision, in the order of the children, then any other by id. The dissent and the
 * chair's reasons come from the restricted document: empty for an audience without it.
 */
export function readDecisions(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null = null): Decision[] {
  const s = decisionSchema.shape;
  const d = EMPTY_DECISION;
  const order = readChildren(publicDoc).map((c) => c.id);
  const rank = (childId: string) => (order.includes(childId) ? order.indexOf(childId) : order.length);
  const notes = (childId: string): Y.Map<unknown> | null => {
    const m: unknown = restrictedDoc ? docParts(restrictedDoc).decisions.get(childId) : null;
    return m instanceof Y.Map ? (m as Y.Map<unknown>) : null;
  };
  return [...docParts(publicDoc).decisions.entries()]
    .flatMap(([childId, m]): Decision[] => {
      if (!(m instanceof Y.Map)) return [];
      const map = m as Y.Map<unknown>;
      const note = notes(childId);
      return [
        {
          childId,
          outcome: field(s.outcome, map.get('outcome'), d.outcome),
          category: field(s.category, map.get('category'), d.category),
          chairRationale: field(s.chairRationale, note?.get(NOTE_KEYS.chairRationale), d.chairRationale),
          dissent: field(s.dissent, note?.get(NOTE_KEYS.dissent), d.dissent),
          showViewsToFamily: map.get('showViewsToFamily') === true,
          sharedViews: field(s.sharedViews, map.get('sharedViews'), d.sharedViews),
        },
      ];
    })
    .sort((a, b) => rank(a.childId) - rank(b.childId) || (a.childId < b.childId ? -1 : 1));
}
