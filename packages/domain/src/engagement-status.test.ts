import { describe, expect, it } from 'vitest';
import { allowedTransitions, canTransition, ENGAGEMENT_STATUSES, type EngagementStatus, isEngagementStatus, isFinished, isOngoing, transition } from './engagement-status.js';

// Written by hand from the practice (domain.md), not derived from the code under test.
const EXPECTED: Record<EngagementStatus, EngagementStatus[]> = {
  prospect: ['contracted', 'cancelled'],
  contracted: ['active', 'cancelled'],
  active: ['paused', 'closing', 'cancelled'],
  paused: ['active', 'closing', 'cancelled'],
  closing: ['closed', 'active'],
  closed: [],
  cancelled: [],
};

describe('the engagement lifecycle', () => {
  it('knows the seven statuses', () => {
    expect([...ENGAGEMENT_STATUSES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const from of ENGAGEMENT_STATUSES) {
    for (const to of ENGAGEMENT_STATUSES) {
      const legal = EXPECTED[from].includes(to);
      it(`${legal ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        expect(canTransition(from, to)).toBe(legal);
        const result = transition(from, to);
        expect(result.ok).toBe(legal);
        if (!result.ok) expect(result.allowed).toEqual(EXPECTED[from]);
      });
    }
  }

  it('never lets an engagement move to the status it already has', () => {
    for (const s of ENGAGEMENT_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it('ends in closed or cancelled, from which nothing moves', () => {
    expect(allowedTransitions('closed')).toEqual([]);
    expect(allowedTransitions('cancelled')).toEqual([]);
    expect(ENGAGEMENT_STATUSES.filter(isFinished)).toEqual(['closed', 'cancelled']);
  });

  it('reaches closed from prospect only through a contract and the closing review', () => {
    const path: EngagementStatus[] = ['prospect', 'contracted', 'active', 'closing', 'closed'];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
    expect(canTransition('prospect', 'active')).toBe(false);
    expect(canTransition('active', 'closed')).toBe(false);
  });

  it('counts contracted, active and closing as ongoing', () => {
    expect(ENGAGEMENT_STATUSES.filter(isOngoing)).toEqual(['contracted', 'active', 'closing']);
  });

  it('recognises its statuses and nothing else', () => {
    expect(isEngagementStatus('active')).toBe(true);
    expect(isEngagementStatus('no-such-status')).toBe(false);
    expect(isEngagementStatus(undefined)).toBe(false);
  });
});
