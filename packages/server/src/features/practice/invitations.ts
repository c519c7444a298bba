import { acceptInvitation, createdInvitation, errorBody, idParams, invitation, invitationInput, me, member } from '@alliance/api';
import { z } from 'zod';
import { ctx, requireOwner, type RequestContext } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import type { InvitationRepository } from '../../repos/invitations.js';
import type { PracticeRepository } from '../../repos/practices.js';

const ownerOnly = (c: RequestContext) => requireOwner(c, 'invites colleagues');

/** A practice has one or more coaches: the owner invites colleagues by a link. */
export function invitationRoutes(app: TypedApp, invitations: InvitationRepository, practices: PracticeRepository): void {
  const tags = ['practice'];
  app.get('/api/v1/practice/members', { schema: { tags, response: { 200: itemsOf(member), ...errors } } }, async (request) => ({
    items: await invitations.members(ctx(request).practice.id),
  }));
  app.get('/api/v1/practice/invitations', { schema: { tags, response: { 200: itemsOf(invitation), ...errors } } }, async (request) => ({
    items: await invitations.pending(ctx(request).practice.id),
  }));
  app.post(
    '/api/v1/practice/invitations',
    { schema: { tags, body: invitationInput, response: { 201: createdInvitation, 403: errorBody, ...errors } } },
    async (request, reply) => {
      const c = ctx(request);
      ownerOnly(c);
      if (c.practice.isDemo) throw new AppError('forbidden', 'The demo practice cannot invite colleagues');
      const created = await invitations.create(c.practice.id, request.body.email, c.user.id);
      return reply.status(201).send({ ...created, joinPath: `/join/${created.token}` });
    },
  );
  app.delete('/api/v1/practice/invitations/:id', { schema: { tags, params: idParams, response: { 204: z.null(), 403: errorBody, ...errors } } }, async (request, reply) => {
    const c = ctx(request);
    ownerOnly(c);
    if (!(await invitations.revoke(c.practice.id, request.params.id))) throw notFound('Invitation');
    return reply.status(204).send(null);
  });
  app.post('/api/v1/invitations/accept', { schema: { tags, body: acceptInvitation, response: { 200: me, 409: errorBody, ...errors } } }, async (request) => {
    const c = ctx(request);
    const outcome = await invitations.accept(request.body.token, c.user.id);
    practices.forgetMemberships();
    if (!outcome.ok) {
      if (outcome.reason === 'invalid') throw new AppError('not_found', 'This invitation is unknown, used or expired; ask for a new one');
      throw new AppError('conflict', 'Your own practice already holds clients; it cannot be merged by an invitation');
    }
    const membership = await practices.membershipOf(c.user.id);
    return { user: c.user, practice: membership!.practice, role: membership!.role };
  });
}
