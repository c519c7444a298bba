import { describe, expect, it } from 'vitest';
import { organisationAliases } from './organisation-aliases.js';

/** A few everyday words, folded, as the anonymiser's French and English lists hold them. */
const COMMON = new Set(['edition', 'demo', 'biscuiterie', 'groupe', 'conseil', 'caisse', 'epargne', 'societe', 'generale', 'trouver', 'sa', 'place', 'au', 'travail', 'la', 'poste']);
const aliases = (name: string) => organisationAliases(name, (w) => COMMON.has(w)).sort();

describe('the shorter ways a text names a recorded organisation', () => {
  it('drops an aside in brackets and a legal form, and keeps each word that only names it', () => {
    expect(aliases('Logisud Édition (démo)')).toEqual(['Logisud', 'Logisud Édition']);
    expect(aliases('Biscuiterie Lemoine SAS')).toEqual(['Biscuiterie Lemoine', 'Lemoine']);
    expect(aliases('Groupe Altheris Conseil')).toEqual(['Altheris', 'Altheris Conseil', 'Groupe Altheris']);
  });

  it('takes an aside that names it, never an everyday word alone, nor a run opening on a little word', () => {
    expect(aliases('Société Générale (SG)')).toEqual(['SG', 'Société Générale']);
    expect(aliases('La Poste S.A.')).toEqual(['La Poste']);
    expect(aliases("Caisse d'Épargne de Bretagne")).toEqual(['Bretagne']);
    // A programme's title of everyday words is known by the whole of it only.
    expect(aliases('Trouver sa place au travail')).toEqual([]);
  });
});
