/**
 * What followers see of the chair's drawing: records made and checked by a real tldraw store (the
 * canvas's own shape and binding utils), saved to a real Y.Doc the way the chair's canvas saves
 * them, then read back and drawn by the shared SVG code, with no tldraw on that side.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createBindingId,
  createShapeId,
  defaultShapeUtils,
  toRichText,
  type Editor,
  type IndexKey,
  type TLRecord,
  type TLShapePartial,
} from 'tldraw';
import { initConferenceDoc } from '@cb/shared/doc/schema';
import { readDrawing } from '@cb/shared/genogram/drawing';
import { drawingToSvg } from '@cb/shared/genogram/drawing-svg';
import { FIXTURES } from '../../../../../../../tests/fixtures/genogram.ts';
import { followerSvg } from '../FollowerGenogram.tsx';
import { createDrawingCommands } from '../../commands/drawing.ts';
import { canvas, geo } from './drawingTestCanvas.ts';
import { isAnnotation } from './drawingSync.ts';
import { RecordKeyValue, type KeyValueEntry } from './recordKeyValue.ts';

const PAGE = 'page:page';
const defaults = (type: string) => {
  const Util = defaultShapeUtils.find((u) => u.type === type);
  if (!Util) throw new Error(type);
  return new Util({} as Editor).getDefaultProps() as unknown as Record<string, unknown>;
};

function shape(partial: TLShapePartial & { props: Record<string, unknown> }, index: string): TLRecord {
  return {
    typeName: 'shape',
    parentId: PAGE,
    rotation: 0,
    opacity: 1,
    isLocked: false,
    meta: {},
    x: 0,
    y: 0,
    index: index as IndexKey,
    ...partial,
    props: { ...defaults(partial.type), ...partial.props },
  } as TLRecord;
}

/** The chair's drawing: a stroke, words, a box, and an arrow tied to the box. */
function chairDrawing(): { doc: Y.Doc; records: TLRecord[] } {
  const { store } = canvas();
  const box = { ...geo('box', 300), y: 100 };
  const records: TLRecord[] = [
    shape(
      {
        id: createShapeId('stroke'),
        type: 'draw',
        x: 10,
        y: 20,
        props: {
          segments: [{ type: 'free', points: [0, 10, 20].map((x) => ({ x, y: x / 2, z: 0.5 })) }],
          isComplete: true,
        },
      },
      'a2',
    ),
    {
      ...shape({ id: createShapeId('words'), type: 'text', x: 40, y: 60, props: {} }, 'a3'),
      props: {
        color: 'red',
        size: 'm',
        font: 'draw',
        textAlign: 'start',
        w: 200,
        richText: toRichText('Grandma collects the children'),
        scale: 1,
        autoSize: true,
      },
    } as TLRecord,
    box,
    shape(
      {
        id: createShapeId('arrow'),
        type: 'arrow',
        x: 0,
        y: 140,
        props: { start: { x: 0, y: 0 }, end: { x: 350, y: 0 } },
      },
      'a4',
    ),
    {
      id: createBindingId('tie'),
      typeName: 'binding',
      type: 'arrow',
      fromId: createShapeId('arrow'),
      toId: box.id,
      meta: {},
      props: {
        terminal: 'end',
        normalizedAnchor: { x: 0.5, y: 0.5 },
        isExact: false,
        isPrecise: false,
        snap: 'none',
      },
    } as TLRecord,
  ];
  // The store checks every record, as the canvas does when the chair draws.
  store.put(records);
  const doc = new Y.Doc();
  initConferenceDoc(doc, { conferenceId: 'c1', kind: 'initial', restricted: false, children: [] });
  const kv = new RecordKeyValue<TLRecord>(doc.getArray<KeyValueEntry<TLRecord>>('drawing'));
  const saved = store.allRecords().filter(isAnnotation);
  createDrawingCommands(doc, kv).save(new Map(saved.map((r) => [r.id, r])), []);
  return { doc, records: saved };
}

describe('the chair’s drawing for followers', () => {
  it('reads every saved shape and binding back from the document, and only reads', () => {
    const { doc, records } = chairDrawing();
    const before = Y.encodeStateAsUpdate(doc);
    const read = readDrawing(doc);
    expect(read.map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('draws the stroke, the words, the box and the arrow ending at the box', () => {
    const { doc } = chairDrawing();
    const { svg, bounds } = drawingToSvg(readDrawing(doc), () => null);
    expect(svg).toContain('<path d="M0 0 L10 5 L20 10"');
    expect(svg).toContain('matrix(1 0 0 1 10 20)');
    expect(svg).toContain('>Grandma collects the children</text>');
    expect(svg).toContain('fill="#e03131"');
    expect(svg).toMatch(/<rect width="100" height="80"/);
    // The box is 300–400 wide: an arrow tied to its centre stops at its left edge.
    expect(svg).toContain('M0 140 Q150 140 300 140');
    expect(bounds?.minX).toBeLessThanOrEqual(0);
    expect(bounds?.maxX).toBeGreaterThanOrEqual(400);
  });

  it('puts the drawing on the tree, which grows to hold it', () => {
    const { doc } = chairDrawing();
    const model = (FIXTURES['single-parent'] as () => Parameters<typeof followerSvg>[0])();
    const plain = followerSvg(model, []);
    const drawn = followerSvg(model, readDrawing(doc));
    expect(drawn.svg).toContain('<g class="annotations">');
    expect(drawn.svg).toContain('Grandma collects the children');
    expect(plain.svg).not.toContain('annotations');
    expect(drawn.width).toBeGreaterThanOrEqual(plain.width);
  });
});
