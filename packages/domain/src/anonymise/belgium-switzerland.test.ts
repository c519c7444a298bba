import { describe, expect, it } from 'vitest';
import { belgianAndSwissDetails, belgianNationalNumberValid } from './belgium-switzerland.js';
import { withLexicon } from './lexicon-for-tests.js';
import { digitWindows } from './windows.js';

const found = (text: string) => belgianAndSwissDetails(text, digitWindows(text)).map((d) => [text.slice(d.start, d.end), d.type]);
const { anonymised } = withLexicon();

describe('a postcode of four digits', () => {
  it('is a place with its town after a street, in French, Dutch and German addresses', () => {
    expect(found('Elle habite rue du Marché 12, 1204 Genève.')).toEqual([['1204 Genève', 'place']]);
    expect(found('45 avenue Louise, B-1050 Ixelles')).toEqual([['B-1050 Ixelles', 'place']]);
    expect(found('Kerkstraat 12, 2000 Antwerpen')).toEqual([['2000 Antwerpen', 'place']]);
    expect(found('Bahnhofstrasse 1\n8001 Zürich')).toEqual([['8001 Zürich', 'place']]);
  });

  it('is a year anywhere else', () => {
    expect(found('En 2024 Marie a changé de poste ; 2023 Paris était loin.')).toEqual([]);
    expect(found('Elle a quitté la rue, 2019 Nouvelle vie.')).toEqual([]);
  });

  it('leaves nothing of the address once anonymised', () => {
    const text = 'Son adresse : rue du Marché 12, 1204 Genève.';
    const out = anonymised(text, { language: 'fr', mode: 'placeholders' }).text;
    expect(out).not.toMatch(/1204|Genève|Marché/);
  });
});

describe('the Belgian national register number', () => {
  it('is checked as the register computes it, for those born before 2000 and after', () => {
    expect(belgianNationalNumberValid('85073003328')).toBe(true);
    expect(belgianNationalNumberValid('85073003361')).toBe(false);
    // Born in 2001: the check is computed on the digits after a 2.
    const first = 10_203_004;
    const check = 97 - ((2_000_000_000 + first) % 97);
    expect(belgianNationalNumberValid(`0${first}${String(check).padStart(2, '0')}`)).toBe(true);
  });

  it('is an identifier when its check holds, written with dots and a dash or not, and when its label says so', () => {
    expect(found('NN 85.07.30-033.28, à rappeler')).toEqual([['85.07.30-033.28', 'identifier']]);
    expect(found('son numéro 85073003328')).toEqual([['85073003328', 'identifier']]);
    expect(found('Registre national : 85.07.30-033.61')).toEqual([['85.07.30-033.61', 'identifier']]);
    expect(found('Commande 85.07.30-033.61 livrée')).toEqual([]);
  });
});

describe('the street before a four-digit postcode', () => {
  it('is read capitalised or not, its accents included', () => {
    expect(found('Rue du Marché 12, 1204 Genève')).toEqual([['1204 Genève', 'place']]);
    expect(found('Chaussée de Waterloo 100, 1180 Uccle')).toEqual([['1180 Uccle', 'place']]);
  });
});
