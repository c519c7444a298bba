import {
  afterCheckInInput,
  beforeCheckInInput,
  checkIn,
  checkInParams,
  clientCommitmentPatch,
  clientFeedbackInput,
  clientSpace,
  commitment,
  engagementQuery,
  idParams,
  journalEntry,
  journalInput,
  journalPatch,
  portalBoardLink,
  testimonial,
  testimonialInput,
  type ClientSpace,
} from '@alliance/api';
import { attribution, consentInForce, isStatusFor, isValidProgress, sessionProgress } from '@alliance/domain';
import { z } from 'zod';
import { alertOnAllianceRating, alertOnSharedJournal } from '../../alerts/raise.js';
import { invalidInput, issuesOfZod, notFound } from '../../http/errors.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import { portalCaller, type PortalPrincipal } from '../../portal/principal.js';
import type { TestimonialRecord } from '../../repos/testimonials.js';
import { withdrawClientSpaceConsent } from '../case-studies/consent.js';
import { exportClient } from '../clients/export.js';
import { sponsorViewOf } from '../client-space/progress-data.js';
import { ownEngagement, ownSession } from './scope.js';

/** How long a board link she opens from her space works: a session and its aftermath. */
const BOARD_VIEW_MS = 2 * 3_600_000;

export function testimonialView(record: TestimonialRecord, person: { firstName: string; lastName: string }) {
  return {
    id: record.id,
    engagementId: record.engagementId,
    text: record.text,
    consent: record.consent,
    attribution: consentInForce(record.consent) ? attribution(record.consent.scope, person) : null,
    updatedAt: record.updatedAt.toISOString(),
  };
}

async function herself(p: PortalPrincipal) {
  const client = await p.repos.clients.get(p.clientId);
  if (!client) throw notFound('Client');
  return client;
}

/**
 * The client's own space: what the coach shared with her, and what she writes —
 * her journal, her check-ins, her feedback and testimonial. Every query is bound
 * to her id: another client's records answer "not found".
 */
