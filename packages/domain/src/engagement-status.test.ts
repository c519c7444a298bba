import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  canTransition,
  ENGAGEMENT_STATUSES,
  type EngagementStatus,
  isEngagementStatus,
  isFinished,
  isOngoing,
  transition,
} from './engagement-status.js';

/*
 * The expected table, written by hand from the life of an engagement in
 * domain.md (first contact → contract → sessions → closing), never derived
 * from the code under test. Rows are "from", columns are "to"; Y = allowed.
 *
 *   - prospect: a first contact either becomes a contract or goes no further;
 *     no sessions before a contract, so no jump to active.
 *   - contracted: the first session starts the work, or it is called off.
 *   - active: may pause, go to the closing review, or stop.
 *   - paused: resumes, goes to the closing review, or stops.
 *   - closing: the review ends in closed, or reveals the work is unfinished.
 *   - closed, cancelled: the end; nothing moves from there.
 */
const Y = true;
const _ = false;
const COLUMNS: readonly EngagementStatus[] = ['prospect', 'contracted', 'active', 'paused', 'closing', 'closed', 'cancelled'];
const MATRIX: Record<EngagementStatus, readonly boolean[]> = {
  //          prospect contracted active paused closing closed cancelled
  prospect:   [_,       Y,         _,     _,     _,      _,     Y],
  contracted: [_,       _,         Y,     _,     _,      _,     Y],
  active:     [_,       _,         _,     Y,     Y,      _,     Y],
  paused:     [_,       _,         Y,     _,     Y,      _,     Y],
  closing:    [_,       _,         Y,     _,     _,      Y,     _],
  closed:     [_,       _,         _,     _,     _,      _,     _],
  cancelled:  [_,       _,         _,     _,     _,      _,     _],
};

const expectedAllowed = (from: EngagementStatus): EngagementStatus[] => COLUMNS.filter((_to, i) => MATRIX[from][i]);

const pairs: [EngagementStatus, EngagementStatus, boolean][] = [];
for (const from of COLUMNS) {
  COLUMNS.forEach((to, i) => pairs.push([from, to, MATRIX[from][i]!]));
}

describe('the engagement statuses', () => {
  it('are exactly the seven of the practice, in the order of an engagement’s life', () => {
    expect(ENGAGEMENT_STATUSES).toEqual(['prospect', 'contracted', 'active', 'paused', 'closing', 'closed', 'cancelled']);
  });

  it('the hand-written table covers every pair (7 × 7)', () => {
    expect(pairs).toHaveLength(49);
    for (const row of Object.values(MATRIX)) expect(row).toHaveLength(7);
  });
});

describe('every transition between two statuses', () => {
  it.each(pairs)('%s → %s allowed: %s', (from, to, legal) => {
    expect(canTransition(from, to)).toBe(legal);
    expect(allowedTransitions(from).includes(to)).toBe(legal);
    const result = transition(from, to);
    if (legal) {
      expect(result).toEqual({ ok: true, from, to });
    } else {
      expect(result.ok).toBe(false);
      expect(result.from).toBe(from);
      expect(result.to).toBe(to);
      // A refusal tells the coach where the engagement may go instead.
      expect(!result.ok && [...result.allowed].sort()).toEqual(expectedAllowed(from).sort());
    }
  });

  it.each(COLUMNS)('lists exactly the allowed moves from %s', (from) => {
    expect([...allowedTransitions(from)].sort()).toEqual(expectedAllowed(from).sort());
    // No duplicates in what is offered to the coach.
    expect(new Set(allowedTransitions(from)).size).toBe(allowedTransitions(from).length);
  });

  it('never lets an engagement move to the status it already has', () => {
    for (const s of ENGAGEMENT_STATUSES) {
      expect(canTransition(s, s), s).toBe(false);
      expect(transition(s, s).ok, s).toBe(false);
    }
  });

  it('never goes back to prospect, nor to contracted', () => {
    for (const s of ENGAGEMENT_STATUSES) {
      expect(canTransition(s, 'prospect'), s).toBe(false);
      if (s !== 'prospect') expect(canTransition(s, 'contracted'), s).toBe(false);
    }
  });

  it('holds no session before a contract: prospect cannot become active, paused or closing', () => {
    expect(canTransition('prospect', 'active')).toBe(false);
    expect(canTransition('prospect', 'paused')).toBe(false);
    expect(canTransition('prospect', 'closing')).toBe(false);
  });

  it('closes only through the closing review', () => {
    for (const s of ENGAGEMENT_STATUSES) expect(canTransition(s, 'closed'), s).toBe(s === 'closing');
  });

  it('lets the closing review reopen the work, but not cancel it', () => {
    expect(canTransition('closing', 'active')).toBe(true);
    expect(canTransition('closing', 'cancelled')).toBe(false);
    expect(canTransition('closing', 'paused')).toBe(false);
  });

  it('follows the full life of an engagement from first contact to closing', () => {
    const path: EngagementStatus[] = ['prospect', 'contracted', 'active', 'paused', 'active', 'closing', 'active', 'closing', 'closed'];
    for (let i = 1; i < path.length; i++) expect(transition(path[i - 1]!, path[i]!).ok, `${path[i - 1]} → ${path[i]}`).toBe(true);
  });
});

