import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const text = (t: string, language: 'fr' | 'en' = 'fr') => anonymised(t, { language, mode: 'placeholders' }).text;

describe('a list of capitalised words in notes', () => {
  it('stays as written: values, feelings and themes, though one is also a first name ("Liberté", "Justice")', () => {
    const notes = 'Valeurs identifiées : Liberté, Loyauté, Créativité, Justice, Reconnaissance.\nThèmes abordés : Leadership, Délégation, Charge mentale.\nMétéo : Soleil, Nuage, Orage.';
    expect(text(notes)).toBe(notes);
    expect(text('Values: Integrity, Courage, Growth.', 'en')).toBe('Values: Integrity, Courage, Growth.');
  });

  it('leaves a list of people masked, surnames that are words and first names that are words included', () => {
    expect(text('Présents : Fontaine, Blanc et Marchand.')).toBe('Présents : [Personne 1], [Personne 2] et [Personne 3].');
    expect(text('Il a vu Prudence, Justice et Claire.')).toBe('Il a vu [Personne 1], [Personne 2] et [Personne 3].');
  });
});

describe("the practice's jargon, greetings and a message's headings", () => {
  it('are no one: "Recadrage", "Cher Monsieur,", "Cordialement", "Tél Lyon :", "CR Dupont"', () => {
    expect(text('Recadrage\nIntervision\nCher Monsieur,\nCordialement')).toBe('Recadrage\nIntervision\nCher Monsieur,\nCordialement');
    expect(text('Tél Lyon : voir CR Dupont.')).toBe('Tél [Lieu 1] : voir CR [Personne 1].');
  });

  it('still let the department of the same name be a place, and a first name after a greeting be someone', () => {
    expect(text('Il vit dans le Cher.')).toBe('Il vit dans le [Lieu 1].');
    expect(text('Cher Paul, merci.')).toBe('Cher [Personne 1], merci.');
  });
});

describe('a sentence with commas around a name', () => {
  it('is no list of words: the name in apposition stays masked ("Le client, Loup Martin, est DG")', () => {
    expect(text('Le client, Loup Martin, est DG.')).toBe('Le client, [Personne 1], est DG.');
    expect(text('La cliente, Colombe Boulanger, est DG.')).toBe('La cliente, [Personne 1], est DG.');
  });
});

describe('two capitalised words after a label', () => {
  it('stay words when both are words and neither is a first name ("Axes : Écoute, Délégation.")', () => {
    expect(text('Axes : Écoute, Délégation.')).toBe('Axes : Écoute, Délégation.');
  });

  it('stay people when they are names ("Présents : Colombe, Renard")', () => {
    expect(text('Présents : Colombe, Renard')).toBe('Présents : [Personne 1], [Personne 2]');
  });
});

describe('the roles of the drama triangle', () => {
  it('are the theory\'s words, not people ("au Persécuteur")', () => {
    expect(text('Lui passe au Persécuteur.')).toBe('Lui passe au Persécuteur.');
  });

  it('leave a given name or a surname that is one of them a name ("Sauveur Martin", "M. Victime")', () => {
    expect(text('Sauveur Martin a écrit. M. Victime a appelé.')).toBe('[Personne 1] a écrit. M. [Personne 2] a appelé.');
  });
});
