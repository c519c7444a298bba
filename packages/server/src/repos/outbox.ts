import { desc, eq } from 'drizzle-orm';
import { outbox } from '../db/schema.js';
import type { PracticeScope } from './scope.js';

export interface OutboxMessage {
  to: string;
  subject: string;
  body: string;
}

export function outboxRepository({ db, practiceId, keys }: PracticeScope) {
  return {
    /** Writes the message unless one with this key exists: true when this call wrote it. */
    async add(kind: 'session_reminder' | 'programme_reminder', dedupeKey: string, message: OutboxMessage): Promise<boolean> {
      const rows = await db.insert(outbox).values({ practiceId, kind, dedupeKey, sealed: keys.practice.seal(message) }).onConflictDoNothing({ target: outbox.dedupeKey }).returning({ id: outbox.id });
      return rows.length > 0;
    },
    async list(limit = 200): Promise<(OutboxMessage & { id: string; kind: string; createdAt: Date })[]> {
      const rows = await db.select().from(outbox).where(eq(outbox.practiceId, practiceId)).orderBy(desc(outbox.createdAt)).limit(limit);
      return rows.map((r) => ({ id: r.id, kind: r.kind, createdAt: r.createdAt, ...keys.practice.open<OutboxMessage>(r.sealed) }));
    },
  };
}
