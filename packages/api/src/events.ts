import { z } from 'zod';
import { CONTACT_INITIATORS, CONTACT_KINDS, FEEDBACK_OUTCOMES } from '@alliance/domain';
import { id, isoDate, isoDateTime, text } from './common.js';

export const contactInput = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    occurredAt: isoDateTime,
    durationMinutes: z.number().int().min(0).max(600).optional(),
    initiatedBy: z.enum(CONTACT_INITIATORS).default('client'),
    summary: z.string().trim().min(1).max(5_000),
  })
  .strict();
export type ContactInput = z.input<typeof contactInput>;
export const contact = z.object({
  id,
  engagementId: id,
  kind: z.enum(CONTACT_KINDS),
  occurredAt: z.string(),
  durationMinutes: z.number().int().nullable(),
  initiatedBy: z.enum(CONTACT_INITIATORS),
  summary: z.string(),
  createdAt: z.string(),
});
export type Contact = z.infer<typeof contact>;

/** Feedback after the real event the sessions prepared (the meeting, the interview). */
export const feedbackInput = z
  .object({
    event: z.string().trim().min(1).max(1_000),
    eventOn: isoDate.optional(),
    outcome: z.enum(FEEDBACK_OUTCOMES).optional(),
    account: text(20_000).optional(),
    receivedAt: isoDateTime.optional(),
  })
  .strict();
export type FeedbackInput = z.input<typeof feedbackInput>;
export const feedback = z.object({
  id,
  engagementId: id,
  event: z.string(),
  eventOn: z.string().nullable(),
  outcome: z.enum(FEEDBACK_OUTCOMES).nullable(),
  account: z.string().optional(),
  /** Recorded by the coach, or given by the client from her space. */
  givenBy: z.enum(['coach', 'client']),
  receivedAt: z.string(),
});
export type Feedback = z.infer<typeof feedback>;

/** A lasting learning (apprentissage durable): what the client now knows about herself. */
export const learningInput = z
  .object({
    statement: z.string().trim().min(1).max(5_000),
    sessionId: id.optional(),
    recordedAt: isoDateTime.optional(),
  })
  .strict();
export type LearningInput = z.input<typeof learningInput>;
export const learning = z.object({
  id,
  engagementId: id,
  statement: z.string(),
  sessionId: id.nullable(),
  recordedAt: z.string(),
});
export type Learning = z.infer<typeof learning>;
