import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
/** The dates of `text`, as their words. */
const dates = (text: string, language: 'fr' | 'en' = 'fr') =>
  anonymised(text, { language })
    .spans.filter((s) => s.type === 'date')
    .map((s) => text.slice(s.nameStart ?? s.start, s.end));

describe('dates in a list', () => {
  it('masks every date of a list, not only the first', () => {
    expect(dates('Sessions on 12/02, 26/02 and 11/03.', 'en')).toEqual(['12/02', '26/02', '11/03']);
    expect(dates('Séances les 12/02, 26/02 et 11/03.')).toEqual(['12/02', '26/02', '11/03']);
    expect(anonymised('Marseille, 12 et 13 octobre').text).not.toMatch(/\d/);
    expect(dates('Marseille, 12 et 13 octobre')).toEqual(['12', '13 octobre']);
  });

  it('leaves a list of ratings or counts alone', () => {
    expect(dates('Notes : 7/10, 8/10 et 6/10 ; 12 et 13 participants.')).toEqual([]);
  });
});

describe('a year of birth of two digits, and the first of a month written out', () => {
  it('masks "née en 84", "born in \'84"', () => {
    expect(dates('Elle est née en 84 à Lyon.')).toEqual(['84']);
    expect(dates("She was born in '84 in Leeds.", 'en')).toEqual(['84']);
    expect(dates('Elle a 84 ans, en 84 séances.')).toEqual([]);
  });

  it('masks "le premier mars", with its year, and leaves "le premier entretien"', () => {
    expect(dates('Rendez-vous le premier mars 2025 ; le premier entretien a eu lieu, puis premier mai.')).toEqual(['premier mars 2025', 'premier mai']);
  });
});

describe('short dates', () => {
  it('masks a day and month of one digit each, and an American month/day after a weekday', () => {
    expect(anonymised('Et le 5/4.').text).not.toMatch(/\d/);
    const text = 'Next check-in: Tue 5/14 at 3 PM ET.';
    expect(anonymised(text, { language: 'en' }).text).not.toMatch(/Tue|\d/);
  });

  it('masks the first of a month written with its ordinal: "le 1er/03"', () => {
    expect(anonymised('Rendez-vous le 1er/03 à 9h30.', { mode: 'placeholders' }).text).not.toMatch(/\d/u);
  });

  it('masks a day/month and the time after it as one date, never the month alone', () => {
    expect(anonymised('Prochaine séance le 28/03 à 18h.').text).toBe('Prochaine séance le [date].');
  });

  it('leaves a duration alone, but not the time of a meeting', () => {
    expect(anonymised('Séance de 1h30.').text).toBe('Séance de 1h30.');
    // Seed 000: "une séance de 1 heure".
    expect(anonymised('Nous avons fait une séance de 1 heure, puis une de 2 heures.').text).toBe('Nous avons fait une séance de 1 heure, puis une de 2 heures.');
    expect(anonymised('Une séance de 2h, puis un atelier de 45 min.').text).toBe('Une séance de 2h, puis un atelier de 45 min.');
    // The library reads "à 1h30" with its preposition: either way, both times are masked.
    expect(dates('Rendez-vous à 1h30 du matin, puis la réunion de 9h30.').map((d) => d.replace(/^à /, ''))).toEqual(['1h30', '9h30']);
  });
});

describe('a day and a month, or a month and a year, with no word before them', () => {
  it('is a date written with two digits each: "15/04 : séance 3", "Supervision 12/04", "depuis 03/2022"', () => {
    expect(dates('15/04 : séance 3. Supervision 12/04. Période : 01/2024 – 06/2024, depuis 03/2022.')).toEqual(['15/04', '12/04', '01/2024', '06/2024', '03/2022']);
    expect(dates('14/05: session 3.', 'en')).toEqual(['14/05']);
  });

  it('is no date where it is a rating or a grade: "7/10", "15/20", "10/10"', () => {
    expect(dates('Énergie : 7/10, note 15/20, confiance 10/10.')).toEqual([]);
  });
});

