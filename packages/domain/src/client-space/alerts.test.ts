import { describe, expect, it } from 'vitest';
import {
  ALERT_KINDS,
  allianceAlert,
  type AlliancePolicy,
  type CommitmentLike,
  DEFAULT_ALLIANCE_POLICY,
  DEFAULT_PRACTICE_TIME_ZONE,
  DIGEST_FREQUENCIES,
  overdueCommitments,
} from './alerts.js';

describe('the alert vocabulary', () => {
  it('has four kinds, and only four', () => {
    expect(ALERT_KINDS).toEqual(['alliance_low', 'alliance_drop', 'journal_shared', 'commitment_overdue']);
  });

  it('defaults to a threshold of 6, a drop of 2, after 2 earlier ratings', () => {
    expect(DEFAULT_ALLIANCE_POLICY).toEqual({ threshold: 6, dropMargin: 2, minHistory: 2 });
    expect(Object.isFrozen(DEFAULT_ALLIANCE_POLICY)).toBe(true);
  });

  it('sends digests daily or never, in Paris time unless told', () => {
    expect(DIGEST_FREQUENCIES).toEqual(['daily', 'off']);
    expect(DEFAULT_PRACTICE_TIME_ZONE).toBe('Europe/Paris');
  });
});

describe('allianceAlert', () => {
  it('stays quiet for a good score, with or without history', () => {
    expect(allianceAlert(8, [])).toBeNull();
    expect(allianceAlert(8, [8, 9, 8])).toBeNull();
  });

  it('calls a score below the threshold low, even on her first rating', () => {
    expect(allianceAlert(5.9, [])).toEqual({ kind: 'alliance_low', score: 5.9, average: null });
    expect(allianceAlert(0, [])).toEqual({ kind: 'alliance_low', score: 0, average: null });
  });

  it('does not call a score at the threshold low', () => {
    expect(allianceAlert(6, [])).toBeNull();
    expect(allianceAlert(6, [7, 7])).toBeNull();
  });

  it('gives her average alongside a low score once there is history enough', () => {
    expect(allianceAlert(5, [9, 8])).toEqual({ kind: 'alliance_low', score: 5, average: 8.5 });
    expect(allianceAlert(5, [9])).toEqual({ kind: 'alliance_low', score: 5, average: null });
  });

  it('prefers low over drop when both hold', () => {
    // 4 is below 6 and also 5 below her average of 9.
    expect(allianceAlert(4, [9, 9])?.kind).toBe('alliance_low');
  });

  it('calls a score well below her own average a drop, though above the threshold', () => {
    expect(allianceAlert(7, [9, 9, 10, 8])).toEqual({ kind: 'alliance_drop', score: 7, average: 9 });
  });

  it('calls a drop of exactly the margin a drop, and a little less nothing', () => {
    expect(allianceAlert(7, [9, 9])?.kind).toBe('alliance_drop');
    expect(allianceAlert(7.1, [9, 9])).toBeNull();
  });

  it('is not fooled by floating point: 6.2 is 2 below an average of 8.2', () => {
    // In plain arithmetic (8.1 + 8.3) / 2 - 2 is 6.199999999999999, and 6.2 would slip through.
    expect(allianceAlert(6.2, [8.1, 8.3])?.kind).toBe('alliance_drop');
    expect(allianceAlert(6.7, [8.6, 8.8])?.kind).toBe('alliance_drop');
    expect(allianceAlert(6.2, [8.2, 8.2, 8.2])?.kind).toBe('alliance_drop');
    expect(allianceAlert(6.3, [8.1, 8.3])).toBeNull();
  });

  it('needs at least minHistory earlier scores before a drop counts', () => {
    expect(allianceAlert(6, [10])).toBeNull();
    expect(allianceAlert(6, [10, 10])?.kind).toBe('alliance_drop');
  });

  it('averages every earlier score, not only the last', () => {
    // The last one alone (10) would make 7 a drop; the mean of all (8) does not.
    expect(allianceAlert(7, [6, 8, 10])).toBeNull();
  });

  it('never calls a rise a drop', () => {
    expect(allianceAlert(9, [6.5, 6.5])).toBeNull();
  });

  it('follows the practice’s own policy', () => {
    const strict: AlliancePolicy = { threshold: 8, dropMargin: 1, minHistory: 3 };
    expect(allianceAlert(7.5, [], strict)?.kind).toBe('alliance_low');
    expect(allianceAlert(8.5, [9.5, 9.5], strict)).toBeNull();
    expect(allianceAlert(8.5, [9.5, 9.5, 9.5], strict)).toEqual({ kind: 'alliance_drop', score: 8.5, average: 9.5 });
  });

  it('a threshold of 0 never calls anything low', () => {
    const lenient: AlliancePolicy = { threshold: 0, dropMargin: 2, minHistory: 2 };
    expect(allianceAlert(0, [], lenient)).toBeNull();
    expect(allianceAlert(0, [9, 9], lenient)?.kind).toBe('alliance_drop');
  });

  it('takes no average of nothing, even when the policy asks for no history', () => {
    expect(allianceAlert(0.5, [], { threshold: 0, dropMargin: 0, minHistory: 0 })).toBeNull();
    expect(allianceAlert(3, [], { threshold: 6, dropMargin: 2, minHistory: 0 })).toEqual({ kind: 'alliance_low', score: 3, average: null });
    expect(allianceAlert(5, [7], { threshold: 0, dropMargin: 2, minHistory: 0 })).toEqual({ kind: 'alliance_drop', score: 5, average: 7 });
  });
});

