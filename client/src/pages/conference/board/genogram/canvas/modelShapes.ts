/**
 * Keeps the model-bound shapes (people and lines) in the tldraw store, and keeps the canvas from
 * changing them in ways the model cannot hold: people may only be moved (a move becomes a nudge in
 * the model), the lines may not be touched or selected at all, and neither may be deleted.
 */
import { getIndicesAbove, type Editor, type IndexKey, type TLRecord, type TLShape } from 'tldraw';
import type { GenogramPicture, Placement } from './genogramDrawing.ts';
import { createSettle } from './settle.ts';
import {
  LINES_SHAPE_ID,
  LINES_TYPE,
  PERSON_TYPE,
  isModelShapeType,
  personShapeId,
  type LinesShape,
  type PersonShape,
} from './shapes.tsx';

/** What the canvas currently shows from the model, shared with the guards and the nudge tracking. */
export interface ModelShapes {
  /** Where the layout put each person (before any drag), by person id. */
  placements: Map<string, Placement>;
}

/** Below everything the chair draws (tldraw gives new shapes an index above the highest). */
const LINES_INDEX = 'a0' as IndexKey;

/**
 * Replaces the model-bound shapes with those of `picture`. Done as a remote change: these shapes are
 * derived data, not something the chair did, so the annotation sync and tldraw's undo ignore them.
 * Written with store.put (not editor.createShapes, which does nothing when the editor is read-only).
 */
export function applyModelShapes(editor: Editor, state: ModelShapes, picture: GenogramPicture): void {
  const parentId = editor.getCurrentPageId();
  const ids = [...picture.people.keys()].sort();
  const indices = getIndicesAbove(LINES_INDEX, ids.length);
  const base = { typeName: 'shape', parentId, rotation: 0, opacity: 1, meta: {} } as const;
  const records: TLRecord[] = [
    {
      ...base,
      id: LINES_SHAPE_ID,
      type: LINES_TYPE,
      x: picture.lines.x,
      y: picture.lines.y,
      index: LINES_INDEX,
      isLocked: true,
      props: { w: picture.lines.w, h: picture.lines.h },
    } satisfies LinesShape,
  ];
  ids.forEach((personId, i) => {
    const p = picture.people.get(personId);
    if (!p) return;
    records.push({
      ...base,
      id: personShapeId(personId),
      type: PERSON_TYPE,
      x: p.x,
      y: p.y,
      index: indices[i] ?? LINES_INDEX,
      isLocked: false,
      props: { personId, name: p.name ?? '', w: p.w, h: p.h },
    } satisfies PersonShape);
  });
  const keep = new Set(records.map((r) => r.id));
  const stale = editor
    .getCurrentPageShapes()
    .filter((s) => isModelShapeType(s.type) && !keep.has(s.id))
    .map((s) => s.id);
  state.placements = picture.people;
  editor.store.mergeRemoteChanges(() => {
    if (stale.length > 0) editor.store.remove(stale);
    editor.store.put(records);
  });
}

/** Registers the guards; returns a function that removes them. */
export function guardModelShapes(editor: Editor, state: ModelShapes): () => void {
  const isCurrent = (shape: TLShape) =>
    shape.id === LINES_SHAPE_ID ||
    (shape.id === personShapeId(personIdOf(shape)) && state.placements.has(personIdOf(shape)));
  const removers = [
    editor.sideEffects.registerBeforeChangeHandler('shape', (prev, next, source) => {
      if (source !== 'user' || !isModelShapeType(prev.type)) return next;
      if (prev.type === LINES_TYPE) return prev;
      // A person keeps everything but its position.
      return { ...prev, x: next.x, y: next.y };
    }),
    editor.sideEffects.registerBeforeDeleteHandler('shape', (shape, source) => {
      if (source === 'user' && isCurrent(shape)) return false;
      return undefined;
    }),
    // A duplicated or pasted person is not in the model: remove it at once.
    editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
      if (source === 'user' && isModelShapeType(shape.type) && !isCurrent(shape))
        editor.deleteShape(shape.id);
    }),
    // The lines are background: never part of a selection (so never moved, copied or deleted).
    editor.sideEffects.registerBeforeChangeHandler('instance_page_state', (_prev, next) => {
      if (!next.selectedShapeIds.includes(LINES_SHAPE_ID)) return next;
      return { ...next, selectedShapeIds: next.selectedShapeIds.filter((id) => id !== LINES_SHAPE_ID) };
    }),
  ];
  return () => removers.forEach((remove) => remove());
}

export function personIdOf(shape: TLShape): string {
  return shape.type === PERSON_TYPE ? (shape as PersonShape).props.personId : '';
}

/**
 * Reports people the chair moved (by dragging, or with the arrow keys), once the move is over, with
 * how far each moved from where the layout put them. The next model puts them where they belong.
 */
export function trackMoves(
  editor: Editor,
  state: ModelShapes,
  onMoved: (personId: string, movedX: number, movedY: number) => void,
): () => void {
  const moved = new Set<string>();
  const flush = () => {
    for (const personId of moved) {
      const shape = editor.getShape(personShapeId(personId));
      const from = state.placements.get(personId);
      if (!shape || !from) continue;
      const dx = shape.x - from.x;
      const dy = shape.y - from.y;
      if (Math.abs(dx) >= 0.5 || Math.abs(dy) >= 0.5) onMoved(personId, dx, dy);
    }
    moved.clear();
  };
  const settle = createSettle(editor, flush);
  const stop = editor.store.listen(
    ({ changes }) => {
      for (const [from, to] of Object.values(changes.updated)) {
        if (to.typeName !== 'shape' || to.type !== PERSON_TYPE || from.typeName !== 'shape') continue;
        if (from.x !== to.x || from.y !== to.y) moved.add(personIdOf(to));
      }
      if (moved.size > 0) settle.schedule();
    },
    { source: 'user', scope: 'document' },
  );
  return () => {
    stop();
    settle.dispose();
  };
}
