import type { BoardDocElement, BoardHistory, Picture } from '@alliance/api';
import { distance, faces, movementsBetween, outsideEveryView } from '@alliance/domain';
import PDFDocument from 'pdfkit';
import { BOARD_REPORT_LABELS, type ReportLanguage } from '../../i18n/board-report-labels.js';
import { drawPicture } from './picture-pdf.js';

const MARGIN = 56;
const INK = '#1f2933';
const MUTED = '#616e7c';
const ACCENT = '#2f6f73';

const flat = (e: BoardDocElement) => ({ ...e, x: e.place.x, y: e.place.y, facing: e.place.facing });

/**
 * The constellation report: every picture drawn as on screen, the movements between
 * pictures, what the board showed (distances, who faces whom, who is outside every
 * view) and the felt senses, in French or English. Attachable to the session notes.
 */
export function renderBoardReport(history: BoardHistory, lang: ReportLanguage, context: { clientName: string; sessionDate: string }): Promise<Buffer> {
  const t = BOARD_REPORT_LABELS[lang];
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const time = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `${t.title} — ${history.board.title}`, Creator: 'Alliance' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - MARGIN * 2;
  const heading = (text: string, size = 14) => {
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).fillColor(ACCENT).text(text).moveDown(0.3);
    doc.font('Helvetica').fontSize(10.5).fillColor(INK);
  };
  const line = (text: string) => doc.font('Helvetica').fontSize(10.5).fillColor(INK).text(text, { width });

  doc.font('Helvetica-Bold').fontSize(20).fillColor(INK).text(`${t.title} — ${history.board.title}`);
  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(t.subtitle(context.clientName, context.sessionDate)).moveDown(0.5);
  doc.fillColor(INK).fontSize(10.5).text(t.confidential, { width });

  const pictures = history.pictures;
  if (!pictures.length) line(t.noPictures);
  pictures.forEach((p, i) => {
    doc.addPage();
    heading(`${p.name}${p.isInitial ? ` — ${t.initial}` : ''}${p.isResolution ? ` — ${t.resolution}` : ''}`, 16);
    doc.fontSize(10).fillColor(MUTED).text(`${time(p.takenAt)} · ${p.takenBy}`).fillColor(INK);
    drawPicture(doc, p.elements, MARGIN, doc.y + 8, Math.min(width, 360));
    doc.y += Math.min(width, 360) + 16;
    readouts(p);
    const previous = pictures[i - 1];
    if (previous) {
      const moves = movementsBetween(history.movements, previous.takenAt, p.takenAt);
      heading(t.movementsSince(previous.name), 12);
      if (!moves.length) line(t.noMovement);
      for (const m of moves) {
        line(`${time(m.endedAt)} — ${t.movement(m.by, m.label, m.distance.toFixed(1))}${m.turnedDegrees ? ` ${t.turn(Math.round(m.turnedDegrees))}` : ''}`);
      }
    }
  });

  heading(t.feltSenses, 15);
  if (!history.feltSenses.length) line(t.noFeltSense);
  for (const f of history.feltSenses) {
    doc.font('Helvetica-Bold').text(`${time(f.recordedAt)} — ${f.elementLabel} (${t.energy} ${f.energy > 0 ? `+${f.energy}` : f.energy})`);
    doc.font('Helvetica').text(`« ${f.words} »`, { width }).moveDown(0.3);
  }
  doc.end();
  return done;

  function readouts(p: Picture) {
    const els = p.elements.map(flat);
    const name = (id: string) => els.find((e) => e.id === id)?.label || t.unnamed;
    heading(t.readouts, 12);
    const pairs: string[] = [];
    for (let a = 0; a < els.length; a++) {
      for (let b = a + 1; b < els.length; b++) {
        const x = els[a]!;
        const y = els[b]!;
        const look = [faces(x, y) ? t.faces(name(x.id), name(y.id)) : '', faces(y, x) ? t.faces(name(y.id), name(x.id)) : ''].filter(Boolean).join(' ; ');
        pairs.push(`${name(x.id)} — ${name(y.id)} : ${distance(x, y).toFixed(1)}${look ? ` (${look})` : ''}`);
      }
    }
    if (!pairs.length) line(t.noPairs);
    for (const s of pairs) line(s);
    const unseen = outsideEveryView(els);
    if (unseen.length) line(`${t.unseen} : ${unseen.map(name).join(', ')}`);
  }
}
