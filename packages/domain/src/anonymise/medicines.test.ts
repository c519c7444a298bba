import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';
import { medicineTokens } from './medicines.js';
import { tokenize } from './text.js';

const { anonymised } = withLexicon();
const named = (text: string) => {
  const tokens = tokenize(text);
  return medicineTokens(tokens, (f) => f === 'martin').map((i) => tokens[i]!.text);
};

describe('a medicine', () => {
  it('is named by the word before its dose, wherever else the text writes that word', () => {
    expect(named('Aclasta 5 mg solution pour perfusion. Aclasta ne doit pas être administré.')).toEqual(['Aclasta', 'Aclasta']);
    expect(named('Elle prend du Xanax 0,25 mg le soir ; le Xanax l’apaise.')).toEqual(['Xanax', 'Xanax']);
    expect(named('Ventoline 100 µg, deux bouffées.')).toEqual(['Ventoline']);
  });

  it('is no name the lists know, nor a word after a title, nor a word without its dose', () => {
    expect(named('Martin 5 mg')).toEqual([]);
    expect(named('Mme Xanax 2 mg')).toEqual([]);
    expect(named('Aclasta a appelé.')).toEqual([]);
  });

  it('is left as written, and identifies no one; the person beside it is still masked', () => {
    const out = anonymised('Aclasta 5 mg solution pour perfusion. Aclasta réduit les fractures de Mme Durand.', { language: 'fr', mode: 'placeholders' }).text;
    expect(out).toBe('Aclasta 5 mg solution pour perfusion. Aclasta réduit les fractures de Mme [Personne 1].');
  });
});
