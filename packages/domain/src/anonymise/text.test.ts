import { describe, expect, it } from 'vitest';
import { fold, surnameFirstWords } from './text.js';

/** fold as it was first written: plain ASCII in lower case; else Unicode normalisation, then the quotes, dashes, case and ligatures. */
const byNormalisation = (s: string) =>
  /^[\x00-\x7f]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`´]/g, "'").replace(/[‐‑‒–]/g, '-').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');

describe('fold', () => {
  it('makes one name of its spellings in case, accents and ligatures', () => {
    expect(['Hélène', 'HELENE', 'helene', 'He\u0301le\u0300ne'].map(fold)).toEqual(['helene', 'helene', 'helene', 'helene']);
    expect(['Lætitia', 'SŒUR', 'Ève-Marie', 'L’Haÿ', 'Saint‑Étienne', 'Dvořák', 'Łódź', 'Øresund', 'Straße'].map(fold)).toEqual([
      'laetitia', 'soeur', 'eve-marie', "l'hay", 'saint-etienne', 'dvorak', 'łodz', 'øresund', 'straße',
    ]);
  });

  it('folds every character of the Latin alphabets as Unicode normalisation does, alone and within a word', () => {
    for (let c = 0; c < 0x370; c++) {
      const ch = String.fromCharCode(c);
      expect(fold(ch), `U+${c.toString(16)}`).toBe(byNormalisation(ch));
      expect(fold(`a${ch}É${ch}z`), `U+${c.toString(16)} in a word`).toBe(byNormalisation(`a${ch}É${ch}z`));
    }
  });

  it('folds other scripts and signs by normalisation, as before', () => {
    for (const s of ['Ζωή', 'ΣΟΦΙΑ', 'Дмитрий', 'İstanbul', '𝒜lice', 'Ｍａｒｉｅ', 'ﬁlle', 'Zoë—Anne']) expect(fold(s), s).toBe(byNormalisation(s));
  });
});

describe('surnameFirstWords', () => {
  it('counts the surname’s words in capitals before a given name', () => {
    const isFirstName = (w: string) => ['claire', 'gwenaelle', 'julie', 'sophie', 'karim'].includes(w);
    expect(surnameFirstWords('DUPONT Claire', isFirstName)).toBe(1);
    expect(surnameFirstWords('LE BIHAN Gwenaëlle', isFirstName)).toBe(2);
    expect(surnameFirstWords('Claire DUPONT', isFirstName)).toBe(0);
    expect(surnameFirstWords('SOPHIE MARTIN', isFirstName)).toBe(0);
    expect(surnameFirstWords('KARIM B.', isFirstName)).toBe(0);
    expect(surnameFirstWords('JULIE Dupont', isFirstName)).toBe(0);
  });
});
