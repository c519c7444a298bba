import { describe, expect, it } from 'vitest';
import { withEchoes } from './echoes.js';
import { tokenize } from './text.js';
import type { Detection } from './types.js';

/** Detections at the first occurrence of each `[text, type, source]`, as the detectors would give them. */
function found(text: string, marks: [string, Detection['type'], Detection['source']?][]): Detection[] {
  return marks
    .map(([words, type, source]) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, type, source: source ?? 'context', confidence: 0.8 }))
    .sort((a, b) => a.start - b.start);
}
const shown = (text: string, ds: Detection[]) => ds.map((d) => [text.slice(d.start, d.end), d.type, d.source]);

describe('withEchoes', () => {
  it('masks every capitalised repetition of a word found in a name, with the type of that name', () => {
    const text = 'Il a vu M. Forestier à Rochefort. Forestier riait. Rochefort dormait.';
    const out = withEchoes(tokenize(text), found(text, [['Forestier', 'person'], ['Rochefort', 'place']]));
    expect(shown(text, out)).toEqual([
      ['Forestier', 'person', 'context'],
      ['Rochefort', 'place', 'context'],
      ['Forestier', 'person', 'elsewhere'],
      ['Rochefort', 'place', 'elsewhere'],
    ]);
  });

  it('takes in the capitalised particle the name was found with, where a mention of the rest follows it', () => {
    const text = 'Son directeur, M. Le Goff, est dur. Elle fait face à LE GOFF.';
    const out = withEchoes(tokenize(text), found(text, [['Le Goff', 'person'], ['GOFF', 'person']]));
    expect(shown(text, out)).toEqual([
      ['Le Goff', 'person', 'context'],
      ['LE GOFF', 'person', 'context'],
    ]);
  });

  it('joins the repeated words of one name, and keeps the gender of the name it repeats', () => {
    const text = 'Voici Eugénie Grandet. Eugénie Grandet se tait.';
    const first = found(text, [['Eugénie Grandet', 'person']]);
    first[0]!.gender = 'f';
    const out = withEchoes(tokenize(text), first);
    expect(shown(text, out)).toEqual([
      ['Eugénie Grandet', 'person', 'context'],
      ['Eugénie Grandet', 'person', 'elsewhere'],
    ]);
    expect(out[1]!.gender).toBe('f');
    expect(out[1]!.confidence).toBeLessThan(out[0]!.confidence);
  });

  it('repeats names in capitals and names written with a capital, never the same word in lower case', () => {
    const text = 'Mme Rose est venue. ROSE a parlé ; une rose fanée.';
    const out = withEchoes(tokenize(text), found(text, [['Rose', 'person']]));
    expect(shown(text, out)).toEqual([
      ['Rose', 'person', 'context'],
      ['ROSE', 'person', 'elsewhere'],
    ]);
  });

  it('does not repeat titles, particles, recorded names, or what is not a name', () => {
    const text = 'M. de La Salle a écrit à Arvel le 3 mai. De La Rue et Arvel. Salle et Arvel. Mai. M. Dupont salue La Salle.';
    const ds = found(text, [['de La Salle', 'person'], ['Arvel', 'organisation', 'records'], ['3 mai', 'date']]);
    const out = withEchoes(tokenize(text), ds);
    // Only "Salle" first in its sentence: inside a sentence the detectors already had their say.
    expect(shown(text, out.filter((d) => d.source === 'elsewhere'))).toEqual([['Salle', 'person', 'elsewhere']]);
    expect(out.filter((d) => d.source === 'elsewhere')[0]!.start).toBe(text.indexOf('Salle et'));
  });

  it('makes a word surely used as a person a person where a lone finding took it for a place, not a recorded place', () => {
    const text = 'M. Rochefort arrive ; on dîne chez Rochefort, loin de Lyon. Lyon attend.';
    const ds = found(text, [['Rochefort', 'person'], ['chez Rochefort', 'place'], ['Lyon', 'place', 'records']]);
    ds[0]!.confidence = 0.95;
    ds[0]!.gender = 'm';
    ds[1] = { ...ds[1]!, start: ds[1]!.start + 5 };
    const out = withEchoes(tokenize(text), ds);
    expect(shown(text, out)).toEqual([
      ['Rochefort', 'person', 'context'],
      ['Rochefort', 'person', 'elsewhere'],
      ['Lyon', 'place', 'records'],
    ]);
    expect(out[1]!.gender).toBe('m');
  });

  it('makes a word the text names as a person twice as often a person where it was once read as a place, not a well-known town', () => {
    const text = 'Gringoire parle ; Gringoire chante. Il écrit à Gringoire, à Lyon. Lyon dort ; Lyon rit ; on cite Lyon.';
    const at = (word: string, from: number) => text.indexOf(word, from);
    const mark = (word: string, from: number, type: Detection['type'], confidence = 0.8): Detection => ({ start: at(word, from), end: at(word, from) + word.length, type, source: 'capitalisation', confidence });
    const ds = [
      mark('Gringoire', 0, 'person'),
      mark('Gringoire', 12, 'person'),
      { ...mark('Gringoire', 40, 'place'), source: 'context' as const },
      mark('Lyon', 50, 'place'),
      mark('Lyon', 57, 'person'),
      mark('Lyon', 67, 'person'),
      mark('Lyon', 80, 'person'),
    ];
    const towns = new Set(['lyon']);
    const out = withEchoes(tokenize(text), ds, (w) => towns.has(w));
    expect(out.filter((d) => text.slice(d.start, d.end) === 'Gringoire').map((d) => d.type)).toEqual(['person', 'person', 'person']);
    expect(out.find((d) => d.start === at('Lyon', 50))!.type).toBe('place');
  });

  it('leaves a text without names as it was', () => {
    const text = 'Rien à signaler.';
    expect(withEchoes(tokenize(text), [])).toEqual([]);
  });
});

