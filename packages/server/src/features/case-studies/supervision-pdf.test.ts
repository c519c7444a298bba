import { describe, expect, it } from 'vitest';
import { renderSupervisionPdf } from './supervision-pdf.js';

describe('the supervision PDF', () => {
  it('lays out the title, headings, quotation and paragraphs of the anonymised text, and nothing else', async () => {
    const pdf = (
      await renderSupervisionPdf(
        { title: "Recréer l'alliance", text: "# Recréer l'alliance\n\n> Cas anonymisé.\n\n## Le contexte\n\nLa consultante et **le DG**.", language: 'fr', generatedAt: new Date('2026-11-22T10:00:00Z') },
        { compress: false },
      )
    ).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // pdfkit writes each line of text as hex glyph codes; the words are recoverable from them.
    const hex = [...pdf.matchAll(/<([0-9a-f]+)>/g)].map((m) => Buffer.from(m[1]!, 'hex').toString('latin1')).join('');
    expect(hex).toContain('Le contexte');
    expect(hex).toContain('La consultante et le DG.');
    expect(hex).toContain('Cas anonymis');
    expect(hex).not.toContain('**');
  });
});
