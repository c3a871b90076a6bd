/**
 * The plan, made live with the family: outcome-focused rows and a family-led contingency plan per
 * child. Both live in the PUBLIC document (the plan is the family's). Pure: takes Y.Docs, no I/O.
 *
 * A row is one Y.Map in the `plan` list, beside board.ts's items, so board.ts still reads it: its
 * `text` (Y.Text) is the risk, "what needs to change". The other fields:
 *   outcome, task, howWeWillKnow   Y.Text (two people may type in one at once)
 *   byWhom, byWhen, byWhenWords    string (byWhen: a date YYYY-MM-DD, made at once from what the chair
 *                                  typed, see words/byWhen.ts; byWhenWords: those words when they were a
 *                                  time from today, "within 2 weeks"; rows from older boards may hold
 *                                  words in byWhen, which the plan checks refuse)
 *   childIds, addresses            string[] (children it concerns, empty = all; worry ids it addresses)
 *   carriedFrom, progress          review conferences: the conference a row came from, and how it went
 *   createdAt, position            as board items (rows are ordered by position)
 * Reading is tolerant: a bad field takes its default; a second row with an id already seen (two
 * peers carrying the plan forward at once) is ignored.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { isoDateSchema } from '../api.ts';
import { LOCAL_ORIGIN, positionBetween } from './board.ts';
import { textOf } from './contingency.ts';
import { idSchema as id } from './decisionTypes.ts';
import { docParts } from './schema.ts';
import { progressNoteSchema, readProgressNotes } from './coreProgressSchema.ts';

export const PROGRESS = ['achieved', 'in-progress', 'not-started', 'no-longer-needed'] as const;
export type Progress = (typeof PROGRESS)[number];

/** The fields that are Y.Text, and the map key each is stored under. */
export const PLAN_TEXT_FIELDS = ['risk', 'outcome', 'task', 'howWeWillKnow'] as const;
export type PlanTextField = (typeof PLAN_TEXT_FIELDS)[number];
const KEY_OF: Record<PlanTextField, string> = {
  risk: 'text',
  outcome: 'outcome',
  task: 'task',
  howWeWillKnow: 'howWeWillKnow',
};

const longText = z.string().max(5000, 'At most 5000 characters');

/** Something that looks like a date must be a real one; anything else is a timescale. */
export const byWhenSchema = z
  .string()
  .trim()
  .max(120, 'At most 120 characters')
  .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isoDateSchema.safeParse(s).success, 'Not a real date');

export const planRowSchema = z.object({
  id,
  risk: longText,
  outcome: longText,
  task: longText,
  byWhom: z.string().trim().max(300, 'At most 300 characters'),
  byWhen: byWhenSchema,
  byWhenWords: z.string().trim().max(120, 'At most 120 characters'),
  howWeWillKnow: longText,
  childIds: z.array(id).max(50),
  addresses: z.array(id).max(200),
  carriedFrom: id.nullable(),
  progress: z.enum(PROGRESS).nullable(),
  /** Between conferences: each core group's note on how the row is going (coreProgress.ts). */
  progressNotes: z.array(progressNoteSchema).max(100),
  /** A core group closed the row as done (its date); a closed row is not carried forward. */
  closedOn: isoDateSchema.nullable(),
  createdAt: z.string(),
  position: z.number().finite(),
});
export type PlanRow = z.infer<typeof planRowSchema>;

export const newPlanRowSchema = planRowSchema
  .partial()
  .required({ id: true })
  .extend({ createdAt: z.iso.datetime({ offset: true }) });
export type NewPlanRow = z.input<typeof newPlanRowSchema>;
/** What a person fills in for a new row (the chair's "Add to the plan"): all but its id and time. */
export const planRowInputSchema = newPlanRowSchema.omit({ id: true, createdAt: true });
export type PlanRowInput = z.input<typeof planRowInputSchema>;