describe('a well-known place inside a longer name', () => {
  it('does not make the town a person everywhere: "M. Bérard de Brest" leaves "Brest" a place elsewhere', () => {
    const text = 'Premier, M. Bérard de Brest. Brest accueille les régates.';
    const ds = found(text, [['Bérard de Brest', 'person']]);
    const towns = new Set(['brest']);
    const out = withEchoes(tokenize(text), ds, (w) => towns.has(w));
    expect(out.filter((d) => d.source === 'elsewhere')).toEqual([]);
    // Without the lists' word, the echo is what it was: one name, one treatment.
    expect(withEchoes(tokenize(text), ds).filter((d) => d.source === 'elsewhere').map((d) => text.slice(d.start, d.end))).toEqual(['Brest']);
  });

  it('still repeats a surname that is also a town: "Julien Sens", then "Sens a refusé"', () => {
    const text = 'Nous avons reçu Julien Sens hier. Sens a refusé le poste.';
    const ds = found(text, [['Julien Sens', 'person']]);
    const out = withEchoes(tokenize(text), ds, (w) => w === 'sens');
    expect(out.filter((d) => d.source === 'elsewhere').map((d) => [text.slice(d.start, d.end), d.type])).toEqual([['Sens', 'person']]);
  });
});

describe('a title the text made a surname', () => {
  it('is that person wherever it is capitalised, inside a sentence too: the detectors read it as a title', () => {
    const text = 'Paul Baron est venu. Ensuite M. Baron a parlé ; le baron de Charlus non.';
    const out = withEchoes(tokenize(text), found(text, [['Paul Baron', 'person'], ['Charlus', 'person']]));
    expect(shown(text, out)).toEqual([
      ['Paul Baron', 'person', 'context'],
      ['Baron', 'person', 'elsewhere'],
      ['Charlus', 'person', 'context'],
    ]);
  });

  it('needs a word of the name before it: a title alone, or a form of address, makes no surname', () => {
    const text = 'Le Pasteur Martin prêche. Le Pasteur viendra. Monsieur Durand aussi, Monsieur !';
    const out = withEchoes(tokenize(text), found(text, [['Martin', 'person'], ['Monsieur Durand', 'person']]));
    expect(shown(text, out)).toEqual([
      ['Martin', 'person', 'context'],
      ['Monsieur Durand', 'person', 'context'],
    ]);
  });
});

