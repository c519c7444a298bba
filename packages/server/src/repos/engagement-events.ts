import type { Contact, ContactInput, Feedback, FeedbackInput, Learning, LearningInput } from '@alliance/api';
import type { ContactInitiator } from '@alliance/domain';
import { and, asc, eq } from 'drizzle-orm';
import { contacts, feedback, learnings } from '../db/schema.js';
import { compact, iso, type PracticeScope } from './scope.js';

/** What happens around the sessions: contacts between them, feedback after the real event, lasting learnings. */
export function engagementEventRepository({ db, practiceId, sealer }: PracticeScope) {
  const ofEngagement = <T extends typeof contacts | typeof feedback | typeof learnings>(table: T, engagementId: string) =>
    and(eq(table.engagementId, engagementId), eq(table.practiceId, practiceId));

  const toContact = (r: typeof contacts.$inferSelect): Contact => ({
    id: r.id,
    engagementId: r.engagementId,
    kind: r.kind,
    occurredAt: iso(r.occurredAt),
    durationMinutes: r.durationMinutes,
    initiatedBy: r.initiatedBy,
    summary: sealer.open<{ summary: string }>(r.sealed).summary,
    createdAt: iso(r.createdAt),
  });
  const toFeedback = (r: typeof feedback.$inferSelect): Feedback => ({
    id: r.id,
    engagementId: r.engagementId,
    ...sealer.open<{ event: string; account?: string }>(r.sealed),
    eventOn: r.eventOn,
    outcome: r.outcome,
    receivedAt: iso(r.receivedAt),
  });
  const toLearning = (r: typeof learnings.$inferSelect): Learning => ({
    id: r.id,
    engagementId: r.engagementId,
    statement: sealer.open<{ statement: string }>(r.sealed).statement,
    sessionId: r.sessionId,
    recordedAt: iso(r.recordedAt),
  });

  return {
    async addContact(engagementId: string, input: ContactInput & { initiatedBy: ContactInitiator }): Promise<Contact> {
      const [row] = await db
        .insert(contacts)
        .values({
          practiceId,
          engagementId,
          kind: input.kind,
          occurredAt: new Date(input.occurredAt),
          durationMinutes: input.durationMinutes ?? null,
          initiatedBy: input.initiatedBy,
          sealed: sealer.seal({ summary: input.summary }),
        })
        .returning();
      return toContact(row!);
    },
    async contactsOf(engagementId: string): Promise<Contact[]> {
      return (await db.select().from(contacts).where(ofEngagement(contacts, engagementId)).orderBy(asc(contacts.occurredAt))).map(toContact);
    },

    async addFeedback(engagementId: string, input: FeedbackInput): Promise<Feedback> {
      const [row] = await db
        .insert(feedback)
        .values({
          practiceId,
          engagementId,
          eventOn: input.eventOn ?? null,
          outcome: input.outcome ?? null,
          ...(input.receivedAt ? { receivedAt: new Date(input.receivedAt) } : {}),
          sealed: sealer.seal(compact({ event: input.event, account: input.account })),
        })
        .returning();
      return toFeedback(row!);
    },
    async feedbackOf(engagementId: string): Promise<Feedback[]> {
      return (await db.select().from(feedback).where(ofEngagement(feedback, engagementId)).orderBy(asc(feedback.receivedAt))).map(toFeedback);
    },

    async addLearning(engagementId: string, input: LearningInput): Promise<Learning> {
      const [row] = await db
        .insert(learnings)
        .values({
          practiceId,
          engagementId,
          sessionId: input.sessionId ?? null,
          ...(input.recordedAt ? { recordedAt: new Date(input.recordedAt) } : {}),
          sealed: sealer.seal({ statement: input.statement }),
        })
        .returning();
      return toLearning(row!);
    },
    async learningsOf(engagementId: string): Promise<Learning[]> {
      return (await db.select().from(learnings).where(ofEngagement(learnings, engagementId)).orderBy(asc(learnings.recordedAt))).map(toLearning);
    },
  };
}
export type EngagementEventRepository = ReturnType<typeof engagementEventRepository>;