describe('overdueCommitments', () => {
  const c = (id: string, dueOn: string | null, status = 'open', kind: CommitmentLike['kind'] = 'commitment'): CommitmentLike => ({ id, kind, status, dueOn });
  const ids = (items: CommitmentLike[], today = '2026-10-15') => overdueCommitments(items, today).map((x) => x.id);

  it('lists open and in-progress commitments due before today', () => {
    expect(ids([c('a', '2026-10-14'), c('b', '2026-09-01', 'in_progress')])).toEqual(['a', 'b']);
  });

  it('does not list one due today, or later', () => {
    expect(ids([c('today', '2026-10-15'), c('tomorrow', '2026-10-16'), c('next-year', '2027-01-01')])).toEqual([]);
  });

  it('does not list one done or dropped, however late', () => {
    expect(ids([c('done', '2026-01-01', 'done'), c('dropped', '2026-01-01', 'dropped')])).toEqual([]);
  });

  it('does not list one without a due date', () => {
    expect(ids([c('whenever', null)])).toEqual([]);
  });

  it('never lists a guardrail, whatever its status or date', () => {
    for (const status of ['holding', 'strained', 'broken', 'open', 'in_progress']) {
      expect(ids([c('g', '2020-01-01', status, 'guardrail')])).toEqual([]);
    }
  });

  it('compares across months and years', () => {
    expect(ids([c('dec', '2025-12-31'), c('jan', '2026-01-01')], '2026-01-01')).toEqual(['dec']);
    expect(ids([c('sep', '2026-09-30')], '2026-10-01')).toEqual(['sep']);
  });

  it('keeps the order given and the caller’s own objects', () => {
    const items = [c('late', '2026-10-01'), c('later', '2026-09-01'), c('fine', null)];
    const out = overdueCommitments(items, '2026-10-15');
    expect(out.map((x) => x.id)).toEqual(['late', 'later']);
    expect(out[0]).toBe(items[0]);
  });

  it('keeps the caller’s own type, extra fields and all', () => {
    const items = [{ ...c('a', '2026-10-01'), statement: 'Call the CEO before the board' }];
    const [first] = overdueCommitments(items, '2026-10-15');
    expect(first?.statement).toBe('Call the CEO before the board');
  });

  it('is empty for an empty list', () => {
    expect(overdueCommitments([], '2026-10-15')).toEqual([]);
  });
});
