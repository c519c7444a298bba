import type { Practice } from '@alliance/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Auth } from '../auth/auth.js';
import { fetchHeaders } from '../auth/routes.js';
import type { Vault } from '../crypto/vault.js';
import type { Database } from '../db/database.js';
import { repositoriesFor, type Repositories } from '../repos/index.js';
import type { PracticeRepository } from '../repos/practices.js';
import { AppError } from './errors.js';

/** Who is calling, in which practice, and the repositories bound to that practice. */
export interface RequestContext {
  user: { id: string; name: string; email: string };
  practice: Practice;
  role: 'owner' | 'coach';
  repos: Repositories;
}

declare module 'fastify' {
  interface FastifyRequest {
    context?: RequestContext;
  }
}

export function ctx(request: FastifyRequest): RequestContext {
  if (!request.context) throw new AppError('unauthenticated', 'Sign in first');
  return request.context;
}

/** Every /api/v1 route passes through here: no session, no data. */
export function installRequestContext(app: FastifyInstance, deps: { auth: Auth; db: Database; vault: Vault; practices: PracticeRepository }): void {
  app.addHook('preHandler', async (request) => {
    const found = await deps.auth.api.getSession({ headers: fetchHeaders(request) });
    if (!found) throw new AppError('unauthenticated', 'Sign in first');
    const { user } = found;
    const membership = (await deps.practices.membershipOf(user.id)) ?? (await deps.practices.ensurePracticeFor(user.id, practiceNameFor(user.name)));
    const sealer = deps.vault.forPractice(membership.practice.id, membership.wrappedKey);
    request.context = {
      user: { id: user.id, name: user.name, email: user.email },
      practice: membership.practice,
      role: membership.role,
      repos: repositoriesFor({ db: deps.db, practiceId: membership.practice.id, sealer }),
    };
  });
}

export function practiceNameFor(coachName: string): string {
  return coachName.trim() || 'Cabinet';
}
