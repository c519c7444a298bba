import type { ProgressView } from '@alliance/api';
import { describe, expect, it } from 'vitest';
import { allianceDetail, checkInColumns, emotionPairs, objectiveRows, shorten } from './progress-model';

const point = (at: string, sessionId: string | null, value: number) => ({ at, sessionId, value, fraction: value / 10 });
const objectives: ProgressView['objectives'] = [
  { id: 'o1', statement: 'Oser dire non', points: [point('2026-10-01T09:00:00Z', 's1', 2), point('2026-10-08T09:00:00Z', 's2', 4), point('2026-10-15T09:00:00Z', 's3', 6)] },
  { id: 'o2', statement: 'Poser des garde-fous', points: [point('2026-10-01T09:00:00Z', 's1', 5), point('2026-10-12T18:00:00Z', null, 6), point('2026-10-15T09:00:00Z', 's3', 7)] },
];

describe('checkInColumns', () => {
  it('gives one column per check-in, sessions once, in time order, with their numbers', () => {
    const columns = checkInColumns(objectives, new Map([['s1', 1], ['s2', 2], ['s3', 3]]));
    expect(columns.map((c) => [c.sessionId, c.ordinal])).toEqual([
      ['s1', 1],
      ['s2', 2],
      [null, null],
      ['s3', 3],
    ]);
  });

  it('is empty without points', () => {
    expect(checkInColumns([{ id: 'o', statement: 'x', points: [] }], new Map())).toEqual([]);
  });
});

describe('objectiveRows', () => {
  it('puts each value in its column and leaves gaps empty', () => {
    const columns = checkInColumns(objectives, new Map());
    expect(objectiveRows(objectives, columns).map((r) => r.values)).toEqual([
      [2, 4, null, 6],
      [5, null, 6, 7],
    ]);
  });

  it('keeps the latest value when a session was answered twice', () => {
    const twice: ProgressView['objectives'] = [{ id: 'o', statement: 'x', points: [point('2026-10-01T09:00:00Z', 's1', 3), point('2026-10-01T10:00:00Z', 's1', 5)] }];
    const columns = checkInColumns(twice, new Map());
    expect(columns).toHaveLength(1);
    expect(objectiveRows(twice, columns)[0]?.values).toEqual([5]);
  });
});

describe('emotionPairs', () => {
  it('pairs the same emotion before and after, whatever its case', () => {
    expect(
      emotionPairs({
        sessionId: 's',
        at: '2026-10-01T09:00:00Z',
        ordinal: 1,
        before: [{ name: 'Irritation', intensity: 8 }, { name: 'tristesse', intensity: 6 }],
        after: [{ name: 'tristesse', intensity: 4 }, { name: 'irritation', intensity: 1 }, { name: 'empathie', intensity: 6 }],
      }),
    ).toEqual([
      { name: 'Irritation', before: 8, after: 1 },
      { name: 'tristesse', before: 6, after: 4 },
      { name: 'empathie', before: null, after: 6 },
    ]);
  });

  it('skips unnamed emotions', () => {
    expect(emotionPairs({ sessionId: 's', at: '', ordinal: null, before: [{ name: '  ', intensity: 3 }], after: [] })).toEqual([]);
  });
});

describe('allianceDetail', () => {
  it('reads the score and, when there is one, her earlier average', () => {
    expect(allianceDetail('4 / 10')).toEqual({ score: 4, average: null });
    expect(allianceDetail('7.5 / 10 (9.3)')).toEqual({ score: 7.5, average: 9.3 });
  });

  it('gives nothing for another shape', () => {
    expect(allianceDetail('2026-10-12')).toBeNull();
  });
});

describe('shorten', () => {
  it('keeps a short statement and cuts a long one at a word', () => {
    expect(shorten('Oser dire non')).toBe('Oser dire non');
    expect(shorten('Retrouver une relation de travail apaisée avec le président du groupe', 30)).toBe('Retrouver une relation de…');
  });
});
