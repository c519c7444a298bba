import { describe, expect, it } from 'vitest';
import { type AfterCheckIn, type AllianceRatings, allianceSeries, type BeforeCheckIn, objectiveSeries } from './check-in.js';

// The series behind the client's charts; the scales and scores themselves are in check-in.test.ts.
const r = (heard: number, mattered: number, approach: number, overall: number): AllianceRatings => ({ heard, mattered, approach, overall });
const before = (at: string, progress: [string, number][], sessionId: string | null = null): BeforeCheckIn => ({
  sessionId,
  at,
  progress: progress.map(([objectiveId, value]) => ({ objectiveId, value })),
});
const after = (at: string, ratings: AllianceRatings, sessionId: string | null = null): AfterCheckIn => ({ sessionId, at, ratings });

describe('objectiveSeries', () => {
  it('gives one series per objective, in the order asked, points in time order', () => {
    const series = objectiveSeries('zero_ten', ['o1', 'o2'], [
      before('2026-10-15T09:00:00Z', [['o1', 6], ['o2', 3]], 's3'),
      before('2026-10-01T09:00:00Z', [['o1', 2], ['o2', 1]], 's1'),
      before('2026-10-08T09:00:00Z', [['o1', 4]], 's2'),
    ]);
    expect(series).toEqual([
      {
        objectiveId: 'o1',
        points: [
          { at: '2026-10-01T09:00:00Z', sessionId: 's1', value: 2, fraction: 0.2 },
          { at: '2026-10-08T09:00:00Z', sessionId: 's2', value: 4, fraction: 0.4 },
          { at: '2026-10-15T09:00:00Z', sessionId: 's3', value: 6, fraction: 0.6 },
        ],
      },
      {
        objectiveId: 'o2',
        points: [
          { at: '2026-10-01T09:00:00Z', sessionId: 's1', value: 1, fraction: 0.1 },
          { at: '2026-10-15T09:00:00Z', sessionId: 's3', value: 3, fraction: 0.3 },
        ],
      },
    ]);
  });

  it('orders by instant, not by the text of the date', () => {
    // 10:30 in Paris (summer) is 08:30 UTC, before 09:00 UTC, though "10:30" sorts after "09:00".
    const series = objectiveSeries('zero_ten', ['o'], [before('2026-10-01T09:00:00Z', [['o', 5]]), before('2026-10-01T10:30:00+02:00', [['o', 4]])]);
    expect(series[0]?.points.map((p) => p.value)).toEqual([4, 5]);
  });

  it('keeps check-ins at the same instant in the order given', () => {
    const series = objectiveSeries('zero_ten', ['o'], [before('2026-10-01T09:00:00Z', [['o', 7]], 'a'), before('2026-10-01T09:00:00Z', [['o', 3]], 'b')]);
    expect(series[0]?.points.map((p) => p.sessionId)).toEqual(['a', 'b']);
  });

  it('keeps check-ins between sessions (no session) as points', () => {
    const series = objectiveSeries('goal_attainment', ['o'], [before('2026-10-01T09:00:00Z', [['o', -1]], null)]);
    expect(series[0]?.points).toEqual([{ at: '2026-10-01T09:00:00Z', sessionId: null, value: -1, fraction: 0.25 }]);
  });

  it('uses the scale for fractions', () => {
    const series = objectiveSeries('goal_attainment', ['o'], [before('2026-10-01T09:00:00Z', [['o', 2]]), before('2026-10-02T09:00:00Z', [['o', -2]])]);
    expect(series[0]?.points.map((p) => p.fraction)).toEqual([1, 0]);
  });

  it('ignores values for objectives it was not asked about', () => {
    const series = objectiveSeries('zero_ten', ['o1'], [before('2026-10-01T09:00:00Z', [['o1', 5], ['gone', 9]])]);
    expect(series).toHaveLength(1);
    expect(series[0]?.points.map((p) => p.value)).toEqual([5]);
    expect(JSON.stringify(series)).not.toContain('gone');
  });

  it('ignores values off the scale, such as ones recorded on the other scale', () => {
    const series = objectiveSeries('goal_attainment', ['o'], [
      before('2026-10-01T09:00:00Z', [['o', 7]]),
      before('2026-10-02T09:00:00Z', [['o', 1]]),
      before('2026-10-03T09:00:00Z', [['o', 1.5]]),
    ]);
    expect(series[0]?.points.map((p) => p.value)).toEqual([1]);
  });

  it('keeps the later of two values for one objective in one check-in (her correction)', () => {
    const series = objectiveSeries('zero_ten', ['o'], [before('2026-10-01T09:00:00Z', [['o', 3], ['o', 4]])]);
    expect(series[0]?.points).toEqual([{ at: '2026-10-01T09:00:00Z', sessionId: null, value: 4, fraction: 0.4 }]);
  });

  it('gives an empty series to an objective with no values yet', () => {
    expect(objectiveSeries('zero_ten', ['o1', 'o2'], [before('2026-10-01T09:00:00Z', [['o1', 5]])])[1]).toEqual({ objectiveId: 'o2', points: [] });
    expect(objectiveSeries('zero_ten', ['o1'], [])).toEqual([{ objectiveId: 'o1', points: [] }]);
  });

  it('gives nothing when asked about no objective', () => {
    expect(objectiveSeries('zero_ten', [], [before('2026-10-01T09:00:00Z', [['o', 5]])])).toEqual([]);
  });

  it('gives one series to an objective asked about twice', () => {
    const series = objectiveSeries('zero_ten', ['o', 'p', 'o'], [before('2026-10-01T09:00:00Z', [['o', 5]])]);
    expect(series.map((s) => s.objectiveId)).toEqual(['o', 'p']);
  });

  it('puts a check-in with an unreadable date last rather than scrambling the others', () => {
    const series = objectiveSeries('zero_ten', ['o'], [
      before('2026-10-03T09:00:00Z', [['o', 3]]),
      before('not a date', [['o', 9]]),
      before('2026-10-01T09:00:00Z', [['o', 1]]),
      before('2026-10-02T09:00:00Z', [['o', 2]]),
    ]);
    expect(series[0]?.points.map((p) => p.value)).toEqual([1, 2, 3, 9]);
  });

  it('does not reorder the caller’s list', () => {
    const checkIns = [before('2026-10-02T09:00:00Z', [['o', 2]]), before('2026-10-01T09:00:00Z', [['o', 1]])];
    objectiveSeries('zero_ten', ['o'], checkIns);
    expect(checkIns.map((c) => c.at)).toEqual(['2026-10-02T09:00:00Z', '2026-10-01T09:00:00Z']);
  });
});

