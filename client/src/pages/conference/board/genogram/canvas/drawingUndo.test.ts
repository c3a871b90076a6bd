/**
 * The chair's drawing and the board's undo: strokes are written the way every chair write is, but
 * left to the canvas's own undo; a board undo keeps a stroke drawn after it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createShapeId } from 'tldraw';
import * as Y from 'yjs';
import { LOCAL_ORIGIN, readSection } from '@cb/shared/doc/board';
import { initConferenceDoc } from '@cb/shared/doc/schema';
import { ChairUndo } from '../../../../../docs/undo.ts';
import { createBoardActions } from '../../commands/items.ts';
import { connectDrawing } from './drawingSync.ts';
import { canvas, drawing, geo, link, updatesOf } from './drawingTestCanvas.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

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
