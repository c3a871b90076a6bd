/**
 * For the canvas's tests only: shapes, a real tldraw store with just enough Editor for
 * connectDrawing, and Y.Doc peers linked as providers would link them.
 */
import * as Y from 'yjs';
import {
  createShapeId,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  toRichText,
  type Editor,
  type IndexKey,
  type TLGeoShape,
  type TLPageId,
  type TLRecord,
  type TLStore,
} from 'tldraw';
import type { KeyValueEntry } from './recordKeyValue.ts';
import { GENOGRAM_SHAPE_UTILS, PERSON_TYPE, personShapeId, type PersonShape } from './shapes.tsx';

const PAGE = 'page:page' as TLPageId;
const base = { typeName: 'shape', parentId: PAGE, isLocked: false, opacity: 1, meta: {} } as const;
const at = (x: number, index: string) => ({ x, y: 0, rotation: 0, index: index as IndexKey });
const STYLE = { geo: 'rectangle', dash: 'draw', color: 'black', labelColor: 'black', fill: 'none' } as const;
const TEXT = { size: 'm', font: 'draw', align: 'middle', verticalAlign: 'middle', url: '' } as const;

export function geo(name: string, x = 0): TLGeoShape {
  const props = { ...STYLE, ...TEXT, w: 100, h: 80, growY: 0, scale: 1, richText: toRichText('') };
  return { ...base, ...at(x, 'a1'), id: createShapeId(name), type: 'geo', props };
}

export const person = (personId: string): PersonShape => ({
  ...base,
  ...at(0, 'a2'),
  id: personShapeId(personId),
  type: PERSON_TYPE,
  props: { personId, name: 'Someone Fictional', w: 100, h: 120 },
});

/** A canvas: a real store, and just enough Editor for connectDrawing. */
export function canvas() {
  const store: TLStore = createTLStore({
    shapeUtils: [...defaultShapeUtils, ...GENOGRAM_SHAPE_UTILS],
    bindingUtils: defaultBindingUtils,
  });
  const handlers = new Set<(info: { type: string; name: string }) => void>();
  const inputs = { isPointing: false };
  const editor = {
    store,
    inputs,
    on: (_: 'event', fn: (info: { type: string; name: string }) => void) => handlers.add(fn),
    off: (_: 'event', fn: (info: { type: string; name: string }) => void) => handlers.delete(fn),
  } as unknown as Editor;
  const pointerUp = () => {
    for (const fn of handlers) fn({ type: 'pointer', name: 'pointer_up' });
  };
  return { store, editor, inputs, pointerUp };
}

export const drawing = (doc: Y.Doc) => doc.getArray<KeyValueEntry<TLRecord>>('drawing');

/** Origins of every update the document produces (from now on). */
export function updatesOf(doc: Y.Doc): unknown[] {
  const origins: unknown[] = [];
  doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
  return origins;
}

/** Two peers connected as a provider would connect them (each applies the other's updates). */
export function link(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), a);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), b);
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
}

/** An update from another peer that sets drawingMeta.schema to `schema`. */
export function updateSettingSchema(doc: Y.Doc, schema: unknown): Uint8Array {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(peer);
  peer.getMap('drawingMeta').set('schema', schema);
  return Y.encodeStateAsUpdate(peer, before);
}
