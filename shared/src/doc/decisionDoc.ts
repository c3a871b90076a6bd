/**
 * The decision, per child, in the documents: reading and writing views and outcomes. Pure: takes
 * Y.Docs, does no I/O.
 *
 * Each professional's view (threshold of significant harm met? which category?) is their own words
 * about the family, so it lives in the RESTRICTED document, which the family never receives:
 *   restricted `decisions`  Y.Map<childId, Y.Map<personKey, DecisionView (plain object)>>
 * One plain object per person, so a person who changes their mind replaces their view whole.
 * The chair's draft outcome, category, dissent and reasons live there too, under `note:` keys. The
 * PUBLIC document holds only what the chair has shared:
 *   public `decisions`      Y.Map<childId, Y.Map> {outcome, category (once shared),
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
  type SharedOutcome,
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
  const view: DecisionView = {
    ...parsed,
    category: parsed.thresholdMet ? parsed.category : null,
    dissentReasons: parsed.dissents ? parsed.dissentReasons : '',
  };
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
 * Where each part of a decision lives. What the chair chose to show the family (the views' copy)
 * and the outcome once the chair shares it are public. The chair's draft outcome and category, the
 * dissent (who disagreed, by name) and the chair's reasons are professionals' words until then, so
 * they live in the restricted document beside the views, under `note:` keys, and never reach the
 * family's screen; "Share the decision with the family" copies the outcome and category across.
 */
const NOTE_KEYS = {
  outcome: 'note:outcome',
  category: 'note:category',
  dissent: 'note:dissent',
  chairRationale: 'note:chairRationale',
} as const;

const copy = (v: unknown) => (Array.isArray(v) ? v.map((x: object) => ({ ...x })) : v);

/**
 * Records the decision for a child (any of its fields): the outcome, category, dissent and reasons
 * as the chair's draft in the restricted document, which is needed for them (refused without it).
 * Hiding the views removes the family's copy. Nothing here shares the outcome: see shareDecision.
 */
export function setOutcome(
  publicDoc: Y.Doc,
  restrictedDoc: Y.Doc | null,
  childId: string,
  patch: OutcomePatch,
): void {
  const { dissent, chairRationale, outcome, category, ...open } = outcomePatchSchema.parse(patch);
  if (open.showViewsToFamily === false) open.sharedViews = [];
  const child = id.parse(childId);
  const notes = { outcome, category, dissent, chairRationale };
  if (Object.values(notes).some((v) => v !== undefined)) {
    if (!restrictedDoc)
      throw new Error('The decision is kept in the professionals’ document until it is shared');
    restrictedDoc.transact(() => {
      const map = childMap(restrictedDoc, child);
      for (const [k, v] of Object.entries(notes) as [keyof typeof NOTE_KEYS, unknown][]) {
        if (v !== undefined) map.set(NOTE_KEYS[k], copy(v));
      }
    }, LOCAL_ORIGIN);
  }
  if (Object.values(open).every((v) => v === undefined)) return;
  publicDoc.transact(() => {
    const map = childMap(publicDoc, child);
    for (const [k, v] of Object.entries(open)) if (v !== undefined) map.set(k, copy(v));
  }, LOCAL_ORIGIN);
}

const s = decisionSchema.shape;
/** A child's map in either document, if there is one (reading makes none). */
const mapOf = (doc: Y.Doc | null, childId: string): Y.Map<unknown> | null => {
  const m: unknown = doc ? docParts(doc).decisions.get(childId) : null;
  return m instanceof Y.Map ? (m as Y.Map<unknown>) : null;
};

/** An outcome as the family is given it: nothing before there is one, a category only with a plan. */
function asShared({ outcome, category }: Pick<Decision, 'outcome' | 'category'>): SharedOutcome | null {
  if (outcome === null) return null;
  return { outcome, category: outcome === 'child-protection-plan' ? category : null };
}

/** What the public document holds of a child's outcome: what the family's screen has been given. */
function sharedIn(map: Y.Map<unknown> | null): SharedOutcome | null {
  return asShared({
    outcome: field(s.outcome, map?.get('outcome'), null),
    category: field(s.category, map?.get('category'), null),
  });
}

