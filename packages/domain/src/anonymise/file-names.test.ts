import { describe, expect, it } from 'vitest';
import { fileNameParts } from './file-names.js';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised, lexicon } = withLexicon();
const found = (text: string, language: 'fr' | 'en' = 'fr') => fileNameParts(text, lexicon(), language).map((d) => text.slice(d.start, d.end));

describe('file names', () => {
  it('reads the first name and the surname glued into a document name', () => {
    expect(found('Voir bilan-marie-dupont-2024.pdf et notes-jean-pierre.odt, puis dupont_marie.docx.')).toEqual(['marie-dupont', 'jean-pierre', 'dupont_marie']);
    expect(found('Sent will.hunter-notes.docx and marie_dupont_cv.pdf', 'en')).toEqual(['will.hunter', 'marie_dupont']);
  });

  it("leaves a document's own words, its dates and versions", () => {
    expect(found('Compte-rendu_seance3_final.pdf, rapport-2024-v2.docx, plan_action_rose.docx, README.md, Logo_Entreprise.png')).toEqual([]);
    expect(found('Le site www.exemple.fr, le fichier index.md')).toEqual([]);
  });

  it('leaves no name of a file in clear, in any mode', () => {
    for (const mode of ['initials', 'roles', 'pseudonyms', 'placeholders'] as const) {
      const out = anonymised('Ci-joint bilan-marie-dupont-2024.pdf, notes-jean-pierre.odt et marie_dupont_cv.pdf.', { mode }).text;
      expect(out, mode).not.toMatch(/marie|dupont|jean|pierre/i);
      expect(out, mode).toMatch(/2024\.pdf/);
    }
    const en = anonymised('I sent will.hunter-notes.docx to Pat.', { language: 'en', mode: 'placeholders' }).text;
    expect(en).not.toMatch(/will|hunter/i);
    expect(en).toMatch(/-notes\.docx/);
  });
});
