import type { BoardDocElement } from '@alliance/api';
import { pictureRefs, replacePictureRefs } from '@alliance/domain';
import PDFDocument from 'pdfkit';
import { drawPicture } from '../boards/picture-pdf.js';

const MARGIN = 60;
const INK = '#1f2933';
const MUTED = '#4b5a63';
const ACCENT = '#2f6f73';

/** Markdown emphasis and links read as plain words in the PDF. */
const plain = (s: string) =>
  s
    .replace(/\*\*|__/g, '')
    .replace(/(^|\W)[*_](\S[^*_]*?)[*_](?=\W|$)/g, '$1$2')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');

/**
 * The anonymised case for a supervisor, as a PDF: the title, then the text's headings,
 * quotations and paragraphs, and the constellation pictures where the text shows them,
 * drawn with their anonymised labels. It is only ever given the anonymised text.
 */
export function renderSupervisionPdf(
  input: { title: string; text: string; pictures?: { id: string; elements: BoardDocElement[] }[]; language: 'fr' | 'en'; generatedAt: Date },
  options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, compress: options.compress ?? true, info: { Title: input.title, Creator: 'Alliance' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const locale = input.language === 'fr' ? 'fr-FR' : 'en-GB';
  const label = input.language === 'fr' ? 'Pour la supervision — texte anonymisé, le' : 'For supervision — anonymised text,';
  doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(`${label} ${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(input.generatedAt)}`);
  doc.moveDown(0.6).font('Times-Bold').fontSize(20).fillColor(INK).text(plain(input.title)).moveDown(0.6);
  const pictures = new Map((input.pictures ?? []).map((p) => [p.id, p]));
  const width = doc.page.width - MARGIN * 2;
  for (let block of input.text.split(/\n{2,}/).map((b) => b.trim()).filter(Boolean)) {
    if (/^#\s/.test(block)) continue;
    const refs = pictureRefs(block);
    if (refs.length) {
      // A picture of the engagement is drawn, its caption under it; any other reference is left out.
      for (const ref of refs) {
        const p = pictures.get(ref.id);
        if (!p) continue;
        const size = Math.min(width, 300);
        if (doc.y + size + 40 > doc.page.height - MARGIN) doc.addPage();
        const top = doc.y;
        drawPicture(doc, p.elements, MARGIN + (width - size) / 2, top, size);
        doc.y = top + size + 6;
        doc.font('Helvetica-Oblique').fontSize(9.5).fillColor(MUTED).text(plain(ref.caption || ref.alt), MARGIN, doc.y, { width, align: 'center' }).moveDown(0.8);
      }
      block = replacePictureRefs(block, () => '').trim();
      if (!block) continue;
    }
    if (/^#{2,}\s/.test(block)) {
      if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
      doc.moveDown(0.5).font('Helvetica-Bold').fontSize(13).fillColor(ACCENT).text(plain(block.replace(/^#+\s*/, ''))).moveDown(0.3);
      continue;
    }
    if (block.startsWith('>')) {
      doc.font('Times-Italic').fontSize(11).fillColor(MUTED).text(plain(block.replace(/^>\s?/gm, '')), { indent: 12 }).moveDown(0.5);
      continue;
    }
    doc.font('Times-Roman').fontSize(11.5).fillColor(INK).text(plain(block), { lineGap: 2 }).moveDown(0.5);
  }
  doc.end();
  return done;
}