describe('dates as notes and messages write them', () => {
  it('masks a day before a month cut short ("14 fév") and a year of two digits after a month ("3 juin 24")', () => {
    expect(dates('Le 14 fév elle présente ; puis le 3 juin 24 et le 2 déc.')).toEqual(['14 fév', '3 juin 24', '2 déc.']);
  });

  it('masks a day and a month after a session\'s word, and a day and month with a full stop before a time', () => {
    expect(anonymised('Séance 13/3. rdv 4/6. Séance mer 13/3').text).not.toMatch(/\d/);
    expect(anonymised('RDV 12.03 14h. Séance le 12.03 à 10h.').text).not.toMatch(/\d/);
  });

  it('masks a day and a month with a hyphen after a word that announces a date ("RDV le 12-03 à 14h"), not a range or a score', () => {
    expect(anonymised('RDV le 12-03 à 14h. Atelier du 05-11.').text).not.toMatch(/\d/);
    expect(dates('Score 3-2. Les pages 12-15. Séance du 12-13.')).toEqual([]);
  });

  it('masks a French month with a year of two digits ("juin 24 : fin de mission"), not an hour or a share', () => {
    expect(dates('juin 24 : fin de mission. Bilan sept. 23.')).toEqual(['juin 24', 'sept. 23']);
    expect(dates('Mardi, mars 20 h 30 ; avril 25 % de hausse.')).not.toContain('avril 25');
    expect(dates('Mardi, mars 20 h 30')).toEqual(['20 h 30']);
  });

  it('masks a month cut short before its year, as CVs write them ("oct. 2015 - juil. 2021")', () => {
    expect(dates('oct. 2015 - juil. 2021 · 5 ans 10 mois')).toEqual(['oct. 2015', 'juil. 2021']);
    expect(anonymised('arrivée en janv. 2019, partie en déc. 2022').text).not.toMatch(/\d|janv|déc/);
  });

  it('masks a date written year first with slashes or full stops', () => {
    expect(dates('Depuis le 2024/03/12, et le 2024.03.12.')).toEqual(['2024/03/12', '2024.03.12']);
  });

  it('leaves decimals, prices and ratings alone', () => {
    expect(dates('Il a eu 12.5 de moyenne, noté 7/10. Prix 12.03 €. Le prix le 12.5 non.')).toEqual([]);
  });
});

describe('a count of sessions', () => {
  it('is no date: "Séance 2/6", "Prochaine séance 4/6", "Séance 5/10"', () => {
    expect(dates('Séance 2/6 du parcours. Prochaine séance 4/6. Séance 5/10 : bilan.')).toEqual([]);
  });
});

describe('English dates with an ordinal, and a weekday with its day', () => {
  it('masks "3rd March", "the 12th of May", "5 Jan", "Friday 22nd", "Thurs 9th"', () => {
    expect(anonymised('Booked for 3rd March. Due 1st Oct. On the 12th of May she resigned.', { language: 'en' }).text).not.toMatch(/\d|March|Oct|May/);
    expect(dates('Sessions: 5 Jan, 19 Jan, 2 Feb.', 'en')).toEqual(['5 Jan', '19 Jan', '2 Feb']);
    expect(dates('Friday 22nd, see you Thurs 9th.', 'en')).toEqual(['Friday 22nd', 'Thurs 9th']);
  });

  it('masks a French weekday with its day', () => {
    expect(dates('Rendez-vous vendredi 22, pas avant.')).toEqual(['vendredi 22']);
  });
});

describe('short dates in a list under a label', () => {
  it('masks every one, "Dates: 5/1, 19/1, 2/2"', () => {
    expect(anonymised('Dates: 5/1, 19/1, 2/2.', { language: 'en' }).text).not.toMatch(/\d/);
    expect(anonymised('Séances : 5/1, 19/1 et 2/2.').text).not.toMatch(/\d/);
  });
});
