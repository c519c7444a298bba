import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const placeholders = (text: string, language: 'fr' | 'en' = 'fr') => anonymised(text, { language, mode: 'placeholders' }).text;

describe('an employer one joins or leaves, whose name is a word', () => {
  it('is the organisation after a verb of joining or leaving, of working and "at", or a job title and its link', () => {
    expect(placeholders('Elle a rejoint Malt en juin, après avoir quitté Doctolib.')).toBe('Elle a rejoint [Organisation 1] en juin, après avoir quitté [Organisation 2].');
    expect(placeholders('She left Acme in May. He works at Tide now. The CFO at Acme called.', 'en')).toBe(
      'She left [Organisation 1] in May. He works at [Organisation 2] now. The CFO at [Organisation 1] called.',
    );
  });

  it('is the organisation after a participle of hiring or firing and "par" or "by"', () => {
    expect(placeholders('Elle a été licenciée par Tide.')).toBe('Elle a été licenciée par [Organisation 1].');
    expect(placeholders('He was hired by Acme.', 'en')).toBe('He was hired by [Organisation 1].');
  });

  it('is not a place, someone, a month, or a word in lower case', () => {
    expect(placeholders('Elle a quitté Paris et a rejoint Marie.')).toBe('Elle a quitté [Lieu 1] et a rejoint [Personne 1].');
    expect(placeholders('She left in May and joined the team as Head of People.', 'en')).toBe('She left in May and joined the team as Head of People.');
  });

  it('is the employer after leaving in any form, and after "de" following a word of leaving one or a job title', () => {
    expect(placeholders('Elle vient de quitter Doctolib, a démissionné de Malt, a été virée de Deezer.')).toBe(
      'Elle vient de quitter [Organisation 1], a démissionné de [Organisation 2], a été virée de [Organisation 3].',
    );
    expect(placeholders("She's leaving Spotify next month.", 'en')).toBe("She's leaving [Organisation 1] next month.");
    expect(placeholders('Il est directeur de Production.')).toBe('Il est directeur de Production.');
  });

  it('leaves software alone where it is used, not joined', () => {
    expect(placeholders('On se voit sur Zoom, elle prend rendez-vous sur Doctolib.')).toBe('On se voit sur Zoom, elle prend rendez-vous sur Doctolib.');
    expect(placeholders('Il veut rejoindre LinkedIn.')).toBe('Il veut rejoindre LinkedIn.');
  });
});

describe('an employer on a line typed in capitals', () => {
  it('is found after a verb of leaving or joining, and a known one after a job title and "DE"', () => {
    expect(placeholders('ELLE A QUITTÉ AIRBUS EN MARS')).toBe('ELLE A QUITTÉ [Organisation 1] EN MARS');
    expect(placeholders('ELLE A REJOINT MALT EN MAI')).toBe('ELLE A REJOINT [Organisation 1] EN MAI');
    expect(placeholders('LA DRH DE AIRBUS HIER')).toBe('LA DRH DE [Organisation 1] HIER');
  });

  it('is not a department after a job title and "DE"', () => {
    expect(placeholders('DIRECTRICE DE PROJET ET CHEF DE SERVICE')).toBe('DIRECTRICE DE PROJET ET CHEF DE SERVICE');
  });
});
