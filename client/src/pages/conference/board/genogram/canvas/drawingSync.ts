/**
 * The chair's free drawing (annotations) <-> the public Yjs document.
 *
 *   drawing (docParts)          key-value entries (RecordKeyValue), key = tldraw record id, value =
 *                               an annotation shape or binding record. Never camera, instance,
 *                               pointer or page records, never the model-bound genogram shapes.
 *   drawingMeta (docParts)      'schema': the tldraw store schema the records were written with.
 *
 * Only the chair writes, and only once a gesture is over (see settle.ts), through the drawing
 * commands (commands/drawing.ts: one transaction each, origin LOCAL_ORIGIN, as every chair write).
 * Everyone applies remote entries with mergeRemoteChanges. Read-only viewers must never write: the
 * server closes the connection of a read-only role that sends any update.
 */
import type * as Y from 'yjs';
import { isEqual, type Editor, type SerializedSchema, type TLRecord } from 'tldraw';
import { docParts } from '@cb/shared/doc/schema';
import { createDrawingCommands, isOwnDrawingWrite } from '../../commands/drawing.ts';
import { RecordKeyValue, type KeyValueEntry } from './recordKeyValue.ts';
import { createSettle } from './settle.ts';
import { isModelShapeType } from './shapes.tsx';

/** The shapes the chair may draw and everyone sees. Anything else (images, embeds) stays local. */
const ANNOTATION_TYPES = new Set(['draw', 'highlight', 'text', 'geo', 'arrow', 'note', 'line', 'group']);

export function isAnnotation(record: TLRecord): boolean {
  if (record.typeName === 'binding') return true;
  return record.typeName === 'shape' && ANNOTATION_TYPES.has(record.type) && !isModelShapeType(record.type);
}

export type SchemaStatus = 'same' | 'older' | 'newer';

/** How the stored schema compares with ours. Unknown or unreadable counts as newer: do not write. */
export function compareSchema(editor: Editor, stored: SerializedSchema): SchemaStatus {
  const ours = editor.store.schema.serialize().sequences;
  if (stored.schemaVersion === 2) {
    for (const [id, version] of Object.entries(stored.sequences)) {
      const mine = ours[id];
      if (mine === undefined || version > mine) return 'newer';
    }
  }
  const since = editor.store.schema.getMigrationsSince(stored);
  if (!since.ok) return 'newer';
  return since.value.length > 0 ? 'older' : 'same';
}

export interface DrawingSyncOptions {
  editable: boolean;
  /** True while the stored drawing was made by a newer version of tldraw (nothing is written). */
  onIncompatible(incompatible: boolean): void;
}

export function connectDrawing(editor: Editor, doc: Y.Doc, options: DrawingSyncOptions): () => void {
  const { editable } = options;
  const parts = docParts(doc);
  const kv = new RecordKeyValue<TLRecord>(parts.drawing<KeyValueEntry<TLRecord>>());
  const meta = parts.drawingMeta;
  const commands = createDrawingCommands(doc, kv);
  let stored: SerializedSchema | null = null;
  let blocked = false;

  const migrate = (record: TLRecord): TLRecord | null => {
    if (!stored) return record;
    const result = editor.store.schema.migratePersistedRecord(record, stored);
    return result.type === 'success' ? result.value : null;
  };

  const applyRemote = (put: Iterable<TLRecord>, removed: string[]) => {
    const records = [...put].map(migrate).filter((r): r is TLRecord => r !== null && isAnnotation(r));
    // Shapes before the bindings that point at them; a record that fails validation is skipped.
    records.sort((a, b) => Number(a.typeName === 'binding') - Number(b.typeName === 'binding'));
    const gone = removed.filter((id) => editor.store.has(id as TLRecord['id']));
    editor.store.mergeRemoteChanges(() => {
      if (gone.length > 0) editor.store.remove(gone as TLRecord['id'][]);
      try {
        editor.store.put(records);
      } catch {
        for (const record of records) {
          try {
            editor.store.put([record]);
          } catch {
            // An invalid record from the document: leave it out rather than break the canvas.
          }
        }
      }
    });
  };

  const checkSchema = () => {
    const value = meta.get('schema') as SerializedSchema | undefined;
    const status = value ? compareSchema(editor, value) : 'same';
    blocked = status === 'newer';
    stored = value && status === 'older' ? value : null;
    options.onIncompatible(blocked);
    if (!editable || blocked) return;
    if (!value || status === 'older') {
      // Bring what is stored up to our schema, and record which schema that is, in one update.
      const upgraded = new Map<string, TLRecord>();
      if (stored) for (const r of kv.values()) upgradeInto(upgraded, migrate(r));
      commands.recordSchema(editor.store.schema.serialize(), upgraded);
      stored = null;
    }
  };

  checkSchema();
  if (!blocked) applyRemote(kv.values(), []);

  const stopKv = kv.observe((changes, tr) => {
    if (isOwnDrawingWrite(tr)) return;
    if (!blocked) applyRemote(changes.put.values(), changes.removed);
  });
  const onMeta = (_event: Y.YMapEvent<unknown>, tr: Y.Transaction) => {
    if (isOwnDrawingWrite(tr)) return;
    const wasBlocked = blocked;
    checkSchema();
    if (wasBlocked && !blocked) applyRemote(kv.values(), []);
  };
  meta.observe(onMeta);

  if (!editable) {
    return () => {
      stopKv();
      meta.unobserve(onMeta);
    };
  }

  const pending = new Set<string>();
  const flush = () => {
    if (blocked || pending.size === 0) return;
    const put = new Map<string, TLRecord>();
    const removed: string[] = [];
    for (const id of pending) {
      const record = editor.store.get(id as TLRecord['id']);
      if (record && isAnnotation(record)) {
        if (!isEqual(kv.get(id), record)) put.set(id, record);
      } else if (!record && kv.get(id) !== undefined) removed.push(id);
    }
    pending.clear();
    commands.save(put, removed);
  };
  const settle = createSettle(editor, flush);
  const stopListen = editor.store.listen(
    ({ changes }) => {
      const touched = [
        ...Object.values(changes.added),
        ...Object.values(changes.updated).map(([, to]) => to),
        ...Object.values(changes.removed),
      ];
      for (const record of touched) if (isAnnotation(record)) pending.add(record.id);
      if (pending.size > 0) settle.schedule();
    },
    { source: 'user', scope: 'document' },
  );

  return () => {
    stopListen();
    settle.dispose();
    flush();
    stopKv();
    meta.unobserve(onMeta);
  };
}

function upgradeInto(out: Map<string, TLRecord>, record: TLRecord | null): void {
  if (record) out.set(record.id, record);
}