describe('terminal statuses', () => {
  it.each(['closed', 'cancelled'] as const)('%s has no way out', (s) => {
    expect(allowedTransitions(s)).toEqual([]);
    for (const to of ENGAGEMENT_STATUSES) {
      expect(canTransition(s, to), to).toBe(false);
      const r = transition(s, to);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.allowed).toEqual([]);
    }
  });

  it('every other status has a way out, and can still reach an end', () => {
    const reachesEnd = (from: EngagementStatus, seen = new Set<EngagementStatus>()): boolean => {
      if (isFinished(from)) return true;
      seen.add(from);
      return allowedTransitions(from).some((to) => !seen.has(to) && reachesEnd(to, seen));
    };
    for (const s of ['prospect', 'contracted', 'active', 'paused', 'closing'] as const) {
      expect(allowedTransitions(s).length, s).toBeGreaterThan(0);
      expect(reachesEnd(s), s).toBe(true);
    }
  });

  it('every status is reachable from a first contact', () => {
    const reached = new Set<EngagementStatus>(['prospect']);
    const queue: EngagementStatus[] = ['prospect'];
    while (queue.length) {
      for (const to of allowedTransitions(queue.shift()!)) {
        if (!reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect([...reached].sort()).toEqual([...ENGAGEMENT_STATUSES].sort());
  });
});

describe('ongoing and finished', () => {
  // Ongoing: sessions being held or expected. A paused engagement expects none for now.
  const TABLE: [EngagementStatus, boolean, boolean][] = [
    // status,      ongoing, finished
    ['prospect',    false,   false],
    ['contracted',  true,    false],
    ['active',      true,    false],
    ['paused',      false,   false],
    ['closing',     true,    false],
    ['closed',      false,   true],
    ['cancelled',   false,   true],
  ];

  it('the table covers every status', () => {
    expect(TABLE.map(([s]) => s).sort()).toEqual([...ENGAGEMENT_STATUSES].sort());
  });

  it.each(TABLE)('%s: ongoing %s, finished %s', (status, ongoing, finished) => {
    expect(isOngoing(status)).toBe(ongoing);
    expect(isFinished(status)).toBe(finished);
  });

  it('nothing is both ongoing and finished', () => {
    for (const s of ENGAGEMENT_STATUSES) expect(isOngoing(s) && isFinished(s), s).toBe(false);
  });

  it('finished means exactly: no way out', () => {
    for (const s of ENGAGEMENT_STATUSES) expect(isFinished(s), s).toBe(allowedTransitions(s).length === 0);
  });
});

describe('recognising a status', () => {
  it.each(ENGAGEMENT_STATUSES)('accepts %s', (s) => {
    expect(isEngagementStatus(s)).toBe(true);
  });

  it.each([['Active'], [' active'], ['active '], [''], ['open'], ['done'], ['no_show'], ['held']])('refuses the string %j', (value) => {
    expect(isEngagementStatus(value)).toBe(false);
  });

  it.each([[undefined], [null], [0], [1], [true], [{}], [['active']], [{ status: 'active' }]])('refuses the non-string %j', (value) => {
    expect(isEngagementStatus(value)).toBe(false);
  });
});
