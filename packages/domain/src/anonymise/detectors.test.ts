import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise, detect } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { ibanValid, luhn } from './patterns.js';
import { withinOneEdit } from './records.js';
import { fold, tokenize } from './text.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
}, 60_000);

const people = (text: string, language: 'fr' | 'en' = 'fr') =>
  detect(text, lexicon, { language })
    .filter((d) => d.type === 'person')
    .map((d) => text.slice(d.start, d.end));

describe('the words themselves', () => {
  it('folds case, accents, ligatures and typographic apostrophes', () => {
    expect(fold('HÉLÈNE d’Arc')).toBe("helene d'arc");
    expect(fold('Zoë')).toBe('zoe');
    // "Sœur" and "Soeur", "Lætitia" and "Laetitia" are typed either way.
    expect(fold('Sœur')).toBe('soeur');
    expect(fold('LÆTITIA')).toBe(fold('Laetitia'));
  });

  it('splits elisions and possessives but keeps a name like N’Diaye whole', () => {
    expect(tokenize("d'Anne N'Diaye Anne's").map((t) => t.text)).toEqual(["d'", 'Anne', "N'Diaye", 'Anne', "'s"]);
  });

  it('checks identifiers by their own arithmetic', () => {
    expect(luhn('73282932000074')).toBe(true);
    expect(luhn('73282932000075')).toBe(false);
    expect(ibanValid('FR76 3000 6000 0112 3456 7890 189')).toBe(true);
    expect(ibanValid('FR76 3000 6000 0112 3456 7890 188')).toBe(false);
  });

  it('allows one typo in a recorded name, no more', () => {
    expect(withinOneEdit('lagarde', 'lagrade')).toBe(true);
    expect(withinOneEdit('lagarde', 'lagard')).toBe(true);
    expect(withinOneEdit('lagarde', 'lagardes')).toBe(true);
    expect(withinOneEdit('lagarde', 'lagrde')).toBe(true);
    expect(withinOneEdit('lagarde', 'lgrade')).toBe(false);
  });
});

describe('names from context', () => {
  it('finds a surname that is also a word when it stands in a list with a name', () => {
    expect(people('Étaient présents MM. Limon et Meunier, ainsi que Dupont, Charpentier.')).toEqual(expect.arrayContaining(['Limon', 'Meunier', 'Charpentier']));
  });

  it('reads "Will I…" opening an English question as the modal', () => {
    expect(people('Will I ever stop doubting? May I ask?', 'en')).toEqual([]);
  });

  it('does not take the pronoun after an address for someone in the list: "Tom, I\'m sorry"', () => {
    expect(people("Tom, I'm sorry. Hi Tom, I'll call.", 'en')).toEqual(['Tom', 'Tom']);
  });

  it('finds Breton and particle surnames', () => {
    expect(people('On suppose que Le Hérissé a succombé ; Louis Le Gal témoigne, avec M. de Kerguézec.')).toEqual(['Le Hérissé', 'Louis Le Gal', 'de Kerguézec']);
  });

  it('takes a frequent surname that is also a word for a name inside a sentence, not first in a sentence', () => {
    const text = 'Elle a croisé Picard au marché ; le petit chat dort.';
    expect(detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.source])).toEqual([['Picard', 'surnames']]);
    expect(detect('Picard est un mot ; le petit chat dort.', lexicon, { language: 'fr' })).toEqual([]);
  });

  it('masks a name wherever the text repeats it once it was found somewhere, first in a sentence too', () => {
    const text = 'Elle a croisé Picard au marché. Picard parlait vite. Ensuite, PICARD est parti.';
    expect(detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.type, d.source])).toEqual([
      ['Picard', 'person', 'surnames'],
      ['Picard', 'person', 'elsewhere'],
      ['PICARD', 'person', expect.any(String)],
    ]);
  });


  it('takes a first name at the start of a sentence for a person, even when it is also a word', () => {
    expect(people('Claire a dit oui. Pierre aussi.')).toEqual(['Claire', 'Pierre']);
  });

  it('joins names with an ampersand into one organisation with its legal form', () => {
    const d = detect('She joined Harrow & Finch Ltd in May.', lexicon, { language: 'en' });
    expect(d.map((s) => ['She joined Harrow & Finch Ltd in May.'.slice(s.start, s.end), s.type])).toContainEqual(['Harrow & Finch Ltd', 'organisation']);
  });

  it('finds a day and a month without a year after a word that announces a date, not a rating', () => {
    const text = "L'atelier du 14/11 est noté 7/10.";
    expect(detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.type])).toEqual([['14/11', 'date']]);
  });

  it('finds a year after "depuis" or "since"', () => {
    const text = 'Elle y travaille depuis 2019.';
    expect(detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.type])).toEqual([['2019', 'date']]);
  });

  it('treats a well-known place as a place, not as the first name it also is', () => {
    const text = 'Elle a quitté Paris pour Florence.';
    expect(detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.type])).toEqual([
      ['Paris', 'place'],
      ['Florence', 'place'],
    ]);
  });
});

