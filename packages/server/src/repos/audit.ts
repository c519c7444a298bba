import { and, desc, eq, lt, or } from 'drizzle-orm';
import { auditEvents, user } from '../db/schema.js';
import { isId, type PracticeScope } from './scope.js';

export type AuditAction = 'read' | 'create' | 'update' | 'delete';
export type AuditTargetKind = 'client' | 'organisation' | 'engagement' | 'session' | 'contact' | 'feedback' | 'learning' | 'timeline' | 'board' | 'portal_access' | 'commitment' | 'check_in' | 'journal' | 'testimonial' | 'progress';

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
    /** Writes several requests' entries in one statement. */
    async record(batch: { entries: AuditEntry[]; origin: AuditOrigin }[]): Promise<void> {
      const rows = batch.flatMap(({ entries, origin }) => {
        const sealed = sealer.seal({ ip: origin.ip, userAgent: origin.userAgent });
        return entries.map((e) => ({ practiceId, at: origin.at, actorUserId: origin.actorUserId, sealed, ...e }));
      });
      if (rows.length) await db.insert(auditEvents).values(rows);
    },

    /** Newest first, ties broken by id; `after` is the last entry of the previous page. */
    async list(filter: { clientId?: string; before?: Date; after?: { at: Date; id: string }; limit: number }): Promise<AuditView[]> {
      if (filter.clientId !== undefined && !isId(filter.clientId)) return [];
      const conditions = [eq(auditEvents.practiceId, practiceId)];
      if (filter.clientId) conditions.push(eq(auditEvents.clientId, filter.clientId));
      if (filter.before) conditions.push(lt(auditEvents.at, filter.before));
      if (filter.after) {
        const { at, id } = filter.after;
        conditions.push(or(lt(auditEvents.at, at), and(eq(auditEvents.at, at), lt(auditEvents.id, id)))!);
      }
      const rows = await db
        .select({ event: auditEvents, actorName: user.name })
        .from(auditEvents)
        .leftJoin(user, eq(user.id, auditEvents.actorUserId))
        .where(and(...conditions))
        .orderBy(desc(auditEvents.at), desc(auditEvents.id))
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
