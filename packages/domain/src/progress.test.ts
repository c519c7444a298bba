import { describe, expect, it } from 'vitest';
import type { SessionGuidance } from './contract.js';
import { closingWellBelowPlan, type SessionLike, sessionProgress } from './progress.js';

// Fixed dates in October 2026, 09:00 UTC on the given day.
const on = (day: number, hour = 9, minute = 0) => new Date(Date.UTC(2026, 9, day, hour, minute));
const s = (id: string, day: number, status: SessionLike['status'], hour = 9): SessionLike => ({ id, scheduledAt: on(day, hour), status });
const ordinals = (sessions: readonly SessionLike[], planned: number | null | undefined = 8) => Object.fromEntries(sessionProgress(sessions, planned).ordinals);

describe('"session 3 of 8": numbering held sessions', () => {
  it('numbers held sessions by date, whatever order they come in', () => {
    expect(ordinals([s('c', 15, 'held'), s('a', 1, 'held'), s('b', 8, 'held')])).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('orders by the time of day as well as the day', () => {
    expect(ordinals([s('afternoon', 3, 'held', 15), s('morning', 3, 'held', 9)])).toEqual({ morning: 1, afternoon: 2 });
  });

  it('orders one millisecond apart', () => {
    const a: SessionLike = { id: 'z', scheduledAt: new Date(Date.UTC(2026, 9, 3, 9, 0, 0, 0)), status: 'held' };
    const b: SessionLike = { id: 'a', scheduledAt: new Date(Date.UTC(2026, 9, 3, 9, 0, 0, 1)), status: 'held' };
    expect(ordinals([b, a])).toEqual({ z: 1, a: 2 });
  });

  it('breaks ties at the same instant by id, whatever order they come in', () => {
    expect(ordinals([s('z', 3, 'held'), s('m', 3, 'held')])).toEqual({ m: 1, z: 2 });
    expect(ordinals([s('m', 3, 'held'), s('z', 3, 'held')])).toEqual({ m: 1, z: 2 });
    expect(ordinals([s('s-2', 3, 'held'), s('s-3', 3, 'held'), s('s-1', 3, 'held')])).toEqual({ 's-1': 1, 's-2': 2, 's-3': 3 });
  });

  it('gives cancelled and no-show sessions no number, and does not count them', () => {
    const p = sessionProgress([s('a', 1, 'held'), s('x', 5, 'cancelled'), s('n', 8, 'no_show'), s('b', 12, 'held')], 8);
    expect(Object.fromEntries(p.ordinals)).toEqual({ a: 1, b: 2 });
    expect(p.ordinals.has('x')).toBe(false);
    expect(p.ordinals.has('n')).toBe(false);
    expect(p.ordinals.get('x')).toBeUndefined();
    expect(p.held).toBe(2);
  });

  it('a cancelled session between two held ones leaves no gap in the numbers', () => {
    expect(ordinals([s('a', 1, 'held'), s('x', 2, 'cancelled'), s('b', 3, 'held')])).toEqual({ a: 1, b: 2 });
  });

  it('numbers nothing when nothing was held or planned', () => {
    expect(sessionProgress([], 8).ordinals.size).toBe(0);
    expect(sessionProgress([s('x', 1, 'cancelled'), s('n', 2, 'no_show')], 8).ordinals.size).toBe(0);
  });
});

describe('"session 4 of 8" before it happens: numbering planned sessions', () => {
  it('numbers planned sessions after the held ones, by date', () => {
    const p = sessionProgress([s('p2', 27, 'planned'), s('a', 1, 'held'), s('p1', 20, 'planned'), s('b', 8, 'held')], 8);
    expect(Object.fromEntries(p.ordinals)).toEqual({ a: 1, b: 2, p1: 3, p2: 4 });
  });

  it('numbers a planned session after every held one, even one dated earlier (not yet marked held)', () => {
    expect(ordinals([s('late-held', 20, 'held'), s('forgotten', 5, 'planned'), s('early-held', 1, 'held')])).toEqual({
      'early-held': 1,
      'late-held': 2,
      forgotten: 3,
    });
  });

  it('numbers the first planned session 1 when none was held yet', () => {
    expect(ordinals([s('p', 5, 'planned'), s('x', 2, 'cancelled')])).toEqual({ p: 1 });
  });

  it('breaks ties between planned sessions at the same instant by id', () => {
    expect(ordinals([s('a', 1, 'held'), s('q', 9, 'planned'), s('p', 9, 'planned')])).toEqual({ a: 1, p: 2, q: 3 });
  });

  it('does not count planned sessions as held, nor against what remains', () => {
    const p = sessionProgress([s('a', 1, 'held'), s('p1', 10, 'planned'), s('p2', 17, 'planned')], 8);
    expect(p.held).toBe(1);
    expect(p.remaining).toBe(7);
  });

  it('a mixed history: held, cancelled, no-show and planned', () => {
    const p = sessionProgress(
      [s('d', 20, 'planned'), s('a', 1, 'held'), s('x', 5, 'cancelled'), s('b', 8, 'held'), s('n', 12, 'no_show'), s('e', 27, 'planned'), s('c', 15, 'held')],
      8,
    );
    expect(Object.fromEntries(p.ordinals)).toEqual({ a: 1, b: 2, c: 3, d: 4, e: 5 });
    expect(p).toMatchObject({ held: 3, planned: 8, remaining: 5, overPlan: false });
  });
});

describe('held, remaining and over plan', () => {
  const held = (n: number) => Array.from({ length: n }, (_, i) => s(`h${i}`, i + 1, 'held'));

  it.each([
    // held, planned, remaining, overPlan
    [0, 8, 8, false],
    [1, 8, 7, false],
    [7, 8, 1, false],
    [8, 8, 0, false],
    [9, 8, 0, true],
    [12, 8, 0, true],
    [1, 1, 0, false], // seed 003: one session planned, one held
    [2, 1, 0, true],
  ] as const)('%s held of %s planned: %s remaining, over plan %s', (n, planned, remaining, overPlan) => {
    expect(sessionProgress(held(n), planned)).toMatchObject({ held: n, planned, remaining, overPlan });
  });

  it('never reports a negative remaining', () => {
    for (let n = 0; n <= 15; n++) expect(sessionProgress(held(n), 6).remaining, String(n)).toBeGreaterThanOrEqual(0);
  });

  it('counts only held sessions towards the plan', () => {
    const p = sessionProgress([s('a', 1, 'held'), s('x', 2, 'cancelled'), s('n', 3, 'no_show'), s('p', 4, 'planned'), s('q', 5, 'planned')], 2);
    expect(p).toMatchObject({ held: 1, remaining: 1, overPlan: false });
  });

  it('is not over plan because of sessions still planned beyond it', () => {
    const p = sessionProgress([s('a', 1, 'held'), s('b', 2, 'held'), s('p', 9, 'planned')], 2);
    expect(p).toMatchObject({ held: 2, remaining: 0, overPlan: false });
    expect(p.ordinals.get('p')).toBe(3);
  });
});

describe('without a plan', () => {
  it.each([[null], [undefined]])('planned %s: no remaining, never over plan', (planned) => {
    const p = sessionProgress([s('a', 1, 'held'), s('b', 2, 'held'), s('p', 3, 'planned')], planned);
    expect(p).toMatchObject({ held: 2, planned: null, remaining: null, overPlan: false });
    // Sessions are still numbered.
    expect(Object.fromEntries(p.ordinals)).toEqual({ a: 1, b: 2, p: 3 });
  });

  it('with no sessions at all', () => {
    const p = sessionProgress([], undefined);
    expect(p).toMatchObject({ held: 0, planned: null, remaining: null, overPlan: false });
    expect(p.ordinals.size).toBe(0);
  });
});

describe('sessionProgress has no side effects', () => {
  it('does not reorder or change the sessions it was given', () => {
    const sessions = [s('c', 15, 'held'), s('p', 20, 'planned'), s('a', 1, 'held'), s('x', 3, 'cancelled')];
    const before = sessions.map((x) => ({ ...x, scheduledAt: new Date(x.scheduledAt) }));
    sessionProgress(sessions, 8);
    expect(sessions).toEqual(before);
    expect(sessions.map((x) => x.id)).toEqual(['c', 'p', 'a', 'x']);
  });

  it('accepts a frozen list', () => {
    const sessions = Object.freeze([s('b', 2, 'held'), s('a', 1, 'held')]);
    expect(Object.fromEntries(sessionProgress(sessions, 2).ordinals)).toEqual({ a: 1, b: 2 });
  });
});

describe('closing well below plan, default guidance (minimum 4)', () => {
  // Fewer than half the plan, or fewer than the minimum when the plan itself met it.
  it.each([
    // held, planned, well below
    [0, 8, true],
    [1, 8, true],
    [3, 8, true],
    [4, 8, false], // exactly half
    [5, 8, false],
    [8, 8, false],
    [10, 8, false],
    [0, 6, true],
    [2, 6, true],
    [3, 6, true], // half of 6, but below the minimum of 4 the plan met
    [4, 6, false],
    [1, 5, true],
    [2, 5, true],
    [3, 5, true], // more than half, but below the minimum
    [4, 5, false],
    [2, 4, true], // exactly half, below the minimum
    [3, 4, true],
    [4, 4, false],
    [1, 3, true], // a plan below the minimum: only the half rule applies
    [2, 3, false],
    [0, 2, true],
    [1, 2, false],
    [0, 1, true],
    [1, 1, false], // seed 003: one session planned, one held
    [5, 20, true],
    [10, 20, false],
  ] as const)('%s held of %s planned → %s', (held, planned, expected) => {
    expect(closingWellBelowPlan(held, planned)).toBe(expected);
  });

  it.each([[null], [undefined], [0], [-3]])('never without a plan (planned %s)', (planned) => {
    for (const held of [0, 1, 5]) expect(closingWellBelowPlan(held, planned), String(held)).toBe(false);
  });
});

describe('closing well below plan, a practice’s own guidance', () => {
  const strict: SessionGuidance = { minimumSessions: 6, deepWorkMin: 8, deepWorkMax: 12 };
  const lenient: SessionGuidance = { minimumSessions: 2, deepWorkMin: 3, deepWorkMax: 5 };

  it('follows a higher minimum', () => {
    expect(closingWellBelowPlan(5, 8)).toBe(false);
    expect(closingWellBelowPlan(5, 8, strict)).toBe(true);
    expect(closingWellBelowPlan(6, 8, strict)).toBe(false);
    // A plan below the practice’s minimum: only the half rule.
    expect(closingWellBelowPlan(3, 5, strict)).toBe(false);
    expect(closingWellBelowPlan(2, 5, strict)).toBe(true);
  });

  it('follows a lower minimum', () => {
    expect(closingWellBelowPlan(3, 4)).toBe(true);
    expect(closingWellBelowPlan(3, 4, lenient)).toBe(false);
    expect(closingWellBelowPlan(2, 4, lenient)).toBe(false);
    expect(closingWellBelowPlan(1, 4, lenient)).toBe(true);
    expect(closingWellBelowPlan(1, 2, lenient)).toBe(true);
    expect(closingWellBelowPlan(2, 2, lenient)).toBe(false);
  });
});
