import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from './anonymise.js';
import { findDetails, numberWord } from './details.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { tokenize } from './text.js';
import type { Detection } from './types.js';

/** Each detail of `text` as [kind, its words, the suggestion]. */
const details = (text: string, masked: Detection[] = []) => findDetails(tokenize(text), 'fr', masked).map((d) => [d.kind, text.slice(d.start, d.end), d.suggestion]);

describe('numbers in letters', () => {
  it('reads them with their hyphens, the French way', () => {
    expect(numberWord('quarante-deux')).toBe(42);
    expect(numberWord('dix-sept')).toBe(17);
    expect(numberWord('soixante-dix')).toBe(70);
    expect(numberWord('quatre-vingt-dix-neuf')).toBe(99);
    expect(numberWord('trente-et-un')).toBe(31);
    expect(numberWord('deux-cents')).toBe(200);
    expect(numberWord('trois')).toBe(3);
    expect(numberWord('quarantaine')).toBeNull();
  });
});

describe('ages', () => {
  it('finds an age after its verb, its person or between commas, and says it by the decade', () => {
    expect(details('Elle a 42 ans. À 38 ans, il change de métier. Elle a bientôt 50 ans.')).toEqual([
      ['age', '42 ans', 'la quarantaine'],
      ['age', '38 ans', 'la trentaine'],
      ['age', '50 ans', 'la cinquantaine'],
    ]);
    expect(details('Une femme de 42 ans, âgée de vingt et un ans. Sophie, 61 ans, dirige.')).toEqual([
      ['age', 'de 42 ans', "d'une quarantaine d'années"],
      ['age', 'de vingt et un ans', "d'une vingtaine d'années"],
      ['age', '61 ans', 'la soixantaine'],
    ]);
    expect(details('Son fils a 8 ans, son père (83 ans) aussi.')).toEqual([
      ['age', '8 ans', 'moins de dix ans'],
      ['age', '83 ans', 'plus de soixante-dix ans'],
    ]);
  });

  it('finds the words that are an age by themselves', () => {
    expect(details('Une quadragénaire pressée, des trentenaires, un septuagénaire. Quinquagénaire, elle…')).toEqual([
      ['age', 'quadragénaire', 'adulte'],
      ['age', 'trentenaires', 'adultes'],
      ['age', 'septuagénaire', 'senior'],
      ['age', 'Quinquagénaire', 'Adulte'],
    ]);
  });

  it('leaves lengths of time that are not an age', () => {
    for (const text of ['Il y a 3 ans, tout a changé.', 'Pendant 10 ans elle a hésité.', 'Dans 5 ans, la retraite.', 'Elle a 3 ans de retard.', 'Un contrat de 3 ans.', 'Un an plus tard.', 'Tous les 2 ans, un bilan.', 'Elle a mis 10 ans à comprendre.']) {
      expect(details(text), text).toEqual([]);
    }
  });
});

describe('headcounts', () => {
  it('finds the size of a team or a company and rounds it off', () => {
    expect(details('Elle encadre une équipe de 120 personnes dans une PME de 45 salariés.')).toEqual([
      ['headcount', 'de 120 personnes', "d'une centaine de personnes"],
      ['headcount', 'de 45 salariés', 'de quelques dizaines de salariés'],
    ]);
    expect(details('Elle dirige une PME annécienne de 45 salariés depuis 17 ans.')).toEqual([
      ['headcount', 'de 45 salariés', 'de quelques dizaines de salariés'],
      ['seniority', '17 ans', 'de nombreuses années'],
    ]);
    expect(details("L'entreprise compte 1 200 collaborateurs ; elle manage 8 personnes ; plus de 300 salariés ; 15 employés.")).toEqual([
      ['headcount', '1 200 collaborateurs', 'un millier de collaborateurs'],
      ['headcount', '8 personnes', 'quelques personnes'],
      ['headcount', 'plus de 300 salariés', 'quelques centaines de salariés'],
      ['headcount', '15 employés', "une dizaine d'employés"],
    ]);
  });

  it('leaves a few people who are only there, and a crowd that is not a staff', () => {
    for (const text of ['Deux personnes sont venues.', 'Trois collaborateurs ont parlé.', 'Elle a vu 12 personnes au salon.', 'Nous étions 40 participants.', 'Une personne, un salarié.']) {
      expect(details(text), text).toEqual([]);
    }
  });
});

describe('family', () => {
  it('finds children counted and twins, and says them without the count', () => {
    expect(details('Mère de trois enfants, elle a 2 filles et ses deux fils sont partis. Une famille de quatre enfants.')).toEqual([
      ['family', 'de trois enfants', 'de famille'],
      ['family', '2 filles', 'des filles'],
      ['family', 'deux fils', 'fils'],
      ['family', 'de quatre enfants', "d'enfants"],
    ]);
    expect(details('Ses jumeaux sont nés ; sa jumelle aussi.')).toEqual([
      ['family', 'jumeaux', 'enfants'],
      ['family', 'jumelle', 'sœur'],
    ]);
  });

  it('leaves one child, which tells nothing', () => {
    expect(details('Elle a un enfant ; une fille est venue.')).toEqual([]);
  });
});

describe('seniority', () => {
  it('finds years in the company, said vaguer by their count', () => {
    expect(details("Elle est depuis 17 ans dans l'entreprise. Il a 3 ans d'ancienneté. Salariée depuis plus de 6 ans, elle doute.")).toEqual([
      ['seniority', '17 ans', 'de nombreuses années'],
      ['seniority', '3 ans', 'quelques années'],
      ['seniority', 'plus de 6 ans', 'plusieurs années'],
    ]);
    expect(details('Depuis quarante-deux années chez le même employeur.')).toEqual([['seniority', 'quarante-deux années', 'de nombreuses années']]);
  });

  it('leaves "depuis N ans" with no workplace around it', () => {
    expect(details('Depuis 2 ans, elle dort mal.')).toEqual([]);
  });
});

describe('details and what is already masked', () => {
  it('leaves out a detail inside a detection, and English text', () => {
    const text = 'Elle a 42 ans et encadre 30 salariés.';
    const start = text.indexOf('42');
    expect(details(text, [{ start, end: start + 6, type: 'date', source: 'pattern', confidence: 1 }])).toEqual([['headcount', '30 salariés', 'quelques dizaines de salariés']]);
    expect(findDetails(tokenize('She is 42 years old.'), 'en', [])).toEqual([]);
  });
});

describe('details in the anonymiser', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 60_000);

  it('returns them beside the spans, never replaced nor as spans', () => {
    const text = 'Claire Vasseur, 42 ans, mère de trois enfants, encadre une équipe de 120 personnes depuis 17 ans dans l’entreprise.';
    const result = anonymise(text, lexicon, { language: 'fr', mode: 'initials' });
    expect(result.details.map((d) => [d.kind, text.slice(d.start, d.end)])).toEqual([
      ['age', '42 ans'],
      ['family', 'de trois enfants'],
      ['headcount', 'de 120 personnes'],
      ['seniority', '17 ans'],
    ]);
    expect(result.text).toContain('42 ans, mère de trois enfants, encadre une équipe de 120 personnes depuis 17 ans');
    for (const d of result.details) expect(result.spans.some((s) => s.start < d.end && d.start < s.end)).toBe(false);
  });
});
