import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const masked = (text: string, language: 'fr' | 'en' = 'fr') => anonymised(text, { language, mode: 'placeholders' }).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);

describe('a department or a board, capitalised as a company writes it', () => {
  it('is left as written: every organisation has one, and it identifies no one', () => {
    expect(masked('Le Comité de Direction a tranché. Point avec la Direction Générale, puis l’Équipe Marketing.')).toEqual([]);
    expect(masked('The Sales Team met the Board of Directors.', 'en')).toEqual([]);
  });

  it('leaves the organisation it belongs to masked, and a name inside it', () => {
    expect(masked("Il siège au Conseil d'Administration de la Fondation Abbé Pierre.")).toEqual([['Fondation Abbé Pierre', 'organisation']]);
    expect(masked('Elle a quitté le Service Dupont pour le Conseil Régional de Bretagne.').map(([words]) => words)).toEqual(['Dupont', 'Bretagne']);
  });
});
