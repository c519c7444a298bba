import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTENTION_SETTINGS, type EngagementPulse, needsAttention } from './attention.js';

const now = new Date('2026-11-22T10:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const pulse = (p: Partial<EngagementPulse>): EngagementPulse => ({
  status: 'active',
  planned: 6,
  held: 2,
  lastHeldAt: daysAgo(10),
  nextPlannedAt: null,
  contractAgreedOn: '2026-09-01',
  startedAt: daysAgo(90),
  ...p,
});

describe('engagements that need the coach’s attention', () => {
  it('says nothing about an engagement that is going well', () => {
    expect(needsAttention(pulse({}), now)).toEqual([]);
  });

  it('flags no session for a long time when none is planned', () => {
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(45) }), now)).toEqual([{ kind: 'no_recent_session', daysSinceLastSession: 45 }]);
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(45), nextPlannedAt: daysAgo(-3) }), now)).toEqual([]);
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(29) }), now)).toEqual([]);
  });

  it('counts from the start when no session was ever held', () => {
    expect(needsAttention(pulse({ held: 0, lastHeldAt: null, startedAt: daysAgo(31) }), now)).toEqual([{ kind: 'no_recent_session', daysSinceLastSession: null }]);
  });

  it('follows the practice’s own quiet period', () => {
    expect(needsAttention(pulse({ lastHeldAt: daysAgo(15) }), now, { ...DEFAULT_ATTENTION_SETTINGS, quietAfterDays: 14 })).toHaveLength(1);
  });

  it('flags over plan until the engagement is over', () => {
    expect(needsAttention(pulse({ held: 7, planned: 6, nextPlannedAt: daysAgo(-2) }), now)).toEqual([{ kind: 'over_plan', held: 7, planned: 6 }]);
    expect(needsAttention(pulse({ status: 'closed', held: 7, planned: 6 }), now)).toEqual([]);
  });

  it('flags closing well below plan', () => {
    expect(needsAttention(pulse({ status: 'closing', held: 1, planned: 5 }), now)).toEqual([{ kind: 'closing_below_plan', held: 1, planned: 5 }]);
    expect(needsAttention(pulse({ status: 'closing', held: 5, planned: 5 }), now)).toEqual([]);
  });

  it('flags a live engagement whose contract has no date', () => {
    expect(needsAttention(pulse({ contractAgreedOn: null, nextPlannedAt: daysAgo(-1) }), now)).toEqual([{ kind: 'no_contract_date' }]);
    expect(needsAttention(pulse({ status: 'prospect', contractAgreedOn: null }), now)).toEqual([]);
  });

  it('leaves paused, finished and prospective engagements quiet about missing sessions', () => {
    for (const status of ['paused', 'closed', 'cancelled', 'prospect'] as const) {
      expect(needsAttention(pulse({ status, lastHeldAt: daysAgo(200) }), now).filter((r) => r.kind === 'no_recent_session'), status).toEqual([]);
    }
  });
});
