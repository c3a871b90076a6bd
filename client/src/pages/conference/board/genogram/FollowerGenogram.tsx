/**
 * The family tree for everyone but the chair (the family, professionals, the room's screen): the
 * shared SVG (shared/src/genogram/svg.ts) with the chair's drawing over it (drawing-svg.ts), fitted
 * to the space it has. No tldraw code is loaded for it. It reads the document and never writes.
 *
 * Sizes: on the family's and the room's screens (`large`) the figure fills most of the screen's
 * height, so the words under each symbol (16 layout units) come out at about 20 px or more at
 * 1920×1080 for a family of three generations. A tree that is small for its box is not blown up
 * more than MAX_SCALE times.
 */
import { useMemo, type CSSProperties } from 'react';
import type * as Y from 'yjs';
import { docParts } from '@cb/shared/doc/schema';
import { readDrawing, type DrawnRecord } from '@cb/shared/genogram/drawing';
import { drawingToSvg } from '@cb/shared/genogram/drawing-svg';
import { layoutGenogram } from '@cb/shared/genogram/layout';
import type { GenogramModel } from '@cb/shared/genogram/model';
import { genogramToSvg } from '@cb/shared/genogram/svg';
import { useDocSnapshot } from '../../../../docs/useDocSnapshot.ts';
import { personPlacement } from './canvas/genogramDrawing.ts';

/** How many times its own size a small tree may be drawn (a couple should not fill the screen). */
const MAX_SCALE = { large: 2.2, normal: 1.4 };

function useDrawing(doc: Y.Doc): DrawnRecord[] {
  return useDocSnapshot(
    [doc],
    () => readDrawing(doc),
    () => [docParts(doc).drawing()],
  );
}

/** The tree and the chair's drawing as one SVG, and its natural size (layout units). */
export function followerSvg(model: GenogramModel, drawing: DrawnRecord[]) {
  const layout = layoutGenogram(model);
  const placed = new Map(layout.symbols.map((s) => [s.personId, personPlacement(s)]));
  const annotations = drawingToSvg(drawing, (personId) => placed.get(personId) ?? null);
  const svg = genogramToSvg(model, { legend: false, annotations });
  const size = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  return { svg, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
}

export function FollowerGenogram({
  doc,
  model,
  large,
}: {
  doc: Y.Doc;
  model: GenogramModel;
  large: boolean;
}) {
  const drawing = useDrawing(doc);
  const picture = useMemo(() => followerSvg(model, drawing), [model, drawing]);
  const scale = large ? MAX_SCALE.large : MAX_SCALE.normal;
  const style = {
    '--genogram-max-width': `${Math.round(picture.width * scale)}px`,
    '--genogram-max-height': `${Math.round(picture.height * scale)}px`,
  } as CSSProperties;
  return (
    <div className="genogram-figure" style={style}>
      {/* genogramToSvg and drawingToSvg escape every piece of text they draw. */}
      <div className="genogram-figure__svg" dangerouslySetInnerHTML={{ __html: picture.svg }} />
    </div>
  );
}
