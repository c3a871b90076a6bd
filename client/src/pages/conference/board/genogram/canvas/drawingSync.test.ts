/**
 * connectDrawing against a real tldraw store (the same shape and binding utils as the canvas) and
 * real Y.Docs. Only the Editor around the store is a stand-in: tldraw's Editor needs a DOM, and
 * connectDrawing (with settle.ts) uses nothing of it but `store`, `on`/`off` and `inputs.isPointing`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
import { LOCAL_ORIGIN, readSection } from '@cb/shared/doc/board';
import { initConferenceDoc } from '@cb/shared/doc/schema';
import { ChairUndo } from '../../../../../docs/undo.ts';
import { createBoardActions } from '../../commands/items.ts';
import { compareSchema, connectDrawing, isAnnotation } from './drawingSync.ts';
import type { KeyValueEntry } from './recordKeyValue.ts';
import { GENOGRAM_SHAPE_UTILS, PERSON_TYPE, personShapeId, type PersonShape } from './shapes.tsx';

const PAGE = 'page:page' as TLPageId;
const base = { typeName: 'shape', parentId: PAGE, isLocked: false, opacity: 1, meta: {} } as const;
const at = (x: number, index: string) => ({ x, y: 0, rotation: 0, index: index as IndexKey });
const STYLE = { geo: 'rectangle', dash: 'draw', color: 'black', labelColor: 'black', fill: 'none' } as const;
const TEXT = { size: 'm', font: 'draw', align: 'middle', verticalAlign: 'middle', url: '' } as const;

function geo(name: string, x = 0): TLGeoShape {
  const props = { ...STYLE, ...TEXT, w: 100, h: 80, growY: 0, scale: 1, richText: toRichText('') };
  return { ...base, ...at(x, 'a1'), id: createShapeId(name), type: 'geo', props };
}

const person = (personId: string): PersonShape => ({
  ...base,
  ...at(0, 'a2'),
  id: personShapeId(personId),
  type: PERSON_TYPE,
  props: { personId, w: 100, h: 120 },
});

/** A canvas: a real store, and just enough Editor for connectDrawing. */
function canvas() {
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

const drawing = (doc: Y.Doc) => doc.getArray<KeyValueEntry<TLRecord>>('drawing');

/** Origins of every update the document produces (from now on). */
function updatesOf(doc: Y.Doc): unknown[] {
  const origins: unknown[] = [];
  doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
  return origins;
}

/** Two peers connected as a provider would connect them (each applies the other's updates). */
function link(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), a);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), b);
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('isAnnotation', () => {
  it('syncs drawn shapes and bindings, never model shapes or other records', () => {
    expect(isAnnotation(geo('a'))).toBe(true);
    expect(isAnnotation(person('p1'))).toBe(false);
    const camera = { id: 'camera:page', typeName: 'camera', x: 0, y: 0, z: 1, meta: {} } as TLRecord;
    expect(isAnnotation(camera)).toBe(false);
    expect(isAnnotation({ ...geo('img'), type: 'image' } as unknown as TLRecord)).toBe(false);
  });
});

describe('compareSchema', () => {
  const { editor, store } = canvas();
  const ours = store.schema.serialize();

  it('is "same" for our own schema', () => {
    expect(compareSchema(editor, ours)).toBe('same');
  });
  it('is "newer" for a higher version of a sequence we know, or one we do not know', () => {
    const geoVersion = ours.sequences['com.tldraw.shape.geo'] ?? 0;
    const higher = { ...ours, sequences: { ...ours.sequences, 'com.tldraw.shape.geo': geoVersion + 1 } };
    expect(compareSchema(editor, higher)).toBe('newer');
    expect(compareSchema(editor, { ...ours, sequences: { ...ours.sequences, 'com.example.x': 1 } })).toBe(
      'newer',
    );
  });
  it('is "older" when a sequence is behind ours', () => {
    const geoVersion = ours.sequences['com.tldraw.shape.geo'] ?? 0;
    expect(geoVersion).toBeGreaterThan(0);
    const lower = { ...ours, sequences: { ...ours.sequences, 'com.tldraw.shape.geo': geoVersion - 1 } };
    expect(compareSchema(editor, lower)).toBe('older');
  });
});

