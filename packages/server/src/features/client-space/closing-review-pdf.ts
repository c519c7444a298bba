import PDFDocument from 'pdfkit';
import { type ClosingReview, type ConsentScope, progressBounds, type ProgressScale } from '@alliance/domain';

export const CLOSING_REVIEW_LANGUAGES = ['fr', 'en'] as const;
export type ClosingReviewLanguage = (typeof CLOSING_REVIEW_LANGUAGES)[number];

const MARGIN = 56;
const INK = '#1f2933';
const MUTED = '#616e7c';
const ACCENT = '#2f6f73';
const RULE = '#d9d4c7';

/*
 * The standard PDF fonts (Helvetica, Times) ship with pdfkit and cover French text
 * (WinAnsi): nothing is fetched. Characters outside WinAnsi are avoided in the labels
 * (no "→" or "−": "de 2 à 7", "-2").
 */

interface Labels {
  title: string;
  generatedOn: (date: string) => string;
  client: string;
  practice: string;
  intro: string;
  objectives: string;
  noObjectives: string;
  baseline: string;
  target: string;
  measured: string;
  notMeasured: string;
  singleMeasure: (value: string) => string;
  movement: (first: string, final: string, change: string) => string;
  scale: Record<ProgressScale, string>;
  sessions: string;
  held: (held: number, planned: number | null) => string;
  againstPlan: Record<ClosingReview['sessions']['againstPlan'], string>;
  cancelled: (n: number) => string;
  noShow: (n: number) => string;
  learnings: string;
  noLearnings: string;
  testimonial: string;
  scope: Record<ConsentScope, string>;
  confidential: string;
}

// French keeps 0 and 1 singular (« 0 séance tenue »).
const plural = (n: number, one: string, many: string) => (Math.abs(n) < 2 ? one : many);

const LABELS: Record<ClosingReviewLanguage, Labels> = {
  fr: {
    title: 'Bilan de l’accompagnement',
    generatedOn: (d) => `Établi le ${d}`,
    client: 'Client·e',
    practice: 'Cabinet',
    intro: 'Où en sont les objectifs fixés au contrat, combien de séances ont eu lieu, et ce qui a été appris en chemin.',
    objectives: 'Objectifs',
    noObjectives: 'Aucun objectif n’a été inscrit au contrat.',
    baseline: 'Point de départ',
    target: 'Cible',
    measured: 'Auto-évaluation',
    notMeasured: 'Pas mesuré : aucune auto-évaluation avant séance.',
    singleMeasure: (v) => `Une seule mesure : ${v}.`,
    movement: (first, final, change) => `De ${first} à la première mesure à ${final} à la dernière (${change}).`,
    scale: { zero_ten: 'échelle de 0 à 10', goal_attainment: 'échelle d’atteinte de -2 à +2, 0 étant le résultat attendu' },
    sessions: 'Séances',
    held: (held, planned) =>
      planned === null || planned <= 0
        ? `${held} ${plural(held, 'séance tenue', 'séances tenues')} (aucun nombre prévu au contrat).`
        : `${held} ${plural(held, 'séance tenue', 'séances tenues')} sur ${planned} ${plural(planned, 'prévue', 'prévues')} au contrat.`,
    againstPlan: { none: '', below: 'En deçà du nombre prévu.', as_planned: 'Conforme au nombre prévu.', beyond: 'Au-delà du nombre prévu.' },
    cancelled: (n) => `${n} ${plural(n, 'annulée', 'annulées')}`,
    noShow: (n) => `${n} ${plural(n, 'absence', 'absences')}`,
    learnings: 'Apprentissages durables',
    noLearnings: 'Aucun apprentissage n’a été noté.',
    testimonial: 'Témoignage',
    scope: { anonymised: 'signé de l’initiale, avec son accord', first_name: 'signé du prénom, avec son accord', full_name: 'signé du nom complet, avec son accord' },
    confidential: 'Document confidentiel, établi pour la personne accompagnée et son coach. Il ne contient aucune note de séance.',
  },
  en: {
    title: 'Closing review',
    generatedOn: (d) => `Prepared on ${d}`,
    client: 'Client',
    practice: 'Practice',
    intro: 'Where the objectives set in the contract stand, how many sessions took place, and what was learned along the way.',
    objectives: 'Objectives',
    noObjectives: 'No objective was written into the contract.',
    baseline: 'Starting point',
    target: 'Target',
    measured: 'Self-rating',
    notMeasured: 'Not measured: no rating before a session.',
    singleMeasure: (v) => `A single rating: ${v}.`,
    movement: (first, final, change) => `From ${first} at the first rating to ${final} at the last (${change}).`,
    scale: { zero_ten: 'scale from 0 to 10', goal_attainment: 'goal attainment scale from -2 to +2, 0 being the expected outcome' },
    sessions: 'Sessions',
    held: (held, planned) =>
      planned === null || planned <= 0
        ? `${held} ${held === 1 ? 'session' : 'sessions'} held (no number planned in the contract).`
        : `${held} ${held === 1 ? 'session' : 'sessions'} held of ${planned} planned in the contract.`,
    againstPlan: { none: '', below: 'Fewer than planned.', as_planned: 'As planned.', beyond: 'More than planned.' },
    cancelled: (n) => `${n} cancelled`,
    noShow: (n) => `${n} missed`,
    learnings: 'Lasting learnings',
    noLearnings: 'No learning was recorded.',
    testimonial: 'Testimonial',
    scope: { anonymised: 'signed with an initial, with their agreement', first_name: 'signed with their first name, with their agreement', full_name: 'signed with their full name, with their agreement' },
    confidential: 'Confidential document, prepared for the client and their coach. It contains no session notes.',
  },
};