/** The plain fields of a row a person can change; text fields are edited via `planRowText`. */
export const planRowPatchSchema = planRowSchema
  .pick({
    byWhom: true,
    byWhen: true,
    byWhenWords: true,
    childIds: true,
    addresses: true,
    progress: true,
    progressNotes: true,
    closedOn: true,
  })
  .partial();
export type PlanRowPatch = z.input<typeof planRowPatchSchema>;

const EMPTY_ROW: Omit<PlanRow, 'id' | 'createdAt' | 'position'> = {
  risk: '',
  outcome: '',
  task: '',
  byWhom: '',
  byWhen: '',
  byWhenWords: '',
  howWeWillKnow: '',
  childIds: [],
  addresses: [],
  carriedFrom: null,
  progress: null,
  progressNotes: [],
  closedOn: null,
};

function field<T>(schema: z.ZodType<T>, v: unknown, fallback: T): T {
  const r = schema.safeParse(v);
  return r.success ? r.data : fallback;
}

const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function readPlanRow(map: unknown): PlanRow | null {
  if (!(map instanceof Y.Map)) return null;
  const rowId = field(id, map.get('id'), null);
  if (rowId === null) return null;
  const s = planRowSchema.shape;
  const createdAt = field(s.createdAt, map.get('createdAt'), '');
  return {
    id: rowId,
    risk: textOf(map.get('text')),
    outcome: textOf(map.get('outcome')),
    task: textOf(map.get('task')),
    byWhom: field(z.string(), map.get('byWhom'), ''),
    byWhen: field(z.string(), map.get('byWhen'), ''),
    byWhenWords: field(z.string(), map.get('byWhenWords'), ''),
    howWeWillKnow: textOf(map.get('howWeWillKnow')),
    childIds: ids(map.get('childIds')),
    addresses: ids(map.get('addresses')),
    carriedFrom: field(s.carriedFrom, map.get('carriedFrom'), null),
    progress: field(s.progress, map.get('progress'), null),
    progressNotes: readProgressNotes(map.get('progressNotes')),
    closedOn: field(s.closedOn, map.get('closedOn'), null),
    createdAt,
    position: field(s.position, map.get('position'), Date.parse(createdAt) || 0),
  };
}

const byPosition = (a: PlanRow, b: PlanRow) =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The plan as plain data, in the order the board shows it. */
export function readPlan(doc: Y.Doc): PlanRow[] {
  const seen = new Set<string>();
  const rows: PlanRow[] = [];
  for (const map of docParts(doc).list('plan').toArray()) {
    const row = readPlanRow(map);
    if (!row || seen.has(row.id)) continue;
    seen.add(row.id);
    rows.push(row);
  }
  return rows.sort(byPosition);
}

function rowToMap(row: PlanRow): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', row.id);
  for (const f of PLAN_TEXT_FIELDS) map.set(KEY_OF[f], new Y.Text(row[f]));
  map.set('byWhom', row.byWhom);
  map.set('byWhen', row.byWhen);
  map.set('byWhenWords', row.byWhenWords);
  map.set('childIds', [...row.childIds]);
  map.set('addresses', [...row.addresses]);
  map.set('carriedFrom', row.carriedFrom);
  map.set('progress', row.progress);
  map.set('progressNotes', [...row.progressNotes]);
  map.set('closedOn', row.closedOn);
  map.set('createdAt', row.createdAt);
  map.set('position', row.position);
  // What board.ts reads on every item, so the plan stays an ordinary list section to it.
  for (const k of ['kind', 'saidBy', 'tag', 'source']) map.set(k, null);
  return map;
}

function nextPosition(doc: Y.Doc, createdAt: string): number {
  const last = Math.max(...readPlan(doc).map((r) => r.position));
  return Number.isFinite(last) ? Math.max(last + 1, Date.parse(createdAt)) : Date.parse(createdAt);
}

