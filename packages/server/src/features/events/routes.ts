import { contact, contactInput, feedback, feedbackInput, idParams, learning, learningInput } from '@alliance/api';
import { audit, ctx } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { errors, type TypedApp } from '../../http/typed.js';
import { requireEngagement } from '../engagements/view.js';

/** Contacts between sessions, feedback after the real event, lasting learnings. */
export function engagementEventRoutes(app: TypedApp): void {
  const tags = ['engagements'];
  app.post('/api/v1/engagements/:id/contacts', { schema: { tags, params: idParams, body: contactInput, response: { 201: contact, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    const created = await repos.events.addContact(engagement, request.body);
    audit(request, 'create', 'contact', created.id, engagement.clientId);
    return reply.status(201).send(created);
  });
  app.post('/api/v1/engagements/:id/feedback', { schema: { tags, params: idParams, body: feedbackInput, response: { 201: feedback, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    const created = await repos.events.addFeedback(engagement, request.body);
    audit(request, 'create', 'feedback', created.id, engagement.clientId);
    return reply.status(201).send(created);
  });
  app.post('/api/v1/engagements/:id/learnings', { schema: { tags, params: idParams, body: learningInput, response: { 201: learning, ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const engagement = await requireEngagement(repos, request.params.id);
    if (request.body.sessionId) {
      const s = await repos.sessions.get(request.body.sessionId);
      if (!s || s.engagementId !== engagement.id) {
        throw new AppError('invalid_input', 'Invalid input: sessionId', [{ path: 'sessionId', message: 'No such session in this engagement' }]);
      }
    }
    const created = await repos.events.addLearning(engagement, request.body);
    audit(request, 'create', 'learning', created.id, engagement.clientId);
    return reply.status(201).send(created);
  });
}
