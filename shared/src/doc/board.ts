/**
 * Reading and writing board items in a conference document. Pure: takes Y.Docs, does no I/O.
 * Used by the server (demo data), the client (the board) and the tests.
 *
 * Order: items carry a numeric `position`; the board shows public and professionals-only items
 * together, sorted by position, so an item keeps its place when it moves between the documents.
 */
import * as Y from 'yjs';
import {
  docParts,
  EVIDENCE_TAGS,
  LIST_SECTIONS,
  SOURCES,
  WORRY_KINDS,
  type ChildRecord,
  type EvidenceTag,
  type ListSection,
  type Source,
  type WorryKind,
} from './schema.ts';

export interface BoardItem {
  id: string;
  section: ListSection;
  text: string;
  /** Worries only. */
  kind: WorryKind | null;
  saidBy: string | null;
  /** Empty means "all the children". */
  childIds: string[];
  tag: EvidenceTag | null;
  source: Source | null;
  createdAt: string;
  position: number;
  professionalsOnly: boolean;
  /** Safety scale entries only: where this person puts things, 0–10; `text` names the person. */
  score: number | null;
}

/** Per-conference choices the chair makes on the board. */
export interface BoardSettings {
  /** Whether the board shows a safety scale (0–10 per person) at all. */
  safetyScale: boolean;
  /** Which end of the scale means "safe enough for the case to close". */
  safeEnd: 'high' | 'low';
}

export const DEFAULT_SETTINGS: BoardSettings = { safetyScale: false, safeEnd: 'high' };

export interface BoardView {
  schemaVersion: number | null;
  children: ChildRecord[];
  /** Names from the attendance list, for "who said it". */
  attendeeNames: string[];
  settings: BoardSettings;
  sections: Record<ListSection, BoardItem[]>;
}

export interface NewItem {
  id: string;
  text: string;
  kind?: WorryKind | null;
  saidBy?: string | null;
  childIds?: string[];
  tag?: EvidenceTag | null;
  source?: Source | null;
  createdAt: string;
  position?: number;
  score?: number | null;
}

/** The fields a person can change on an item besides its text. */
export type ItemPatch = Partial<Pick<BoardItem, 'kind' | 'saidBy' | 'childIds' | 'tag' | 'source' | 'score'>>;

/** A safety-scale score as stored: a whole number 0–10, or null when not (or wrongly) given. */
export function scoreOf(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10 ? v : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function oneOf<T extends string>(values: readonly T[], v: unknown): T | null {
  return typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : null;
}

export function itemToMap(item: NewItem): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('id', item.id);
  map.set('text', new Y.Text(item.text));
  map.set('kind', item.kind ?? null);
  map.set('saidBy', item.saidBy ?? null);
  map.set('childIds', item.childIds ?? []);
  map.set('tag', item.tag ?? null);
  map.set('source', item.source ?? null);
  map.set('createdAt', item.createdAt);
  map.set('position', item.position ?? Date.parse(item.createdAt));
  if (item.score !== undefined && item.score !== null) map.set('score', scoreOf(item.score));
  return map;
}

/** Appends an item at the end of its section (after every item in either document). */
export function addItem(doc: Y.Doc, section: ListSection, item: NewItem, after: number | null = null): void {
  const list = docParts(doc).list(section);
  let position = item.position;
  if (position === undefined) {
    const last = Math.max(after ?? -Infinity, ...list.toArray().map((m) => Number(m.get('position')) || 0));
    position = Number.isFinite(last)
      ? Math.max(last + 1, Date.parse(item.createdAt))
      : Date.parse(item.createdAt);
  }
  doc.transact(() => list.push([itemToMap({ ...item, position })]), LOCAL_ORIGIN);
}

/** Origin of the local person's own changes (what their undo manager tracks). */
export const LOCAL_ORIGIN = 'local';

export function readItem(
  map: Y.Map<unknown>,
  section: ListSection,
  professionalsOnly: boolean,
): BoardItem | null {
  const id = str(map.get('id'));
  if (!id) return null;
  const text = map.get('text');
  const childIds = map.get('childIds');
  const createdAt = str(map.get('createdAt')) ?? '';
  const position = map.get('position');
  return {
    id,
    section,
    text: text instanceof Y.Text ? text.toString() : (str(text) ?? ''),
    kind: oneOf(WORRY_KINDS, map.get('kind')),
    saidBy: str(map.get('saidBy')),
    childIds: Array.isArray(childIds) ? childIds.filter((c): c is string => typeof c === 'string') : [],
    tag: oneOf(EVIDENCE_TAGS, map.get('tag')),
    source: oneOf(SOURCES, map.get('source')),
    createdAt,
    position: typeof position === 'number' ? position : Date.parse(createdAt) || 0,
    professionalsOnly,
    score: scoreOf(map.get('score')),
  };
}

export function readChildren(doc: Y.Doc): ChildRecord[] {
  return docParts(doc)
    .children.toArray()
    .flatMap((m) => {
      const id = str(m.get('id'));
      const name = str(m.get('name'));
      return id && name ? [{ id, name, dateOfBirth: str(m.get('dateOfBirth')) }] : [];
    });
}

const byPosition = (a: BoardItem, b: BoardItem) =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function readSection(publicDoc: Y.Doc, restricted: Y.Doc | null, section: ListSection): BoardItem[] {
  const visible = docParts(publicDoc).list(section).toArray();
  const hidden = restricted ? docParts(restricted).list(section).toArray() : [];
  return [
    ...visible.map((m) => readItem(m, section, false)),
    ...hidden.map((m) => readItem(m, section, true)),
  ]
    .filter((i): i is BoardItem => i !== null)
    .sort(byPosition);
}

