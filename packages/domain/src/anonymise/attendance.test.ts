import { describe, expect, it } from 'vitest';
import { attendanceLists } from './attendance.js';
import { withLexicon } from './lexicon-for-tests.js';
import { tokenize } from './text.js';

const { anonymised, lexicon } = withLexicon();
const masked = (text: string) => anonymised(text, { mode: 'placeholders' }).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);

describe('a list of people under its label', () => {
  it('makes a person of each item on one line, though "Blanc" is a word and "Fontaine" a town', () => {
    expect(masked('Présents : Fontaine, Blanc et Marchand.')).toEqual([
      ['Fontaine', 'person'],
      ['Blanc', 'person'],
      ['Marchand', 'person'],
    ]);
  });

  it('makes a person of each item one a line, with a bullet, a title or what follows the name', () => {
    const text = 'Excusés :\n- Fontaine\n- Blanc\n- M. Boucher (DRH)\n- Léa Marchand, coach\nOrdre du jour : Budget';
    expect(masked(text)).toEqual([
      ['Fontaine', 'person'],
      ['Blanc', 'person'],
      ['Boucher', 'person'],
      ['Léa Marchand', 'person'],
    ]);
    expect(anonymised(text, { mode: 'placeholders' }).text).toContain('Ordre du jour : Budget');
  });

  it("reads a form's fields that hold a person the same way: \"Nom : PETIT\", \"Coachée : FONTAINE Julie\"", () => {
    expect(masked('Nom : PETIT\nPrénom : Rose\nCoaché : RM')).toEqual([
      ['PETIT', 'person'],
      ['Rose', 'person'],
      ['RM', 'person'],
    ]);
  });

  it("reads an e-mail's header the same way", () => {
    expect(masked('De : Claire Blanc\nÀ : Paul Boucher\nObjet : séance')).toEqual([
      ['Claire Blanc', 'person'],
      ['Paul Boucher', 'person'],
    ]);
  });

  it('ends at an item that is no one: a department, or a sentence that only uses the word', () => {
    const listed = (text: string) => attendanceLists(tokenize(text), lexicon(), 'fr').map((d) => text.slice(d.start, d.end));
    expect(listed('Participants : Direction Générale, Comptabilité')).toEqual([]);
    expect(listed('Participants : Direction Générale, Léa Roux')).toEqual([]);
    expect(listed('Présents : Léa Roux\nOrdre du jour : Budget, Fontaine')).toEqual(['Léa Roux']);
    expect(listed('Les présents : ils étaient contents.')).toEqual([]);
  });

  it("reads a form's name fields whatever their words, \"First name:\" as well as \"Surname:\"", () => {
    const listed = (text: string, language: 'fr' | 'en' = 'en') => attendanceLists(tokenize(text), lexicon(), language).map((d) => text.slice(d.start, d.end));
    expect(listed('First name: April\nSurname: Strong')).toEqual(['April', 'Strong']);
    expect(listed('Nom : Petit\nPrénom : Rose', 'fr')).toEqual(['Petit', 'Rose']);
  });

  it('ends at the next field\'s label, "N+1 :" as well as "Prénom :"', () => {
    const listed = (text: string) => attendanceLists(tokenize(text), lexicon(), 'fr').map((d) => text.slice(d.start, d.end));
    expect(listed('Coaché : Julie\nN+1 : Martin\nN+2 : Petit')).toEqual(['Julie']);
    expect(listed('Présents : Léa Roux\nN-1 : Paul')).toEqual(['Léa Roux']);
  });
});
