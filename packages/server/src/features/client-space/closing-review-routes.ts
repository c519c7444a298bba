import { idParams } from '@alliance/api';
import { closingReview, slugify } from '@alliance/domain';
import { z } from 'zod';
import { audit, ctx } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { errors, type TypedApp } from '../../http/typed.js';
import type { EngagementRecord } from '../../repos/engagements.js';
import type { Repositories } from '../../repos/index.js';
import { requireEngagement } from '../engagements/view.js';
import { CLOSING_REVIEW_LANGUAGES, type ClosingReviewDocument, type ClosingReviewLanguage, renderClosingReviewPdf } from './closing-review-pdf.js';
import { beforeCheckIns } from './progress-data.js';

/**
 * What the closing review is made of, gathered from the records: the objectives and her
 * ratings before sessions, the sessions' statuses (never their notes), the learnings, and
 * the testimonial — which the domain keeps only while her consent is in force.
 */
export async function closingReviewDocumentOf(
  repos: Repositories,
  engagement: EngagementRecord,
  practiceName: string,
  language: ClosingReviewLanguage,
  generatedAt = new Date(),
): Promise<ClosingReviewDocument> {
  const [client, objectives, checkIns, schedule, learnings, testimonial] = await Promise.all([
    repos.clients.get(engagement.clientId),
    repos.engagements.objectivesOf(engagement.id),
    beforeCheckIns(repos, engagement.id),
    repos.sessions.scheduleOf(engagement.id),
    repos.events.learningsOf(engagement.id),
    repos.testimonials.of(engagement.id),
  ]);
  if (!client) throw notFound('Client');
  const person = { firstName: client.firstName, lastName: client.lastName };
  const review = closingReview({
    scale: engagement.progressScale,
    objectives: objectives.map((o) => ({ id: o.id, statement: o.statement, ...(o.baseline ? { baseline: o.baseline } : {}), ...(o.target ? { target: o.target } : {}) })),
    beforeCheckIns: checkIns,
    plannedSessions: engagement.plannedSessions,
    sessions: schedule.map((s) => ({ status: s.status })),
    learnings: learnings.map((l) => ({ statement: l.statement })),
    testimonial: testimonial ? { text: testimonial.text, consent: testimonial.consent } : null,
    client: person,
  });
  return {
    review,
    scale: engagement.progressScale,
    engagementTitle: engagement.title,
    clientName: `${client.firstName} ${client.lastName}`.trim(),
    practiceName,
    language,
    generatedAt,
  };
}

/** The closing review (bilan) of an engagement as a PDF, for the coach to go through with her client. */
export function closingReviewRoutes(app: TypedApp): void {
  app.get(
    '/api/v1/engagements/:id/closing-review.pdf',
    {
      schema: {
        tags: ['client space'],
        params: idParams,
        querystring: z.object({ lang: z.enum(CLOSING_REVIEW_LANGUAGES).default('fr') }),
        response: { 200: z.any().describe('The closing review as a PDF document (application/pdf)'), ...errors },
      },
    },
    async (request, reply) => {
      const { repos, practice } = ctx(request);
      const engagement = await requireEngagement(repos, request.params.id);
      const document = await closingReviewDocumentOf(repos, engagement, practice.name, request.query.lang);
      audit(request, 'read', 'progress', engagement.id, engagement.clientId);
      const pdf = await renderClosingReviewPdf(document);
      const name = slugify(`${request.query.lang === 'fr' ? 'bilan' : 'closing-review'} ${document.clientName} ${engagement.title}`) || 'bilan';
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}.pdf"`).send(pdf);
    },
  );
}
