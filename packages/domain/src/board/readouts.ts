// What a coach reads off a constellation: how far elements stand from each other,
// who looks at whom, who is outside everyone's view. Angles follow element.ts:
// degrees clockwise from "up", screen coordinates (y grows downwards).
import { isInside, type BoardElement, type Placement } from './element.js';

export const FIELD_OF_VIEW = 120;
export const FACING_TOLERANCE = 20;

export function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

export function gazeVector(facing: number): { x: number; y: number } {
  const r = (facing * Math.PI) / 180;
  return { x: Math.sin(r), y: -Math.cos(r) };
}

export function facingAngle(from: Placement, to: { x: number; y: number }): number | null {
  if (from.facing === null) return null;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len === 0) return null;
  const g = gazeVector(from.facing);
  const cos = Math.max(-1, Math.min(1, (g.x * dx + g.y * dy) / len));
  return (Math.acos(cos) * 180) / Math.PI;
}

export function sees(a: Placement, b: { x: number; y: number }): boolean {
  const angle = facingAngle(a, b);
  return angle !== null && angle <= FIELD_OF_VIEW / 2;
}

export function faces(a: Placement, b: { x: number; y: number }): boolean {
  const angle = facingAngle(a, b);
  return angle !== null && angle <= FACING_TOLERANCE;
}

export function outsideEveryView(elements: BoardElement[]): string[] {
  return elements.filter((e) => !elements.some((o) => o.id !== e.id && sees(o, e))).map((e) => e.id);
}

export function boardReadouts(elements: BoardElement[]) {
  return elements.map((e) => {
    let nearest: { id: string; distance: number } | null = null;
    for (const o of elements) {
      if (o.id === e.id) continue;
      const d = distance(e, o);
      if (!nearest || d < nearest.distance) nearest = { id: o.id, distance: d };
    }
    return { id: e.id, inside: isInside(e), nearest };
  });
}