describe('what does not identify anyone', () => {
  const found = (text: string) => detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.type]);
  it('leaves ratings, vague moments and a weekday alone, but not a dated day', () => {
    expect(found('Ce qui était en jeu : agacement (7/10), une réunion dans quelques jours, jeudi.')).toEqual([]);
    expect(found('La réunion du jeudi 12 mars.')).toEqual([['jeudi 12 mars', 'date']]);
  });
  it('reads a common word first in its sentence as that word, not a place', () => {
    expect(found('Réunion avec le DG : tendue.')).toEqual([]);
  });
});

describe('recorded names with extras', () => {
  it('finds "Claire Vasseur" for a record named "Claire Vasseur (démo)", as one mention', () => {
    const text = "Claire Vasseur m'a écrit ; Vasseur aussi.";
    const d = detect(text, lexicon, { language: 'fr', known: [{ id: 'c', type: 'person', name: 'Claire Vasseur (démo)' }] });
    expect(d.map((s) => [text.slice(s.start, s.end), s.key])).toEqual([
      ['Claire Vasseur', 'record:c:full'],
      ['Vasseur', 'record:c:last'],
    ]);
  });
});

describe('recorded names across lines', () => {
  it('joins a recorded name broken across one line break, not across a blank line', () => {
    const known = [{ id: 'c', type: 'person' as const, name: 'Claire Vasseur' }];
    const keys = (text: string) => detect(text, lexicon, { language: 'fr', known }).filter((s) => s.key?.startsWith('record:')).map((s) => [text.slice(s.start, s.end), s.key]);
    expect(keys('Vu Claire\nVasseur hier.')).toEqual([['Claire\nVasseur', 'record:c:full']]);
    expect(keys('Claire\n\nVasseur')).toEqual([
      ['Claire', 'record:c:first'],
      ['Vasseur', 'record:c:last'],
    ]);
  });
});

describe('streets without a number', () => {
  it('masks "rue Carnot" but not a place in a sentence or a title followed by a paragraph', async () => {
    const lexicon = await loadLexicon();
    const shown = (t: string) => detect(t, lexicon, { language: 'fr' }).map((d) => [t.slice(d.start, d.end), d.type]);
    expect(shown('Rendez-vous rue Carnot, puis avenue de la Liberté.')).toEqual([
      ['rue Carnot', 'place'],
      ['avenue de la Liberté', 'place'],
    ]);
    expect(shown('Prendre sa place\n\nUne dirigeante apprend.')).toEqual([]);
  });
});

describe('first names that are also words', () => {
  it('reads a rare first name that is also a word, first in its sentence, as the word; a popular one as her', async () => {
    const lexicon = await loadLexicon();
    const people = (t: string) => detect(t, lexicon, { language: 'fr' }).filter((d) => d.type === 'person').map((d) => t.slice(d.start, d.end));
    expect(people('Merci à Hugo. Signé : Paul')).toEqual(['Hugo', 'Paul']);
    expect(people('Claire a dit oui. Pierre aussi.')).toEqual(['Claire', 'Pierre']);
  });
});

describe('dates read in windows', () => {
  const dates = (text: string, language: 'fr' | 'en' = 'fr') =>
    detect(text, lexicon, { language })
      .filter((d) => d.type === 'date')
      .map((d) => text.slice(d.start, d.end));

  it('finds dates far apart, at the very start and end, with their offsets into the whole text', () => {
    const filler = 'Le comité a longuement parlé de la saison et des 300 adhérents. '.repeat(40);
    const text = `Le 12 mars 2024 nous avons commencé. ${filler}Rendez-vous le mercredi 3 avril à 14 h 30. ${filler}Fin le 19/06/2024`;
    expect(dates(text)).toEqual(['12 mars 2024', 'mercredi 3 avril à 14 h 30', '19/06/2024']);
  });

  it('does not join two windows into one date, nor read a date into a count', () => {
    const text = `Nous étions 12 ${'autour de la table, '.repeat(10)}puis 3 heures ${'de travail ensemble, '.repeat(10)}en mars.`;
    expect(dates(text)).toEqual([]);
    expect(dates('We met on March 3rd, 2024 at 9:30 am and again in May.', 'en')).toEqual(['March 3rd, 2024 at 9:30 am']);
  });
});

