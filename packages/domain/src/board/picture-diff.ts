// Two pictures (arrangements) compared: what appeared, what went, and for each
// element that stayed, how far it moved, how much it turned, whether it crossed
// the board's edge. Below the epsilons a change is float noise, not a movement.
import { isInside, signedTurn, type BoardElement } from './element.js';

export const MOVE_EPSILON = 0.05;
export const TURN_EPSILON = 0.5;

export interface ElementChange {
  id: string;
  label: string;
  moved: { from: { x: number; y: number }; to: { x: number; y: number }; distance: number } | null;
  turned: { from: number | null; to: number | null; degrees: number } | null;
  relabelled: { from: string; to: string } | null;
  resized: { from: string; to: string } | null;
  recoloured: { from: string; to: string } | null;
  crossedBoundary: 'entered' | 'left' | null;
}

export function diffPictures(before: BoardElement[], after: BoardElement[]) {
  const old = new Map(before.map((e) => [e.id, e]));
  const now = new Map(after.map((e) => [e.id, e]));
  const added = after.filter((e) => !old.has(e.id));
  const removed = before.filter((e) => !now.has(e.id));
  const changes: ElementChange[] = [];
  for (const a of after) {
    const b = old.get(a.id);
    if (!b) continue;
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    const moved = d > MOVE_EPSILON ? { from: { x: b.x, y: b.y }, to: { x: a.x, y: a.y }, distance: d } : null;
    let turned: ElementChange['turned'] = null;
    if (a.facing !== null && b.facing !== null) {
      const deg = signedTurn(b.facing, a.facing);
      if (Math.abs(deg) > TURN_EPSILON) turned = { from: b.facing, to: a.facing, degrees: deg };
    } else if (a.facing !== b.facing) turned = { from: b.facing, to: a.facing, degrees: 0 };
    const change: ElementChange = {
      id: a.id,
      label: a.label,
      moved,
      turned,
      relabelled: a.label !== b.label ? { from: b.label, to: a.label } : null,
      resized: a.size !== b.size ? { from: b.size, to: a.size } : null,
      recoloured: a.colour !== b.colour ? { from: b.colour, to: a.colour } : null,
      crossedBoundary: isInside(a) === isInside(b) ? null : isInside(a) ? 'entered' : 'left',
    };
    if (change.moved || change.turned || change.relabelled || change.resized || change.recoloured) changes.push(change);
  }
  return { added, removed, changes };
}
