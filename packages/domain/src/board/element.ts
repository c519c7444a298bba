// The constellation board's vocabulary: what stands on the board and where.
//
// Coordinates are board units on a square board of BOARD_SIZE × BOARD_SIZE, with the
// origin at the top-left corner and y growing downwards (as on screen). Around the
// board lies an "outside" band of OUTSIDE_MARGIN units: a coach places there what is
// not (yet) part of the system. Facing is in degrees, clockwise, 0 meaning "looking
// up" (towards smaller y); abstract elements may have no facing (null).

export const BOARD_SIZE = 100;
export const OUTSIDE_MARGIN = 15;
/** The whole field, board and outside band together: [-OUTSIDE_MARGIN, BOARD_SIZE + OUTSIDE_MARGIN]. */
export const FIELD_MIN = -OUTSIDE_MARGIN;
export const FIELD_MAX = BOARD_SIZE + OUTSIDE_MARGIN;

/**
 * Person and organisation stand for members of the system; need, value, solution and
 * mission are abstractions (domain.md: "the solution", "the mission"); resource and
 * obstacle are what helps or hinders.
 */
export const ELEMENT_KINDS = [
  'person',
  'organisation',
  'need',
  'value',
  'solution',
  'mission',
  'resource',
  'obstacle',
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

export const ABSTRACT_KINDS: readonly ElementKind[] = ['need', 'value', 'solution', 'mission'];
export const isAbstractKind = (kind: ElementKind): boolean => ABSTRACT_KINDS.includes(kind);

export const ELEMENT_SIZES = ['small', 'medium', 'large'] as const;
export type ElementSize = (typeof ELEMENT_SIZES)[number];

/** Radius in board units of each size: what distances and overlaps are measured against. */
export const SIZE_RADIUS: Record<ElementSize, number> = { small: 3.5, medium: 5, large: 6.5 };

/** The shape a kind is drawn with: people are figures with a nose, abstractions are diamonds… */
export type ElementShape = 'figure' | 'square' | 'diamond' | 'hexagon' | 'circle' | 'triangle';
export const SHAPE_BY_KIND: Record<ElementKind, ElementShape> = {
  person: 'figure',
  organisation: 'square',
  need: 'diamond',
  value: 'diamond',
  solution: 'hexagon',
  mission: 'hexagon',
  resource: 'circle',
  obstacle: 'triangle',
};

/** A small palette that stays legible on the board's light background (and for colour-blind eyes, with shapes). */
export const ELEMENT_COLOURS = [
  '#1f6feb', // blue
  '#d1242f', // red
  '#1a7f37', // green
  '#9a6700', // ochre
  '#8250df', // violet
  '#bc4c00', // orange
  '#0e7490', // teal
  '#57606a', // grey
] as const;
export type ElementColour = (typeof ELEMENT_COLOURS)[number];

export interface BoardElement {
  id: string;
  kind: ElementKind;
  label: string;
  colour: string;
  size: ElementSize;
  x: number;
  y: number;
  /** Degrees clockwise from "up", in [0, 360); null for an element without a gaze. */
  facing: number | null;
  /** The client's own element (the "focus" figure of domain.md). */
  isClient: boolean;
}

/** Where an element is: its position and facing, what a movement changes. */
export interface Placement {
  x: number;
  y: number;
  facing: number | null;
}

export const placementOf = (e: Placement): Placement => ({ x: e.x, y: e.y, facing: e.facing });

/** Keeps a point on the field (board plus outside band). */
export function clampToField(p: { x: number; y: number }): { x: number; y: number } {
  const clamp = (v: number) => Math.min(FIELD_MAX, Math.max(FIELD_MIN, v));
  return { x: clamp(p.x), y: clamp(p.y) };
}

/** On the board proper, as opposed to the outside band. */
export function isInside(p: { x: number; y: number }): boolean {
  return p.x >= 0 && p.x <= BOARD_SIZE && p.y >= 0 && p.y <= BOARD_SIZE;
}

/** Any angle to [0, 360). */
export function normaliseDegrees(deg: number): number {
  const r = deg % 360;
  return r < 0 ? r + 360 : r === 0 ? 0 : r; // avoids -0
}

/** The signed smallest turn from one facing to another, in (-180, 180]. */
export function signedTurn(from: number, to: number): number {
  const d = normaliseDegrees(to - from);
  return d > 180 ? d - 360 : d;
}
