import type { Commitment } from '@alliance/api';
import { type CommitmentKind, type CommitmentStatus, initialStatus } from '@alliance/domain';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { commitments } from '../db/schema.js';
import { clientSealers, compact, type EngagementRef, iso, isId, type PracticeScope } from './scope.js';

interface CommitmentText {
  statement: string;
  clientNote?: string;
}

/** Commitments and guardrails: the coach writes them with the client, the client keeps their status. */
export function commitmentRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const toView = (row: typeof commitments.$inferSelect): Commitment => {
    const t = keys.client(row.clientId).open<CommitmentText>(row.sealed);
    return {
      id: row.id,
      engagementId: row.engagementId,
      kind: row.kind,
      statement: t.statement,
      clientNote: t.clientNote,
      status: row.status as CommitmentStatus,
      dueOn: row.dueOn,
      updatedBy: row.updatedBy,
      updatedAt: iso(row.updatedAt),
    };
  };
  const views = async (rows: (typeof commitments.$inferSelect)[]) => {
    await clientSealers(scope, rows.map((r) => r.clientId));
    return rows.map(toView);
  };
  const mine = (id: string) => and(eq(commitments.id, id), eq(commitments.practiceId, practiceId));

  return {
    async listIn(engagementIds: string[]): Promise<Commitment[]> {
      if (!engagementIds.length) return [];
      return views(await db.select().from(commitments).where(and(eq(commitments.practiceId, practiceId), inArray(commitments.engagementId, engagementIds))).orderBy(asc(commitments.createdAt)));
    },
    async get(id: string): Promise<(Commitment & { clientId: string }) | null> {
      if (!isId(id)) return null;
      const [row] = await db.select().from(commitments).where(mine(id));
      if (!row) return null;
      return { ...(await views([row]))[0]!, clientId: row.clientId };
    },
    async create(engagement: EngagementRef, input: { kind: CommitmentKind; statement: string; dueOn?: string | null }): Promise<Commitment> {
      await clientSealers(scope, [engagement.clientId]);
      const [row] = await db
        .insert(commitments)
        .values({
          practiceId,
          engagementId: engagement.id,
          clientId: engagement.clientId,
          kind: input.kind,
          status: initialStatus(input.kind),
          dueOn: input.dueOn ?? null,
          sealed: keys.client(engagement.clientId).seal({ statement: input.statement }),
          updatedBy: 'coach',
        })
        .returning();
      return toView(row!);
    },
    async update(
      id: string,
      changes: { statement?: string; dueOn?: string | null; status?: CommitmentStatus; clientNote?: string },
      by: 'coach' | 'client',
    ): Promise<Commitment | null> {
      const current = await this.get(id);
      if (!current) return null;
      const text = compact({ statement: changes.statement ?? current.statement, clientNote: changes.clientNote ?? current.clientNote });
      const [row] = await db
        .update(commitments)
        .set({
          sealed: keys.client(current.clientId).seal(text),
          status: changes.status ?? current.status,
          dueOn: changes.dueOn === undefined ? current.dueOn : changes.dueOn,
          updatedBy: by,
          updatedAt: new Date(),
        })
        .where(mine(id))
        .returning();
      return row ? toView(row) : null;
    },
    async remove(id: string): Promise<boolean> {
      if (!isId(id)) return false;
      return (await db.delete(commitments).where(mine(id)).returning({ id: commitments.id })).length > 0;
    },
  };
}
