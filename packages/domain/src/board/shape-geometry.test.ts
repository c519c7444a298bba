import { describe, expect, it } from 'vitest';
import { gazeMarker, labelOffset, regularPolygon, shapeOutline } from './shape-geometry.js';

describe('element shapes', () => {
  it('puts the first corner of a polygon straight up, all corners on the circle', () => {
    const pts = regularPolygon(6, 5);
    expect(pts[0]).toEqual([0, -5]);
    for (const [x, y] of pts) expect(Math.hypot(x, y)).toBeCloseTo(5, 1);
  });

  it('draws people and resources as circles, the rest as polygons of distinct corner counts', () => {
    expect(shapeOutline('figure', 4)).toEqual({ kind: 'circle', r: 4 });
    expect(shapeOutline('circle', 3)).toEqual({ kind: 'circle', r: 3 });
    const corners = (['square', 'diamond', 'hexagon', 'triangle'] as const).map((s) => {
      const o = shapeOutline(s, 4);
      return o.kind === 'polygon' ? o.points.length : 0;
    });
    expect(corners).toEqual([4, 4, 6, 3]);
    // A square sits flat, a diamond on a corner: both have four corners but differ.
    expect(shapeOutline('square', 4)).not.toEqual(shapeOutline('diamond', 4));
  });

  it('points the gaze marker up, beyond the rim, and places the label below', () => {
    const [tip, left, right] = gazeMarker(4);
    expect(tip![1]).toBeLessThan(-4);
    expect(left![0]).toBeLessThan(0);
    expect(right![0]).toBeGreaterThan(0);
    expect(labelOffset(4)).toBeGreaterThan(4);
  });
});
