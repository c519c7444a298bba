import { describe, expect, it } from 'vitest';
import type { BoardElement } from './element.js';
import { diffPictures, MOVE_EPSILON, TURN_EPSILON } from './picture-diff.js';

const el = (id: string, over: Partial<BoardElement> = {}): BoardElement => ({ id, kind: 'person', label: id, colour: '#1f6feb', size: 'medium', x: 50, y: 50, facing: 0, isClient: false, ...over });

describe('comparing two pictures', () => {
  it('finds elements added and removed', () => {
    const d = diffPictures([el('a'), el('b')], [el('b'), el('c')]);
    expect(d.added.map((e) => e.id)).toEqual(['c']);
    expect(d.removed.map((e) => e.id)).toEqual(['a']);
    expect(d.changes).toEqual([]);
  });

  it('measures a move and the shortest signed turn', () => {
    const d = diffPictures([el('a', { x: 10, y: 10, facing: 350 })], [el('a', { x: 13, y: 14, facing: 20 })]);
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]!.moved).toEqual({ from: { x: 10, y: 10 }, to: { x: 13, y: 14 }, distance: 5 });
    expect(d.changes[0]!.turned).toEqual({ from: 350, to: 20, degrees: 30 });
    const back = diffPictures([el('a', { facing: 20 })], [el('a', { facing: 350 })]);
    expect(back.changes[0]!.turned!.degrees).toBe(-30);
  });

  it('ignores float noise below the epsilons', () => {
    const d = diffPictures([el('a')], [el('a', { x: 50 + MOVE_EPSILON / 2, facing: TURN_EPSILON / 2 })]);
    expect(d.changes).toEqual([]);
  });

  it('notes relabelling, resizing, recolouring, and crossing the board’s edge', () => {
    const d = diffPictures([el('a', { x: 50 })], [el('a', { x: 110, label: 'Le père', size: 'large', colour: '#d1242f' })]);
    const c = d.changes[0]!;
    expect(c.relabelled).toEqual({ from: 'a', to: 'Le père' });
    expect(c.resized).toEqual({ from: 'medium', to: 'large' });
    expect(c.recoloured).toEqual({ from: '#1f6feb', to: '#d1242f' });
    expect(c.crossedBoundary).toBe('left');
    expect(diffPictures([el('a', { x: 110 })], [el('a', { x: 50 })]).changes[0]!.crossedBoundary).toBe('entered');
  });

  it('reports a gaze gained or lost as a turn of no measurable angle', () => {
    const d = diffPictures([el('a', { facing: null })], [el('a', { facing: 90 })]);
    expect(d.changes[0]!.turned).toEqual({ from: null, to: 90, degrees: 0 });
  });
});
