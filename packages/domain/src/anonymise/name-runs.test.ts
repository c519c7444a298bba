import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const people = (text: string, language: 'fr' | 'en') =>
  anonymised(text, { language }).spans.filter((s) => s.type === 'person').map((s) => text.slice(s.nameStart, s.nameEnd));

describe('a month or a day inside a name', () => {
  it('is a word of the name between two of its words, one space either side', () => {
    expect(people('I met Thi Mai Pham yesterday.', 'en')).toEqual(['Thi Mai Pham']);
    expect(people('Thi Mai Pham joined us.', 'en')).toEqual(['Thi Mai Pham']);
    expect(people("J'ai revu Nguyen Thi Mai Linh hier.", 'fr')).toEqual(['Nguyen Thi Mai Linh']);
  });

  it('is the month where the sentence opens on a word, or a number follows', () => {
    expect(anonymised('In May Paul left the firm.', { language: 'en' }).text).toBe('In May P. left the firm.');
    expect(anonymised('Rendez-vous à Lyon Mai 2024.').text).not.toContain('Mai');
  });
});

describe('what a child calls her family', () => {
  it('is a role, not a name: a board reads "PAPA", "MAMAN", "Mamie"', () => {
    expect(anonymised('Sur le tableau : PAPA, MAMAN, Mamie et moi.').text).toBe('Sur le tableau : PAPA, MAMAN, Mamie et moi.');
    expect(anonymised('Tata Josiane est venue avec Papy.').text).toBe('Tata J. est venue avec Papy.');
    expect(anonymised('Mum called, then Dad. Grandma Rose came too.', { language: 'en' }).text).toBe('Mum called, then Dad. Grandma R. came too.');
  });
});

describe('a board label on the next line', () => {
  it('is no part of the organisation or the name that ends the line before', () => {
    expect(anonymised('Le DG de Renault\nÉquipe marketing', { mode: 'roles' }).text).toBe("Le DG d'une entreprise\nÉquipe marketing");
  });
});

describe("a list's item wrapped under its hanging indent", () => {
  it('is one name across the line: after a bullet or a number, the next line indented under it', () => {
    const text = 'Suivi des séances :\n- Anne\n  Lefort, directrice\n• Sophie\n  Marchand a appelé\n1. Pauline\n   Roussel';
    expect(people(text, 'fr')).toEqual(['Anne\n  Lefort', 'Sophie\n  Marchand', 'Pauline\n   Roussel']);
    expect(anonymised('- Mary\n  Smith called.', { language: 'en' }).text).toBe(anonymised('- Mary Smith called.', { language: 'en' }).text);
  });

  it('is not read so where the next line is not indented, nor after a blank line', () => {
    expect(people('- Anne\nLyon\n- Marc\n\n  Lefort', 'fr')).not.toContainEqual(expect.stringContaining('\n'));
  });
});
