import type { Contact, ContactInput, Feedback, FeedbackInput, Learning, LearningInput } from '@alliance/api';
import type { ContactInitiator } from '@alliance/domain';
import { and, asc, eq } from 'drizzle-orm';
import { contacts, feedback, learnings } from '../db/schema.js';
import { clientSealers, compact, type EngagementRef, iso, type PracticeScope } from './scope.js';

/** What happens around the sessions: contacts between them, feedback after the real event, lasting learnings. */
export function engagementEventRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const sealer = { open: <T>(row: { clientId: string; sealed: string }) => keys.client(row.clientId).open<T>(row.sealed) };
  /** Opens the keys of the clients these rows belong to, then maps them. */
  const opened = async <R extends { clientId: string }, V>(rows: R[], view: (r: R) => V): Promise<V[]> => {
    await clientSealers(scope, rows.map((r) => r.clientId));
    return rows.map(view);
  };
  const ofEngagement = <T extends typeof contacts | typeof feedback | typeof learnings>(table: T, engagementId: string) =>
    and(eq(table.engagementId, engagementId), eq(table.practiceId, practiceId));

  const toContact = (r: typeof contacts.$inferSelect): Contact => ({
    id: r.id,
    engagementId: r.engagementId,
    kind: r.kind,
    occurredAt: iso(r.occurredAt),
    durationMinutes: r.durationMinutes,
    initiatedBy: r.initiatedBy,
    summary: sealer.open<{ summary: string }>(r).summary,
    createdAt: iso(r.createdAt),
  });
  const toFeedback = (r: typeof feedback.$inferSelect): Feedback => ({
    id: r.id,
    engagementId: r.engagementId,
    ...sealer.open<{ event: string; account?: string }>(r),
    eventOn: r.eventOn,
    outcome: r.outcome,
    givenBy: r.givenBy,
    receivedAt: iso(r.receivedAt),
  });
  const toLearning = (r: typeof learnings.$inferSelect): Learning => ({
    id: r.id,
    engagementId: r.engagementId,
    statement: sealer.open<{ statement: string }>(r).statement,
    sessionId: r.sessionId,
    recordedAt: iso(r.recordedAt),
  });

  return {
    async addContact(engagement: EngagementRef, input: ContactInput & { initiatedBy: ContactInitiator }): Promise<Contact> {
      const seal = (await clientSealers(scope, [engagement.clientId]))(engagement.clientId);
      const [row] = await db
        .insert(contacts)
        .values({
          practiceId,
          engagementId: engagement.id,
          clientId: engagement.clientId,
          kind: input.kind,
          occurredAt: new Date(input.occurredAt),
          durationMinutes: input.durationMinutes ?? null,
          initiatedBy: input.initiatedBy,
          sealed: seal.seal({ summary: input.summary }),
        })
        .returning();
      return toContact(row!);
    },
    async contactsOf(engagementId: string): Promise<Contact[]> {
      return opened(await db.select().from(contacts).where(ofEngagement(contacts, engagementId)).orderBy(asc(contacts.occurredAt)), toContact);
    },

    async addFeedback(engagement: EngagementRef, input: FeedbackInput & { givenBy?: 'coach' | 'client' }): Promise<Feedback> {
      const seal = (await clientSealers(scope, [engagement.clientId]))(engagement.clientId);
      const [row] = await db
        .insert(feedback)
        .values({
          practiceId,
          engagementId: engagement.id,
          clientId: engagement.clientId,
          eventOn: input.eventOn ?? null,
          outcome: input.outcome ?? null,
          givenBy: input.givenBy ?? 'coach',
          ...(input.receivedAt ? { receivedAt: new Date(input.receivedAt) } : {}),
          sealed: seal.seal(compact({ event: input.event, account: input.account })),
        })
        .returning();
      return toFeedback(row!);
    },
    async feedbackOf(engagementId: string): Promise<Feedback[]> {
      return opened(await db.select().from(feedback).where(ofEngagement(feedback, engagementId)).orderBy(asc(feedback.receivedAt)), toFeedback);
    },

    async addLearning(engagement: EngagementRef, input: LearningInput): Promise<Learning> {
      const seal = (await clientSealers(scope, [engagement.clientId]))(engagement.clientId);
      const [row] = await db
        .insert(learnings)
        .values({
          practiceId,
          engagementId: engagement.id,
          clientId: engagement.clientId,
          sessionId: input.sessionId ?? null,
          ...(input.recordedAt ? { recordedAt: new Date(input.recordedAt) } : {}),
          sealed: seal.seal({ statement: input.statement }),
        })
        .returning();
      return toLearning(row!);
    },
    async learningsOf(engagementId: string): Promise<Learning[]> {
      return opened(await db.select().from(learnings).where(ofEngagement(learnings, engagementId)).orderBy(asc(learnings.recordedAt)), toLearning);
    },
  };
}
export type EngagementEventRepository = ReturnType<typeof engagementEventRepository>;
