import { describe, expect, it } from 'vitest';
import { type AttentionSettings, DEFAULT_ATTENTION_SETTINGS, DEFAULT_QUIET_AFTER_DAYS, type EngagementPulse, needsAttention } from './attention.js';
import { ENGAGEMENT_STATUSES, type EngagementStatus } from './engagement-status.js';

// A fixed "today"; nothing here reads the clock.
const now = new Date('2026-11-22T10:00:00Z');
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
const inDays = (n: number) => new Date(now.getTime() + n * DAY);

/** An active engagement going well: 2 of 6 held, the last 10 days ago, the next in 4 days, contract dated. */
const pulse = (p: Partial<EngagementPulse> = {}): EngagementPulse => ({
  status: 'active',
  planned: 6,
  held: 2,
  lastHeldAt: daysAgo(10),
  nextPlannedAt: inDays(4),
  contractAgreedOn: '2026-09-01',
  startedAt: daysAgo(90),
  ...p,
});
const kinds = (p: EngagementPulse, settings?: AttentionSettings) => needsAttention(p, now, settings).map((r) => r.kind);

describe('the default settings', () => {
  it('flag a quiet engagement after 30 days, with the practice’s default session guidance', () => {
    expect(DEFAULT_QUIET_AFTER_DAYS).toBe(30);
    expect(DEFAULT_ATTENTION_SETTINGS).toEqual({ minimumSessions: 4, deepWorkMin: 6, deepWorkMax: 10, quietAfterDays: 30 });
  });
});

describe('an engagement going well', () => {
  it('needs no attention', () => {
    expect(needsAttention(pulse(), now)).toEqual([]);
  });

  it.each(ENGAGEMENT_STATUSES)('needs no attention when %s and all is in order', (status) => {
    expect(needsAttention(pulse({ status, held: 5, planned: 6 }), now)).toEqual([]);
  });
});

describe('no recent session', () => {
  it('flags an active engagement with no session for 45 days and none planned', () => {
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(45), nextPlannedAt: null }), now)).toEqual([{ kind: 'no_recent_session', daysSinceLastSession: 45 }]);
  });

  it('flags a contracted engagement whose first session never came', () => {
    expect(needsAttention(pulse({ status: 'contracted', held: 0, lastHeldAt: null, nextPlannedAt: null, startedAt: daysAgo(40) }), now)).toEqual([
      { kind: 'no_recent_session', daysSinceLastSession: null },
    ]);
  });

  it('counts from the start when no session was ever held, and says so with null', () => {
    expect(needsAttention(pulse({ held: 0, lastHeldAt: null, nextPlannedAt: null, startedAt: daysAgo(31) }), now)).toEqual([
      { kind: 'no_recent_session', daysSinceLastSession: null },
    ]);
    expect(needsAttention(pulse({ held: 0, lastHeldAt: null, nextPlannedAt: null, startedAt: daysAgo(29) }), now)).toEqual([]);
  });

  it('counts from the last held session, not from the start', () => {
    // Started long ago, but a session was held recently.
    expect(needsAttention(pulse({ startedAt: daysAgo(400), lastHeldAt: daysAgo(5), nextPlannedAt: null }), now)).toEqual([]);
  });

  it('is silent as soon as a next session is planned', () => {
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(45), nextPlannedAt: inDays(3) }), now)).toEqual([]);
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(300), nextPlannedAt: inDays(60) }), now)).toEqual([]);
    expect(needsAttention(pulse({ held: 0, lastHeldAt: null, startedAt: daysAgo(100), nextPlannedAt: inDays(1) }), now)).toEqual([]);
  });

  it.each([
    // days since the last session, flagged (quiet after 30 days)
    [0, false],
    [1, false],
    [29, false],
    [30, true],
    [31, true],
    [365, true],
  ] as const)('%s days since the last session → flagged %s', (days, flagged) => {
    const reasons = needsAttention(pulse({ lastHeldAt: daysAgo(days), nextPlannedAt: null }), now);
    expect(reasons).toEqual(flagged ? [{ kind: 'no_recent_session', daysSinceLastSession: days }] : []);
  });

  it('counts whole days: one millisecond short of 30 days is 29', () => {
    expect(needsAttention(pulse({ lastHeldAt: new Date(daysAgo(30).getTime() + 1), nextPlannedAt: null }), now)).toEqual([]);
    expect(needsAttention(pulse({ lastHeldAt: new Date(daysAgo(31).getTime() + 1), nextPlannedAt: null }), now)).toEqual([
      { kind: 'no_recent_session', daysSinceLastSession: 30 },
    ]);
    expect(needsAttention(pulse({ lastHeldAt: new Date(daysAgo(45).getTime() - 3_600_000), nextPlannedAt: null }), now)).toEqual([
      { kind: 'no_recent_session', daysSinceLastSession: 45 },
    ]);
  });

  it('follows the practice’s own quiet period', () => {
    const fortnight = { ...DEFAULT_ATTENTION_SETTINGS, quietAfterDays: 14 };
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(13), nextPlannedAt: null }), now, fortnight)).toEqual([]);
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(14), nextPlannedAt: null }), now, fortnight)).toEqual([{ kind: 'no_recent_session', daysSinceLastSession: 14 }]);
    const twoMonths = { ...DEFAULT_ATTENTION_SETTINGS, quietAfterDays: 60 };
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(45), nextPlannedAt: null }), now, twoMonths)).toEqual([]);
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(60), nextPlannedAt: null }), now, twoMonths)).toEqual([{ kind: 'no_recent_session', daysSinceLastSession: 60 }]);
  });

  it('depends on the "now" it is given, not on the clock', () => {
    const p = pulse({ lastHeldAt: new Date('2026-01-01T09:00:00Z'), nextPlannedAt: null });
    expect(needsAttention(p, new Date('2026-01-20T09:00:00Z'))).toEqual([]);
    expect(needsAttention(p, new Date('2026-02-15T09:00:00Z'))).toEqual([{ kind: 'no_recent_session', daysSinceLastSession: 45 }]);
  });

  // Only where sessions are expected now: a pause expects none, a prospect has no contract yet, a finished engagement is over.
  it.each([
    ['prospect', false],
    ['contracted', true],
    ['active', true],
    ['paused', false],
    ['closing', false],
    ['closed', false],
    ['cancelled', false],
  ] as [EngagementStatus, boolean][])('when %s, a long silence is flagged: %s', (status, flagged) => {
    const reasons = needsAttention(pulse({ status, lastHeldAt: daysAgo(200), nextPlannedAt: null }), now).filter((r) => r.kind === 'no_recent_session');
    expect(reasons).toEqual(flagged ? [{ kind: 'no_recent_session', daysSinceLastSession: 200 }] : []);
  });
});

