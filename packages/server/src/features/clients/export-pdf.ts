import PDFDocument from 'pdfkit';
import { SESSION_NOTE_TEXT_FIELDS, type NamedEmotion } from '@alliance/domain';
import { EXPORT_LABELS, type ExportLanguage } from '../../i18n/export-labels.js';
import type { ClientArchive } from './export.js';

const MARGIN = 56;
const INK = '#1f2933';
const MUTED = '#616e7c';
const ACCENT = '#2f6f73';

/**
 * The client's record as a readable PDF, in French or English: the same archive as
 * the JSON export, laid out for a person. Standard PDF fonts cover French text.
 */
export function renderClientPdf(archive: ClientArchive, lang: ExportLanguage, options: { compress?: boolean } = {}): Promise<Buffer> {
  const t = EXPORT_LABELS[lang];
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const date = (iso: string | null | undefined, withTime = false) =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short', timeZone: 'Europe/Paris' } : {}) }).format(new Date(iso)) : t.none;
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, compress: options.compress ?? true, info: { Title: t.title(`${archive.client.firstName} ${archive.client.lastName}`), Creator: 'Alliance' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string, size = 15) => {
    if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).fillColor(ACCENT).text(text).moveDown(0.3);
    doc.font('Helvetica').fontSize(10.5).fillColor(INK);
  };
  // French typography puts a space before the colon; English does not.
  const colon = lang === 'fr' ? ' : ' : ': ';
  const field = (label: string, value: string | number | null | undefined) => {
    if (value === undefined || value === null || value === '') return;
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK).text(`${label}${colon}`, { continued: true }).font('Helvetica').text(String(value));
  };
  // Never leave a label alone at the foot of a page.
  const keepWithNext = () => {
    if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
  };
  const paragraph = (label: string, value: string | undefined) => {
    if (!value) return;
    keepWithNext();
    doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10.5).fillColor(INK).text(label).font('Helvetica').text(value, { align: 'left' });
  };
  const emotions = (list: NamedEmotion[] | undefined) => (list?.length ? list.map((e) => `${e.name} (${e.intensity}/10)`).join(', ') : undefined);

  doc.font('Helvetica-Bold').fontSize(22).fillColor(INK).text(t.title(`${archive.client.firstName} ${archive.client.lastName}`));
  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(t.exportedOn(date(archive.exportedAt, true))).moveDown(0.6);
  doc.fillColor(INK).fontSize(10.5).text(t.intro);

  heading(t.client);
  field(t.firstName, archive.client.firstName);
  field(t.lastName, archive.client.lastName);
  field(t.email, archive.client.email);
  field(t.phone, archive.client.phone);
  field(t.organisation, archive.organisation?.name);
  paragraph(t.role, archive.client.role);

  for (const e of archive.engagements) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(18).fillColor(INK).text(`${t.engagement} — ${e.title}`);
    field(t.status, t.statuses[e.status] ?? e.status);
    field(t.plannedSessions, e.plannedSessions);
    field(t.heldSessions, e.heldSessions);

    heading(t.contract);
    field(t.agreedOn, e.contract.agreedOn ? date(e.contract.agreedOn) : undefined);
    field(t.sponsorVisibility, t.visibility[e.contract.sponsorVisibility]);
    for (const b of e.contract.boundaries) {
      paragraph(t.parties[b.party] ?? b.party, [
        ...b.responsibilities.map((r) => `${t.responsibilities}${colon}${r}`),
        ...b.outOfScope.map((o) => `${t.outOfScope}${colon}${o}`),
      ].join('\n'));
    }
    paragraph(t.confidentiality, e.contract.confidentialityClause);
    paragraph(t.limitsOfConfidentiality, e.contract.limitsOfConfidentiality);

    if (e.objectives.length) {
      heading(t.objectives);
      for (const o of e.objectives) {
        doc.font('Helvetica-Bold').text(`• ${o.statement}`).font('Helvetica');
        field(`   ${t.baseline}`, o.baseline);
        field(`   ${t.target}`, o.target);
      }
    }

    if (e.sessions.length) {
      heading(t.sessions);
      for (const s of e.sessions) {
        doc.moveDown(0.4).font('Helvetica-Bold').fontSize(12).fillColor(ACCENT)
          .text(`${date(s.scheduledAt, true)} — ${t.modes[s.mode] ?? s.mode}, ${t.minutes(s.durationMinutes)} — ${t.sessionStatuses[s.status] ?? s.status}`);
        doc.font('Helvetica').fontSize(10.5).fillColor(INK);
        for (const key of ['situation', 'peopleInvolved'] as const) paragraph(t.notes[key]!, s.notes[key]);
        paragraph(t.notes.emotionsBefore!, emotions(s.notes.emotionsBefore));
        for (const key of SESSION_NOTE_TEXT_FIELDS.filter((k) => k !== 'situation' && k !== 'peopleInvolved')) {
          paragraph(t.notes[key]!, s.notes[key]);
          if (key === 'shift') paragraph(t.notes.emotionsAfter!, emotions(s.notes.emotionsAfter));
        }
        if ('privateReflections' in s) paragraph(t.privateReflections, s.privateReflections);
        for (const c of s.constellations) {
          paragraph(t.constellation, `${c.title} — ${c.pictures.map((p) => p.name).join(', ') || t.none}`);
          for (const f of c.feltSenses) paragraph(`${t.feltSense} · ${f.elementLabel} (${f.energy > 0 ? `+${f.energy}` : f.energy})`, f.words);
        }
      }
    }

    const list = (title: string, items: { when: string; text: string }[]) => {
      if (!items.length) return;
      heading(title);
      for (const i of items) doc.font('Helvetica-Bold').text(i.when, { continued: true }).font('Helvetica').text(` — ${i.text}`).moveDown(0.2);
    };
    list(t.contacts, e.contacts.map((c) => ({ when: `${date(c.occurredAt, true)} · ${t.contactKinds[c.kind] ?? c.kind}${c.durationMinutes ? ` · ${t.minutes(c.durationMinutes)}` : ''}`, text: c.summary })));
    list(t.feedback, e.feedback.map((f) => ({ when: `${date(f.receivedAt)} · ${f.event}${f.outcome ? ` · ${t.outcomes[f.outcome]}` : ''}`, text: f.account ?? '' })));
    list(t.learnings, e.learnings.map((l) => ({ when: date(l.recordedAt), text: l.statement })));
  }

  if (archive.accessLog.length) {
    doc.addPage();
    heading(t.accessLog);
    doc.fontSize(9.5);
    for (const a of archive.accessLog) doc.text(`${date(a.at, true)} — ${a.actorName ?? t.none} — ${t.actions[a.action] ?? a.action} (${a.targetKind})`);
  }
  doc.end();
  return done;
}
