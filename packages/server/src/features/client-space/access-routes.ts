import { errorBody, idParams, portalAccess, portalInvitation, portalInvitationInput, sponsorInvitationInput } from '@alliance/api';
import { isThreeWay } from '@alliance/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit, ctx } from '../../http/context.js';
import { AppError, invalidInput, notFound } from '../../http/errors.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import type { PortalStore } from '../../portal/store.js';
import { requireEngagement } from '../engagements/view.js';
import { type MailDelivery, sendPortalLink } from '../portal/links.js';

/**
 * The coach opens a client's space (or a sponsor's view of one contract) by
 * sending a sign-in link, sees who holds access, and closes it at any time.
 */
export function accessRoutes(app: TypedApp, deps: { store: PortalStore; mail: MailDelivery; base: (request: FastifyRequest) => string }): void {
  const tags = ['client space'];
  const send = (request: FastifyRequest, account: Parameters<typeof sendPortalLink>[1], purpose: Parameters<typeof sendPortalLink>[2]) => {
    const { repos, practice } = ctx(request);
    return sendPortalLink({ repos, practice, store: deps.store, mail: deps.mail, base: deps.base(request) }, account, purpose);
  };

  app.post(
    '/api/v1/clients/:id/invitation',
    { schema: { tags, params: idParams, body: portalInvitationInput, response: { 201: portalInvitation, 409: errorBody, ...errors } } },
    async (request, reply) => {
      const { repos } = ctx(request);
      const client = await repos.clients.get(request.params.id);
      if (!client) throw notFound('Client');
      if (!client.email) throw new AppError('conflict', 'This client has no e-mail address: add one to invite her', { reason: 'no_email' });
      const account = await repos.portalAccounts.ensure('client', client.id, null, { name: client.firstName, email: client.email, language: request.body.language ?? 'fr' });
      const sent = await send(request, account, 'invitation');
      audit(request, 'create', 'portal_access', account.accountId, client.id);
      return reply.status(201).send({ accountId: account.accountId, kind: 'client', sentTo: client.email, expiresAt: sent.expiresAt.toISOString(), delivery: sent.delivery });
    },
  );

  app.post(
    '/api/v1/engagements/:id/sponsor-invitation',
    { schema: { tags, params: idParams, body: sponsorInvitationInput, response: { 201: portalInvitation, 409: errorBody, ...errors } } },
    async (request, reply) => {
      const { repos } = ctx(request);
      const engagement = await requireEngagement(repos, request.params.id);
      const sponsor = engagement.sponsorId ? await repos.organisations.get(engagement.sponsorId) : null;
      if (!sponsor || !isThreeWay(engagement.contract, true)) {
        throw new AppError('conflict', 'Only a sponsor named on a three-way contract can be invited', { reason: 'not_three_way' });
      }
      const name = request.body.name ?? sponsor.contactName ?? sponsor.name;
      const email = request.body.email ?? sponsor.contactEmail;
      if (!email) throw invalidInput([{ path: 'email', message: "The sponsor's contact has no e-mail address: give one" }]);
      const account = await repos.portalAccounts.ensure('sponsor', engagement.clientId, engagement.id, { name, email, language: request.body.language ?? 'fr' });
      const sent = await send(request, account, 'sponsor_invitation');
      audit(request, 'create', 'portal_access', account.accountId, engagement.clientId);
      return reply.status(201).send({ accountId: account.accountId, kind: 'sponsor', sentTo: email, expiresAt: sent.expiresAt.toISOString(), delivery: sent.delivery });
    },
  );

  app.get('/api/v1/clients/:id/access', { schema: { tags, params: idParams, response: { 200: itemsOf(portalAccess), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const client = await repos.clients.get(request.params.id);
    if (!client) throw notFound('Client');
    audit(request, 'read', 'portal_access', null, client.id);
    const accounts = await repos.portalAccounts.ofClient(client.id);
    return { items: accounts.map(({ language: _l, clientId: _c, ...a }) => a) };
  });

  app.delete('/api/v1/portal-accounts/:id', { schema: { tags, params: idParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const { repos } = ctx(request);
    const account = await repos.portalAccounts.get(request.params.id);
    if (!account || !(await repos.portalAccounts.revoke(account.accountId))) throw notFound('Access');
    audit(request, 'delete', 'portal_access', account.accountId, account.clientId);
    return reply.status(204).send(null);
  });
}
