import type { AlertKind } from '@alliance/domain';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { coachAlerts } from '../db/schema.js';
import { clientSealers, type EngagementRef, isId, type PracticeScope } from './scope.js';

export interface AlertRecord {
  id: string;
  kind: AlertKind;
  engagementId: string;
  clientId: string;
  detail: string;
  createdAt: Date;
  readAt: Date | null;
}

/** The coach's alerts: each written once per occasion, whoever notices it first. */
export function alertRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const mine = (id: string) => and(eq(coachAlerts.id, id), eq(coachAlerts.practiceId, practiceId));
  return {
    /** True when this call wrote it (an alert with the same key exists otherwise). */
    async raise(engagement: EngagementRef, kind: AlertKind, dedupeKey: string, detail: string, at = new Date()): Promise<boolean> {
      await clientSealers(scope, [engagement.clientId]);
      const rows = await db
        .insert(coachAlerts)
        .values({ practiceId, engagementId: engagement.id, clientId: engagement.clientId, kind, dedupeKey: `${practiceId}:${dedupeKey}`, createdAt: at, sealed: keys.client(engagement.clientId).seal({ detail }) })
        .onConflictDoNothing({ target: coachAlerts.dedupeKey })
        .returning({ id: coachAlerts.id });
      return rows.length > 0;
    },
    async list(limit = 200): Promise<AlertRecord[]> {
      const rows = await db.select().from(coachAlerts).where(eq(coachAlerts.practiceId, practiceId)).orderBy(desc(coachAlerts.createdAt)).limit(limit);
      await clientSealers(scope, rows.map((r) => r.clientId));
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        engagementId: r.engagementId,
        clientId: r.clientId,
        detail: keys.client(r.clientId).open<{ detail: string }>(r.sealed).detail,
        createdAt: r.createdAt,
        readAt: r.readAt,
      }));
    },
    async markRead(id: string): Promise<boolean> {
      if (!isId(id)) return false;
      return (await db.update(coachAlerts).set({ readAt: sql`coalesce(${coachAlerts.readAt}, now())` }).where(mine(id)).returning({ id: coachAlerts.id })).length > 0;
    },
    /** Unread alerts raised after `since` (all unread when null), for the daily digest. */
    async unreadSince(since: Date | null): Promise<{ kind: AlertKind; clientId: string; createdAt: Date }[]> {
      return db
        .select({ kind: coachAlerts.kind, clientId: coachAlerts.clientId, createdAt: coachAlerts.createdAt })
        .from(coachAlerts)
        .where(and(eq(coachAlerts.practiceId, practiceId), isNull(coachAlerts.readAt), since ? gt(coachAlerts.createdAt, since) : undefined))
        .orderBy(desc(coachAlerts.createdAt));
    },
  };
}
