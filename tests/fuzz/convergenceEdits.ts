/**
 * Random edits of every part of a conference's two documents, made only through the shared write
 * functions the board itself uses, plus the canonical snapshot the convergence fuzz compares.
 * Seeded (the caller's `rand`); every name and word is fictional.
 */
import * as Y from 'yjs';
import * as attendance from '@cb/shared/doc/attendance';
import * as board from '@cb/shared/doc/board';
import { HARM_CATEGORIES, OUTCOMES, setOutcome, setView } from '@cb/shared/doc/decisions';
import * as plan from '@cb/shared/doc/plan';
import { docParts, EVIDENCE_TAGS, LIST_SECTIONS, SOURCES, WORRY_KINDS } from '@cb/shared/doc/schema';
import type { ListSection } from '@cb/shared/doc/schema';
import { addRelative, type Link } from '@cb/shared/genogram/entry';
import * as genogram from '@cb/shared/genogram/model';
import { randomInt } from '../support/random.ts';

/** One chair's copies of the two documents. */
export interface Writer {
  pub: Y.Doc;
  res: Y.Doc;
  childIds: string[];
  newId: () => string;
}

type Rand = () => number;
type Edit = (rand: Rand, w: Writer) => boolean;

const BOARD_SECTIONS = LIST_SECTIONS.filter((s) => s !== 'plan');
const CREATED_AT = '2026-12-03T10:00:00Z';
const WORDS = ['Fictional', 'worry', 'strength', 'school', 'visit', 'nursery', 'plan', 'calm', 'Nana'];

