import { and, asc, eq } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Database } from '../../packages/server/src/db/database.js';
import { contacts, engagementEvents, engagements, feedback, learnings, sessions } from '../../packages/server/src/db/schema.js';

/**
 * The floor Alliance is measured against: a bare Fastify handler (no auth, no
 * validation, no decryption, no audit) that issues the very statements
 * GET /api/v1/engagements/:id/timeline issues for its data — the engagement, then
 * its sessions, contacts, feedback, learnings and status events, all scoped by
 * practice, in the same order and with the same parallelism — through the same
 * drizzle handle, and returns the rows as they come, as JSON.
 *
 * Each query below mirrors its repository method (repos/engagements.ts get and
 * statusEvents, repos/sessions.ts timelineOf, repos/engagement-events.ts
 * contactsOf, feedbackOf, learningsOf); keep them in step.
 */
export async function buildBaseline(db: Database, practiceId: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get('/api/v1/engagements/:id/timeline', async (request, reply) => {
    const { id } = request.params as { id: string };
    const [engagement] = await db.select().from(engagements).where(and(eq(engagements.id, id), eq(engagements.practiceId, practiceId)));
    if (!engagement) return reply.status(404).send({ error: 'not found' });
    const [sessionRows, contactRows, feedbackRows, learningRows, statusEvents] = await Promise.all([
      db
        .select({
          id: sessions.id,
          clientId: sessions.clientId,
          scheduledAt: sessions.scheduledAt,
          durationMinutes: sessions.durationMinutes,
          mode: sessions.mode,
          status: sessions.status,
          objectiveSealed: sessions.objectiveSealed,
        })
        .from(sessions)
        .where(and(eq(sessions.engagementId, id), eq(sessions.practiceId, practiceId)))
        .orderBy(asc(sessions.scheduledAt)),
      db.select().from(contacts).where(and(eq(contacts.engagementId, id), eq(contacts.practiceId, practiceId))).orderBy(asc(contacts.occurredAt)),
      db.select().from(feedback).where(and(eq(feedback.engagementId, id), eq(feedback.practiceId, practiceId))).orderBy(asc(feedback.receivedAt)),
      db.select().from(learnings).where(and(eq(learnings.engagementId, id), eq(learnings.practiceId, practiceId))).orderBy(asc(learnings.recordedAt)),
      db.select().from(engagementEvents).where(and(eq(engagementEvents.engagementId, id), eq(engagementEvents.practiceId, practiceId))).orderBy(asc(engagementEvents.at)),
    ]);
    return { engagement, sessions: sessionRows, contacts: contactRows, feedback: feedbackRows, learnings: learningRows, statusEvents };
  });
  await app.ready();
  return app;
}
