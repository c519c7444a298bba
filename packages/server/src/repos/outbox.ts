import { desc, eq } from 'drizzle-orm';
import { outbox, type OutboxKind } from '../db/schema.js';
import type { PracticeScope } from './scope.js';

/** What is sealed in an outbox row. */
export interface OutboxMessage {
  to: string;
  subject: string;
  body: string;
}

export interface OutboxEntry extends OutboxMessage {
  id: string;
  kind: OutboxKind;
  createdAt: Date;
  /** When the mail server accepted it; null while it waits (always, with no mail server). */
  sentAt: Date | null;
}

/**
 * The practice's outbox: every message Alliance writes is kept here, sealed with the
 * practice's key. mail/delivery.ts sends the waiting ones when a mail server is
 * configured (that query spans practices, so it is not here).
 */
export function outboxRepository({ db, practiceId, keys }: PracticeScope) {
  return {
    /** Writes the message unless one with this key exists: true when this call wrote it. */
    async add(kind: OutboxKind, dedupeKey: string, message: OutboxMessage): Promise<boolean> {
      const sealed = keys.practice.seal({ to: message.to, subject: message.subject, body: message.body } satisfies OutboxMessage);
      const rows = await db.insert(outbox).values({ practiceId, kind, dedupeKey, sealed }).onConflictDoNothing({ target: outbox.dedupeKey }).returning({ id: outbox.id });
      return rows.length > 0;
    },
    /** Newest first. */
    async list(limit = 200): Promise<OutboxEntry[]> {
      const rows = await db.select().from(outbox).where(eq(outbox.practiceId, practiceId)).orderBy(desc(outbox.createdAt), desc(outbox.id)).limit(limit);
      return rows.map((r) => ({ id: r.id, kind: r.kind, createdAt: r.createdAt, sentAt: r.sentAt, ...keys.practice.open<OutboxMessage>(r.sealed) }));
    },
  };
}