describe('allianceSeries', () => {
  it('scores each check-in, in time order', () => {
    expect(
      allianceSeries([
        after('2026-10-15T10:00:00Z', r(6, 6, 6, 7), 's3'),
        after('2026-10-01T10:00:00Z', r(8, 8, 8, 8), 's1'),
        after('2026-10-08T10:00:00Z', r(7, 7, 8, 8), 's2'),
      ]),
    ).toEqual([
      { at: '2026-10-01T10:00:00Z', sessionId: 's1', score: 8 },
      { at: '2026-10-08T10:00:00Z', sessionId: 's2', score: 7.5 },
      { at: '2026-10-15T10:00:00Z', sessionId: 's3', score: 6.3 },
    ]);
  });

  it('orders by instant across offsets', () => {
    const series = allianceSeries([after('2026-10-01T09:00:00Z', r(9, 9, 9, 9), 'utc'), after('2026-10-01T10:30:00+02:00', r(5, 5, 5, 5), 'paris')]);
    expect(series.map((p) => p.sessionId)).toEqual(['paris', 'utc']);
  });

  it('is empty without check-ins', () => {
    expect(allianceSeries([])).toEqual([]);
  });

  it('does not carry the item ratings, only the score', () => {
    const [point] = allianceSeries([after('2026-10-01T09:00:00Z', r(1, 2, 3, 4))]);
    expect(Object.keys(point ?? {}).sort()).toEqual(['at', 'score', 'sessionId']);
  });
});
