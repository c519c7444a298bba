import type { Practice } from '@alliance/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Vault } from '../crypto/vault.js';
import type { Database } from '../db/database.js';
import { AppError } from '../http/errors.js';
import { repositoriesFor, type Repositories } from '../repos/index.js';
import type { PortalIdentity } from '../repos/portal-accounts.js';
import type { PracticeRepository } from '../repos/practices.js';
import { PORTAL_COOKIE, type PortalAccountRow, type PortalStore, SESSION_LIFETIME_MS } from './store.js';

/** A client or sponsor signed in to the portal, and the practice's records as far as she may reach them. */
export interface PortalPrincipal extends PortalIdentity {
  accountId: string;
  kind: 'client' | 'sponsor';
  clientId: string;
  /** A sponsor's one engagement; null for a client (she reaches all of hers). */
  engagementId: string | null;
  practice: Practice;
  repos: Repositories;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Resolved once per request: undefined until asked, null when no valid portal cookie. */
    portalPrincipal?: PortalPrincipal | null;
  }
}

export function cookieValue(request: Pick<FastifyRequest, 'headers'>, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

export function setPortalCookie(reply: FastifyReply, token: string, secure: boolean): void {
  const flags = [`${PORTAL_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${Math.floor(SESSION_LIFETIME_MS / 1000)}`];
  if (secure) flags.push('Secure');
  reply.header('set-cookie', flags.join('; '));
}

export function clearPortalCookie(reply: FastifyReply): void {
  reply.header('set-cookie', `${PORTAL_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
}

export function portalPrincipals(deps: { db: Database; vault: Vault; practices: PracticeRepository; store: PortalStore }) {
  const principalOf = async (account: PortalAccountRow): Promise<PortalPrincipal | null> => {
    const found = await deps.practices.practiceOf(account.practiceId);
    if (!found) return null;
    const repos = repositoriesFor({ db: deps.db, practiceId: account.practiceId, keys: deps.vault.forPractice(account.practiceId, found.wrappedKey) });
    const view = await repos.portalAccounts.get(account.id);
    if (!view) return null;
    return {
      accountId: account.id,
      kind: account.kind,
      clientId: account.clientId,
      engagementId: account.engagementId,
      name: view.name,
      email: view.email,
      language: view.language,
      practice: found.practice,
      repos,
    };
  };
  return {
    principalOf,
    /** The caller's portal identity from her cookie, looked up once per request. */
    async resolve(request: FastifyRequest): Promise<PortalPrincipal | null> {
      if (request.portalPrincipal !== undefined) return request.portalPrincipal;
      const token = cookieValue(request, PORTAL_COOKIE);
      const account = token ? await deps.store.findSession(token) : null;
      request.portalPrincipal = account ? await principalOf(account) : null;
      return request.portalPrincipal;
    },
  };
}
export type PortalPrincipals = ReturnType<typeof portalPrincipals>;

/** The signed-in portal caller; the policy has already checked she is one. */
export function portalCaller(request: FastifyRequest): PortalPrincipal {
  if (!request.portalPrincipal) throw new AppError('unauthenticated', 'Sign in first');
  return request.portalPrincipal;
}
