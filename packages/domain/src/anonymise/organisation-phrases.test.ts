import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const masked = (text: string) => anonymised(text, { language: 'en' }).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);
const fr = (text: string) => anonymised(text, { language: 'fr' }).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);

describe('an English employer whose name holds a small word in lower case', () => {
  it('is one organisation after a word that announces an employer', () => {
    expect(masked('She joined Save the Children in 2019.')).toContainEqual(['Save the Children', 'organisation']);
    expect(masked('He volunteers for Doctors of the World.')).toEqual([['Doctors of the World', 'organisation']]);
    expect(masked('She works for the University of Leeds.')).toEqual([['University of Leeds', 'organisation']]);
    expect(masked('He works at Marks & Spencer now.')).toEqual([['Marks & Spencer', 'organisation']]);
    expect(masked('Her new role at Harrow & Finch Ltd. Her manager agrees.').map(([words]) => words)).not.toContain('Her');
  });

  it('is not a job, nor people or places in a list, nor words with nothing small between them', () => {
    expect(masked('We met for the Head of People.').map(([, type]) => type)).not.toContain('organisation');
    expect(masked('I spoke for Mark and Julie.')).toEqual([['Mark', 'person'], ['Julie', 'person']]);
    expect(masked('Call me at Eight on Monday.')).toEqual([]);
  });
});

describe('a French organisation named after its noun, small words inside', () => {
  it('is one organisation, whatever its first word also is', () => {
    expect(fr("Elle est bénévole à l'association Les Petits Frères des Pauvres depuis longtemps.")).toEqual([['Les Petits Frères des Pauvres', 'organisation']]);
    expect(fr("Elle travaille pour l'association Aide et Action.")).toEqual([['Aide et Action', 'organisation']]);
  });

  it('leaves a lower-case complement to the other readings: "la mairie de Lyon"', () => {
    expect(fr('La société Nexalis a signé avec la mairie de Lyon.')).toEqual([['Nexalis', 'organisation'], ['Lyon', 'place']]);
  });
});

describe('a school, an institute or a hospital named after someone by his title', () => {
  it('is the organisation, its title and the words after it included', () => {
    expect(fr("Elle a fait un stage à l'Institut Pasteur.")).toEqual([['Institut Pasteur', 'organisation']]);
    expect(fr('Son fils est au lycée Pasteur, sa fille au Collège Prince de Ligne.')).toEqual([
      ['Pasteur', 'organisation'],
      ['Collège Prince de Ligne', 'organisation'],
    ]);
  });

  it('leaves a title before a name a title, and a form of address to the name it announces', () => {
    expect(fr('Le pasteur Martin est venu.')).toEqual([['Martin', 'person']]);
    expect(fr("L'école Monsieur Durand n'existe pas.").map(([, type]) => type)).not.toContain('organisation');
  });
});

describe('a former employer glued to "ex-"', () => {
  it('is the organisation, with the capitalised words after it; "ex-DRH" is a job', () => {
    expect(fr('Marc, ex-Danone puis ex-BNP Paribas, est DRH. Elle est ex-DRH et ex-Coach.').filter(([, type]) => type === 'organisation')).toEqual([
      ['Danone', 'organisation'],
      ['BNP Paribas', 'organisation'],
    ]);
    expect(masked('She is ex-McKinsey and ex-Google.')).toEqual([
      ['McKinsey', 'organisation'],
      ['Google', 'organisation'],
    ]);
  });

  it('is replaced without its article: "ex-entreprise A", not "ex-l\'entreprise A"', () => {
    expect(anonymised('Elle est ex-Danone.', { language: 'fr', mode: 'initials' }).text).toBe('Elle est ex-entreprise A.');
  });
});

describe('an organisation named after its noun and an article', () => {
  it('is the capitalised words after "du", "des", "de la": "la clinique des Cèdres", "le lycée du Parc"', () => {
    expect(fr('Elle est à la clinique des Cèdres, son fils au lycée du Parc.')).toEqual([
      ['Cèdres', 'organisation'],
      ['Parc', 'organisation'],
    ]);
  });

  it('leaves a town after the noun a place, and a first name a person', () => {
    expect(fr("Il est à l'hôpital de Lyon, chez la société de Marie.")).toEqual([
      ['Lyon', 'place'],
      ['Marie', 'person'],
    ]);
  });
});

describe('a home or a firm whose name opens on its own article', () => {
  it('is one organisation after the home\'s noun or acronym: "l\'EHPAD Les Magnolias", "au foyer Le Relais"', () => {
    expect(fr("Elle dirige l'EHPAD Les Magnolias ; il vit au foyer Le Relais.")).toEqual([
      ['Les Magnolias', 'organisation'],
      ['Le Relais', 'organisation'],
    ]);
  });

  it('is one organisation with its legal form, a town inside it included: "la SAS Les Jardins de Provence"', () => {
    expect(fr('Elle travaille pour la SAS Les Jardins de Provence.')).toEqual([['SAS Les Jardins de Provence', 'organisation']]);
  });

  it('leaves the kind of home alone where no name follows ("en EHPAD")', () => {
    expect(fr('Elle travaille en EHPAD depuis dix ans.')).toEqual([]);
  });
});