describe('connectDrawing for the chair', () => {
  it('records the schema in one update when the document has none', () => {
    const { editor, store } = canvas();
    const doc = new Y.Doc();
    const updates = updatesOf(doc);
    connectDrawing(editor, doc, { editable: true, onIncompatible: () => {} });
    expect(doc.getMap('drawingMeta').get('schema')).toEqual(store.schema.serialize());
    expect(updates).toEqual([LOCAL_ORIGIN]);
  });

  it('writes once the gesture is over, as one update, annotations only', () => {
    const { editor, store } = canvas();
    const doc = new Y.Doc();
    connectDrawing(editor, doc, { editable: true, onIncompatible: () => {} });
    const updates = updatesOf(doc);
    store.put([geo('a', 10), geo('b', 20), person('p1')]);
    vi.advanceTimersByTime(100);
    expect(drawing(doc).length).toBe(0);
    vi.advanceTimersByTime(100);
    expect(updates).toEqual([LOCAL_ORIGIN]);
    const byKey = new Map(drawing(doc).map((e) => [e.key, e.val]));
    expect([...byKey.keys()].sort()).toEqual([createShapeId('a'), createShapeId('b')]);
    expect(byKey.get(createShapeId('b'))).toMatchObject({ x: 20, type: 'geo' });
  });

  it('keeps one entry per shape however often it changes, and removes it when deleted', () => {
    const { editor, store } = canvas();
    const doc = new Y.Doc();
    connectDrawing(editor, doc, { editable: true, onIncompatible: () => {} });
    for (const x of [1, 2, 3]) {
      store.put([geo('a', x)]);
      vi.advanceTimersByTime(200);
    }
    expect(drawing(doc).toArray()).toEqual([
      { key: createShapeId('a'), val: expect.objectContaining({ x: 3 }) },
    ]);
    store.remove([createShapeId('a')]);
    vi.advanceTimersByTime(200);
    expect(drawing(doc).length).toBe(0);
  });

  it('waits for pointer-up while a pointer is down', () => {
    const { editor, store, inputs, pointerUp } = canvas();
    const doc = new Y.Doc();
    connectDrawing(editor, doc, { editable: true, onIncompatible: () => {} });
    inputs.isPointing = true;
    store.put([geo('stroke', 5)]);
    vi.advanceTimersByTime(3000);
    expect(drawing(doc).length).toBe(0);
    inputs.isPointing = false;
    pointerUp();
    expect(drawing(doc).length).toBe(1);
  });

  it('writes what is still pending when it disconnects', () => {
    const { editor, store } = canvas();
    const doc = new Y.Doc();
    const stop = connectDrawing(editor, doc, { editable: true, onIncompatible: () => {} });
    store.put([geo('late')]);
    stop();
    expect(drawing(doc).map((e) => e.key)).toEqual([createShapeId('late')]);
  });

  it('shows changes from another writer without writing them back', () => {
    const chair = canvas();
    const chairDoc = new Y.Doc();
    const otherDoc = new Y.Doc();
    link(chairDoc, otherDoc);
    connectDrawing(chair.editor, chairDoc, { editable: true, onIncompatible: () => {} });
    const chairUpdates = updatesOf(chairDoc);
    otherDoc.transact(
      () => drawing(otherDoc).push([{ key: createShapeId('r'), val: geo('r', 42) }]),
      'tab-2',
    );
    vi.advanceTimersByTime(1000);
    expect(chair.store.get(createShapeId('r'))).toMatchObject({ x: 42 });
    // Only the incoming update itself; the chair's canvas wrote nothing in reply.
    expect(chairUpdates).toEqual([otherDoc]);
  });
});

describe("the chair's drawing and the board's undo", () => {
  /** A conference's public document as the server makes it, with the chair's undo and commands. */
  function board() {
    const doc = new Y.Doc();
    initConferenceDoc(doc, { conferenceId: 'conf-1', kind: 'initial', restricted: false, children: [] });
    return { doc, undo: new ChairUndo([doc]), actions: createBoardActions(doc, null) };
  }
  /** ChairUndo closes a step in a microtask (setTimeout is faked here). */
  const stepClosed = () => new Promise<void>((resolve) => queueMicrotask(resolve));

  it('writes the way every chair write does, but leaves strokes to the canvas’s own undo', async () => {
    const { editor, store } = canvas();
    const { doc, undo } = board();
    connectDrawing(editor, doc, { editable: true, onIncompatible: () => {} });
    await stepClosed();
    const updates = updatesOf(doc);
    store.put([geo('stroke', 4)]);
    vi.advanceTimersByTime(200);
    await stepClosed();
    expect(updates).toEqual([LOCAL_ORIGIN]);
    expect(drawing(doc).map((e) => e.key)).toEqual([createShapeId('stroke')]);
    // Neither the stroke nor recording the schema is a step of the board's undo.
    expect(undo.canUndo).toBe(false);
    expect(undo.undo()).toBe(false);
    expect(doc.getMap('drawingMeta').get('schema')).toEqual(store.schema.serialize());
  });

  it('undoes the last board change and keeps a stroke drawn after it', async () => {
    const { editor, store } = canvas();
    const { doc, undo, actions } = board();
    connectDrawing(editor, doc, { editable: true, onIncompatible: () => {} });
    actions.add('worries', { text: 'Missed two health visits' });
    await stepClosed();
    store.put([geo('circle', 9)]);
    vi.advanceTimersByTime(200);
    await stepClosed();

    expect(undo.undo()).toBe(true);
    expect(readSection(doc, null, 'worries')).toEqual([]);
    expect(drawing(doc).map((e) => e.key)).toEqual([createShapeId('circle')]);
    expect(store.get(createShapeId('circle'))).toMatchObject({ x: 9 });
    expect(undo.canUndo).toBe(false);
  });

  it("shows a stroke erased by the chair's other tab (its own save arrives as a remote change)", () => {
    const here = canvas();
    const there = canvas();
    const hereDoc = new Y.Doc();
    const thereDoc = new Y.Doc();
    link(hereDoc, thereDoc);
    connectDrawing(here.editor, hereDoc, { editable: true, onIncompatible: () => {} });
    connectDrawing(there.editor, thereDoc, { editable: true, onIncompatible: () => {} });
    here.store.put([geo('note', 3)]);
    vi.advanceTimersByTime(200);
    expect(there.store.get(createShapeId('note'))).toMatchObject({ x: 3 });
    there.store.remove([createShapeId('note')]);
    vi.advanceTimersByTime(200);
    expect(here.store.has(createShapeId('note'))).toBe(false);
    expect(drawing(hereDoc).length).toBe(0);
  });
});

