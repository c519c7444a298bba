import { describe, expect, it } from 'vitest';
import { fold } from './text.js';

describe('fold', () => {
  it('makes one word of its spellings with and without capitals, accents and ligatures', () => {
    expect(fold('Hélène')).toBe(fold('HELENE'));
    expect(fold('Sœur')).toBe('soeur');
    expect(fold('LÆTITIA')).toBe(fold('Laetitia'));
    expect(fold('Jean‑Marc l’Hermite')).toBe("jean-marc l'hermite");
  });
});
