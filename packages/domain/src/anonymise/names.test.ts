import { beforeAll, describe, expect, it } from 'vitest';
import { detect } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
}, 120_000);

const typed = (text: string) => detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.type]);
const people = (text: string) => typed(text).filter(([, type]) => type === 'person').map(([words]) => words);

describe('a capitalised word after a determiner', () => {
  it('is masked as a place or an organisation, not as the rare first name it also is', () => {
    const text = 'Elle a longtemps vécu en Alaska avant de rentrer.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toContainEqual(['Alaska', 'place']);
  });

  it('leaves the person after it a person: only the first word is the article’s', () => {
    const text = "L'ancien ministre socialiste du Budget Michel Charasse a reconnu avoir signé.";
    expect(people(text)).toEqual(['Michel Charasse']);
    expect(typed(text)).toContainEqual(['Budget', 'organisation']);
  });

  it('stays a person where the text names the same word as a person without an article', () => {
    expect(people('Bonnemort toussait encore. Le fils du Bonnemort descendit au puits.')).toEqual(['Bonnemort', 'Bonnemort']);
  });
});

describe('a regnal number', () => {
  it('belongs to the name it follows', () => {
    expect(people("Philippe V régna sur l'Espagne, Charles X sur la France.")).toEqual(['Philippe V', 'Charles X']);
  });
});

describe('a word in capitals alone', () => {
  it('stays the acronym the rules read, where the model alone made a person of it', () => {
    const text = 'L\'angioplastie, ou " intervention coronaire percutanée " (ICP) est une opération destinée à débloquer les artères.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toContainEqual(['ICP', 'organisation']);
  });
});

describe('a well-known place right before a first name', () => {
  it('is the place, and the person begins at the first name, where a comma went missing', () => {
    const text = 'Affaire des emplois fictifs de la mairie de Paris Alain Juppé est jugé pour sa responsabilité.';
    expect(people(text)).toEqual(['Alain Juppé']);
    expect(typed(text)).toContainEqual(['Paris', 'place']);
    // A place that is also a popular first name, with nothing before it, is hers.
    expect(people('Florence Marie Dupont arrive demain.')).toEqual(['Florence Marie Dupont']);
  });
});

describe('a title before a name', () => {
  it('is not read across the end of a sentence: "… est jugé. Paris" is no "juge Paris"', () => {
    const text = 'Alain Juppé est jugé. Paris est préoccupé.';
    expect(detect(text, lexicon, { language: 'fr' }).find((d) => text.slice(d.start, d.end) === 'Paris')?.source).not.toBe('context');
    expect(people('Il a vu M . Durand hier.')).toEqual(['Durand']);
  });
});