/** Adds a row at the end of the plan (validated; throws a ZodError when invalid). */
export function addPlanRow(doc: Y.Doc, input: NewPlanRow): PlanRow {
  const valid = newPlanRowSchema.parse(input);
  const row: PlanRow = {
    ...EMPTY_ROW,
    ...valid,
    position: valid.position ?? nextPosition(doc, valid.createdAt),
  };
  doc.transact(
    () =>
      docParts(doc)
        .list('plan')
        .push([rowToMap(row)]),
    LOCAL_ORIGIN,
  );
  return row;
}

function findRow(doc: Y.Doc, rowId: string): { index: number; map: Y.Map<unknown> } | null {
  const list = docParts(doc).list('plan');
  for (let index = 0; index < list.length; index++) {
    const map = list.get(index);
    if (map instanceof Y.Map && map.get('id') === rowId) return { index, map };
  }
  return null;
}

/** Changes a row's plain fields. False when there is no such row. */
export function updatePlanRow(doc: Y.Doc, rowId: string, patch: PlanRowPatch): boolean {
  const valid = planRowPatchSchema.parse(patch);
  const found = findRow(doc, rowId);
  if (!found) return false;
  doc.transact(() => {
    for (const [k, v] of Object.entries(valid)) {
      if (v !== undefined) found.map.set(k, Array.isArray(v) ? [...v] : v);
    }
  }, LOCAL_ORIGIN);
  return true;
}

/**
 * The collaborative text of one field of a row, for editing in place (see board.ts replaceText).
 * A row written by older code may lack the field: it is created then (a plain string kept as its
 * first value). Null when there is no such row.
 */
export function planRowText(doc: Y.Doc, rowId: string, which: PlanTextField): Y.Text | null {
  const found = findRow(doc, rowId);
  if (!found) return null;
  const key = KEY_OF[which];
  const current = found.map.get(key);
  if (current instanceof Y.Text) return current;
  const text = new Y.Text(typeof current === 'string' ? current : '');
  doc.transact(() => found.map.set(key, text), LOCAL_ORIGIN);
  return text;
}

/** Moves a row one place up or down. False at either end or when there is no such row. */
export function movePlanRow(doc: Y.Doc, rowId: string, direction: 'up' | 'down'): boolean {
  const rows = readPlan(doc);
  const at = rows.findIndex((r) => r.id === rowId);
  const step = direction === 'up' ? -1 : 1;
  const neighbour = rows[at + step];
  const found = findRow(doc, rowId);
  if (at < 0 || !neighbour || !found) return false;
  const beyond = rows[at + 2 * step]?.position ?? null;
  const position =
    direction === 'up'
      ? positionBetween(beyond, neighbour.position)
      : positionBetween(neighbour.position, beyond);
  doc.transact(() => found.map.set('position', position), LOCAL_ORIGIN);
  return true;
}

export function removePlanRow(doc: Y.Doc, rowId: string): boolean {
  const found = findRow(doc, rowId);
  if (!found) return false;
  doc.transact(() => docParts(doc).list('plan').delete(found.index, 1), LOCAL_ORIGIN);
  return true;
}

/**
 * Opens a review conference with the previous plan: every row is copied with its id (unique within
 * the new document too), `carriedFrom` set and progress not yet judged, so the board can ask what
 * difference each row has made. Rows already there are skipped, so running it twice is harmless.
 * Returns the rows added.
 */
export function carryForwardPlan(
  fromRows: PlanRow[],
  toDoc: Y.Doc,
  fromConferenceId: string,
  createdAt: string,
): PlanRow[] {
  const conference = id.parse(fromConferenceId);
  const there = new Set(readPlan(toDoc).map((r) => r.id));
  const rows = fromRows
    .filter((r) => !there.has(r.id))
    .map((r) => planRowSchema.parse({ ...r, carriedFrom: conference, progress: null, createdAt }));
  if (rows.length > 0) {
    toDoc.transact(() => docParts(toDoc).list('plan').push(rows.map(rowToMap)), LOCAL_ORIGIN);
  }
  return rows;
}

export { contingencyText, readContingencyPlans, type ContingencyPlan } from './contingency.ts';
