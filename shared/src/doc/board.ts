/**
 * Reading and writing board items in a conference document. Pure: takes a Y.Doc, does no I/O.
 * Used by the server (demo data, snapshots), the client (the board) and the tests.
 */
import * as Y from 'yjs';
import {
  docParts,
  type ChildRecord,
  type EvidenceTag,
  type ListSection,
  type Source,
  type Stage,
  type WorryKind,
  LIST_SECTIONS,
  STAGES,
} from './schema.ts';

export interface BoardItem {
  id: string;
  text: string;
  /** Worries only. */
  kind: WorryKind | null;
  saidBy: string | null;
  /** Empty means "all the children". */
  childIds: string[];
  tag: EvidenceTag | null;
  source: Source | null;
  createdAt: string;
  professionalsOnly: boolean;
}

export interface BoardView {
  schemaVersion: number | null;
  stage: Stage;
  children: ChildRecord[];
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
  return map;
}

export function addItem(doc: Y.Doc, section: ListSection, item: NewItem): void {
  docParts(doc)
    .list(section)
    .push([itemToMap(item)]);
}

export function readItem(map: Y.Map<unknown>, professionalsOnly: boolean): BoardItem | null {
  const id = str(map.get('id'));
  const text = map.get('text');
  if (!id) return null;
  const childIds = map.get('childIds');
  return {
    id,
    text: text instanceof Y.Text ? text.toString() : (str(text) ?? ''),
    kind: oneOf(['past-harm', 'future-danger', 'impact'] as const, map.get('kind')),
    saidBy: str(map.get('saidBy')),
    childIds: Array.isArray(childIds) ? childIds.filter((c): c is string => typeof c === 'string') : [],
    tag: oneOf(['fact', 'observation', 'allegation', 'opinion'] as const, map.get('tag')),
    source: oneOf(['first-hand', 'second-hand', 'third-hand'] as const, map.get('source')),
    createdAt: str(map.get('createdAt')) ?? '',
    professionalsOnly,
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

/**
 * The board as plain data. `restricted` is the professionals-only document, or `null` for an
 * audience that may not see it (the family and the room's screen never hold it).
 */
export function readBoard(publicDoc: Y.Doc, restricted: Y.Doc | null): BoardView {
  const meta = docParts(publicDoc).meta;
  const sections = {} as Record<ListSection, BoardItem[]>;
  for (const section of LIST_SECTIONS) {
    const visible = docParts(publicDoc).list(section).toArray();
    const hidden = restricted ? docParts(restricted).list(section).toArray() : [];
    sections[section] = [...visible.map((m) => readItem(m, false)), ...hidden.map((m) => readItem(m, true))]
      .filter((i): i is BoardItem => i !== null)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }
  const version = meta.get('schemaVersion');
  return {
    schemaVersion: typeof version === 'number' ? version : null,
    stage: oneOf(STAGES, meta.get('stage')) ?? 'part-one',
    children: readChildren(publicDoc),
    sections,
  };
}
