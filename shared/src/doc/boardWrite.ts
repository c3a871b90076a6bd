/**
 * Writing board items in a conference document: adding, moving (between sections and between the
 * public and professionals-only documents), reordering, editing and deleting, each one undoable
 * step (LOCAL_ORIGIN). Pure: takes Y.Docs, does no I/O.
 */
import * as Y from 'yjs';
import { docParts, LIST_SECTIONS, type ListSection } from './schema.ts';
import { applyOps, textOps } from './textDiff.ts';
import { readItem, scoreOf, type BoardSettings, type ItemPatch, type NewItem } from './boardRead.ts';

/** Origin of the local person's own changes (what their undo manager tracks). */
export const LOCAL_ORIGIN = 'local';

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
  // A worry's kind is the chair's choice: an item moved into the worries waits for one.
  if (toSection !== 'worries' || found.section !== 'worries') item.kind = null;
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
 * Applies a new value to a Y.Text as the few insertions and deletions between the two (textDiff.ts),
 * in one step, so that someone else's concurrent edit elsewhere in the text survives.
 */
export function replaceText(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  const ops = textOps(prev, next);
  text.doc?.transact(() => applyOps(text, ops), LOCAL_ORIGIN);
}
