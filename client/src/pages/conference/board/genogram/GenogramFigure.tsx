/**
 * The genogram figure on the board. Everyone sees the shared SVG with the chair's drawing on it
 * (FollowerGenogram). The chair can open the tldraw canvas (to move people and draw around the
 * tree) with "Move people or draw", and close it again with "Finish drawing": the canvas runs a
 * frame loop the whole time it is open, which would otherwise slow every keystroke on the board
 * (bench:typing). It is loaded lazily; while it loads, or if it fails to load or to draw, the same
 * tree is shown as plain SVG. Followers never load tldraw's code.
 * This file and canvas/ are the only places that know about tldraw (ARCHITECTURE.md).
 */
import {
  Component,
  lazy,
  Suspense,
  useMemo,
  useState,
  type ErrorInfo,
  type JSX,
  type ReactNode,
} from 'react';
import type * as Y from 'yjs';
import type { GenogramModel } from '@cb/shared/genogram/model';
import { genogramToSvg } from '@cb/shared/genogram/svg';
import { FollowerGenogram } from './FollowerGenogram.tsx';
import '../../../../styles/genogram-canvas.css';

export interface GenogramFigureProps {
  /** The conference's public Yjs document (the drawing is stored in it). */
  doc: Y.Doc;
  /** The genogram, already read from `doc` by the caller. */
  model: GenogramModel;
  /** True only for the chair (the canvas); everyone else sees the SVG and never writes. */
  editable: boolean;
  selectedPersonId: string | null;
  /** The chair selected a person's symbol on the canvas (null: nothing, or something else). */
  onSelectPerson(personId: string | null): void;
  /** The chair moved a person; `nudge` is the new total offset from the automatic position. */
  onNudge(personId: string, nudge: { dx: number; dy: number }): void;
  /** Family or room screen: bigger and calmer. */
  large: boolean;
  licenseKey?: string;
}

/** Only ever rendered for the chair, so only the chair's browser fetches tldraw. */
const GenogramCanvas = lazy(() => import('./canvas/GenogramCanvas.tsx'));

function PlainGenogram({ model, note }: { model: GenogramModel; note: string | null }) {
  const svg = useMemo(() => genogramToSvg(model, { legend: false }), [model]);
  return (
    <div className="genogram-canvas__plain">
      {note ? <p className="genogram-canvas__note">{note}</p> : null}
      {/* genogramToSvg escapes every piece of text it draws. */}
      <div dangerouslySetInnerHTML={{ __html: svg }} />
    </div>
  );
}

interface BoundaryProps {
  fallback: ReactNode;
  children: ReactNode;
}

/** Catches a failed chunk load or a crash inside tldraw, and shows the plain figure instead. */
class CanvasBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing to report to: the fallback tells the chair, and the board carries on.
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function GenogramFigure(props: GenogramFigureProps): JSX.Element {
  const { model, large } = props;
  const [drawing, setDrawing] = useState(false);
  if (!props.editable) return <FollowerGenogram doc={props.doc} model={model} large={large} />;
  const toggle = (
    <p className="genogram-canvas__toggle">
      <button type="button" className="button button--secondary" onClick={() => setDrawing(!drawing)}>
        {drawing ? 'Finish drawing' : 'Move people or draw'}
      </button>
    </p>
  );
  if (!drawing) {
    return (
      <>
        <FollowerGenogram doc={props.doc} model={model} large={large} />
        {toggle}
      </>
    );
  }
  return (
    <>
      <div className={`genogram-canvas${large ? ' genogram-canvas--large' : ''}`}>
        <CanvasBoundary
          fallback={
            <PlainGenogram
              model={model}
              note="The drawing canvas could not be loaded, so the tree is shown without it."
            />
          }
        >
          <Suspense fallback={<PlainGenogram model={model} note={null} />}>
            <GenogramCanvas {...props} />
          </Suspense>
        </CanvasBoundary>
      </div>
      {toggle}
    </>
  );
}
