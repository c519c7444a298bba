import { describe, expect, it } from 'vitest';
import { advisePlannedSessions, DEFAULT_SESSION_GUIDANCE, emptyContract, isThreeWay, sponsorMaySee, validateGuidance } from './contract.js';

describe('guidance on the planned number of sessions (seed 003: 4–5 at least, 6–10 for deep work)', () => {
  it('uses the practice defaults 4, 6 and 10', () => {
    expect(DEFAULT_SESSION_GUIDANCE).toEqual({ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: 10 });
  });

  it.each([
    [undefined, 'none'],
    [0, 'none'],
    [1, 'below_minimum'],
    [3, 'below_minimum'],
    [4, 'short'],
    [5, 'short'],
    [6, 'deep_work'],
    [10, 'deep_work'],
    [11, 'beyond_deep_work'],
    [40, 'beyond_deep_work'],
  ] as const)('advises %s planned sessions as %s', (planned, advice) => {
    expect(advisePlannedSessions(planned)).toBe(advice);
  });

  it('follows a practice’s own guidance', () => {
    const g = { minimumSessions: 2, deepWorkMin: 3, deepWorkMax: 5 };
    expect(advisePlannedSessions(2, g)).toBe('short');
    expect(advisePlannedSessions(3, g)).toBe('deep_work');
    expect(advisePlannedSessions(6, g)).toBe('beyond_deep_work');
  });

  it('refuses guidance whose numbers are out of order or not whole', () => {
    expect(validateGuidance(DEFAULT_SESSION_GUIDANCE)).toEqual([]);
    expect(validateGuidance({ minimumSessions: 0, deepWorkMin: 6, deepWorkMax: 10 })).toEqual(['minimumSessions']);
    expect(validateGuidance({ minimumSessions: 4, deepWorkMin: 3, deepWorkMax: 10 })).toEqual(['deepWorkMin']);
    expect(validateGuidance({ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: 5 })).toEqual(['deepWorkMax']);
    expect(validateGuidance({ minimumSessions: 4.5, deepWorkMin: 6, deepWorkMax: 10 })).toEqual(['minimumSessions']);
  });
});

describe('the parties of a contract', () => {
  it('is three-way only when there is a sponsor and the sponsor is a party', () => {
    const withSponsorBoundary = { boundaries: [{ party: 'sponsor' as const, responsibilities: ['financer'], outOfScope: [] }] };
    expect(isThreeWay(withSponsorBoundary, true)).toBe(true);
    expect(isThreeWay(withSponsorBoundary, false)).toBe(false);
    expect(isThreeWay({ boundaries: [{ party: 'coach', responsibilities: [], outOfScope: [] }] }, true)).toBe(false);
    expect(isThreeWay(emptyContract(), true)).toBe(false);
  });

  it('starts with the sponsor seeing nothing', () => {
    expect(emptyContract()).toEqual({ boundaries: [], sponsorVisibility: 'nothing' });
  });

  it('lets a sponsor see attendance and progress only as the contract says, never more', () => {
    expect(sponsorMaySee('nothing')).toEqual({ attendance: false, objectiveProgress: false });
    expect(sponsorMaySee('attendance')).toEqual({ attendance: true, objectiveProgress: false });
    expect(sponsorMaySee('attendance_and_progress')).toEqual({ attendance: true, objectiveProgress: true });
  });
});
