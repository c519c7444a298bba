import { and, desc, eq, lt } from 'drizzle-orm';
import { auditEvents, user } from '../db/schema.js';
import { isId, type PracticeScope } from './scope.js';

export type AuditAction = 'read' | 'create' | 'update' | 'delete';
export type AuditTargetKind = 'client' | 'organisation' | 'engagement' | 'session' | 'contact' | 'feedback' | 'learning' | 'timeline';

export interface AuditEntry {
  action: AuditAction;
  targetKind: AuditTargetKind;
  targetId: string | null;
  clientId: string | null;
}

export interface AuditOrigin {
  actorUserId: string;
  ip: string;
  userAgent: string;
  at: Date;
}

export interface AuditView extends AuditEntry {
  id: string;
  at: string;
  actorName: string | null;
  ip: string;
  userAgent: string;
}

export function auditRepository({ db, practiceId, keys }: PracticeScope) {
  const sealer = keys.practice;
  return {
    async record(entries: AuditEntry[], origin: AuditOrigin): Promise<void> {
      if (entries.length === 0) return;
      const sealed = sealer.seal({ ip: origin.ip, userAgent: origin.userAgent });
      await db.insert(auditEvents).values(
        entries.map((e) => ({ practiceId, at: origin.at, actorUserId: origin.actorUserId, sealed, ...e })),
      );
    },

    /** Newest first; `before` pages back in time. */
    async list(filter: { clientId?: string; before?: Date; limit: number }): Promise<AuditView[]> {
      if (filter.clientId !== undefined && !isId(filter.clientId)) return [];
      const conditions = [eq(auditEvents.practiceId, practiceId)];
      if (filter.clientId) conditions.push(eq(auditEvents.clientId, filter.clientId));
      if (filter.before) conditions.push(lt(auditEvents.at, filter.before));
      const rows = await db
        .select({ event: auditEvents, actorName: user.name })
        .from(auditEvents)
        .leftJoin(user, eq(user.id, auditEvents.actorUserId))
        .where(and(...conditions))
        .orderBy(desc(auditEvents.at))
        .limit(filter.limit);
      return rows.map(({ event, actorName }) => ({
        id: event.id,
        at: event.at.toISOString(),
        actorName,
        action: event.action,
        targetKind: event.targetKind as AuditTargetKind,
        targetId: event.targetId,
        clientId: event.clientId,
        ...sealer.open<{ ip: string; userAgent: string }>(event.sealed),
      }));
    },
  };
}
export type AuditRepository = ReturnType<typeof auditRepository>;