function pick<T>(rand: Rand, values: readonly T[]): T {
  const value = values[Math.floor(rand() * values.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

const maybe = <T>(rand: Rand, value: T): T | null => (rand() < 0.5 ? value : null);
const words = (rand: Rand, n: number) => Array.from({ length: n }, () => pick(rand, WORDS)).join(' ');

/** Ids of the board items in both documents (the plan excluded). */
function itemIds(w: Writer): { doc: Y.Doc; id: string }[] {
  return [w.pub, w.res].flatMap((doc) =>
    BOARD_SECTIONS.flatMap((s) =>
      docParts(doc)
        .list(s)
        .toArray()
        .map((m) => ({ doc, id: String(m.get('id')) })),
    ),
  );
}

/** A small random edit of a Y.Text: insert, delete or retype a stretch. */
function editText(rand: Rand, text: Y.Text): void {
  const len = text.length;
  const at = randomInt(rand, 0, len);
  const roll = rand();
  const tx = (fn: () => void) => text.doc?.transact(fn, board.LOCAL_ORIGIN);
  if (roll < 0.5 || len === 0) tx(() => text.insert(at, `${words(rand, 1)} ${randomInt(rand, 1, 99)} `));
  else if (roll < 0.8) {
    const from = Math.min(at, len - 1);
    tx(() => text.delete(from, randomInt(rand, 1, Math.min(6, len - from))));
  } else board.replaceText(text, `${text.toString().slice(0, at)}${words(rand, 2)}`);
}

/** An edit of a random board item (in either document); false when there is none. */
const onItem =
  (fn: (rand: Rand, w: Writer, item: { doc: Y.Doc; id: string }) => boolean): Edit =>
  (rand, w) => {
    const items = itemIds(w);
    return items.length > 0 && fn(rand, w, pick(rand, items));
  };

/** A new board item, in a random section of either document. */
const addNewItem: Edit = (rand, w) => {
  const section: ListSection = pick(rand, BOARD_SECTIONS);
  board.addItem(rand() < 0.7 ? w.pub : w.res, section, {
    id: w.newId(),
    text: `Fictional ${section} ${randomInt(rand, 1, 999)}`,
    kind: section === 'worries' ? pick(rand, WORRY_KINDS) : null,
    saidBy: maybe(rand, 'Fictional Health Visitor'),
    childIds: w.childIds.filter(() => rand() < 0.5),
    tag: maybe(rand, pick(rand, EVIDENCE_TAGS)),
    source: maybe(rand, pick(rand, SOURCES)),
    score: section === 'safetyScales' ? randomInt(rand, 0, 10) : null,
    createdAt: CREATED_AT,
  });
  return true;
};

const EDITS: Record<string, { weight: number; run: Edit }> = {
  addItem: { weight: 6, run: addNewItem },
  updateItem: {
    weight: 3,
    run: onItem((rand, w, { id }) => {
      const patch = rand() < 0.5 ? { tag: pick(rand, EVIDENCE_TAGS) } : { childIds: w.childIds.slice(0, 1) };
      return board.updateItem([w.pub, w.res], id, { ...patch, saidBy: maybe(rand, 'Fictional Aunt') });
    }),
  },
  deleteItem: { weight: 2, run: onItem((_rand, w, { id }) => board.deleteItem([w.pub, w.res], id)) },
  typeInItem: {
    weight: 8,
    run: onItem((rand, w, { id }) => {
      const text = board.itemText([w.pub, w.res], id);
      if (text) editText(rand, text);
      return text !== null;
    }),
  },
  moveItem: {
    weight: 3,
    run: onItem((rand, w, { doc, id }) =>
      board.moveItem(doc, rand() < 0.5 ? w.pub : w.res, id, pick(rand, BOARD_SECTIONS)),
    ),
  },
  reorderItem: {
    weight: 1,
    run: onItem((rand, w, { id }) => board.setPosition([w.pub, w.res], id, randomInt(rand, 0, 1e6))),
  },
  addPlanRow: {
    weight: 2,
    run: (rand, w) => {
      plan.addPlanRow(w.pub, {
        id: w.newId(),
        createdAt: CREATED_AT,
        risk: `Fictional risk ${randomInt(rand, 1, 99)}`,
        task: maybe(rand, 'Fictional task') ?? '',
        byWhom: pick(rand, ['Fictional Social Worker', 'Fictional Parent', '']),
        byWhen: pick(rand, ['within 2 weeks', '2027-01-15', '']),
        childIds: w.childIds.filter(() => rand() < 0.5),
      });
      return true;
    },
  },
  editPlanRow: {
    weight: 5,
    run: (rand, w) => {
      const rows = plan.readPlan(w.pub);
      if (rows.length === 0) return false;
      const row = pick(rand, rows);
      const roll = rand();
      if (roll < 0.55) {
        const text = plan.planRowText(w.pub, row.id, pick(rand, plan.PLAN_TEXT_FIELDS));
        if (text) editText(rand, text);
        return text !== null;
      }
      if (roll < 0.75)
        return plan.updatePlanRow(w.pub, row.id, { progress: maybe(rand, pick(rand, plan.PROGRESS)) });
      if (roll < 0.9) return plan.movePlanRow(w.pub, row.id, rand() < 0.5 ? 'up' : 'down');
      return plan.removePlanRow(w.pub, row.id);
    },
  },
  contingency: {
    weight: 4,
    run: (rand, w) => {
      editText(rand, plan.contingencyText(w.pub, pick(rand, w.childIds)));
      return true;
    },
  },
  attendance: {
    weight: 3,
    run: (rand, w) => {
      const people = attendance.readAttendees(w.pub);
      const roll = rand();
      if (people.length === 0 || roll < 0.4) {
        attendance.addAttendee(w.pub, {
          id: w.newId(),
          name: `Fictional Attendee ${randomInt(rand, 1, 999)}`,
          agencyType: pick(rand, attendance.AGENCY_TYPES),
          attendance: pick(rand, attendance.ATTENDANCE),
        });
        return true;
      }
      const who = pick(rand, people).id;
      if (roll < 0.85)
        return attendance.updateAttendee(w.pub, who, {
          attendance: pick(rand, attendance.ATTENDANCE),
          coreGroup: rand() < 0.5,
        });
      return attendance.removeAttendee(w.pub, who);
    },
  },
  genogram: {
    weight: 3,
    run: (rand, w) => {
      const model = genogram.readGenogram(w.pub);
      const roll = rand();
      if (model.people.length === 0 || roll < 0.5) {
        const of = model.people.length > 0 ? pick(rand, model.people).id : null;
        const link: Link | null = of
          ? rand() < 0.5
            ? { as: 'partner', of, kind: pick(rand, genogram.PARTNERSHIP_KINDS) }
            : { as: 'child', of, otherParent: null, kind: 'birth' }
          : null;
        const name = `Fictional Relative ${randomInt(rand, 1, 999)}`;
        addRelative(
          w.pub,
          { name, sex: pick(rand, genogram.SEXES), age: randomInt(rand, 0, 90) },
          link,
          w.newId,
        );
        return true;
      }
      const person = pick(rand, model.people).id;
      if (roll < 0.7)
        return genogram.updatePerson(w.pub, person, { notes: words(rand, 3), age: randomInt(rand, 0, 90) });
      if (roll < 0.85) {
        const home =
          model.households[0]?.id ??
          genogram.addHousehold(w.pub, { id: w.newId(), name: 'Fictional home' }).id;
        return genogram.setHousehold(w.pub, person, rand() < 0.7 ? home : null);
      }
      return genogram.removePerson(w.pub, person);
    },
  },
  decision: {
    weight: 3,
    run: (rand, w) => {
      const child = pick(rand, w.childIds);
      const roll = rand();
      if (roll < 0.4) {
        const thresholdMet = rand() < 0.6;
        setView(w.res, child, {
          name: `Fictional Professional ${randomInt(rand, 1, 4)}`,
          agency: 'Fictional Agency',
          thresholdMet,
          category: thresholdMet ? pick(rand, HARM_CATEGORIES) : null,
        });
      } else if (roll < 0.8) {
        setOutcome(w.pub, w.res, child, {
          outcome: maybe(rand, pick(rand, OUTCOMES)),
          category: maybe(rand, pick(rand, HARM_CATEGORIES)),
          showViewsToFamily: rand() < 0.3,
        });
      } else {
        setOutcome(w.pub, w.res, child, { chairRationale: `Fictional reason ${randomInt(rand, 1, 99)}` });
      }
      return true;
    },
  },
  settings: {
    weight: 1,
    run: (rand, w) => {
      board.updateSettings(w.pub, { safetyScale: rand() < 0.5, safeEnd: rand() < 0.5 ? 'high' : 'low' });
      return true;
    },
  },
};

const TOTAL_WEIGHT = Object.values(EDITS).reduce((sum, e) => sum + e.weight, 0);

/** Makes one random edit and returns its kind; with nothing there to edit, adds an item instead. */
export function randomEdit(rand: Rand, w: Writer): string {
  let roll = rand() * TOTAL_WEIGHT;
  for (const [kind, edit] of Object.entries(EDITS)) {
    roll -= edit.weight;
    if (roll >= 0) continue;
    if (edit.run(rand, w)) return kind;
    addNewItem(rand, w);
    return 'addItem';
  }
  return 'none';
}

/** JSON with object keys sorted: Y.Map iterates in the order each peer integrated its keys. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Every top-level type of the schema, read from a fresh copy (so reading defines nothing here). */
export function contentOf(doc: Y.Doc): string {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const p = docParts(copy);
  const shares: Record<string, unknown> = {
    meta: p.meta.toJSON(),
    children: p.children.toJSON(),
    contingencyPlans: p.contingencyPlans.toJSON(),
    decisions: p.decisions.toJSON(),
    attendees: p.attendees.toJSON(),
    genogram: p.genogram.toJSON(),
  };
  for (const s of LIST_SECTIONS) shares[s] = p.list(s).toJSON();
  // Anything else at the top level (nothing should be) is compared too.
  shares.others = [...copy.share.keys()].filter((k) => !(k in shares)).sort();
  copy.destroy();
  return canonical(shares);
}

/** The state vector as a comparable string. */
export function vectorOf(doc: Y.Doc): string {
  return canonical(Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(doc))));
}
