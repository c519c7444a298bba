import { API } from '@alliance/api';
import { closingReview, type ClosingReviewInput } from '@alliance/domain';
import type { FastifyInstance } from 'fastify';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInCoach, testApp } from '../../testing/harness.js';
import { type ClosingReviewDocument, renderClosingReviewPdf } from './closing-review-pdf.js';

/**
 * The words a PDF shows: pdfkit writes each run of text as hex glyph codes (WinAnsi, read as latin1),
 * in content streams that are deflated unless rendered with `compress: false`.
 */
function textOf(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
    const bytes = Buffer.from(m[1]!, 'latin1');
    try {
      return inflateSync(bytes).toString('latin1');
    } catch {
      return m[1]!;
    }
  });
  return streams
    .flatMap((content) => [...content.matchAll(/<([0-9a-f]+)>/g)])
    .map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'))
    .join('');
}
/** Line breaks drop the space they fall on: compare without spaces. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

const before = (at: string, progress: [string, number][]) => ({ sessionId: null, at, progress: progress.map(([objectiveId, value]) => ({ objectiveId, value })) });

const input = (more: Partial<ClosingReviewInput> = {}): ClosingReviewInput => ({
  scale: 'zero_ten',
  objectives: [
    { id: 'o1', statement: 'Retrouver une relation de travail avec le PDG', baseline: 'Évite les réunions', target: 'Une réunion mensuelle sereine' },
    { id: 'o2', statement: 'Clarifier ses deux rôles' },
  ],
  beforeCheckIns: [before('2026-09-01T09:00:00Z', [['o1', 2], ['o2', 5]]), before('2026-10-15T09:00:00Z', [['o1', 7], ['o2', 6]])],
  plannedSessions: 6,
  sessions: [...Array.from({ length: 5 }, () => ({ status: 'held' as const })), { status: 'cancelled' }, { status: 'planned' }],
  learnings: [{ statement: 'Le sauveur qui devient persécuteur' }],
  testimonial: { text: 'Je me sens moins de pression.', consent: { scope: 'first_name', consentedAt: '2026-10-20T10:00:00Z', withdrawnAt: null } },
  client: { firstName: 'Sophie', lastName: 'Martin' },
  ...more,
});

const doc = (language: 'fr' | 'en', more: Partial<ClosingReviewInput> = {}): ClosingReviewDocument => ({
  review: closingReview(input(more)),
  scale: more.scale ?? 'zero_ten',
  engagementTitle: 'Recréer l’alliance',
  clientName: 'Sophie Martin',
  practiceName: 'Cabinet Lumière',
  language,
  generatedAt: new Date('2026-11-02T10:00:00Z'),
});

describe('the closing review PDF', () => {
  it('is a PDF with each objective, its baseline and final state, and the sessions against the contract', async () => {
    const pdf = await renderClosingReviewPdf(doc('fr'), { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squeeze(textOf(pdf));
    expect(text).toContain(squeeze('Bilan de l’accompagnement'.replace('’', '\x92')));
    expect(text).toContain(squeeze('Retrouver une relation de travail avec le PDG'));
    expect(text).toContain(squeeze('Clarifier ses deux rôles'));
    expect(text).toContain(squeeze('Évite les réunions'));
    expect(text).toContain(squeeze('De 2/10 à la première mesure à 7/10 à la dernière (+5)'));
    expect(text).toContain(squeeze('5 séances tenues sur 6 prévues au contrat'));
    expect(text).toContain(squeeze('1 annulée'));
    expect(text).toContain(squeeze('Le sauveur qui devient persécuteur'));
    expect(text).toContain(squeeze('Je me sens moins de pression.'));
    expect(text).toContain(squeeze('— Sophie'.replace('—', '\x97')));
  });

  it('speaks English when asked, on the goal-attainment scale', async () => {
    const pdf = await renderClosingReviewPdf(
      doc('en', { scale: 'goal_attainment', beforeCheckIns: [before('2026-09-01T09:00:00Z', [['o1', -2]]), before('2026-10-01T09:00:00Z', [['o1', 1]])] }),
      { compress: false },
    );
    const text = squeeze(textOf(pdf));
    expect(text).toContain('Closingreview');
    expect(text).toContain(squeeze('5 sessions held of 6 planned in the contract'));
    expect(text).toContain(squeeze('From -2 at the first rating to +1 at the last (+3)'));
    expect(text).toContain(squeeze('Not measured'));
  });

  it('leaves the testimonial out once her consent is withdrawn, and says when nothing was measured or planned', async () => {
    const pdf = await renderClosingReviewPdf(
      doc('fr', {
        testimonial: { text: 'Je me sens moins de pression.', consent: { scope: 'full_name', consentedAt: '2026-10-20T10:00:00Z', withdrawnAt: '2026-10-25T10:00:00Z' } },
        beforeCheckIns: [],
        plannedSessions: null,
        learnings: [],
      }),
      { compress: false },
    );
    const text = squeeze(textOf(pdf));
    expect(text).not.toContain('pression');
    expect(text).not.toContain('Témoignage'.replace('é', '\xe9'));
    expect(text).toContain(squeeze('5 séances tenues (aucun nombre prévu au contrat)'));
    expect(text).toContain(squeeze('Pas mesuré'));
  });
});

/** Through the API: the route as the coach calls it. */
describe('GET /api/v1/engagements/:id/closing-review.pdf', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp('embedded');
  });
  afterAll(() => app.close());

  it('renders the engagement’s review for its coach only, in French or English', async () => {
    const coach = await signedInCoach(app);
    const clientId = (await coach.call('POST', API.clients, { firstName: 'Sophie', lastName: 'Martin' })).body.id;
    const engagement = await coach.call('POST', API.engagements, {
      clientId,
      title: 'Recréer l’alliance',
      plannedSessions: 4,
      objectives: [{ statement: 'Retrouver une relation de travail', baseline: 'Évite le PDG' }, { statement: 'Clarifier ses rôles' }],
    });
    const id = engagement.body.id as string;
    for (const day of ['01', '08', '15']) {
      await coach.call('POST', API.engagementSessions(id), { scheduledAt: `2026-10-${day}T09:00:00Z`, durationMinutes: 60, mode: 'video', status: 'held', notes: { exploration: 'SECRET-NOTES' } });
    }
    await coach.call('POST', API.learnings(id), { statement: 'Mon investissement affectif' });

    const fr = await coach.call('GET', `${API.closingReviewPdf(id)}?lang=fr`);
    expect(fr.status).toBe(200);
    expect(fr.headers['content-type']).toBe('application/pdf');
    expect(String(fr.headers['content-disposition'])).toContain('bilan-sophie-martin');
    expect(fr.raw.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squeeze(textOf(fr.raw));
    expect(text).toContain(squeeze('Retrouver une relation de travail'));
    expect(text).toContain(squeeze('Clarifier ses rôles'));
    expect(text).toContain(squeeze('3 séances tenues sur 4 prévues au contrat'));
    expect(text).toContain(squeeze('Mon investissement affectif'));
    expect(text).not.toContain('SECRET');
    const en = await coach.call('GET', `${API.closingReviewPdf(id)}?lang=en`);
    expect(en.status).toBe(200);
    expect(squeeze(textOf(en.raw))).toContain(squeeze('3 sessions held of 4 planned in the contract'));
    expect((await coach.call('GET', `${API.closingReviewPdf(id)}?lang=de`)).status).toBe(400);

    const other = await signedInCoach(app);
    expect((await other.call('GET', API.closingReviewPdf(id))).status).toBe(404);
  });
});