export interface ClosingReviewDocument {
  review: ClosingReview;
  scale: ProgressScale;
  engagementTitle: string;
  clientName: string;
  practiceName: string;
  language: ClosingReviewLanguage;
  generatedAt: Date;
}

/** A value on its scale: "7/10" on 0–10, "+1" on goal attainment. */
function scaleValue(scale: ProgressScale, value: number): string {
  if (scale === 'goal_attainment') return value > 0 ? `+${value}` : String(value);
  return `${value}/${progressBounds(scale).max}`;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/**
 * The closing review (bilan) as a PDF, in French or English: each objective with its
 * starting point and final state, the sessions held against the contract, the lasting
 * learnings, and the testimonial only when the review carries one (consent in force).
 * It is handed the computed review and names only: never notes or reflections.
 */
export function renderClosingReviewPdf(input: ClosingReviewDocument, options: { compress?: boolean } = {}): Promise<Buffer> {
  const t = LABELS[input.language];
  const locale = input.language === 'fr' ? 'fr-FR' : 'en-GB';
  const colon = input.language === 'fr' ? ' : ' : ': ';
  const { review, scale } = input;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: `${t.title} — ${input.engagementTitle}`, Creator: 'Alliance' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const body = () => doc.font('Helvetica').fontSize(10.5).fillColor(INK);
  const keepWithNext = (room = 80) => {
    if (doc.y > doc.page.height - MARGIN - room) doc.addPage();
  };
  const heading = (text: string) => {
    keepWithNext(110);
    doc.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor(ACCENT).text(text);
    const y = doc.y + 2;
    doc.moveTo(MARGIN, y).lineTo(MARGIN + width, y).lineWidth(0.6).strokeColor(RULE).stroke();
    doc.moveDown(0.5);
    body();
  };
  const field = (label: string, value: string) => {
    doc.font('Helvetica-Bold').fontSize(10.5).fillColor(INK).text(`${label}${colon}`, { continued: true }).font('Helvetica').text(value);
  };
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(input.generatedAt);

  // ——— Title ———
  doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(`${input.practiceName} · ${t.generatedOn(date)}`);
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(22).fillColor(INK).text(t.title);
  doc.font('Helvetica').fontSize(14).fillColor(INK).text(input.engagementTitle);
  doc.moveDown(0.4);
  body();
  field(t.client, input.clientName);
  doc.moveDown(0.4).font('Helvetica').fontSize(10).fillColor(MUTED).text(t.intro);

  // ——— Objectives ———
  heading(t.objectives);
  if (review.objectives.length === 0) doc.text(t.noObjectives);
  review.objectives.forEach((o, i) => {
    keepWithNext(90);
    doc.moveDown(i === 0 ? 0 : 0.6).font('Helvetica-Bold').fontSize(11.5).fillColor(INK).text(`${i + 1}. ${o.statement}`, { lineGap: 1 });
    body();
    if (o.baseline) field(`   ${t.baseline}`, o.baseline);
    if (o.target) field(`   ${t.target}`, o.target);
    let measure: string;
    if (o.firstValue === null || o.finalValue === null) measure = t.notMeasured;
    else if (o.change === null) measure = t.singleMeasure(scaleValue(scale, o.finalValue));
    else measure = t.movement(scaleValue(scale, o.firstValue), scaleValue(scale, o.finalValue), signed(o.change));
    field(`   ${t.measured}`, measure);
  });
  if (review.objectives.length > 0) doc.moveDown(0.3).font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(`${t.measured}${colon}${t.scale[scale]}.`);

  // ——— Sessions ———
  heading(t.sessions);
  const s = review.sessions;
  doc.font('Helvetica-Bold').fontSize(11.5).text(t.held(s.held, s.planned));
  body();
  const extra = [t.againstPlan[s.againstPlan], [s.cancelled ? t.cancelled(s.cancelled) : '', s.noShow ? t.noShow(s.noShow) : ''].filter(Boolean).join(', ')]
    .filter(Boolean)
    .join(' ');
  if (extra) doc.text(extra.endsWith('.') ? extra : `${extra}.`);

  // ——— Learnings ———
  heading(t.learnings);
  if (review.learnings.length === 0) doc.text(t.noLearnings);
  for (const l of review.learnings) {
    keepWithNext(40);
    doc.text(`•  ${l}`, { indent: 0, lineGap: 1 }).moveDown(0.2);
  }

  // ——— Testimonial (only present when her consent is in force) ———
  if (review.testimonial) {
    heading(t.testimonial);
    doc.font('Times-Italic').fontSize(12).fillColor(INK).text(input.language === 'fr' ? `«\u00a0${review.testimonial.text}\u00a0»` : `“${review.testimonial.text}”`, { lineGap: 2 });
    if (review.testimonial.attribution) doc.moveDown(0.3).font('Helvetica').fontSize(10.5).fillColor(INK).text(`— ${review.testimonial.attribution}`, { align: 'right' });
    doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(t.scope[review.testimonial.scope], { align: 'right' });
  }

  doc.moveDown(2).font('Helvetica').fontSize(8.5).fillColor(MUTED).text(t.confidential);
  doc.end();
  return done;
}
