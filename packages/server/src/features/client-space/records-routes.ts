import {
  alert,
  checkIn,
  commitment,
  commitmentInput,
  commitmentPatch,
  idParams,
  journalEntry,
  progressScaleInput,
  progressView,
  sessionSummary,
  sessionSummaryInput,
  testimonial,
} from '@alliance/api';
import { isStatusFor } from '@alliance/domain';
import { z } from 'zod';
import { audit, ctx } from '../../http/context.js';
import { invalidInput, notFound } from '../../http/errors.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import { requireEngagement } from '../engagements/view.js';
import { testimonialView } from '../portal/space-routes.js';
import { progressViewOf } from './progress-data.js';

/** The coach's side of what the client space holds: commitments, shared summaries, check-ins, progress, alerts. */
export function clientRecordRoutes(app: TypedApp): void {
  const tags = ['client space'];

  app.get('/api/v1/engagements/:id/commitments', { schema: { tags, params: idParams, response: { 200: itemsOf(commitment), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    audit(request, 'read', 'commitment', null, engagement.clientId);
    return { items: await repos.commitments.listIn([engagement.id]) };
  });
  app.post('/api/v1/engagements/:id/commitments', { schema: { tags, params: idParams, body: commitmentInput, response: { 201: commitment, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    const created = await repos.commitments.create(engagement, request.body);
    audit(request, 'create', 'commitment', created.id, engagement.clientId);
    return reply.status(201).send(created);
  });
  app.patch('/api/v1/commitments/:id', { schema: { tags, params: idParams, body: commitmentPatch, response: { 200: commitment, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const found = await repos.commitments.get(request.params.id);
    if (!found) throw notFound('Commitment');
    if (request.body.status && !isStatusFor(found.kind, request.body.status)) throw invalidInput([{ path: 'status', message: `A ${found.kind} cannot be ${request.body.status}` }]);
    audit(request, 'update', 'commitment', found.id, found.clientId);
    return (await repos.commitments.update(found.id, request.body, 'coach'))!;
  });
  app.delete('/api/v1/commitments/:id', { schema: { tags, params: idParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const found = await repos.commitments.get(request.params.id);
    if (!found || !(await repos.commitments.remove(found.id))) throw notFound('Commitment');
    audit(request, 'delete', 'commitment', found.id, found.clientId);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/sessions/:id/summary', { schema: { tags, params: idParams, response: { 200: sessionSummary, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const session = await repos.sessions.get(request.params.id);
    const summary = session && (await repos.sessions.summaryOf(session.id));
    if (!session || !summary) throw notFound('Session');
    audit(request, 'read', 'session', session.id, session.clientId);
    return { sessionId: session.id, summary: summary.summary, sharedAt: summary.sharedAt?.toISOString() ?? null };
  });
  app.put('/api/v1/sessions/:id/summary', { schema: { tags, params: idParams, body: sessionSummaryInput, response: { 200: sessionSummary, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const session = await repos.sessions.get(request.params.id);
    if (!session) throw notFound('Session');
    const saved = await repos.sessions.setSummary(session, request.body);
    audit(request, 'update', 'session', session.id, session.clientId);
    return { sessionId: session.id, summary: saved.summary, sharedAt: saved.sharedAt?.toISOString() ?? null };
  });

  app.get('/api/v1/sessions/:id/check-ins', { schema: { tags, params: idParams, response: { 200: itemsOf(checkIn), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const session = await repos.sessions.get(request.params.id);
    if (!session) throw notFound('Session');
    audit(request, 'read', 'check_in', session.id, session.clientId);
    return { items: (await repos.checkIns.listIn(session.engagementId)).filter((c) => c.sessionId === session.id) };
  });

  app.get('/api/v1/engagements/:id/progress', { schema: { tags, params: idParams, response: { 200: progressView, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    audit(request, 'read', 'progress', engagement.id, engagement.clientId);
    return progressViewOf(repos, engagement);
  });
  app.put('/api/v1/engagements/:id/progress-scale', { schema: { tags, params: idParams, body: progressScaleInput, response: { 200: progressScaleInput, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    await repos.engagements.setProgressScale(engagement.id, request.body.progressScale);
    audit(request, 'update', 'engagement', engagement.id, engagement.clientId);
    return request.body;
  });

  app.get('/api/v1/engagements/:id/journal', { schema: { tags, params: idParams, response: { 200: itemsOf(journalEntry), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    audit(request, 'read', 'journal', engagement.id, engagement.clientId);
    return { items: await repos.journal.sharedIn(engagement.id) };
  });
  app.get('/api/v1/engagements/:id/testimonial', { schema: { tags, params: idParams, response: { 200: testimonial.nullable(), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    const [record, client] = await Promise.all([repos.testimonials.of(engagement.id), repos.clients.get(engagement.clientId)]);
    audit(request, 'read', 'testimonial', engagement.id, engagement.clientId);
    return record && client ? testimonialView(record, client) : null;
  });

  app.get('/api/v1/alerts', { schema: { tags, response: { 200: itemsOf(alert), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const alerts = await repos.alerts.list();
    const names = await repos.clients.namesOf(alerts.map((a) => a.clientId));
    return { items: alerts.map((a) => ({ ...a, clientName: names.get(a.clientId) ?? '', createdAt: a.createdAt.toISOString(), readAt: a.readAt?.toISOString() ?? null })) };
  });
  app.post('/api/v1/alerts/:id/read', { schema: { tags, params: idParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    if (!(await ctx(request).repos.alerts.markRead(request.params.id))) throw notFound('Alert');
    return reply.status(204).send(null);
  });
}