/**
 * The chair's draft outcome and category. A document written before drafts were kept apart has
 * them only in the public map: then that is the draft too.
 */
function draftIn(
  note: Y.Map<unknown> | null,
  open: Y.Map<unknown> | null,
): Pick<Decision, 'outcome' | 'category'> {
  if (note?.has(NOTE_KEYS.outcome) || note?.has(NOTE_KEYS.category))
    return {
      outcome: field(s.outcome, note.get(NOTE_KEYS.outcome), null),
      category: field(s.category, note.get(NOTE_KEYS.category), null),
    };
  return {
    outcome: field(s.outcome, open?.get('outcome'), null),
    category: field(s.category, open?.get('category'), null),
  };
}

/**
 * Shares a child's decision with the family: copies the draft outcome (and the category of a plan)
 * into the public document, nothing else. A draft cleared since sharing takes the shared one back.
 * Returns what is now shared.
 */
export function shareDecision(publicDoc: Y.Doc, restrictedDoc: Y.Doc, childId: string): SharedOutcome | null {
  const child = id.parse(childId);
  const now = asShared(draftIn(mapOf(restrictedDoc, child), mapOf(publicDoc, child)));
  publicDoc.transact(() => {
    const map = childMap(publicDoc, child);
    if (now === null) {
      map.delete('outcome');
      map.delete('category');
    } else {
      map.set('outcome', now.outcome);
      map.set('category', now.category);
    }
  }, LOCAL_ORIGIN);
  return now;
}

/**
 * The chair's draft outcome and category per child, from the restricted document alone (a child
 * with neither drafted is left out).
 */
export function readDrafts(restrictedDoc: Y.Doc): Pick<Decision, 'childId' | 'outcome' | 'category'>[] {
  return [...docParts(restrictedDoc).decisions.entries()].flatMap(([childId, m]) => {
    if (!(m instanceof Y.Map)) return [];
    const note = m as Y.Map<unknown>;
    if (!note.has(NOTE_KEYS.outcome) && !note.has(NOTE_KEYS.category)) return [];
    return [{ childId, ...draftIn(note, null) }];
  });
}

/** True when the family's screen shows something other than the chair's draft. */
export function differsFromShared(d: Pick<Decision, 'outcome' | 'category' | 'shared'>): boolean {
  const want = asShared(d);
  return want?.outcome !== d.shared?.outcome || want?.category !== d.shared?.category;
}

/**
 * Every child's decision, in the order of the children, then any other by id. With the restricted
 * document, the outcome is the chair's draft; without it (the family's, the room's), the outcome is
 * what has been shared, and the dissent and the chair's reasons are empty.
 */
export function readDecisions(publicDoc: Y.Doc, restrictedDoc: Y.Doc | null = null): Decision[] {
  const d = EMPTY_DECISION;
  const order = readChildren(publicDoc).map((c) => c.id);
  const rank = (childId: string) => (order.includes(childId) ? order.indexOf(childId) : order.length);
  const open = docParts(publicDoc).decisions;
  const ids = new Set<string>([...open.keys()]);
  if (restrictedDoc)
    for (const k of docParts(restrictedDoc).decisions.keys()) if (order.includes(k)) ids.add(k);
  return [...ids]
    .flatMap((childId): Decision[] => {
      const map = mapOf(publicDoc, childId);
      if (!map && !order.includes(childId)) return [];
      const note = mapOf(restrictedDoc, childId);
      const shared = sharedIn(map);
      const draft = restrictedDoc
        ? draftIn(note, map)
        : { outcome: shared?.outcome ?? null, category: shared?.category ?? null };
      return [
        {
          childId,
          ...draft,
          chairRationale: field(s.chairRationale, note?.get(NOTE_KEYS.chairRationale), d.chairRationale),
          dissent: field(s.dissent, note?.get(NOTE_KEYS.dissent), d.dissent),
          showViewsToFamily: map?.get('showViewsToFamily') === true,
          sharedViews: field(s.sharedViews, map?.get('sharedViews'), d.sharedViews),
          shared,
        },
      ];
    })
    .sort((a, b) => rank(a.childId) - rank(b.childId) || (a.childId < b.childId ? -1 : 1));
}
