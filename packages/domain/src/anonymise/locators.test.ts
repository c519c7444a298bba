import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';
import { locators } from './locators.js';
import { digitWindows } from './windows.js';

const found = (text: string) => locators(text, digitWindows(text)).map((d) => [text.slice(d.start, d.end), d.type]);
const { anonymised } = withLexicon();

describe('a position on the map', () => {
  it('is a place, in decimals, in degrees or in three what3words words', () => {
    expect(found('GPS : 47.6582, -2.7599')).toEqual([['47.6582, -2.7599', 'place']]);
    expect(found(`Maison : 47°39'29.5"N 2°45'35.6"W`)).toEqual([[`47°39'29.5"N 2°45'35.6"W`, 'place']]);
    expect(found('what3words ///table.chair.lamp')).toEqual([['///table.chair.lamp', 'place']]);
  });

  it('is not a pair of prices or a ratio', () => {
    expect(found('Prix : 12.50, 13.20 ; ratio 0.5/1.2')).toEqual([]);
    expect(found('Latitude 147.65821, 2.75991')).toEqual([]);
  });
});

describe("a car's number plate", () => {
  it('is an identifier after its label, in the French, Swiss and British forms, and alone in the British one', () => {
    expect(found('Plaque : VD 123 456')).toEqual([['VD 123 456', 'identifier']]);
    expect(found('Plaque : 1234 AB 35')).toEqual([['1234 AB 35', 'identifier']]);
    expect(found('Immatriculation : AB12 CDE')).toEqual([['AB12 CDE', 'identifier'], ['AB12 CDE', 'identifier']]);
    expect(found('parked the SK19 XYZ outside')).toEqual([['SK19 XYZ', 'identifier']]);
  });

  it('is nothing where the label is a word of the kitchen or a number alone', () => {
    expect(found('Elle a changé la plaque de cuisson 3 feux, reg 2.')).toEqual([]);
  });
});

describe("a claimant's or a member's number", () => {
  it("is an identifier after the label of the body that gave it", () => {
    expect(found('Numéro CAF : 1234567')).toEqual([['1234567', 'identifier']]);
    expect(found('Mutuelle : 00458712')).toEqual([['00458712', 'identifier']]);
    expect(found('NHS number: 485 777 3456')).toEqual([['485 777 3456', 'identifier']]);
  });

  it('is a count anywhere else', () => {
    expect(found('La CAF a versé 350 euros.')).toEqual([]);
  });
});

describe('what else leads to one person though it names no one', () => {
  it('is masked: a login at a network after its label, an e-mail at a great provider without its ending', () => {
    const text = 'Son Insta : lafermedemarie_56. Gamertag: xXKerryQueenXx. Skype : live:soazig.kerherve. Écris à raj.patel@outlook.';
    const out = anonymised(text, { language: 'fr', mode: 'placeholders' }).text;
    for (const leak of ['lafermedemarie', 'KerryQueen', 'kerherve', 'patel']) expect(out).not.toContain(leak);
  });
});