export function clientSpaceRoutes(app: TypedApp): void {
  const tags = ['portal'];

  app.get('/api/v1/portal/space', { schema: { tags, querystring: engagementQuery, response: { 200: clientSpace, ...errors } } }, async (request): Promise<ClientSpace> => {
    const p = portalCaller(request);
    const engagement = await ownEngagement(p, request.query.engagementId);
    const { repos } = p;
    const [objectives, sessions, summaries, commitments, record, feedback, client] = await Promise.all([
      repos.engagements.objectivesOf(engagement.id),
      repos.sessions.scheduleOf(engagement.id),
      repos.sessions.sharedSummariesOf(engagement.id),
      repos.commitments.listIn([engagement.id]),
      repos.testimonials.of(engagement.id),
      repos.events.feedbackOf(engagement.id),
      herself(p),
    ]);
    const answered = await repos.checkIns.ofSessions(sessions.map((s) => s.id));
    const ordinals = sessionProgress(sessions, engagement.plannedSessions).ordinals;
    const boards = new Map(await Promise.all(sessions.map(async (s) => [s.id, await repos.boards.listForSession(s.id)] as const)));
    const sponsor = engagement.sponsorId ? await repos.organisations.get(engagement.sponsorId) : null;
    return {
      engagement: { id: engagement.id, title: engagement.title, status: engagement.status, plannedSessions: engagement.plannedSessions, progressScale: engagement.progressScale },
      objectives: objectives.map((o) => ({ id: o.id, statement: o.statement })),
      sessions: sessions
        .filter((s) => s.status !== 'cancelled')
        .map((s) => ({
          id: s.id,
          scheduledAt: s.scheduledAt.toISOString(),
          durationMinutes: s.durationMinutes,
          mode: s.mode,
          status: s.status,
          ordinal: ordinals.get(s.id) ?? null,
          summary: summaries.get(s.id) ?? null,
          checkIns: { before: answered.some((a) => a.sessionId === s.id && a.kind === 'before'), after: answered.some((a) => a.sessionId === s.id && a.kind === 'after') },
          boards: (boards.get(s.id) ?? []).map((b) => ({ id: b.id, title: b.title })),
        })),
      commitments,
      // She sees exactly what the sponsor sees, when there is one.
      sponsor: sponsor ? { name: sponsor.name, view: await sponsorViewOf(repos, engagement) } : null,
      testimonial: record ? testimonialView(record, client) : null,
      feedback: feedback.map((f) => ({ id: f.id, event: f.event, eventOn: f.eventOn, outcome: f.outcome, givenBy: f.givenBy })),
    };
  });

  app.patch('/api/v1/portal/commitments/:id', { schema: { tags, params: idParams, body: clientCommitmentPatch, response: { 200: commitment, ...errors } } }, async (request) => {
    const p = portalCaller(request);
    const found = await p.repos.commitments.get(request.params.id);
    if (!found || found.clientId !== p.clientId) throw notFound('Commitment');
    await ownEngagement(p, found.engagementId);
    if (request.body.status && !isStatusFor(found.kind, request.body.status)) {
      throw invalidInput([{ path: 'status', message: `A ${found.kind} cannot be ${request.body.status}` }]);
    }
    return (await p.repos.commitments.update(found.id, request.body, 'client'))!;
  });

  // ——— Journal ———
  app.get('/api/v1/portal/journal', { schema: { tags, response: { 200: itemsOf(journalEntry), ...errors } } }, async (request) => {
    const p = portalCaller(request);
    return { items: await p.repos.journal.listOf(p.clientId) };
  });
  app.post('/api/v1/portal/journal', { schema: { tags, body: journalInput, response: { 201: journalEntry, ...errors } } }, async (request, reply) => {
    const p = portalCaller(request);
    const { engagementId, ...entry } = request.body;
    const engagement = await ownEngagement(p, engagementId);
    return reply.status(201).send(await p.repos.journal.create(engagement, entry));
  });
  app.patch('/api/v1/portal/journal/:id', { schema: { tags, params: idParams, body: journalPatch, response: { 200: journalEntry, ...errors } } }, async (request) => {
    const p = portalCaller(request);
    const changed = await p.repos.journal.update(p.clientId, request.params.id, request.body);
    if (!changed) throw notFound('Journal entry');
    if (changed.after.sharedAt && !changed.before.sharedAt) {
      await alertOnSharedJournal(p.repos, { id: changed.after.engagementId, clientId: p.clientId }, changed.after);
    }
    return changed.after;
  });
  app.delete('/api/v1/portal/journal/:id', { schema: { tags, params: idParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const p = portalCaller(request);
    if (!(await p.repos.journal.remove(p.clientId, request.params.id))) throw notFound('Journal entry');
    return reply.status(204).send(null);
  });

  // ——— Check-ins ———
  app.get('/api/v1/portal/sessions/:id/check-ins/:kind', { schema: { tags, params: checkInParams, response: { 200: checkIn.nullable(), ...errors } } }, async (request) => {
    const p = portalCaller(request);
    const { engagement } = await ownSession(p, request.params.id);
    return (await p.repos.checkIns.listIn(engagement.id)).find((c) => c.sessionId === request.params.id && c.kind === request.params.kind) ?? null;
  });
  app.put('/api/v1/portal/sessions/:id/check-ins/:kind', { schema: { tags, params: checkInParams, body: z.unknown(), response: { 200: checkIn, ...errors } } }, async (request) => {
    const p = portalCaller(request);
    const { session, engagement } = await ownSession(p, request.params.id);
    if (request.params.kind === 'before') {
      const body = parse(beforeCheckInInput, request.body);
      const objectiveIds = new Set((await p.repos.engagements.objectivesOf(engagement.id)).map((o) => o.id));
      const issues = body.progress.flatMap((point, i) =>
        !objectiveIds.has(point.objectiveId)
          ? [{ path: `progress.${i}.objectiveId`, message: 'Not an objective of this engagement' }]
          : !isValidProgress(engagement.progressScale, point.value)
            ? [{ path: `progress.${i}.value`, message: `Out of the ${engagement.progressScale} scale` }]
            : [],
      );
      if (issues.length) throw invalidInput(issues);
      return p.repos.checkIns.answer(engagement, session.id, { kind: 'before', progress: body.progress });
    }
    const body = parse(afterCheckInInput, request.body);
    const answer = await p.repos.checkIns.answer(engagement, session.id, { kind: 'after', ratings: body.ratings, comment: body.comment });
    await alertOnAllianceRating(p.repos, p.practice, engagement, session.id, answer.score!);
    return answer;
  });

  // ——— Feedback after the real event, and the testimonial ———
  app.post('/api/v1/portal/feedback', { schema: { tags, body: clientFeedbackInput, response: { 201: z.object({ id: z.string() }), ...errors } } }, async (request, reply) => {
    const p = portalCaller(request);
    const { engagementId, ...input } = request.body;
    const engagement = await ownEngagement(p, engagementId);
    const created = await p.repos.events.addFeedback(engagement, { ...input, givenBy: 'client' });
    return reply.status(201).send({ id: created.id });
  });
  app.put('/api/v1/portal/testimonial', { schema: { tags, body: testimonialInput, response: { 200: testimonial, ...errors } } }, async (request) => {
    const p = portalCaller(request);
    const engagement = await ownEngagement(p, request.body.engagementId);
    const record = await p.repos.testimonials.write(engagement, request.body.text, request.body.consentScope ?? null);
    if (!consentInForce(record.consent)) await withdrawClientSpaceConsent(p.repos, engagement.id, new Date());
    return testimonialView(record, await herself(p));
  });
  app.post('/api/v1/portal/testimonial/withdraw', { schema: { tags, body: engagementQuery.strict(), response: { 200: testimonial, ...errors } } }, async (request) => {
    const p = portalCaller(request);
    const engagement = await ownEngagement(p, request.body.engagementId);
    const record = await p.repos.testimonials.withdraw(engagement.id);
    if (!record) throw notFound('Testimonial');
    await withdrawClientSpaceConsent(p.repos, engagement.id, new Date());
    return testimonialView(record, await herself(p));
  });

  // ——— Her boards: a view-only link of her own, for a couple of hours ———
  app.post('/api/v1/portal/boards/:id/view', { schema: { tags, params: idParams, response: { 201: portalBoardLink, ...errors } } }, async (request, reply) => {
    const p = portalCaller(request);
    const board = await p.repos.boards.get(request.params.id);
    if (!board || board.clientId !== p.clientId) throw notFound('Board');
    await ownSession(p, board.sessionId);
    const link = await p.repos.boards.createShareLink(board, { mode: 'view', expiresAt: new Date(Date.now() + BOARD_VIEW_MS), createdBy: null });
    return reply.status(201).send({ path: `/b/${link.token}`, expiresAt: link.expiresAt });
  });

  // ——— Her data ———
  app.get('/api/v1/portal/export', { schema: { tags, response: { 200: z.unknown(), ...errors } } }, async (request, reply) => {
    const p = portalCaller(request);
    const full = await exportClient(p.repos, await herself(p), { includePrivateReflections: false });
    // The coach's notes on her employer, and its contact person, are about third parties: only its name is hers.
    const archive = { ...full, organisation: full.organisation && { id: full.organisation.id, name: full.organisation.name } };
    return reply.header('content-disposition', 'attachment; filename="alliance-mes-donnees.json"').send(archive);
  });
}

/** Check-in bodies depend on the kind in the path: validated here, with the same error shape. */
function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw invalidInput(issuesOfZod(result.error));
}
