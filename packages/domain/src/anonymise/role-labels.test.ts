import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';
import { namedBesideRole } from './role-labels.js';
import { tokenize } from './text.js';

const { people } = withLexicon();

/** Whether the first word of `text` is named beside a role. */
const beside = (text: string, language: 'fr' | 'en' = 'fr') => namedBesideRole(tokenize(text), 0, language);

describe('namedBesideRole', () => {
  it('reads a role or a relation in brackets right after the word', () => {
    expect(beside('Petit (N+1)')).toBe(true);
    expect(beside('Roux (n-2) bloque')).toBe(true);
    expect(beside('Sylvain (binôme)')).toBe(true);
    expect(beside('Boulanger (sponsor)')).toBe(true);
    expect(beside('Blanc (DAF)')).toBe(true);
  });

  it('reads a role in apposition, between commas, after its determiner', () => {
    expect(beside('Rivière, le DAF, refuse.')).toBe(true);
    expect(beside('Hill, the CFO, refused.', 'en')).toBe(true);
    expect(beside('Marchand, son N+1, soutient.')).toBe(true);
  });

  it('reads a job title in apposition without its determiner, ended by a comma or by what it is of', () => {
    expect(beside('Roux, directeur financier, refuse.')).toBe(true);
    expect(beside('Roux, DAF du groupe, refuse.')).toBe(true);
    expect(beside('Roux, binôme de Julie, refuse.')).toBe(false);
  });

  it('reads nothing else in brackets or after a comma', () => {
    expect(beside('Lyon (69)')).toBe(false);
    expect(beside('Petit (voir plus haut)')).toBe(false);
    expect(beside('Rivière, le fleuve, déborde.')).toBe(false);
    expect(beside('Petit, le DAF')).toBe(false);
  });
});

describe('a surname that is a word, named beside a role', () => {
  it('is that person, first on its line too, as a board or a list of stakeholders writes it', () => {
    expect(people('Acteurs :\nPetit (DG)\nBlanc (DAF)\nSylvain (binôme)')).toEqual(['Petit', 'Blanc', 'Sylvain']);
    expect(people('Rivière, le DAF, refuse la dépense.')).toEqual(['Rivière']);
  });
});

describe('a common word beside a role', () => {
  it('stays a word unless it is a frequent surname or a first name ("Priorité (N+1)", "Bilan, le DRH, …")', () => {
    expect(people('Priorité (N+1) : clarifier les rôles. Bilan, le DRH, le N+1 et moi.')).toEqual([]);
  });
});
