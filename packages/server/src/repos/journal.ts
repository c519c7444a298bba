import type { JournalEntry } from '@alliance/api';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { journalEntries } from '../db/schema.js';
import { clientSealers, compact, type EngagementRef, iso, isId, type PracticeScope } from './scope.js';

export interface JournalText {
  occurredOn: string;
  situation?: string;
  emotions: { name: string; intensity: number }[];
  thoughts?: string;
  needs?: string;
}

/** Her journal. Every read names the client: an entry is only ever found through its author. */
export function journalRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const toView = (row: typeof journalEntries.$inferSelect): JournalEntry => ({
    id: row.id,
    engagementId: row.engagementId,
    ...keys.client(row.clientId).open<JournalText>(row.sealed),
    sharedAt: row.sharedAt ? iso(row.sharedAt) : null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  });
  const views = async (rows: (typeof journalEntries.$inferSelect)[]) => {
    await clientSealers(scope, rows.map((r) => r.clientId));
    return rows.map(toView);
  };
  const hers = (clientId: string, id: string) => and(eq(journalEntries.id, id), eq(journalEntries.clientId, clientId), eq(journalEntries.practiceId, practiceId));

  return {
    async listOf(clientId: string): Promise<JournalEntry[]> {
      return views(await db.select().from(journalEntries).where(and(eq(journalEntries.clientId, clientId), eq(journalEntries.practiceId, practiceId))).orderBy(desc(journalEntries.createdAt)));
    },
    async get(clientId: string, id: string): Promise<JournalEntry | null> {
      if (!isId(id)) return null;
      return (await views(await db.select().from(journalEntries).where(hers(clientId, id))))[0] ?? null;
    },
    async create(engagement: EngagementRef, entry: JournalText): Promise<JournalEntry> {
      await clientSealers(scope, [engagement.clientId]);
      const [row] = await db
        .insert(journalEntries)
        .values({ practiceId, engagementId: engagement.id, clientId: engagement.clientId, sealed: keys.client(engagement.clientId).seal(compact(entry)) })
        .returning();
      return toView(row!);
    },
    /** Changes the text and/or the sharing; `shared` true keeps the first sharing date. */
    async update(clientId: string, id: string, changes: Partial<JournalText> & { shared?: boolean }): Promise<{ before: JournalEntry; after: JournalEntry } | null> {
      const before = await this.get(clientId, id);
      if (!before) return null;
      const { shared, ...text } = changes;
      const merged: JournalText = { occurredOn: before.occurredOn, situation: before.situation, emotions: before.emotions, thoughts: before.thoughts, needs: before.needs, ...text };
      const sharedAt = shared === undefined ? (before.sharedAt ? new Date(before.sharedAt) : null) : shared ? (before.sharedAt ? new Date(before.sharedAt) : new Date()) : null;
      const [row] = await db
        .update(journalEntries)
        .set({ sealed: keys.client(clientId).seal(compact(merged)), sharedAt, updatedAt: new Date() })
        .where(hers(clientId, id))
        .returning();
      return row ? { before, after: toView(row) } : null;
    },
    async remove(clientId: string, id: string): Promise<boolean> {
      if (!isId(id)) return false;
      return (await db.delete(journalEntries).where(hers(clientId, id)).returning({ id: journalEntries.id })).length > 0;
    },
    /** What the coach sees: the entries the client shared, and nothing else. */
    async sharedIn(engagementId: string): Promise<JournalEntry[]> {
      return views(
        await db
          .select()
          .from(journalEntries)
          .where(and(eq(journalEntries.engagementId, engagementId), eq(journalEntries.practiceId, practiceId), isNotNull(journalEntries.sharedAt)))
          .orderBy(desc(journalEntries.sharedAt)),
      );
    },
  };
}
