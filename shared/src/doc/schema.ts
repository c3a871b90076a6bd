/**
 * The conference document, schema version 1.
 *
 * Each conference has two Yjs documents with the same layout: `<id>` (everything the family may see)
 * and `<id>.restricted` (professionals-only content). Which document an item lives in decides who
 * can see it; marking an item professionals-only moves it from one to the other.
 *
 * Top-level types (never rename: they are how peers find each other's data):
 *   meta              Y.Map    schemaVersion, conferenceId, kind, restricted
 *   (the stage is not in the document: the server holds it, see RoomState in protocol.ts)
 *   children          Y.Array<Y.Map>   {id, name, dateOfBirth}       (public document only)
 *   worries …plan     Y.Array<Y.Map>   one map per item (see ItemFields)
 *   plan              rows carry more fields than other items (see doc/plan.ts); `text` is the risk
 *   contingencyPlans  Y.Map<childId, Y.Text>          the family's plan per child (doc/plan.ts)
 *   decisions         Y.Map<childId, Y.Map>           public: the outcome per child; restricted:
 *                                                     each professional's view (doc/decisions.ts)
 *   attendees         Y.Array<Y.Map>   one map per attendee (doc/attendance.ts)
 *   meta.quoracyNote  string           why an inquorate conference went ahead (public document)
 *   genogram          Y.Map { people, relationships, households: Y.Map<id, Y.Map> }
 *   drawing           Y.Array   tldraw's annotations on the family tree, key-value entries (last
 *                               entry per record id wins), written by the chair's canvas
 *   drawingMeta       Y.Map     'schema': the tldraw store schema the drawing was written with
 *
 * `meta.schemaVersion` is checked on load: the server migrates an older document (MIGRATIONS,
 * stored like any change) and will not serve a newer one; a page refuses a newer one too.
 */
import * as Y from 'yjs';
import {
  EVIDENCE_TAGS,
  LIST_SECTIONS,
  SOURCES,
  STAGES,
  WORRY_KINDS,
  type ConferenceKind,
  type EvidenceTag,
  type ListSection,
  type Source,
  type Stage,
  type WorryKind,
} from '../vocabulary.ts';

export { EVIDENCE_TAGS, LIST_SECTIONS, SOURCES, STAGES, WORRY_KINDS };
export type { EvidenceTag, ListSection, Source, Stage, WorryKind };

export const DOC_SCHEMA_VERSION = 1;

/** The plain-words name of each stage, as every screen shows it. */
export const STAGE_LABELS: Record<Stage, string> = {
  'part-one': 'Professionals meeting',
  sharing: 'Sharing information',
  plan: 'Making the plan',
  decision: 'The decision',
  closed: 'Conference closed',
};

export interface ChildRecord {
  id: string;
  name: string;
  dateOfBirth: string | null;
}

export interface DocInit {
  conferenceId: string;
  kind: ConferenceKind;
  restricted: boolean;
  children: ChildRecord[];
}

/** Typed accessors, so no caller spells a top-level name by hand. */
export function docParts(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>('meta'),
    children: doc.getArray<Y.Map<unknown>>('children'),
    contingencyPlans: doc.getMap<Y.Text>('contingencyPlans'),
    decisions: doc.getMap<Y.Map<unknown>>('decisions'),
    attendees: doc.getArray<Y.Map<unknown>>('attendees'),
    genogram: doc.getMap<Y.Map<Y.Map<unknown>>>('genogram'),
    list: (section: ListSection) => doc.getArray<Y.Map<unknown>>(section),
    /** The canvas's entries, typed by the canvas (the only module that knows tldraw's records). */
    drawing: <Entry>() => doc.getArray<Entry>('drawing'),
    drawingMeta: doc.getMap<unknown>('drawingMeta'),
  };
}

/**
 * Every top-level type of the board, e.g. for an undo manager's scope. Not the drawing: the
 * canvas keeps its own undo history.
 */
export function topLevelTypes(doc: Y.Doc): Y.AbstractType<unknown>[] {
  const p = docParts(doc);
  return [
    p.meta,
    p.children,
    p.contingencyPlans,
    p.decisions,
    p.attendees,
    p.genogram,
    ...LIST_SECTIONS.map((s) => p.list(s)),
  ] as Y.AbstractType<unknown>[];
}

/** Writes the skeleton of a new conference document. Run once, by the server, at creation. */
export function initConferenceDoc(doc: Y.Doc, init: DocInit): void {
  const parts = docParts(doc);
  doc.transact(() => {
    parts.meta.set('schemaVersion', DOC_SCHEMA_VERSION);
    parts.meta.set('conferenceId', init.conferenceId);
    parts.meta.set('kind', init.kind);
    parts.meta.set('restricted', init.restricted);
    if (!init.restricted) {
      for (const child of init.children) {
        parts.children.push([new Y.Map<unknown>(Object.entries(child))]);
        // Made here, once, by the server: two peers that each created a missing one at the same
        // moment would both write into their own, and Yjs would keep only one of them.
        parts.contingencyPlans.set(child.id, new Y.Text());
      }
    }
    for (const child of init.children) parts.decisions.set(child.id, new Y.Map<unknown>());
    for (const key of ['people', 'relationships', 'households']) {
      parts.genogram.set(key, new Y.Map<Y.Map<unknown>>());
    }
  });
}

export function docSchemaVersion(doc: Y.Doc): number | null {
  const v = docParts(doc).meta.get('schemaVersion');
  return typeof v === 'number' ? v : null;
}

/**
 * Migrations from version N to N+1, applied in order by `migrateDoc`. Each must be idempotent,
 * because two peers may run it at once and Yjs merges both.
 */
export const MIGRATIONS: Record<number, (doc: Y.Doc) => void> = {};

export type MigrationResult =
  | { status: 'current'; version: number }
  | { status: 'migrated'; from: number; to: number }
  | { status: 'uninitialised' }
  | { status: 'newer'; version: number };

/** Brings a document up to `DOC_SCHEMA_VERSION`; refuses one written by newer software. */
export function migrateDoc(doc: Y.Doc): MigrationResult {
  const version = docSchemaVersion(doc);
  if (version === null) return { status: 'uninitialised' };
  if (version > DOC_SCHEMA_VERSION) return { status: 'newer', version };
  if (version === DOC_SCHEMA_VERSION) return { status: 'current', version };
  doc.transact(() => {
    for (let v = version; v < DOC_SCHEMA_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (!step) throw new Error(`No migration from document schema ${v}`);
      step(doc);
    }
    docParts(doc).meta.set('schemaVersion', DOC_SCHEMA_VERSION);
  });
  return { status: 'migrated', from: version, to: DOC_SCHEMA_VERSION };
}
