import { describe, expect, it } from 'vitest';
import { englishGenderTold, genderTold } from './agreement.js';

const WORDS = new Set(['venu', 'venue', 'avocat', 'avocate', 'content', 'contente', 'puis', 'puise', 'partie', 'parti']);
const told = (text: string, name: string) => genderTold(text, text.indexOf(name), text.indexOf(name) + name.length, WORDS);
const toldEn = (text: string, name: string) => englishGenderTold(text, text.indexOf(name) + name.length);

describe('the gender a French sentence gives a name', () => {
  it('is the agreement after "est", or the word in apposition', () => {
    expect(told('Yannick est venu hier.', 'Yannick')).toBe('m');
    expect(told("Camille n'est pas venue.", 'Camille')).toBe('f');
    expect(told('Laurence Brunet, avocate, a signé.', 'Laurence Brunet')).toBe('f');
  });

  it('is none after a comma where the clause goes on: "Colombe Mercier, puis Colombe est partie"', () => {
    expect(told('Elle a vu Colombe Mercier, puis Colombe est partie.', 'Colombe Mercier')).toBeUndefined();
  });

  it('is none where the sentence tells it of another, or tells nothing', () => {
    expect(told('La sœur de Yannick est venue.', 'Yannick')).toBeUndefined();
    expect(told('Georges aussi.', 'Georges')).toBeUndefined();
  });
});

describe('the gender English gives a name', () => {
  it('is the pronoun right after it: "and her", "said he", "(she/her)"', () => {
    expect(toldEn('Sam and her husband came.', 'Sam')).toBe('f');
    expect(toldEn('Alex said he was tired.', 'Alex')).toBe('m');
    expect(toldEn('Alex told me that she would call.', 'Alex')).toBe('f');
    expect(toldEn('Robin (she/her) joined.', 'Robin')).toBe('f');
  });

  it('is none where no pronoun follows, or it is "they"', () => {
    expect(toldEn('Sam came with Alex.', 'Sam')).toBeUndefined();
    expect(toldEn('Robin (they/them) joined.', 'Robin')).toBeUndefined();
    expect(toldEn('Sam and the others came.', 'Sam')).toBeUndefined();
  });
});
