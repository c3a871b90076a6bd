/**
 * connectDrawing against a real tldraw store (the same shape and binding utils as the canvas) and
 * real Y.Docs. Only the Editor around the store is a stand-in: tldraw's Editor needs a DOM, and
 * connectDrawing (with settle.ts) uses nothing of it but `store`, `on`/`off` and `inputs.isPointing`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createShapeId, type TLRecord } from 'tldraw';
import { LOCAL_ORIGIN } from '@cb/shared/doc/board';
import { compareSchema, connectDrawing, isAnnotation } from './drawingSync.ts';
import { canvas, drawing, geo, link, person, updateSettingSchema, updatesOf } from './drawingTestCanvas.ts';

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
