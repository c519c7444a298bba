import { idParams, session, sessionInput, sessionPatch, type Session } from '@alliance/api';
import { sessionProgress } from '@alliance/domain';
import { audit, ctx } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { errors, type TypedApp } from '../../http/typed.js';
import type { FastifyRequest } from 'fastify';
import type { AuditAction } from '../../repos/audit.js';
import type { SessionRecord } from '../../repos/sessions.js';
import { requireEngagement } from '../engagements/view.js';

/** A session as the coach sees it, numbered among the engagement's sessions ("session 3 of 8"). */
async function sessionView(request: FastifyRequest, action: AuditAction, record: SessionRecord): Promise<Session> {
  const { repos } = ctx(request);
  const [engagement, schedule] = await Promise.all([requireEngagement(repos, record.engagementId), repos.sessions.scheduleOf(record.engagementId)]);
  audit(request, action, 'session', record.id, engagement.clientId);
  const progress = sessionProgress(schedule, engagement.plannedSessions);
  return {
    id: record.id,
    engagementId: record.engagementId,
    scheduledAt: record.scheduledAt.toISOString(),
    durationMinutes: record.durationMinutes,
    mode: record.mode,
    status: record.status,
    ordinal: progress.ordinals.get(record.id) ?? null,
    plannedSessions: engagement.plannedSessions,
    notes: record.notes,
    privateReflections: record.privateReflections,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

export function sessionRoutes(app: TypedApp): void {
  const tags = ['sessions'];
  app.post('/api/v1/engagements/:id/sessions', { schema: { tags, params: idParams, body: sessionInput, response: { 201: session, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    const { scheduledAt, ...rest } = request.body;
    const created = await repos.sessions.create(engagement, { ...rest, scheduledAt: new Date(scheduledAt) });
    return reply.status(201).send(await sessionView(request, 'create', created));
  });
  app.get('/api/v1/sessions/:id', { schema: { tags, params: idParams, response: { 200: session, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const found = await repos.sessions.get(request.params.id);
    if (!found) throw notFound('Session');
    return sessionView(request, 'read', found);
  });
  app.patch('/api/v1/sessions/:id', { schema: { tags, params: idParams, body: sessionPatch, response: { 200: session, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const { scheduledAt, ...rest } = request.body;
    const updated = await repos.sessions.update(request.params.id, { ...rest, ...(scheduledAt ? { scheduledAt: new Date(scheduledAt) } : {}) });
    if (!updated) throw notFound('Session');
    return sessionView(request, 'update', updated);
  });
}
