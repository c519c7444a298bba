import rateLimit from '@fastify/rate-limit';
import { portalLinkRequest, portalMe, portalSignIn } from '@alliance/api';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Vault } from '../../crypto/vault.js';
import { AppError } from '../../http/errors.js';
import { errors, typed } from '../../http/typed.js';
import { normaliseEmail } from '../../repos/portal-accounts.js';
import { clearPortalCookie, cookieValue, portalCaller, type PortalPrincipals, setPortalCookie } from '../../portal/principal.js';
import { PORTAL_COOKIE, type PortalStore } from '../../portal/store.js';
import { publicBase } from '../public-pages/base-url.js';
import { sendPortalLink, type MailDelivery } from './links.js';
import { engagementsOf } from './scope.js';

/** A link asked for by address: a few per minute per caller, whoever she claims to be. */
const LINK_REQUEST_LIMIT = { max: 5, timeWindow: '1 minute' };

/**
 * Signing in to the client space or the sponsor view: no password. A link sent to
 * her address opens a session (a cookie of its own, separate from the coaches');
 * she may ask for a new link at any time, and the answer never says whether the
 * address is known.
 */
export async function portalAuthRoutes(
  app: FastifyInstance,
  deps: { store: PortalStore; principals: PortalPrincipals; vault: Vault; mail: MailDelivery; publicUrl?: string },
): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(rateLimit, { global: false });
    const api = typed(scope);
    const tags = ['portal'];
    const secure = (deps.publicUrl ?? '').startsWith('https:');

    api.post('/api/v1/portal/sign-in', { schema: { tags, body: portalSignIn, response: { 200: portalMe, ...errors } }, config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, async (request, reply) => {
      const account = await deps.store.redeemLink(request.body.token);
      if (!account) throw new AppError('not_found', 'This link was already used, has expired or was withdrawn: ask for a new one', { reason: 'link_invalid' });
      const principal = await deps.principals.principalOf(account);
      if (!principal) throw new AppError('not_found', 'This space no longer exists');
      const session = await deps.store.openSession(account.id);
      setPortalCookie(reply, session.token, secure);
      request.portalPrincipal = principal;
      return describe(principal);
    });

    api.post(
      '/api/v1/portal/links',
      { schema: { tags, body: portalLinkRequest, response: { 202: z.object({ accepted: z.literal(true) }), ...errors } }, config: { rateLimit: LINK_REQUEST_LIMIT } },
      async (request, reply) => {
        const accounts = await deps.store.accountsByDigest(deps.vault.lookupDigests(normaliseEmail(request.body.email)));
        for (const account of accounts) {
          const principal = await deps.principals.principalOf(account);
          if (!principal) continue;
          await sendPortalLink(
            { repos: principal.repos, store: deps.store, mail: deps.mail, practice: principal.practice, base: publicBase(deps.publicUrl, request) },
            { accountId: account.id, name: principal.name, email: principal.email, language: request.body.language ?? principal.language },
            'sign_in',
          );
        }
        return reply.status(202).send({ accepted: true as const });
      },
    );

    api.post('/api/v1/portal/sign-out', { schema: { tags, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
      const token = cookieValue(request, PORTAL_COOKIE);
      if (token) await deps.store.closeSession(token);
      clearPortalCookie(reply);
      return reply.status(204).send(null);
    });

    api.get('/api/v1/portal/me', { schema: { tags, response: { 200: portalMe, ...errors } } }, async (request) => describe(portalCaller(request)));
  });
}

async function describe(p: Parameters<typeof engagementsOf>[0]) {
  const engagements = await engagementsOf(p);
  return {
    kind: p.kind,
    name: p.name,
    practiceName: p.practice.name,
    language: p.language,
    engagements: engagements.map((e) => ({ id: e.id, title: e.title, status: e.status })),
  };
}
