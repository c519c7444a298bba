import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise, detect } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
}, 120_000);

const typed = (text: string, language: 'fr' | 'en' = 'fr') => detect(text, lexicon, { language }).map((d) => [text.slice(d.start, d.end), d.type]);
const people = (text: string, language: 'fr' | 'en' = 'fr') => typed(text, language).filter(([, t]) => t === 'person').map(([w]) => w);

describe('a name after a noun of its kind, or ending on a word of its kind', () => {
  it('is the place or the organisation the noun says, masked as such', () => {
    const text = 'Il gravit le mont Thielsen, écoute le label Epic Records et la marque Seiko, puis part vers les îles Aru.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toEqual(expect.arrayContaining([['Thielsen', 'place'], ['Epic Records', 'organisation'], ['Seiko', 'organisation']]));
    expect(typed('She signed with Epic Records and moved near Bryce Canyon.', 'en')).toEqual([['Epic Records', 'organisation'], ['Bryce Canyon', 'place']]);
  });

  it('is an organisation with an institution’s word after its first, or an ampersand between names', () => {
    expect(typed('She was at Trinity College Dublin, then Ernst & Young.', 'en')).toEqual([
      ['Trinity College Dublin', 'organisation'],
      ['Ernst & Young', 'organisation'],
    ]);
    expect(typed('Il a rejoint la Maison Lemoine en mai.')).toEqual([['Maison Lemoine', 'organisation']]);
  });

  it('leaves the particle before a place named after its noun to the sentence', () => {
    expect(typed('Elle vit dans le comté de Broward.')).toEqual([['Broward', 'place']]);
    const out = anonymise('Elle vit dans le comté de Broward.', lexicon, { language: 'fr', mode: 'placeholders' }).text;
    expect(out).toMatch(/le comté de \S/u);
  });

  it('is, for an acronym in brackets after lower-case words, the abbreviation of those words', () => {
    expect(typed('Le temps de coagulation activé (ACT) est mesuré.')).toEqual([['ACT', 'organisation']]);
    expect(typed('Des logements HLM.')).toEqual([]);
  });

  it('stays a person after a title that reads like a kind, in a family, or ending on a surname', () => {
    expect(people('Le comte Tornielli et la famille Martin sont venus.')).toEqual(['Tornielli', 'Martin']);
    expect(people('Stuart Hall and Sally Field came.', 'en')).toEqual(['Stuart Hall', 'Sally Field']);
  });

  it('never lets the name out where a correction retyped it and the text repeats it in lower case', () => {
    for (const text of [
      "Hier j'ai vu la Kerbrat au bureau. ensuite kerbrat a parlé.",
      'Elle a rejoint le club Kerbrat. ensuite kerbrat a appelé.',
      'Je vois la Nadège Kerguélen demain. ce matin kerguélen m’a dit non.',
      'Elle l’appelle « Soizic Kerbrat » au travail. ce matin kerbrat m’a écrit.',
    ]) {
      const out = anonymise(text, lexicon, { language: 'fr', mode: 'initials' }).text;
      expect(out, text).not.toMatch(/kerbrat|kergu[ée]len/iu);
    }
    const en = anonymise('Everyone calls her “Soizic Kerbrat” at work. later kerbrat said no.', lexicon, { language: 'en', mode: 'initials' }).text;
    expect(en).not.toMatch(/kerbrat/iu);
  });

  it('leaves someone named after the noun a person: "son équipe Julie", initials after a role', () => {
    expect(people('Dans son équipe Julie est la plus ancienne. Son manager (JD) valide.')).toEqual(['Julie', 'JD']);
  });
});
