// A felt sense: what the client feels standing in an element's place, with an
// energy from −5 (heavy) to +5 (strong), in whole steps.
export const ENERGY_MIN = -5;
export const ENERGY_MAX = 5;

export const isValidEnergy = (n: number): boolean => Number.isInteger(n) && n >= ENERGY_MIN && n <= ENERGY_MAX;

export function describeEnergy(n: number): 'heavy' | 'low' | 'neutral' | 'light' | 'strong' {
  if (n <= -3) return 'heavy';
  if (n < 0) return 'low';
  if (n === 0) return 'neutral';
  if (n < 3) return 'light';
  return 'strong';
}