describe("a place's name of several words", () => {
  it('reads "Le Havre" and "La Rochelle" as places, not as people named after an odd first name', () => {
    const text = 'Le navire partira pour Le Havre, puis pour La Rochelle. Jean Jaurès parlera.';
    const found = detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.type]);
    expect(found).toContainEqual(['Le Havre', 'place']);
    expect(found).toContainEqual(['La Rochelle', 'place']);
    expect(people(text)).toEqual(['Jean Jaurès']);
  });

  it('reads a great city or a country as that place, though its first word is a popular first name', () => {
    const text = 'Elle a joué à Mexico, São Paulo, Rio de Janeiro et Buenos Aires, puis au Viêt Nam.';
    const found = detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.type]);
    expect(found).toContainEqual(['Rio de Janeiro', 'place']);
    expect(found).toContainEqual(['Viêt Nam', 'place']);
    expect(people(text)).toEqual([]);
  });
});

describe('a name alone on its line', () => {
  it('is masked as the lists know it, where the model has no context to read: a board label, a signature', () => {
    const typed = (text: string) => detect(text, lexicon, { language: 'fr' }).map((d) => [text.slice(d.start, d.end), d.type]);
    expect(typed('Florence')).toEqual([['Florence', 'person']]);
    expect(typed('Montpellier')).toEqual([['Montpellier', 'place']]);
    expect(typed('Merci pour tout.\n\nFlorence')).toContainEqual(['Florence', 'person']);
  });
});

describe('English notes', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 120_000);
  const en = (text: string) => anonymise(text, lexicon, { language: 'en', mode: 'initials' });
  const found = (text: string) => en(text).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);

  it('find the first name after a common word that opens the sentence ("Facing Mark")', () => {
    expect(found('Facing Mark, she felt warmth in her chest.')).toEqual([['Mark', 'person']]);
  });

  it('read a word of the language as that word, not as a French village of its name ("VP Sales")', () => {
    expect(found('Sarah is VP Sales at a logistics firm.')).toEqual([['Sarah', 'person']]);
  });

  it('leave a postcode to the patterns, and the city before it a city, not a first name', () => {
    const text = 'She lives at 12 Baker Street, London NW1 6XE.';
    expect(found(text)).toEqual([
      ['12 Baker Street', 'place'],
      ['London', 'place'],
      ['NW1 6XE', 'place'],
    ]);
  });

  it('generalise a city without calling it abroad, which depends on where the text was written', () => {
    expect(en('The team is based in Manchester.').text).toBe('The team is based in a large city.');
  });
});

describe('lists and particles', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 120_000);

  it('masks each phone number of a list separated by commas, the second one whole', () => {
    const text = 'Appelez le +33 6 12 34 56 78, 01.42.33.44.55 ou 06 12 34 56 78, 07 11 22 33 44.';
    const phones = detect(text, lexicon, { language: 'fr' }).filter((d) => d.type === 'phone').map((d) => text.slice(d.start, d.end));
    expect(phones).toEqual(['+33 6 12 34 56 78', '01.42.33.44.55', '06 12 34 56 78', '07 11 22 33 44']);
  });

  it('does not take the particle of a recorded surname ("Kerbrat-Le Gall") for her name where it stands alone', () => {
    const known = [{ id: 'c', type: 'person' as const, name: 'Maëlys Kerbrat-Le Gall', gender: 'f' as const }];
    const text = 'Le Directeur a parlé. Maëlys Kerbrat-Le Gall est venue, puis Mme Le Gall.';
    const recorded = detect(text, lexicon, { language: 'fr', known }).filter((d) => d.source === 'records').map((d) => text.slice(d.start, d.end));
    expect(recorded).toEqual(['Maëlys Kerbrat-Le Gall', 'Le Gall']);
  });
});
