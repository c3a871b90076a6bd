/**
 * The layout's output types and its fixed measurements (layout units; 1 unit = 1 px in the SVG).
 */
import type { EmotionalKind, PartnershipKind, ParentKind } from './model.ts';
import { CHAR_WIDTH, LABEL_CHARS } from './labels.ts';

export const SYMBOL_SIZE = 40;
/** Minimum distance between the centres of two people in a row after a nudge: the widest label, and a little. */
export const MIN_SEPARATION = Math.ceil(LABEL_CHARS * CHAR_WIDTH) + 3;
/** How far up or down a nudge may move a symbol. */
export const MAX_NUDGE_Y = 16;

export interface PlacedSymbol {
  personId: string;
  x: number;
  y: number;
  size: number;
  generation: number;
  /** The words under the symbol. */
  label: string[];
}

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'dash-dot';
export type SegmentRole = 'partner' | 'drop' | 'sibling-bar' | 'child' | 'twin' | 'identical-twins';

export interface Segment {
  role: SegmentRole;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  style: LineStyle;
  /** Thin: a line whose relationship was not recorded (two parents of a child, no partnership). */
  thin: boolean;
  /** The people whose symbols this segment may touch. */
  owners: string[];
  /** The relationship drawn (partnerships), or the child (child lines). */
  ref: string;
}

export interface PartnershipMarker {
  relationshipId: string;
  kind: PartnershipKind | 'none';
  x: number;
  y: number;
  /** 1 for separated, 2 for divorced. */
  slashes: 0 | 1 | 2;
  /** The dates in plain words, one line each, e.g. ["married 2012", "divorced 2023"]; often none. */
  dates: string[];
  /** Where the dates go (above the symbols): the centre, and the baseline of the lowest line. */
  dateX: number;
  dateY: number;
}

export interface HouseholdShape {
  householdId: string;
  name: string;
  /**
   * Closed rings with right angles around the members and their words, never around anyone else
   * (draw with fill-rule="evenodd": a ring inside another is a hole). Usually one; more when some
   * members cannot be joined to the rest without going round other people.
   */
  rings: { x: number; y: number }[][];
  /** The name, once per separate outline: its words (shortened if it could not fit), start and baseline. */
  names: { text: string; x: number; y: number }[];
  members: string[];
}

export interface EmotionalLine {
  relationshipId: string;
  kind: EmotionalKind;
  a: string;
  b: string;
  points: { x: number; y: number }[];
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  width: number;
  height: number;
}

export interface Layout {
  symbols: PlacedSymbol[];
  segments: Segment[];
  markers: PartnershipMarker[];
  households: HouseholdShape[];
  emotional: EmotionalLine[];
  bounds: Bounds;
  /** Child line style by kind, for the legend. */
  childKinds: ParentKind[];
}

export interface LayoutOptions {
  /** The year ages are counted from when sorting siblings with only an age (default 2026). */
  referenceYear?: number;
}
