/**
 * Board items as plain data: their shape, and reading them (with the children, the attendees'
 * names and the board's settings) out of a conference document. Pure: takes Y.Docs, does no I/O.
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
  /** Whether the conference uses danger statements and safety goals (Signs of Safety). */
  dangerStatements: boolean;
}

export const DEFAULT_SETTINGS: BoardSettings = {
  safetyScale: false,
  safeEnd: 'high',
  dangerStatements: false,
};

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
  const dangerStatements = meta.get('dangerStatements');
  return {
    safetyScale: typeof safetyScale === 'boolean' ? safetyScale : DEFAULT_SETTINGS.safetyScale,
    dangerStatements:
      typeof dangerStatements === 'boolean' ? dangerStatements : DEFAULT_SETTINGS.dangerStatements,
    safeEnd: oneOf(['high', 'low'] as const, meta.get('safeEnd')) ?? DEFAULT_SETTINGS.safeEnd,
  };
}