/**
 * The board as plain data. `restricted` is the professionals-only document, or `null` for an
 * audience that may not see it (the family and the room's screen never hold it).
 */
export function readBoard(publicDoc: Y.Doc, restricted: Y.Doc | null): BoardView {
  const version = docParts(publicDoc).meta.get('schemaVersion');
  const sections = {} as Record<ListSection, BoardItem[]>;
  for (const section of LIST_SECTIONS) sections[section] = readSection(publicDoc, restricted, section);
  return {
    schemaVersion: typeof version === 'number' ? version : null,
    children: readChildren(publicDoc),
    attendeeNames: readAttendeeNames(publicDoc),
    settings: readSettings(publicDoc),
    sections,
  };
}

export function readAttendeeNames(doc: Y.Doc): string[] {
  return docParts(doc)
    .attendees.toArray()
    .flatMap((m) => {
      const name = str(m.get('name'));
      return name ? [name] : [];
    });
}

/** The board's settings live in the public document's meta map (everyone's screen obeys them). */
export function readSettings(doc: Y.Doc): BoardSettings {
  const meta = docParts(doc).meta;
  const safetyScale = meta.get('safetyScale');
  return {
    safetyScale: typeof safetyScale === 'boolean' ? safetyScale : DEFAULT_SETTINGS.safetyScale,
    safeEnd: oneOf(['high', 'low'] as const, meta.get('safeEnd')) ?? DEFAULT_SETTINGS.safeEnd,
  };
}

export function updateSettings(doc: Y.Doc, patch: Partial<BoardSettings>): void {
  const meta = docParts(doc).meta;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) meta.set(key, value);
  }, LOCAL_ORIGIN);
}

export interface ItemLocation {
  doc: Y.Doc;
  section: ListSection;
  index: number;
  map: Y.Map<unknown>;
}

/** Where an item lives, searching the given documents in order. */
export function findItem(docs: (Y.Doc | null)[], id: string): ItemLocation | null {
  for (const doc of docs) {
    if (!doc) continue;
    for (const section of LIST_SECTIONS) {
      const list = docParts(doc).list(section);
      for (let index = 0; index < list.length; index++) {
        const map = list.get(index);
        if (map.get('id') === id) return { doc, section, index, map };
      }
    }
  }
  return null;
}

function snapshotOf(map: Y.Map<unknown>, section: ListSection): NewItem {
  const item = readItem(map, section, false);
  if (!item) throw new Error('Not a board item');
  const { professionalsOnly: _p, section: _s, ...rest } = item;
  return rest;
}

/**
 * Moves an item to another section and/or the other document (professionals-only and back),
 * keeping its id, text, attribution and place. One transaction per document touched.
 */
export function moveItem(
  from: Y.Doc,
  to: Y.Doc,
  id: string,
  toSection: ListSection,
  position?: number,
): boolean {
  const found = findItem([from], id);
  if (!found) return false;
  const item = snapshotOf(found.map, found.section);
  if (toSection !== 'worries') item.kind = null;
  else item.kind ??= 'past-harm';
  if (position !== undefined) item.position = position;
  const insert = () =>
    docParts(to)
      .list(toSection)
      .push([itemToMap(item)]);
  const remove = () => docParts(from).list(found.section).delete(found.index, 1);
  if (from === to) {
    from.transact(() => {
      remove();
      insert();
    }, LOCAL_ORIGIN);
  } else {
    // Insert first: if anything fails between the two, the item exists twice rather than nowhere.
    to.transact(insert, LOCAL_ORIGIN);
    from.transact(remove, LOCAL_ORIGIN);
  }
  return true;
}

/** Sets an item's position (for reordering); the caller computes it from the neighbours. */
export function setPosition(docs: (Y.Doc | null)[], id: string, position: number): boolean {
  const found = findItem(docs, id);
  if (!found) return false;
  found.doc.transact(() => found.map.set('position', position), LOCAL_ORIGIN);
  return true;
}

/** A position that puts an item between two neighbours in a sorted section. */
export function positionBetween(before: number | null, after: number | null): number {
  if (before === null && after === null) return Date.now();
  if (before === null) return (after as number) - 1;
  if (after === null) return before + 1;
  return (before + after) / 2;
}

export function updateItem(docs: (Y.Doc | null)[], id: string, patch: ItemPatch): boolean {
  const found = findItem(docs, id);
  if (!found) return false;
  found.doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) found.map.set(key, Array.isArray(value) ? [...value] : value);
    }
  }, LOCAL_ORIGIN);
  return true;
}

export function deleteItem(docs: (Y.Doc | null)[], id: string): boolean {
  const found = findItem(docs, id);
  if (!found) return false;
  found.doc.transact(() => docParts(found.doc).list(found.section).delete(found.index, 1), LOCAL_ORIGIN);
  return true;
}

/** The collaborative text of an item, for editing in place. */
export function itemText(docs: (Y.Doc | null)[], id: string): Y.Text | null {
  const text = findItem(docs, id)?.map.get('text');
  return text instanceof Y.Text ? text : null;
}

/**
 * Applies a new value to a Y.Text as the smallest single replacement (common prefix and suffix
 * kept), so that someone else's concurrent edit elsewhere in the text survives.
 */
export function replaceText(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  text.doc?.transact(() => {
    if (endPrev > start) text.delete(start, endPrev - start);
    if (endNext > start) text.insert(start, next.slice(start, endNext));
  }, LOCAL_ORIGIN);
}
