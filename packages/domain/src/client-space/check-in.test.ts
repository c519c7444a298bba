import { describe, expect, it } from 'vitest';
import {
  ALLIANCE_ITEM_WORDING,
  ALLIANCE_ITEMS,
  ALLIANCE_MAX,
  ALLIANCE_MIN,
  type AllianceRatings,
  allianceScore,
  isValidAllianceRating,
  isValidProgress,
  PROGRESS_SCALES,
  progressBounds,
  progressFraction,
} from './check-in.js';

const r = (heard: number, mattered: number, approach: number, overall: number): AllianceRatings => ({ heard, mattered, approach, overall });

describe('progress scales', () => {
  it('are 0–10 and goal attainment', () => {
    expect(PROGRESS_SCALES).toEqual(['zero_ten', 'goal_attainment']);
  });

  it('have their bounds: 0..10 and -2..+2', () => {
    expect(progressBounds('zero_ten')).toEqual({ min: 0, max: 10 });
    expect(progressBounds('goal_attainment')).toEqual({ min: -2, max: 2 });
  });

  it('hand out a copy of the bounds, so a caller cannot move them', () => {
    progressBounds('zero_ten').max = 100;
    expect(progressBounds('zero_ten')).toEqual({ min: 0, max: 10 });
    expect(isValidProgress('zero_ten', 11)).toBe(false);
  });

  it('accept every integer within the bounds, and the bounds themselves', () => {
    for (let v = 0; v <= 10; v++) expect(isValidProgress('zero_ten', v)).toBe(true);
    for (const v of [-2, -1, 0, 1, 2]) expect(isValidProgress('goal_attainment', v)).toBe(true);
  });

  it('refuse values just outside the bounds', () => {
    expect(isValidProgress('zero_ten', -1)).toBe(false);
    expect(isValidProgress('zero_ten', 11)).toBe(false);
    expect(isValidProgress('goal_attainment', -3)).toBe(false);
    expect(isValidProgress('goal_attainment', 3)).toBe(false);
    // What is fine on one scale is off the other.
    expect(isValidProgress('goal_attainment', 5)).toBe(false);
    expect(isValidProgress('zero_ten', -2)).toBe(false);
  });

  it('refuse fractions and non-numbers', () => {
    expect(isValidProgress('zero_ten', 5.5)).toBe(false);
    expect(isValidProgress('goal_attainment', 0.5)).toBe(false);
    expect(isValidProgress('zero_ten', Number.NaN)).toBe(false);
    expect(isValidProgress('zero_ten', Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe('progressFraction: both scales on a 0..1 footing', () => {
  it('maps 0..10 linearly', () => {
    expect(progressFraction('zero_ten', 0)).toBe(0);
    expect(progressFraction('zero_ten', 5)).toBe(0.5);
    expect(progressFraction('zero_ten', 10)).toBe(1);
    expect(progressFraction('zero_ten', 3)).toBeCloseTo(0.3, 12);
  });

  it('maps -2..+2 linearly, the expected outcome (0) in the middle', () => {
    expect(progressFraction('goal_attainment', -2)).toBe(0);
    expect(progressFraction('goal_attainment', -1)).toBe(0.25);
    expect(progressFraction('goal_attainment', 0)).toBe(0.5);
    expect(progressFraction('goal_attainment', 1)).toBe(0.75);
    expect(progressFraction('goal_attainment', 2)).toBe(1);
  });

  it('makes the two scales comparable: the middle of each is the same fraction', () => {
    expect(progressFraction('zero_ten', 5)).toBe(progressFraction('goal_attainment', 0));
    expect(progressFraction('zero_ten', 10)).toBe(progressFraction('goal_attainment', 2));
  });

  it('clamps values off the scale, so a chart never leaves its frame', () => {
    expect(progressFraction('zero_ten', -4)).toBe(0);
    expect(progressFraction('zero_ten', 14)).toBe(1);
    expect(progressFraction('goal_attainment', -3)).toBe(0);
    expect(progressFraction('goal_attainment', 7)).toBe(1);
  });
});

describe('the alliance items', () => {
  it('are four, in order', () => {
    expect(ALLIANCE_ITEMS).toEqual(['heard', 'mattered', 'approach', 'overall']);
  });

  it('are worded in our own words, in French and English', () => {
    expect(ALLIANCE_ITEM_WORDING.heard.en).toBe('I felt heard and respected.');
    expect(ALLIANCE_ITEM_WORDING.mattered.en).toBe('We worked on what mattered to me.');
    expect(ALLIANCE_ITEM_WORDING.approach.en).toBe('The approach suited me.');
    expect(ALLIANCE_ITEM_WORDING.overall.en).toBe('Overall, this session was right for me.');
    expect(ALLIANCE_ITEM_WORDING.heard.fr).toBe('Je me suis senti·e écouté·e et respecté·e.');
  });

  it('word every item, and only those, with distinct non-empty sentences', () => {
    expect(Object.keys(ALLIANCE_ITEM_WORDING).sort()).toEqual([...ALLIANCE_ITEMS].sort());
    for (const lang of ['fr', 'en'] as const) {
      const texts = ALLIANCE_ITEMS.map((i) => ALLIANCE_ITEM_WORDING[i][lang]);
      expect(new Set(texts).size).toBe(4);
      for (const t of texts) expect(t.length).toBeGreaterThan(10);
    }
  });

  it('are rated 0..10 in integers', () => {
    expect(ALLIANCE_MIN).toBe(0);
    expect(ALLIANCE_MAX).toBe(10);
    expect(isValidAllianceRating(0)).toBe(true);
    expect(isValidAllianceRating(10)).toBe(true);
    expect(isValidAllianceRating(7)).toBe(true);
    expect(isValidAllianceRating(-1)).toBe(false);
    expect(isValidAllianceRating(11)).toBe(false);
    expect(isValidAllianceRating(7.5)).toBe(false);
    expect(isValidAllianceRating(Number.NaN)).toBe(false);
  });
});

describe('allianceScore: the mean of the four items, to one decimal', () => {
  it('is the rating itself when all four agree', () => {
    expect(allianceScore(r(0, 0, 0, 0))).toBe(0);
    expect(allianceScore(r(8, 8, 8, 8))).toBe(8);
    expect(allianceScore(r(10, 10, 10, 10))).toBe(10);
  });

  it('gives halves exactly', () => {
    expect(allianceScore(r(7, 7, 8, 8))).toBe(7.5);
  });

  it('rounds quarters to one decimal, halves up', () => {
    expect(allianceScore(r(6, 6, 6, 7))).toBe(6.3); // 6.25
    expect(allianceScore(r(6, 7, 7, 7))).toBe(6.8); // 6.75
    expect(allianceScore(r(0, 0, 0, 1))).toBe(0.3); // 0.25
    expect(allianceScore(r(9, 10, 10, 10))).toBe(9.8); // 9.75
  });

  it('weighs every item equally, whichever one is low', () => {
    for (const item of ALLIANCE_ITEMS) {
      const ratings = r(10, 10, 10, 10);
      ratings[item] = 2;
      expect(allianceScore(ratings)).toBe(8);
    }
  });
});
