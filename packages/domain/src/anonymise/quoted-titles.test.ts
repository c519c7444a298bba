import { beforeAll, describe, expect, it } from 'vitest';
import { detect } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
}, 120_000);

const typed = (text: string, language: 'fr' | 'en' = 'fr') => detect(text, lexicon, { language }).map((d) => [text.slice(d.start, d.end), d.type]);

describe('a name in quotes of its own', () => {
  it('is a title, masked as an organisation, not a person', () => {
    expect(typed('Elle regarde « Jurassic Park » et le film "Killer Joe" avec son fils.')).toEqual([
      ['Jurassic Park', 'organisation'],
      ['Killer Joe', 'organisation'],
    ]);
    expect(typed('She plays "Tomb Raider" and watches “Jurassic Park”.', 'en')).toEqual([['Jurassic Park', 'organisation']]);
  });

  it('runs on over lower-case links to its closing quote, as one title', () => {
    expect(typed('Il joue à « Call of Duty » et lit « Le Seigneur des Anneaux ».').filter(([w]) => /Duty|Anneaux/u.test(w ?? ''))).toEqual([
      ['Call of Duty', 'organisation'],
      ['Seigneur des Anneaux', 'organisation'],
    ]);
    // Two people quoted are not a title.
    expect(typed('Elle m’a dit : « Kerbrat et Martin ».').filter(([, t]) => t === 'person').map(([w]) => w)).toEqual(['Kerbrat', 'Martin']);
  });

  it('stays a person where a popular first name, a frequent surname or an initial opens it: a nickname, a name quoted', () => {
    expect(typed('On l’appelle « Julie », lui c’est « Martin », et « J. Dubreuil » signe.').filter(([, t]) => t === 'person').map(([w]) => w)).toEqual(['Julie', 'Martin', 'J. Dubreuil']);
  });

  it('stays a person where a quotation only opens on a name: someone’s words begin with it', () => {
    expect(typed('Elle m’a dit : « Kerbrat ne m’écoute jamais ».')).toEqual([['Kerbrat', 'person']]);
  });

  it('leaves a straight quote inside a word alone', () => {
    expect(typed('Le 12"Kerbrat arrive.').filter(([, t]) => t === 'organisation')).toEqual([]);
  });

  it('is the employer, whatever its words, after a word for one: "a quitté « Osmose Conseil »"', () => {
    expect(typed('Elle a quitté « Osmose Conseil » en mai, puis a rejoint « Les Petits Pas ».')).toEqual([
      ['Osmose Conseil', 'organisation'],
      ['Petits Pas', 'organisation'],
    ]);
  });
});
