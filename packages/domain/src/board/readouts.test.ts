import { describe, expect, it } from 'vitest';
import type { BoardElement } from './element.js';
import { boardReadouts, distance, FACING_TOLERANCE, FIELD_OF_VIEW, facingAngle, faces, gazeVector, outsideEveryView, sees } from './readouts.js';

const el = (id: string, x: number, y: number, facing: number | null = 0): BoardElement => ({ id, kind: 'person', label: id, colour: '#1f6feb', size: 'medium', x, y, facing, isClient: false });

describe('distance', () => {
  it('is Euclidean, symmetric, zero on the same spot', () => {
    expect(distance({ x: 0, y: 0 }, { x: 3, y: 4 })).toBe(5);
    expect(distance({ x: 3, y: 4 }, { x: 0, y: 0 })).toBe(5);
    expect(distance({ x: 7, y: 7 }, { x: 7, y: 7 })).toBe(0);
  });
});

describe('gaze', () => {
  it('points up at 0°, right at 90°, down at 180°, left at 270° (screen coordinates)', () => {
    const round = (v: { x: number; y: number }) => ({ x: Math.round(v.x) + 0, y: Math.round(v.y) + 0 }); // + 0 turns -0 into 0
    expect(round(gazeVector(0))).toEqual({ x: 0, y: -1 });
    expect(round(gazeVector(90))).toEqual({ x: 1, y: 0 });
    expect(round(gazeVector(180))).toEqual({ x: 0, y: 1 });
    expect(round(gazeVector(270))).toEqual({ x: -1, y: 0 });
  });

  it('measures the angle between the gaze and the direction to another', () => {
    const me = el('me', 50, 50, 0);
    expect(facingAngle(me, { x: 50, y: 10 })).toBeCloseTo(0);
    expect(facingAngle(me, { x: 90, y: 50 })).toBeCloseTo(90);
    expect(facingAngle(me, { x: 50, y: 90 })).toBeCloseTo(180);
    expect(facingAngle(me, { x: 10, y: 10 })).toBeCloseTo(45);
    expect(facingAngle(el('abstract', 50, 50, null), { x: 50, y: 10 })).toBeNull();
    expect(facingAngle(me, { x: 50, y: 50 })).toBeNull();
  });

  it('sees within half the field of view, faces within the tolerance, boundaries included', () => {
    const me = el('me', 0, 0, 0);
    const at = (deg: number) => ({ x: Math.sin((deg * Math.PI) / 180) * 10, y: -Math.cos((deg * Math.PI) / 180) * 10 });
    expect(sees(me, at(FIELD_OF_VIEW / 2 - 0.01))).toBe(true);
    expect(sees(me, at(FIELD_OF_VIEW / 2 + 0.5))).toBe(false);
    expect(faces(me, at(FACING_TOLERANCE - 0.01))).toBe(true);
    expect(faces(me, at(FACING_TOLERANCE + 0.5))).toBe(false);
    expect(faces(me, at(-FACING_TOLERANCE + 0.01))).toBe(true);
  });
});

describe('outside everyone’s view', () => {
  it('lists those no other element sees; a gazeless element sees nobody', () => {
    const boss = el('boss', 20, 50, 90); // looks right, at the team
    const team = el('team', 80, 50, 270); // looks left, at the boss
    const behind = el('behind', 50, -5, null); // above both, just beyond either's field of view; sees nobody
    expect(outsideEveryView([boss, team, behind])).toEqual(['behind']);
    expect(outsideEveryView([el('alone', 50, 50)])).toEqual(['alone']);
    expect(outsideEveryView([])).toEqual([]);
  });
});

describe('board readouts', () => {
  it('gives each element its side of the boundary and its nearest neighbour', () => {
    const r = boardReadouts([el('a', 10, 10), el('b', 13, 14), el('c', 110, 50)]);
    expect(r.find((x) => x.id === 'a')).toEqual({ id: 'a', inside: true, nearest: { id: 'b', distance: 5 } });
    expect(r.find((x) => x.id === 'c')!.inside).toBe(false);
    expect(boardReadouts([el('solo', 1, 1)])[0]!.nearest).toBeNull();
  });
});
