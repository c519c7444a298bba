// Taking a place: the board turns to an element's point of view, that element at
// the bottom centre looking up. A rotation about the element, then a translation
// to the anchor; the same mapping as a point function and as an SVG transform.
import { BOARD_SIZE, type Placement } from './element.js';

export interface ViewpointTransform {
  rotate: number;
  translate: { x: number; y: number };
  pivot: { x: number; y: number };
}

const ANCHOR = { x: BOARD_SIZE / 2, y: BOARD_SIZE * 0.85 };

export function viewpointTransform(element: Placement): ViewpointTransform {
  return { rotate: element.facing === null ? 0 : -element.facing, translate: { x: ANCHOR.x - element.x, y: ANCHOR.y - element.y }, pivot: { x: element.x, y: element.y } };
}

export function toViewpoint(p: { x: number; y: number }, t: ViewpointTransform): { x: number; y: number } {
  const r = (t.rotate * Math.PI) / 180;
  const dx = p.x - t.pivot.x;
  const dy = p.y - t.pivot.y;
  return { x: t.pivot.x + dx * Math.cos(r) - dy * Math.sin(r) + t.translate.x, y: t.pivot.y + dx * Math.sin(r) + dy * Math.cos(r) + t.translate.y };
}

export function facingInViewpoint(facing: number | null, t: ViewpointTransform): number | null {
  if (facing === null) return null;
  const f = (facing + t.rotate) % 360;
  return f < 0 ? f + 360 : f;
}

export function viewpointSvgTransform(t: ViewpointTransform): string {
  return `translate(${t.translate.x} ${t.translate.y}) rotate(${t.rotate} ${t.pivot.x} ${t.pivot.y})`;
}
