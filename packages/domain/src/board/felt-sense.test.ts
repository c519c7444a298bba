import { describe, expect, it } from 'vitest';
import { describeEnergy, ENERGY_MAX, ENERGY_MIN, isValidEnergy } from './felt-sense.js';

describe('energy of a felt sense', () => {
  it('accepts whole numbers from −5 to +5 only', () => {
    for (let n = ENERGY_MIN; n <= ENERGY_MAX; n++) expect(isValidEnergy(n)).toBe(true);
    for (const n of [-6, 6, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(isValidEnergy(n)).toBe(false);
  });

  it('names the bands at their cut points', () => {
    expect([-5, -3, -2, -1, 0, 1, 2, 3, 5].map(describeEnergy)).toEqual(['heavy', 'heavy', 'low', 'low', 'neutral', 'light', 'light', 'strong', 'strong']);
  });
});
