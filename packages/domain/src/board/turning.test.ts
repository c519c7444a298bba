import { describe, expect, it } from 'vitest';
import { bearing, twistedFacing } from './turning.js';

describe('bearing', () => {
  const o = { x: 50, y: 50 };
  it('is 0 straight up the board, 90 to the right, 180 down, 270 to the left', () => {
    expect(bearing(o, { x: 50, y: 10 })).toBeCloseTo(0);
    expect(bearing(o, { x: 90, y: 50 })).toBeCloseTo(90);
    expect(bearing(o, { x: 50, y: 90 })).toBeCloseTo(180);
    expect(bearing(o, { x: 10, y: 50 })).toBeCloseTo(270);
  });
  it('never returns a negative angle or 360', () => {
    expect(bearing(o, { x: 49.999, y: 0 })).toBeGreaterThan(359);
    expect(bearing(o, { x: 49.999, y: 0 })).toBeLessThan(360);
  });
});

describe('twistedFacing', () => {
  const a = { x: 40, y: 50 };
  const b = { x: 60, y: 50 };
  it('leaves the figure as it was while the fingers have not turned', () => {
    expect(twistedFacing(30, [a, b], [a, b])).toBe(30);
    // Spreading the fingers apart is not a turn.
    expect(twistedFacing(30, [a, b], [{ x: 20, y: 50 }, { x: 80, y: 50 }])).toBe(30);
  });
  it('turns clockwise when the fingers turn clockwise', () => {
    expect(twistedFacing(0, [a, b], [{ x: 50, y: 40 }, { x: 50, y: 60 }])).toBe(90);
  });
  it('turns anticlockwise when the fingers turn anticlockwise', () => {
    expect(twistedFacing(0, [a, b], [{ x: 50, y: 60 }, { x: 50, y: 40 }])).toBe(270);
  });
  it('takes the short way round across north', () => {
    const slightlyAnticlockwise: [{ x: number; y: number }, { x: number; y: number }] = [
      { x: 40, y: 51 },
      { x: 60, y: 49 },
    ];
    expect(twistedFacing(350, [a, b], slightlyAnticlockwise)).toBe(344);
    expect(twistedFacing(5, [a, b], slightlyAnticlockwise)).toBe(359);
  });
  it('does not care which finger came down first', () => {
    const now: [{ x: number; y: number }, { x: number; y: number }] = [{ x: 45, y: 40 }, { x: 55, y: 60 }];
    expect(twistedFacing(100, [a, b], now)).toBe(twistedFacing(100, [b, a], [now[1], now[0]]));
  });
});
