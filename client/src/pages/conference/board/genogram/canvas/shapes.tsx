/**
 * The genogram's own tldraw shapes: one per person (`cb-person`) and one behind them holding every
 * line, marker and household (`cb-genogram-lines`). They are derived from the model and never stored
 * in Yjs, so they draw from GenogramDrawingContext (markup made by the shared SVG pieces, the same
 * drawing as the minutes) rather than from their props.
 */
import { createContext, useContext } from 'react';
import {
  BaseBoxShapeUtil,
  Rectangle2d,
  SVGContainer,
  T,
  createShapeId,
  type RecordProps,
  type TLBaseShape,
  type TLShape,
  type TLShapeId,
} from 'tldraw';

export const PERSON_TYPE = 'cb-person';
export const LINES_TYPE = 'cb-genogram-lines';

/** `name`: what a screen reader hears when the person is selected ("Ada Marlow, Person. 4 of 8"). */
export type PersonShape = TLBaseShape<
  typeof PERSON_TYPE,
  { personId: string; name: string; w: number; h: number }
>;
export type LinesShape = TLBaseShape<typeof LINES_TYPE, { w: number; h: number }>;

/** Deterministic, so every peer (and an arrow drawn near a person) names the same shape. */
export const personShapeId = (personId: string): TLShapeId => createShapeId(`person-${personId}`);
export const LINES_SHAPE_ID: TLShapeId = createShapeId('genogram-lines');

export const isPersonShape = (shape: TLShape | undefined): shape is PersonShape =>
  shape?.type === PERSON_TYPE;
export const isModelShapeType = (type: string): boolean => type === PERSON_TYPE || type === LINES_TYPE;

export interface GenogramDrawing {
  /** SVG markup per person id, in the person shape's own coordinates. */
  people: Map<string, string>;
  /** SVG markup of the lines, in the lines shape's own coordinates. */
  lines: string;
}

export const GenogramDrawingContext = createContext<GenogramDrawing>({ people: new Map(), lines: '' });

function Markup({ markup }: { markup: string }) {
  // The markup comes from the shared SVG pieces, which escape every piece of text.
  return (
    <SVGContainer>
      <g dangerouslySetInnerHTML={{ __html: markup }} />
    </SVGContainer>
  );
}

function PersonMarkup({ personId }: { personId: string }) {
  return <Markup markup={useContext(GenogramDrawingContext).people.get(personId) ?? ''} />;
}

function LinesMarkup() {
  return <Markup markup={useContext(GenogramDrawingContext).lines} />;
}

/**
 * What both model shapes share: the model places them, so the canvas may not resize, rotate or
 * bind to them (an arrow's binding would outlive a person the model drops).
 */
abstract class ModelShapeUtil<S extends PersonShape | LinesShape> extends BaseBoxShapeUtil<S> {
  override canResize() {
    return false;
  }
  override hideResizeHandles() {
    return true;
  }
  override hideRotateHandle() {
    return true;
  }
  override canBind() {
    return false;
  }
}

export class PersonShapeUtil extends ModelShapeUtil<PersonShape> {
  static override type = PERSON_TYPE;
  static override props: RecordProps<PersonShape> = {
    personId: T.string,
    name: T.string,
    w: T.number,
    h: T.number,
  };

  getDefaultProps(): PersonShape['props'] {
    return { personId: '', name: '', w: 100, h: 100 };
  }

  // Read out with the shape's kind (tool.cb-person, "Person", in GenogramCanvas's translations).
  override getAriaDescriptor(shape: PersonShape) {
    return shape.props.name;
  }

  // Position is the only thing the canvas may change: people are edited in the board's forms.
  override canEdit() {
    return false;
  }

  component(shape: PersonShape) {
    return <PersonMarkup personId={shape.props.personId} />;
  }

  indicator(shape: PersonShape) {
    return <rect width={shape.props.w} height={shape.props.h} rx={6} />;
  }
}

export class LinesShapeUtil extends ModelShapeUtil<LinesShape> {
  static override type = LINES_TYPE;
  static override props: RecordProps<LinesShape> = { w: T.number, h: T.number };

  getDefaultProps(): LinesShape['props'] {
    return { w: 1, h: 1 };
  }

  // Not filled, so a click on the empty space between people reaches the canvas, not this shape.
  override getGeometry(shape: LinesShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: false });
  }
  override hideSelectionBoundsBg() {
    return true;
  }
  override canSnap() {
    return false;
  }

  component() {
    return <LinesMarkup />;
  }

  indicator() {
    return null;
  }
}

export const GENOGRAM_SHAPE_UTILS = [PersonShapeUtil, LinesShapeUtil] as const;