describe('a locution that repeats a word of a name', () => {
  it('is the word: "Marc Petit a appelé. Petit à petit ça avance."', () => {
    const text = 'Marc Petit a appelé. Petit à petit ça avance. Petit rappellera.';
    expect(shown(text, withEchoes(tokenize(text), found(text, [['Marc Petit', 'person']])))).toEqual([
      ['Marc Petit', 'person', 'context'],
      ['Petit', 'person', 'elsewhere'],
    ]);
    expect(withEchoes(tokenize(text), found(text, [['Marc Petit', 'person']]))[1]!.start).toBe(text.lastIndexOf('Petit'));
  });
});

describe('a month the text made a given name', () => {
  const sure = (text: string, words: string): Detection => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, type: 'person', source: 'first-names', confidence: 0.95 });

  it('is that person wherever it is capitalised, away from any number: "Nguyen Thi Mai … Mai parle peu"', () => {
    const text = 'Nguyen Thi Mai est là ; Mai parle peu. Le 1er Mai elle part, en Mai 2025 aussi, en mai.';
    expect(shown(text, withEchoes(tokenize(text), [sure(text, 'Nguyen Thi Mai')]))).toEqual([
      ['Nguyen Thi Mai', 'person', 'first-names'],
      ['Mai', 'person', 'elsewhere'],
    ]);
  });

  it('needs a name of several words found surely: a month alone proves nothing', () => {
    const text = 'Mai est venue. Ensuite Mai a parlé.';
    expect(shown(text, withEchoes(tokenize(text), [{ ...sure(text, 'Mai'), confidence: 0.6 }]))).toEqual([['Mai', 'person', 'first-names']]);
  });
});

describe('a name typed again in lower case', () => {
  const words = new Set(['rose', 'rouge', 'une', 'ecrit', 'ensuite', 'a', 'olivier', 'un', 'puis', 'encore']);
  const isWord = (w: string) => words.has(w);

  it('is that person where it is no word: "Léa Martin … léa m\'a écrit"', () => {
    const text = "Séance avec Léa Martin. Ensuite léa m'a écrit.";
    expect(shown(text, withEchoes(tokenize(text), found(text, [['Léa Martin', 'person']]), undefined, undefined, isWord))).toEqual([
      ['Léa Martin', 'person', 'context'],
      ['léa', 'person', 'elsewhere'],
    ]);
  });

  it('is hers after a French word that a noun would follow with its article: "vu Olivier puis olivier"', () => {
    const text = 'Elle a vu Olivier Dubreuil puis olivier. Un olivier, puis un olivier encore.';
    expect(shown(text, withEchoes(tokenize(text), found(text, [['Olivier Dubreuil', 'person']]), undefined, undefined, isWord)).map(([w]) => w)).toEqual(['Olivier Dubreuil', 'olivier']);
  });

  it('stays the word it also is ("une rose rouge"); an organisation or a place typed again in lower case is masked where it is no word', () => {
    // A person the corrections read as a firm ("la Kerbrat") must not come back in clear as "kerbrat", nor an employer as "nexalis".
    const text = 'Rose Martin est venue. Une rose rouge. Chez Nexalis, puis nexalis. Une osmose.';
    expect(shown(text, withEchoes(tokenize(text), found(text, [['Rose Martin', 'person'], ['Nexalis', 'organisation']]), undefined, undefined, isWord))).toEqual([
      ['Rose Martin', 'person', 'context'],
      ['Nexalis', 'organisation', 'context'],
      ['nexalis', 'organisation', 'elsewhere'],
    ]);
  });
});

describe('a frequent surname that is also a well-known town', () => {
  it('is that person wherever the text repeats it: "Claire Fontaine … Fontaine remercie"', () => {
    const text = 'Claire Fontaine a été promue. Fontaine remercie son équipe.';
    const found: Detection[] = [{ start: 0, end: 15, type: 'person', source: 'first-names', confidence: 0.95 }];
    expect(shown(text, withEchoes(tokenize(text), found, (w) => w === 'fontaine'))).toEqual([
      ['Claire Fontaine', 'person', 'first-names'],
      ['Fontaine', 'person', 'elsewhere'],
    ]);
  });
});
