import { describe, expect, it } from 'vitest';
import { caseStudySlug, SLUG_MAX_LENGTH } from './slug.js';

describe('the address of a published case study', () => {
  it('is the title in lower-case ASCII words', () => {
    expect(caseStudySlug('Ça coince, mais où ?')).toBe('ca-coince-mais-ou');
    expect(caseStudySlug("Recréer l'alliance avec son client")).toBe('recreer-alliance-avec-son-client');
    expect(caseStudySlug('Le cœur à l’ouvrage — Séance 2')).toBe('le-coeur-ouvrage-seance-2');
    expect(caseStudySlug('Straße, Øresund et Łódź')).toBe('strasse-oresund-et-lodz');
    expect(caseStudySlug('« La DRH » & ses équipes !')).toBe('la-drh-ses-equipes');
  });

  it('leaves out placeholders, prompts and initials, and the little words that joined them', () => {
    expect(caseStudySlug('Recréer l’alliance avec [Personne 1]')).toBe('recreer-alliance');
    expect(caseStudySlug('[personne-1] et le DG de [Organisation 2] : ça coince')).toBe('dg-ca-coince');
    expect(caseStudySlug('S. et M. D. face au changement')).toBe('face-au-changement');
    expect(caseStudySlug('Le retour de S.3 chez l’entreprise A')).toBe('le-retour-entreprise');
    expect(caseStudySlug('Une consultante à [Lieu 1] [À compléter : le titre.]')).toBe('une-consultante');
    // A placeholder cut off by the end of the title.
    expect(caseStudySlug('Le projet de [Organisation 1')).toBe('le-projet');
    // Capitals inside a word are not initials.
    expect(caseStudySlug('Le DG. Et après ?')).toBe('le-dg-et-apres');
  });

  it('is short: whole words up to its length, never ending on a little word', () => {
    const long = 'Une consultante indépendante en stratégie marketing retrouve la confiance de son client après un refus sec de sa proposition';
    const slug = caseStudySlug(long);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug).toBe('une-consultante-independante-en-strategie-marketing-retrouve');
    expect(caseStudySlug('Une consultante indépendante en stratégie marketing et de la confiance')).toBe('une-consultante-independante-en-strategie-marketing');
    expect(caseStudySlug('a'.repeat(30) + 'b'.repeat(50))).toHaveLength(SLUG_MAX_LENGTH);
  });

  it('numbers a second case with the same title within the same length', () => {
    expect(caseStudySlug('Ça coince, mais où ?', 2)).toBe('ca-coince-mais-ou-2');
    const long = 'Une consultante indépendante en stratégie marketing retrouve la confiance';
    const second = caseStudySlug(long, 12);
    expect(second.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(second).toMatch(/^une-consultante-[a-z0-9-]+[a-z0-9]-12$/);
  });

  it('falls back to one plain word when nothing readable is left', () => {
    expect(caseStudySlug('[Personne 1] et [Personne 2]')).toBe('article');
    expect(caseStudySlug('S. D.')).toBe('article');
    expect(caseStudySlug('  ')).toBe('article');
    expect(caseStudySlug('[Personne 1]', 3)).toBe('article-3');
  });

  it('is the same for the same title, and only ever ASCII letters, digits and single hyphens', () => {
    const titles = ['Recréer l’alliance avec [Personne 1]', 'Ça coince, mais où ?', '—[x]— S. « » ??', 'Éloïse et Zoë à Saint-Étienne', '東京 2024'];
    for (const title of titles) {
      expect(caseStudySlug(title)).toBe(caseStudySlug(title));
      expect(caseStudySlug(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(caseStudySlug('東京 2024')).toBe('2024');
    expect(caseStudySlug('Ça coince'.normalize('NFD'))).toBe(caseStudySlug('Ça coince'));
  });
});
