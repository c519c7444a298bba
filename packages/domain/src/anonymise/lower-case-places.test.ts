import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const places = (text: string, language: 'fr' | 'en' = 'fr') =>
  anonymised(text, { language, mode: 'placeholders' }).spans.filter((s) => s.type === 'place').map((s) => text.slice(s.start, s.end));

describe('a town typed in lower case', () => {
  it('is the place after a word of place, in French and in English', () => {
    expect(places('je suis à villeurbanne demain')).toEqual(['villeurbanne']);
    expect(places('moved to leeds last year, now in dublin', 'en')).toEqual(['leeds', 'dublin']);
  });

  it('is the place after an elided "d\'" and after a verb of leaving, though its name is also a word', () => {
    expect(places("séminaire d'annecy, puis elle quitte paris ; moved from lyon", 'fr').map((w) => w.replace(/^d'/u, ''))).toEqual(['annecy', 'paris', 'lyon']);
  });

  it('is the town after a verb of living, working or going and "à", though its name is a word', () => {
    expect(places('elle habite à bordeaux, il bosse à orange, jsuis a rennes demain')).toEqual(['bordeaux', 'orange', 'rennes']);
    expect(places('il est à tours de rôle de garde')).toEqual([]);
  });

  it('is the place after another town of the same sentence, in a list', () => {
    expect(places("jsuis à marseille jusqu'à mardi, puis lille")).toEqual(['marseille', 'lille']);
  });

  it('is the capital after "à", though its name is also a word', () => {
    expect(places('On fait des paris. Elle rentre à paris ce soir.')).toEqual(['paris']);
  });

  it('is left alone where it is the word: the wine, a word after no word of place', () => {
    expect(places('un verre de bordeaux avec le dessert')).toEqual([]);
    expect(places('lille est loin')).toEqual([]);
  });

  it('is the word where a country\'s name is first an everyday one: "en réunion", "en jersey", "to us"', () => {
    expect(places('Elle est en réunion, en pull en jersey.')).toEqual([]);
    expect(places('He wrote to us from home.', 'en')).toEqual([]);
    expect(places('Il part en suisse demain.')).toEqual(['suisse']);
  });
});
