import { engagement, engagementInput, engagementPatch, engagementSummary, errorBody, idParams, timeline, transitionInput } from '@alliance/api';
import { transition } from '@alliance/domain';
import { z } from 'zod';
import { audit, ctx } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import { buildTimeline } from './timeline.js';
import { assertPartiesExist, engagementSummaries, engagementView, requireEngagement } from './view.js';

export function engagementRoutes(app: TypedApp): void {
  const tags = ['engagements'];
  app.get(
    '/api/v1/engagements',
    { schema: { tags, querystring: z.object({ clientId: z.string().optional() }), response: { 200: itemsOf(engagementSummary), ...errors } } },
    async (request) => {
      const { repos } = ctx(request);
      return { items: await engagementSummaries(repos, await repos.engagements.list({ clientId: request.query.clientId })) };
    },
  );
  app.post('/api/v1/engagements', { schema: { tags, body: engagementInput, response: { 201: engagement, ...errors } } }, async (request, reply) => {
    const { repos, practice, user } = ctx(request);
    await assertPartiesExist(repos, { clientId: request.body.clientId, sponsorId: request.body.sponsorId });
    const created = await repos.engagements.create(request.body, user.id);
    audit(request, 'create', 'engagement', created.id, created.clientId);
    return reply.status(201).send(await engagementView(repos, practice, created));
  });
  app.get('/api/v1/engagements/:id', { schema: { tags, params: idParams, response: { 200: engagement, ...errors } } }, async (request) => {
    const { repos, practice } = ctx(request);
    const found = await requireEngagement(repos, request.params.id);
    audit(request, 'read', 'engagement', found.id, found.clientId);
    return engagementView(repos, practice, found);
  });
  app.patch('/api/v1/engagements/:id', { schema: { tags, params: idParams, body: engagementPatch, response: { 200: engagement, ...errors } } }, async (request) => {
    const { repos, practice } = ctx(request);
    const current = await requireEngagement(repos, request.params.id);
    await assertPartiesExist(repos, { sponsorId: request.body.sponsorId });
    audit(request, 'update', 'engagement', current.id, current.clientId);
    const updated = await repos.engagements.update(request.params.id, request.body);
    return engagementView(repos, practice, updated ?? (await requireEngagement(repos, request.params.id)));
  });
  app.post(
    '/api/v1/engagements/:id/transitions',
    { schema: { tags, params: idParams, body: transitionInput, response: { 200: engagement, 409: errorBody, ...errors } } },
    async (request) => {
      const { repos, practice, user } = ctx(request);
      const current = await requireEngagement(repos, request.params.id);
      const result = transition(current.status, request.body.to);
      if (!result.ok) {
        throw new AppError('illegal_transition', `An engagement cannot go from ${result.from} to ${result.to}`, { from: result.from, to: result.to, allowed: result.allowed });
      }
      if (!(await repos.engagements.moveStatus(current.id, result.from, result.to, user.id))) {
        throw new AppError('conflict', 'The engagement changed status meanwhile; reload and try again');
      }
      audit(request, 'update', 'engagement', current.id, current.clientId);
      return engagementView(repos, practice, await requireEngagement(repos, current.id));
    },
  );
  app.get('/api/v1/engagements/:id/timeline', { schema: { tags, params: idParams, response: { 200: timeline, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const found = await requireEngagement(repos, request.params.id);
    audit(request, 'read', 'timeline', found.id, found.clientId);
    return buildTimeline(repos, found);
  });
}
