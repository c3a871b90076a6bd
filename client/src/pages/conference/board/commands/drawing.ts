/**
 * What the chair's canvas writes to the public document (genogram/canvas/drawingSync.ts calls
 * these): finished strokes and shapes, and the tldraw store schema they were written with. Like
 * every chair write, each is one transaction with origin LOCAL_ORIGIN.
 *
 * Not on the board's undo: ChairUndo's scope (topLevelTypes) leaves the drawing out, because the
 * canvas keeps its own undo history of strokes (its undo button and Ctrl+Z inside it), and one
 * stroke on two undo stacks would be undone twice. Recording the schema must never be undone
 * either: the stored records would no longer match it.
 */
import type * as Y from 'yjs';
import { LOCAL_ORIGIN } from '@cb/shared/doc/board';
import { docParts } from '@cb/shared/doc/schema';

/** The drawing's entries (the canvas's RecordKeyValue): set and remove records by id. */
export interface DrawingEntries<R> {
  write(put: Map<string, R>, removed: Iterable<string>): void;
}

export interface DrawingCommands<R> {
  /** Records finished (`put`) or erased (`removed`) since the last save, as one update. */
  save(put: Map<string, R>, removed: string[]): void;
  /** Brings the stored records up to `schema` (`upgraded`: each record migrated) and records it. */
  recordSchema(schema: unknown, upgraded: Map<string, R>): void;
}

export function createDrawingCommands<R>(doc: Y.Doc, entries: DrawingEntries<R>): DrawingCommands<R> {
  const meta = docParts(doc).drawingMeta;
  return {
    save(put, removed) {
      if (put.size === 0 && removed.length === 0) return;
      doc.transact(() => entries.write(put, removed), LOCAL_ORIGIN);
    },
    recordSchema(schema, upgraded) {
      doc.transact(() => {
        entries.write(upgraded, []);
        meta.set('schema', schema);
      }, LOCAL_ORIGIN);
    },
  };
}

/** Whether a change to the drawing is this tab's own save (already on its canvas). */
export const isOwnDrawingWrite = (tr: Y.Transaction): boolean => tr.local && tr.origin === LOCAL_ORIGIN;
