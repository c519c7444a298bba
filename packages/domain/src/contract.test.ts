import { describe, expect, it } from 'vitest';
import {
  advisePlannedSessions,
  CADENCES,
  CONTRACT_PARTIES,
  type Contract,
  DEFAULT_SESSION_GUIDANCE,
  emptyContract,
  isThreeWay,
  type PlanAdvice,
  type RoleBoundary,
  type SessionGuidance,
  SPONSOR_VISIBILITY,
  sponsorMaySee,
  type SponsorVisibility,
  validateGuidance,
} from './contract.js';

describe('the vocabulary of a contract', () => {
  it('knows the three parties of a three-way contract', () => {
    expect(CONTRACT_PARTIES).toEqual(['coach', 'client', 'sponsor']);
  });

  it('knows the cadences of sessions', () => {
    expect(CADENCES).toEqual(['weekly', 'fortnightly', 'monthly', 'as_needed']);
  });

  it('knows three levels of what a sponsor may see, from least to most', () => {
    expect(SPONSOR_VISIBILITY).toEqual(['nothing', 'attendance', 'attendance_and_progress']);
  });
});

describe('the practice’s default guidance (seed 003: 4–5 at least, 6–10 for deep, lasting change)', () => {
  it('is 4 at least, 6 to 10 for deep work', () => {
    expect(DEFAULT_SESSION_GUIDANCE).toEqual({ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: 10 });
  });

  it('is itself valid guidance', () => {
    expect(validateGuidance(DEFAULT_SESSION_GUIDANCE)).toEqual([]);
  });
});

describe('advice on a planned number of sessions, default guidance', () => {
  // Written by hand from seed 003, every number from nothing to beyond deep work.
  const TABLE: [number | undefined, PlanAdvice][] = [
    [undefined, 'none'],
    [-5, 'none'],
    [-1, 'none'],
    [0, 'none'],
    [1, 'below_minimum'], // seed 003: one session is "extremely rare"
    [2, 'below_minimum'],
    [3, 'below_minimum'],
    [4, 'short'], // "4 ou 5 séances minimum"
    [5, 'short'],
    [6, 'deep_work'], // "entre 6 et 10 séances … travail en profondeur"
    [7, 'deep_work'],
    [8, 'deep_work'],
    [9, 'deep_work'],
    [10, 'deep_work'],
    [11, 'beyond_deep_work'],
    [12, 'beyond_deep_work'],
    [200, 'beyond_deep_work'],
  ];

  it.each(TABLE)('%s planned → %s', (planned, advice) => {
    expect(advisePlannedSessions(planned)).toBe(advice);
    // Passing the defaults explicitly changes nothing.
    expect(advisePlannedSessions(planned, DEFAULT_SESSION_GUIDANCE)).toBe(advice);
  });
});

describe('advice on a planned number of sessions, a practice’s own guidance', () => {
  const g: SessionGuidance = { minimumSessions: 3, deepWorkMin: 5, deepWorkMax: 8 };

  it.each([
    [undefined, 'none'],
    [0, 'none'],
    [1, 'below_minimum'],
    [2, 'below_minimum'],
    [3, 'short'],
    [4, 'short'],
    [5, 'deep_work'],
    [8, 'deep_work'],
    [9, 'beyond_deep_work'],
  ] as const)('%s planned → %s with 3 / 5–8', (planned, advice) => {
    expect(advisePlannedSessions(planned, g)).toBe(advice);
  });

  it('follows the practice, not the defaults, where they differ', () => {
    expect(advisePlannedSessions(3)).toBe('below_minimum');
    expect(advisePlannedSessions(3, g)).toBe('short');
    expect(advisePlannedSessions(10)).toBe('deep_work');
    expect(advisePlannedSessions(10, g)).toBe('beyond_deep_work');
  });

  it('never says short when deep work starts at the minimum', () => {
    const noShort: SessionGuidance = { minimumSessions: 4, deepWorkMin: 4, deepWorkMax: 10 };
    expect(advisePlannedSessions(3, noShort)).toBe('below_minimum');
    expect(advisePlannedSessions(4, noShort)).toBe('deep_work');
    for (let n = 1; n <= 12; n++) expect(advisePlannedSessions(n, noShort), String(n)).not.toBe('short');
  });

  it('handles a deep-work range of a single number', () => {
    const single: SessionGuidance = { minimumSessions: 2, deepWorkMin: 6, deepWorkMax: 6 };
    expect(advisePlannedSessions(5, single)).toBe('short');
    expect(advisePlannedSessions(6, single)).toBe('deep_work');
    expect(advisePlannedSessions(7, single)).toBe('beyond_deep_work');
  });

  it('never says below minimum when the minimum is one session', () => {
    const one: SessionGuidance = { minimumSessions: 1, deepWorkMin: 3, deepWorkMax: 5 };
    expect(advisePlannedSessions(1, one)).toBe('short');
    expect(advisePlannedSessions(0, one)).toBe('none');
  });
});

