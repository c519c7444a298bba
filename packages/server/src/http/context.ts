import type { Practice } from '@alliance/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionLookup } from '../auth/session-lookup.js';
import type { Vault } from '../crypto/vault.js';
import type { Database } from '../db/database.js';
import { repositoriesFor, type Repositories } from '../repos/index.js';
import type { PracticeRepository } from '../repos/practices.js';
import type { SearchIndexes } from '../search/indexes.js';
import type { AuditWriter } from './audit-writer.js';
import { AppError } from './errors.js';
import type { AuditAction, AuditEntry, AuditTargetKind } from '../repos/audit.js';

/** Who is calling, in which practice, and the repositories bound to that practice. */
export interface RequestContext {
  user: { id: string; name: string; email: string; twoFactorEnabled: boolean };
  practice: Practice;
  role: 'owner' | 'coach';
  repos: Repositories;
  /** What this request did to which client's record; written to the audit trail if it succeeds. */
  audited: AuditEntry[];
}

declare module 'fastify' {
  interface FastifyRequest {
    context?: RequestContext;
  }
}

/** Notes that this request opened or changed a record, for the audit trail. */
export function audit(request: FastifyRequest, action: AuditAction, targetKind: AuditTargetKind, targetId: string | null, clientId: string | null): void {
  ctx(request).audited.push({ action, targetKind, targetId, clientId });
}

/** Some decisions are the practice owner's alone; `what` finishes "Only the practice owner …". */
export function requireOwner(c: RequestContext, what: string): void {
  if (c.role !== 'owner') throw new AppError('forbidden', `Only the practice owner ${what}`);
}

export function ctx(request: FastifyRequest): RequestContext {
  if (!request.context) throw new AppError('unauthenticated', 'Sign in first');
  return request.context;
}

/** What a coach can still do when her practice requires a second factor she has not set up. */
const REACHABLE_WITHOUT_SECOND_FACTOR = new Set(['GET /api/v1/me']);

/** Every /api/v1 route passes through here: no session, no data. */
export function installRequestContext(
  app: FastifyInstance,
  deps: { sessions: SessionLookup; db: Database; vault: Vault; practices: PracticeRepository; search: SearchIndexes; auditWriter: AuditWriter },
): void {
  app.addHook('preHandler', async (request) => {
    const found = await deps.sessions.find(request);
    if (!found) throw new AppError('unauthenticated', 'Sign in first');
    const { user } = found;
    const membership = (await deps.practices.membershipOf(user.id)) ?? (await deps.practices.ensurePracticeFor(user.id, practiceNameFor(user.name)));
    // A session that outlived its account (a removed demo, say) opens nothing.
    if (!membership) throw new AppError('unauthenticated', 'Sign in first');
    const twoFactorEnabled = Boolean((user as { twoFactorEnabled?: boolean | null }).twoFactorEnabled);
    if (membership.practice.requireTwoFactor && !twoFactorEnabled && !REACHABLE_WITHOUT_SECOND_FACTOR.has(`${request.method} ${request.routeOptions.url}`)) {
      throw new AppError('forbidden', 'This practice requires two-factor sign-in: set it up in your settings first', { reason: 'two_factor_required' });
    }
    const keys = deps.vault.forPractice(membership.practice.id, membership.wrappedKey);
    request.context = {
      user: { id: user.id, name: user.name, email: user.email, twoFactorEnabled },
      practice: membership.practice,
      role: membership.role,
      repos: repositoriesFor({ db: deps.db, practiceId: membership.practice.id, keys }),
      audited: [],
    };
  });
  // Only successful requests enter the trail; changes are written before the answer leaves.
  app.addHook('onSend', async (request, reply, payload) => {
    const c = request.context;
    if (c && c.audited.length && reply.statusCode < 400) {
      await deps.auditWriter.write(c.repos.audit, c.audited, { actorUserId: c.user.id, ip: request.ip, userAgent: request.headers['user-agent'] ?? '', at: new Date() });
      deps.search.touch(c.practice.id, c.audited);
    }
    return payload;
  });
}

export function practiceNameFor(coachName: string): string {
  return coachName.trim() || 'Cabinet';
}
