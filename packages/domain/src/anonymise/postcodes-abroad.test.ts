import { describe, expect, it } from 'vitest';
import { postcodesAbroad } from './postcodes-abroad.js';
import { withLexicon } from './lexicon-for-tests.js';
import { digitWindows } from './windows.js';

const found = (text: string) => postcodesAbroad(text, digitWindows(text)).map((d) => [text.slice(d.start, d.end), d.type]);
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

describe('the street before a four-digit postcode', () => {
  it('is read capitalised or not, its accents included', () => {
    expect(found('Rue du Marché 12, 1204 Genève')).toEqual([['1204 Genève', 'place']]);
    expect(found('Chaussée de Waterloo 100, 1180 Uccle')).toEqual([['1180 Uccle', 'place']]);
  });
});

describe('a postcode after its town', () => {
  it('ends an address whose street stands earlier on its line', () => {
    expect(found('She lives at 12 Kauri Road, Ponsonby, Auckland 1011; mobile 021 123 4567.')).toEqual([['1011', 'place']]);
    expect(found('Office: 5 Long Street, Cape Town 8001\nTel. 021 555 0000')).toEqual([['8001', 'place']]);
  });

  it('is a year or a count anywhere else', () => {
    expect(found('She moved to Auckland 2019 and back.')).toEqual([]);
    expect(found('The Road Ahead 2024.')).toEqual([]);
    expect(found('We met on Baker Street in 2019, then again.')).toEqual([]);
  });
});

describe('a postcode of five or six digits after its town', () => {
  it('ends an address after its label or a comma', () => {
    expect(found('Adresse : Casablanca 20570')).toEqual([['20570', 'place']]);
    expect(found('Address: 14 3rd Cross, Jayanagar, Bengaluru 560041.')).toEqual([['560041', 'place']]);
  });

  it('is an amount or a reference anywhere else', () => {
    expect(found('Le budget, Total 25000 euros.')).toEqual([]);
    expect(found('Elle a vendu 12000 exemplaires.')).toEqual([]);
    expect(found('Commande 458712 livrée.')).toEqual([]);
  });
});