describe('connectDrawing for a read-only viewer', () => {
  it("follows the chair's drawing and never writes, even when its own store changes", () => {
    const chair = canvas();
    const viewer = canvas();
    const chairDoc = new Y.Doc();
    const viewerDoc = new Y.Doc();
    link(chairDoc, viewerDoc);
    const viewerOwn: unknown[] = [];
    viewerDoc.on(
      'update',
      (_u: Uint8Array, origin: unknown) => origin !== chairDoc && viewerOwn.push(origin),
    );
    connectDrawing(chair.editor, chairDoc, { editable: true, onIncompatible: () => {} });
    connectDrawing(viewer.editor, viewerDoc, { editable: false, onIncompatible: () => {} });

    chair.store.put([geo('a', 7)]);
    vi.advanceTimersByTime(200);
    expect(viewer.store.get(createShapeId('a'))).toMatchObject({ x: 7 });

    viewer.store.put([geo('mine', 1)]);
    vi.advanceTimersByTime(2000);
    expect(drawing(chairDoc).map((e) => e.key)).toEqual([createShapeId('a')]);

    chair.store.remove([createShapeId('a')]);
    vi.advanceTimersByTime(200);
    expect(viewer.store.has(createShapeId('a'))).toBe(false);
    expect(viewerOwn).toEqual([]);
  });

  it('shows the last entry per record id, skips invalid records and non-annotations', () => {
    const { editor, store } = canvas();
    const doc = new Y.Doc();
    const camera = { id: 'camera:page', typeName: 'camera', x: 9, y: 9, z: 1, meta: {} } as TLRecord;
    const broken = { ...geo('broken'), props: { ...geo('broken').props, w: 'wide' } } as unknown as TLRecord;
    drawing(doc).push([
      { key: createShapeId('a'), val: geo('a', 1) },
      { key: createShapeId('b'), val: geo('b', 5) },
      { key: createShapeId('a'), val: geo('a', 2) },
      { key: String(broken.id), val: broken },
      { key: person('p1').id, val: person('p1') },
      { key: camera.id, val: camera },
    ]);
    const updates = updatesOf(doc);
    connectDrawing(editor, doc, { editable: false, onIncompatible: () => {} });
    expect(store.get(createShapeId('a'))).toMatchObject({ x: 2 });
    expect(store.get(createShapeId('b'))).toMatchObject({ x: 5 });
    expect(store.has(broken.id)).toBe(false);
    expect(store.has(person('p1').id)).toBe(false);
    expect((store.get(camera.id as TLRecord['id']) as { x?: number } | undefined)?.x).not.toBe(9);
    // Reading never tidies the duplicates: a viewer that wrote would be disconnected.
    expect(drawing(doc).length).toBe(6);
    expect(updates).toEqual([]);
  });
});

describe('connectDrawing with a drawing from a newer tldraw', () => {
  it('neither shows nor writes until the schema is one it knows', () => {
    const { editor, store } = canvas();
    const doc = new Y.Doc();
    const ours = store.schema.serialize();
    const newer = { ...ours, sequences: { ...ours.sequences, 'com.example.future': 1 } };
    doc.transact(() => {
      doc.getMap('drawingMeta').set('schema', newer);
      drawing(doc).push([{ key: createShapeId('a'), val: geo('a', 3) }]);
    });
    const seen: boolean[] = [];
    connectDrawing(editor, doc, { editable: true, onIncompatible: (v) => seen.push(v) });
    expect(seen).toEqual([true]);
    expect(store.has(createShapeId('a'))).toBe(false);

    store.put([geo('b')]);
    vi.advanceTimersByTime(200);
    expect(drawing(doc).map((e) => e.key)).toEqual([createShapeId('a')]);
    expect(doc.getMap('drawingMeta').get('schema')).toEqual(newer);

    // Someone with our version rewrites the schema: the drawing appears.
    Y.applyUpdate(doc, updateSettingSchema(doc, ours), 'remote');
    expect(seen.at(-1)).toBe(false);
    expect(store.get(createShapeId('a'))).toMatchObject({ x: 3 });
  });
});

/** An update from another peer that sets drawingMeta.schema to `schema`. */
function updateSettingSchema(doc: Y.Doc, schema: unknown): Uint8Array {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(peer);
  peer.getMap('drawingMeta').set('schema', schema);
  return Y.encodeStateAsUpdate(peer, before);
}