describe('over plan', () => {
  it('flags more sessions held than planned', () => {
    expect(needsAttention(pulse({ held: 7, planned: 6 }), now)).toEqual([{ kind: 'over_plan', held: 7, planned: 6 }]);
  });

  it('is silent at the plan or below it', () => {
    expect(needsAttention(pulse({ held: 6, planned: 6 }), now)).toEqual([]);
    expect(needsAttention(pulse({ held: 0, planned: 6 }), now)).toEqual([]);
  });

  it('is silent without a plan, however many were held', () => {
    expect(needsAttention(pulse({ held: 50, planned: null }), now)).toEqual([]);
  });

  it.each([
    ['prospect', true],
    ['contracted', true],
    ['active', true],
    ['paused', true],
    ['closing', true],
    ['closed', false],
    ['cancelled', false],
  ] as [EngagementStatus, boolean][])('when %s, going over plan is flagged: %s', (status, flagged) => {
    const reasons = needsAttention(pulse({ status, held: 9, planned: 6 }), now).filter((r) => r.kind === 'over_plan');
    expect(reasons).toEqual(flagged ? [{ kind: 'over_plan', held: 9, planned: 6 }] : []);
  });
});

describe('closing well below plan', () => {
  it('flags a closing review with fewer than half the planned sessions held', () => {
    expect(needsAttention(pulse({ status: 'closing', held: 1, planned: 5 }), now)).toEqual([{ kind: 'closing_below_plan', held: 1, planned: 5 }]);
    expect(needsAttention(pulse({ status: 'closing', held: 3, planned: 8 }), now)).toEqual([{ kind: 'closing_below_plan', held: 3, planned: 8 }]);
  });

  it('flags a closing review below the practice’s minimum when the plan met it', () => {
    expect(needsAttention(pulse({ status: 'closing', held: 3, planned: 5 }), now)).toEqual([{ kind: 'closing_below_plan', held: 3, planned: 5 }]);
  });

  it('is silent when enough was held, or without a plan', () => {
    expect(needsAttention(pulse({ status: 'closing', held: 5, planned: 5 }), now)).toEqual([]);
    expect(needsAttention(pulse({ status: 'closing', held: 4, planned: 8 }), now)).toEqual([]);
    expect(needsAttention(pulse({ status: 'closing', held: 2, planned: 3 }), now)).toEqual([]);
    expect(needsAttention(pulse({ status: 'closing', held: 1, planned: null }), now)).toEqual([]);
  });

  it('follows the practice’s own minimum', () => {
    const lenient: AttentionSettings = { minimumSessions: 2, deepWorkMin: 3, deepWorkMax: 5, quietAfterDays: 30 };
    expect(kinds(pulse({ status: 'closing', held: 2, planned: 4 }))).toEqual(['closing_below_plan']);
    expect(kinds(pulse({ status: 'closing', held: 2, planned: 4 }), lenient)).toEqual([]);
    const strict: AttentionSettings = { minimumSessions: 6, deepWorkMin: 8, deepWorkMax: 12, quietAfterDays: 30 };
    expect(kinds(pulse({ status: 'closing', held: 5, planned: 8 }))).toEqual([]);
    expect(kinds(pulse({ status: 'closing', held: 5, planned: 8 }), strict)).toEqual(['closing_below_plan']);
  });

  it.each(ENGAGEMENT_STATUSES)('when %s, flagged only if closing', (status) => {
    const reasons = needsAttention(pulse({ status, held: 1, planned: 8 }), now).filter((r) => r.kind === 'closing_below_plan');
    expect(reasons).toEqual(status === 'closing' ? [{ kind: 'closing_below_plan', held: 1, planned: 8 }] : []);
  });
});

