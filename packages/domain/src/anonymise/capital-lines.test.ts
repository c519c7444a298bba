import { describe, expect, it } from 'vitest';
import { capitalLinesInLowerCase, shouted } from './capital-lines.js';
import { withLexicon } from './lexicon-for-tests.js';
import { tokenize } from './text.js';

const { anonymised } = withLexicon();
const placeholders = (text: string) => anonymised(text, { mode: 'placeholders' }).text;

describe('capitalLinesInLowerCase', () => {
  it('reads the words of a line typed in capitals as lower case, and keeps their text', () => {
    const tokens = tokenize('Séance 3 avec Julie\nRDV AVEC SA FEMME ROSE\nBILAN');
    const seen = capitalLinesInLowerCase(tokens);
    const rose = seen.find((t) => t.text === 'ROSE')!;
    expect(rose.shape).toBe('lower');
    expect(shouted(rose)).toBe(true);
    expect(seen.find((t) => t.text === 'Julie')!.shape).toBe('title');
    // A heading of one word and a line with a word in lower case are not shouted.
    expect(seen.find((t) => t.text === 'BILAN')!.shape).toBe('upper');
    expect(shouted(tokenize('rose')[0]!)).toBe(false);
  });

  it('gives back the same tokens where no line is typed in capitals', () => {
    const tokens = tokenize('Point avec la DRH et le CODIR.\nM. MARTIN viendra.');
    expect(capitalLinesInLowerCase(tokens)).toBe(tokens);
  });
});

describe('anonymise, on a line typed in capitals', () => {
  it('masks a first name that is a word after a relative, and a town that is a word after "à"', () => {
    expect(placeholders('RDV AVEC SA FEMME ROSE À TOURS')).toBe('RDV AVEC SA FEMME [Personne 1] À [Lieu 1]');
    expect(placeholders('ELLE HABITE À TOURS DEPUIS MARS')).toBe('ELLE HABITE À [Lieu 1] DEPUIS MARS');
  });

  it('does so on a line of capitals with a greeting or a day in lower case', () => {
    expect(placeholders('Bien, RDV AVEC SA FEMME ROSE À TOURS samedi.')).toBe('Bien, RDV AVEC SA FEMME [Personne 1] À [Lieu 1] samedi.');
  });

  it('masks a large town that is a word after "de", "entre", "from"; a small one is left to the review', () => {
    expect(placeholders('ILS ONT DÉMÉNAGÉ DE TOURS À ANGERS.')).toBe('ILS ONT DÉMÉNAGÉ DE [Lieu 1] À [Lieu 2].');
    expect(placeholders('IL EST ORIGINAIRE DE VALENCE.')).toBe('IL EST ORIGINAIRE DE [Lieu 1].');
  });

  it('reads "N\'A", "L\'A", "J\'AI" as elisions, and "N\'DIAYE", "D\'AIRBUS" as names', () => {
    expect(placeholders("CE QUI N'A PAS FONCTIONNÉ, J'AI VU QUE SA COLLÈGUE L'A SOUTENUE.")).toBe("CE QUI N'A PAS FONCTIONNÉ, J'AI VU QUE SA COLLÈGUE L'A SOUTENUE.");
    expect(placeholders("CE QUI N'A PAS MARCHÉ, J'AI VU.")).toContain("J'AI VU");
    expect(placeholders("J'AI VU N'DIAYE ET LA DRH D'AIRBUS.")).toMatch(/^J'AI VU \[[^\]]+\] ET LA DRH (?:D'|DE )\[[^\]]+\]\.$/u);
  });

  it('ends a surname after a form of address at a conjunction or a possessive', () => {
    const text = 'REUNION AVEC M. MARTIN ET SA FILLE CAMILLE';
    const r = anonymised(text, { mode: 'placeholders' });
    expect(r.spans.filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end))).toEqual(['MARTIN', 'CAMILLE']);
  });

  it('leaves the words of a heading alone', () => {
    for (const heading of ['À TOURS DE BRAS ET À TOUR DE RÔLE', 'OBJECTIFS DE LA SÉANCE AVEC SON MANAGER', 'SA FEMME ROSE DE PLAISIR']) expect(placeholders(heading)).toBe(heading);
  });
});
