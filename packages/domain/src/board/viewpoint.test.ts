import { describe, expect, it } from 'vitest';
import { BOARD_SIZE } from './element.js';
import { facingInViewpoint, toViewpoint, viewpointSvgTransform, viewpointTransform } from './viewpoint.js';

const ANCHOR = { x: BOARD_SIZE / 2, y: BOARD_SIZE * 0.85 };
const close = (p: { x: number; y: number }, q: { x: number; y: number }) => {
  expect(p.x).toBeCloseTo(q.x, 6);
  expect(p.y).toBeCloseTo(q.y, 6);
};

/** Applies an SVG transform list of translate() and rotate(a cx cy), as a browser would. */
function applySvg(transform: string, p: { x: number; y: number }) {
  const ops = [...transform.matchAll(/(translate|rotate)\(([^)]*)\)/g)].map((m) => [m[1], m[2]!.split(/[ ,]+/).map(Number)] as const);
  // The rightmost transform applies first.
  return ops.reverse().reduce((q, [op, n]) => {
    if (op === 'translate') return { x: q.x + n[0]!, y: q.y + (n[1] ?? 0) };
    const a = (n[0]! * Math.PI) / 180;
    const [cx, cy] = [n[1] ?? 0, n[2] ?? 0];
    const dx = q.x - cx;
    const dy = q.y - cy;
    return { x: cx + dx * Math.cos(a) - dy * Math.sin(a), y: cy + dx * Math.sin(a) + dy * Math.cos(a) };
  }, p);
}

describe('taking a place', () => {
  it('brings the element to the bottom centre, looking up', () => {
    for (const facing of [0, 45, 90, 180, 270, 333]) {
      const me = { x: 20, y: 30, facing };
      const t = viewpointTransform(me);
      close(toViewpoint(me, t), ANCHOR);
      expect(facingInViewpoint(facing, t)).toBeCloseTo(0, 6);
      // What it looks at ends up straight above it.
      const ahead = { x: me.x + Math.sin((facing * Math.PI) / 180) * 10, y: me.y - Math.cos((facing * Math.PI) / 180) * 10 };
      close(toViewpoint(ahead, t), { x: ANCHOR.x, y: ANCHOR.y - 10 });
    }
  });

  it('only moves the board for an element without a gaze', () => {
    const t = viewpointTransform({ x: 10, y: 10, facing: null });
    expect(t.rotate).toBe(0);
    close(toViewpoint({ x: 20, y: 10 }, t), { x: ANCHOR.x + 10, y: ANCHOR.y });
    expect(facingInViewpoint(null, t)).toBeNull();
  });

  it('gives the SVG transform that maps every point the same way', () => {
    const t = viewpointTransform({ x: 70, y: 40, facing: 120 });
    const svg = viewpointSvgTransform(t);
    for (const p of [{ x: 0, y: 0 }, { x: 70, y: 40 }, { x: 100, y: 100 }, { x: -15, y: 33 }]) close(applySvg(svg, p), toViewpoint(p, t));
  });

  it('keeps other facings relative', () => {
    const t = viewpointTransform({ x: 0, y: 0, facing: 90 });
    expect(facingInViewpoint(180, t)).toBeCloseTo(90);
    expect(facingInViewpoint(0, t)).toBeCloseTo(270);
  });
});
