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

  it('draws a picture where the text shows it, with its caption, and leaves out a reference to no picture', async () => {
    const elements = [{ id: 'e1', kind: 'person' as const, label: 'La consultante', colour: '#2f6f73', size: 'medium' as const, isClient: true, place: { x: 40, y: 60, facing: 0 } }];
    const text = '## Le travail\n\nAvant.\n\n![Première image : la consultante](board-picture:p1 "Première image : « Au départ »")\n\n![Ailleurs](board-picture:p2 "Volée")';
    const pdf = (await renderSupervisionPdf({ title: 'Cas', text, pictures: [{ id: 'p1', elements }], language: 'fr', generatedAt: new Date('2026-11-22T10:00:00Z') }, { compress: false })).toString('latin1');
    const hex = [...pdf.matchAll(/<([0-9a-f]+)>/g)].map((m) => Buffer.from(m[1]!, 'hex').toString('latin1')).join('');
    expect(hex).toContain('La consultante');
    expect(hex).toContain('Au d');
    expect(hex).not.toContain('Vol');
    expect(hex).not.toContain('board-picture');
  });
});