describe('no contract date', () => {
  it('flags a live engagement whose contract was never dated', () => {
    expect(needsAttention(pulse({ contractAgreedOn: null }), now)).toEqual([{ kind: 'no_contract_date' }]);
    expect(needsAttention(pulse({ status: 'contracted', held: 0, lastHeldAt: null, contractAgreedOn: null }), now)).toEqual([{ kind: 'no_contract_date' }]);
  });

  it('treats an empty date as no date', () => {
    expect(needsAttention(pulse({ contractAgreedOn: '' }), now)).toEqual([{ kind: 'no_contract_date' }]);
  });

  it.each([
    ['prospect', false], // no contract yet: nothing to date
    ['contracted', true],
    ['active', true],
    ['paused', false],
    ['closing', false],
    ['closed', false],
    ['cancelled', false],
  ] as [EngagementStatus, boolean][])('when %s, a missing date is flagged: %s', (status, flagged) => {
    const reasons = needsAttention(pulse({ status, contractAgreedOn: null }), now).filter((r) => r.kind === 'no_contract_date');
    expect(reasons).toEqual(flagged ? [{ kind: 'no_contract_date' }] : []);
  });
});

describe('several reasons at once', () => {
  it('lists every reason, in a stable order', () => {
    expect(needsAttention(pulse({ held: 7, planned: 6, lastHeldAt: daysAgo(40), nextPlannedAt: null, contractAgreedOn: null }), now)).toEqual([
      { kind: 'no_recent_session', daysSinceLastSession: 40 },
      { kind: 'over_plan', held: 7, planned: 6 },
      { kind: 'no_contract_date' },
    ]);
  });

  it('a quiet contracted engagement with an undated contract', () => {
    expect(kinds(pulse({ status: 'contracted', held: 0, lastHeldAt: null, nextPlannedAt: null, startedAt: daysAgo(60), contractAgreedOn: null }))).toEqual([
      'no_recent_session',
      'no_contract_date',
    ]);
  });

  it('never flags the same reason twice', () => {
    for (const status of ENGAGEMENT_STATUSES) {
      const k = kinds(pulse({ status, held: 9, planned: 6, lastHeldAt: daysAgo(90), nextPlannedAt: null, contractAgreedOn: null }));
      expect(new Set(k).size, status).toBe(k.length);
    }
  });

  it('does not change the pulse it was given', () => {
    const p = pulse({ held: 7, planned: 6, lastHeldAt: daysAgo(40), nextPlannedAt: null, contractAgreedOn: null });
    const before = structuredClone(p);
    needsAttention(p, now);
    expect(p).toEqual(before);
  });
});

describe('a planned session left in the past', () => {
  it('does not silence the warning about no recent session', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const longAgo = new Date('2026-05-01T10:00:00Z');
    const reasons = needsAttention(
      { status: 'active', planned: 6, held: 1, lastHeldAt: longAgo, nextPlannedAt: new Date('2026-06-01T10:00:00Z'), contractAgreedOn: '2026-04-01', startedAt: longAgo },
      now,
    );
    expect(reasons.map((r) => r.kind)).toContain('no_recent_session');
  });
});
