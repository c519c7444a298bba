import { describe, expect, it } from 'vitest';
import { closingWellBelowPlan, type SessionLike, sessionProgress } from './progress.js';

const s = (id: string, day: number, status: SessionLike['status']): SessionLike => ({ id, scheduledAt: new Date(Date.UTC(2026, 9, day, 9)), status });

describe('"session 3 of 8"', () => {
  it('numbers held sessions by date, then planned ones after them; cancelled and no-show have no number', () => {
    const p = sessionProgress([s('d', 20, 'planned'), s('a', 1, 'held'), s('x', 5, 'cancelled'), s('b', 8, 'held'), s('n', 12, 'no_show'), s('e', 27, 'planned')], 8);
    expect(Object.fromEntries(p.ordinals)).toEqual({ a: 1, b: 2, d: 3, e: 4 });
    expect(p).toMatchObject({ held: 2, planned: 8, remaining: 6, overPlan: false });
  });

  it('breaks ties at the same time by id', () => {
    const p = sessionProgress([s('z', 3, 'held'), s('m', 3, 'held')], 2);
    expect(Object.fromEntries(p.ordinals)).toEqual({ m: 1, z: 2 });
  });

  it('reports over plan, never negative remaining', () => {
    const p = sessionProgress([s('a', 1, 'held'), s('b', 2, 'held'), s('c', 3, 'held')], 2);
    expect(p).toMatchObject({ held: 3, remaining: 0, overPlan: true });
  });

  it('has no remaining and no over plan without a plan', () => {
    expect(sessionProgress([s('a', 1, 'held')], null)).toMatchObject({ planned: null, remaining: null, overPlan: false });
    expect(sessionProgress([], undefined)).toMatchObject({ held: 0, planned: null });
  });
});

describe('closing well below plan', () => {
  it.each([
    [1, 8, true],
    [3, 8, true],
    [4, 8, false],
    [1, 5, true],
    [3, 5, true],
    [4, 5, false],
    [2, 3, false],
    [1, 3, true],
    [0, null, false],
    [0, 0, false],
  ] as const)('%s held of %s planned → %s', (held, planned, expected) => {
    expect(closingWellBelowPlan(held, planned)).toBe(expected);
  });
});
