import type { CheckIn } from '@alliance/api';
import { type AllianceRatings, allianceScore } from '@alliance/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { checkIns } from '../db/schema.js';
import { clientSealers, compact, type EngagementRef, iso, type PracticeScope } from './scope.js';

type Answer = { kind: 'before'; progress: { objectiveId: string; value: number }[] } | { kind: 'after'; ratings: AllianceRatings; comment?: string };

/** Check-ins before and after a session; answering again replaces the answer. */
export function checkInRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const toView = (row: typeof checkIns.$inferSelect): CheckIn => {
    const sealed = keys.client(row.clientId).open<Record<string, unknown>>(row.sealed);
    const ratings = sealed.ratings as AllianceRatings | undefined;
    return {
      id: row.id,
      sessionId: row.sessionId,
      kind: row.kind,
      answeredAt: iso(row.answeredAt),
      ...(row.kind === 'before'
        ? { progress: sealed.progress as CheckIn['progress'] }
        : { ratings, score: ratings ? allianceScore(ratings) : undefined, comment: sealed.comment as string | undefined }),
    };
  };
  const views = async (rows: (typeof checkIns.$inferSelect)[]) => {
    await clientSealers(scope, rows.map((r) => r.clientId));
    return rows.map(toView);
  };

  return {
    async listIn(engagementId: string): Promise<CheckIn[]> {
      return views(await db.select().from(checkIns).where(and(eq(checkIns.engagementId, engagementId), eq(checkIns.practiceId, practiceId))).orderBy(asc(checkIns.answeredAt)));
    },
    async ofSessions(sessionIds: string[]): Promise<{ sessionId: string; kind: 'before' | 'after' }[]> {
      if (!sessionIds.length) return [];
      return db.select({ sessionId: checkIns.sessionId, kind: checkIns.kind }).from(checkIns).where(and(eq(checkIns.practiceId, practiceId), inArray(checkIns.sessionId, sessionIds)));
    },
    /** The alliance scores of an engagement, oldest first (from the clear column: the alert rules need no decryption). */
    async allianceScores(engagementId: string): Promise<{ sessionId: string; score: number }[]> {
      const rows = await db
        .select({ sessionId: checkIns.sessionId, score10: checkIns.allianceScore10 })
        .from(checkIns)
        .where(and(eq(checkIns.engagementId, engagementId), eq(checkIns.practiceId, practiceId), eq(checkIns.kind, 'after')))
        .orderBy(asc(checkIns.answeredAt));
      return rows.filter((r) => r.score10 !== null).map((r) => ({ sessionId: r.sessionId, score: r.score10! / 10 }));
    },
    async answer(engagement: EngagementRef, sessionId: string, answer: Answer): Promise<CheckIn> {
      await clientSealers(scope, [engagement.clientId]);
      const { kind, ...content } = answer;
      const sealed = keys.client(engagement.clientId).seal(compact(content));
      const score10 = answer.kind === 'after' ? Math.round(allianceScore(answer.ratings) * 10) : null;
      const [row] = await db
        .insert(checkIns)
        .values({ practiceId, engagementId: engagement.id, clientId: engagement.clientId, sessionId, kind, sealed, allianceScore10: score10 })
        .onConflictDoUpdate({ target: [checkIns.sessionId, checkIns.kind], set: { sealed, allianceScore10: score10, answeredAt: new Date() } })
        .returning();
      return toView(row!);
    },
  };
}