describe('validating a practice’s guidance', () => {
  it.each([
    [{ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: 10 }],
    [{ minimumSessions: 1, deepWorkMin: 1, deepWorkMax: 1 }],
    [{ minimumSessions: 4, deepWorkMin: 4, deepWorkMax: 10 }],
    [{ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: 6 }],
    [{ minimumSessions: 5, deepWorkMin: 8, deepWorkMax: 20 }],
  ])('accepts %j', (g) => {
    expect(validateGuidance(g)).toEqual([]);
  });

  it.each([
    // The minimum: a whole number, at least one session.
    [{ minimumSessions: 0, deepWorkMin: 6, deepWorkMax: 10 }, ['minimumSessions']],
    [{ minimumSessions: -1, deepWorkMin: 6, deepWorkMax: 10 }, ['minimumSessions']],
    [{ minimumSessions: 4.5, deepWorkMin: 6, deepWorkMax: 10 }, ['minimumSessions']],
    [{ minimumSessions: Number.NaN, deepWorkMin: 6, deepWorkMax: 10 }, ['minimumSessions']],
    // Deep work: whole, and not below the minimum.
    [{ minimumSessions: 4, deepWorkMin: 3, deepWorkMax: 10 }, ['deepWorkMin']],
    [{ minimumSessions: 4, deepWorkMin: 6.5, deepWorkMax: 10 }, ['deepWorkMin']],
    [{ minimumSessions: 4, deepWorkMin: Number.NaN, deepWorkMax: 10 }, ['deepWorkMin']],
    // Its upper end: whole, and not below its lower end.
    [{ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: 5 }, ['deepWorkMax']],
    [{ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: 9.5 }, ['deepWorkMax']],
    [{ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: Number.POSITIVE_INFINITY }, ['deepWorkMax']],
    [{ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: Number.NaN }, ['deepWorkMax']],
    // Several problems at once, reported in the order of the fields.
    [{ minimumSessions: 0, deepWorkMin: -1, deepWorkMax: -2 }, ['minimumSessions', 'deepWorkMin', 'deepWorkMax']],
    [{ minimumSessions: 10, deepWorkMin: 6, deepWorkMax: 4 }, ['deepWorkMin', 'deepWorkMax']],
    [{ minimumSessions: 1.5, deepWorkMin: 1, deepWorkMax: 10 }, ['minimumSessions', 'deepWorkMin']],
  ] as const)('refuses %j: %j', (g, problems) => {
    expect(validateGuidance(g)).toEqual(problems);
  });
});

describe('a three-way contract (contrat tripartite)', () => {
  const boundary = (party: RoleBoundary['party']): RoleBoundary => ({ party, responsibilities: ['…'], outOfScope: [] });

  it.each([
    // boundaries,                                       engagement has a sponsor, three-way
    [[], false, false],
    [[], true, false],
    [[boundary('coach'), boundary('client')], false, false],
    [[boundary('coach'), boundary('client')], true, false], // a sponsor who is not a party to the contract
    [[boundary('sponsor')], false, false], // a sponsor clause but no sponsor on the engagement
    [[boundary('sponsor')], true, true],
    [[boundary('coach'), boundary('client'), boundary('sponsor')], true, true],
    [[boundary('coach'), boundary('client'), boundary('sponsor')], false, false],
  ] as const)('boundaries %j, sponsor %s → %s', (boundaries, hasSponsor, threeWay) => {
    expect(isThreeWay({ boundaries: [...boundaries] }, hasSponsor)).toBe(threeWay);
  });

  it('accepts a whole contract, not only its boundaries', () => {
    const contract: Contract = { ...emptyContract(), boundaries: [boundary('sponsor')], plannedSessions: 6, sponsorVisibility: 'attendance' };
    expect(isThreeWay(contract, true)).toBe(true);
  });
});

describe('a new contract', () => {
  it('starts with no boundaries and the sponsor seeing nothing', () => {
    expect(emptyContract()).toEqual({ boundaries: [], sponsorVisibility: 'nothing' });
  });

  it('has nothing planned or agreed yet', () => {
    const c = emptyContract();
    expect(c.plannedSessions).toBeUndefined();
    expect(c.agreedOn).toBeUndefined();
    expect(advisePlannedSessions(c.plannedSessions)).toBe('none');
  });

  it('is a fresh object each time, so one engagement’s edits never leak into another', () => {
    const a = emptyContract();
    a.boundaries.push({ party: 'coach', responsibilities: [], outOfScope: [] });
    a.sponsorVisibility = 'attendance_and_progress';
    expect(emptyContract()).toEqual({ boundaries: [], sponsorVisibility: 'nothing' });
    expect(emptyContract().boundaries).not.toBe(emptyContract().boundaries);
  });
});

describe('what a sponsor may see', () => {
  const TABLE: [SponsorVisibility, { attendance: boolean; objectiveProgress: boolean }][] = [
    ['nothing', { attendance: false, objectiveProgress: false }],
    ['attendance', { attendance: true, objectiveProgress: false }],
    ['attendance_and_progress', { attendance: true, objectiveProgress: true }],
  ];

  it('the table covers every visibility', () => {
    expect(TABLE.map(([v]) => v)).toEqual([...SPONSOR_VISIBILITY]);
  });

  it.each(TABLE)('with %s: %j', (visibility, expected) => {
    expect(sponsorMaySee(visibility)).toEqual(expected);
  });

  it('never includes session content, whatever the contract', () => {
    for (const v of SPONSOR_VISIBILITY) expect(Object.keys(sponsorMaySee(v)).sort(), v).toEqual(['attendance', 'objectiveProgress']);
  });

  it('never shows progress without attendance', () => {
    for (const v of SPONSOR_VISIBILITY) {
      const seen = sponsorMaySee(v);
      if (seen.objectiveProgress) expect(seen.attendance, v).toBe(true);
    }
  });

  it('shows a sponsor nothing under a new contract', () => {
    expect(sponsorMaySee(emptyContract().sponsorVisibility)).toEqual({ attendance: false, objectiveProgress: false });
  });
});

describe('a planned number that is not a number', () => {
  it('gets no advice', () => {
    expect(advisePlannedSessions(Number.NaN)).toBe('none');
    expect(advisePlannedSessions(Number.POSITIVE_INFINITY)).toBe('none');
  });
});
