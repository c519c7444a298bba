import { z } from 'zod';
import {
  CONTACT_INITIATORS,
  CONTACT_KINDS,
  ENGAGEMENT_STATUSES,
  FEEDBACK_OUTCOMES,
  SESSION_MODES,
  SESSION_STATUSES,
  SPONSOR_VISIBILITY,
} from '@alliance/domain';

const base = { id: z.string(), at: z.string() };

export const timelineEntry = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contract'), ...base, plannedSessions: z.number().int().nullable(), sponsorVisibility: z.enum(SPONSOR_VISIBILITY), agreed: z.boolean() }),
  z.object({ kind: z.literal('status'), ...base, from: z.enum(ENGAGEMENT_STATUSES).nullable(), to: z.enum(ENGAGEMENT_STATUSES) }),
  z.object({
    kind: z.literal('session'),
    ...base,
    status: z.enum(SESSION_STATUSES),
    mode: z.enum(SESSION_MODES),
    durationMinutes: z.number().int(),
    ordinal: z.number().int().nullable(),
    plannedSessions: z.number().int().nullable(),
    sessionObjective: z.string().optional(),
  }),
  z.object({
    kind: z.literal('contact'),
    ...base,
    contactKind: z.enum(CONTACT_KINDS),
    durationMinutes: z.number().int().nullable(),
    initiatedBy: z.enum(CONTACT_INITIATORS),
    summary: z.string(),
  }),
  z.object({
    kind: z.literal('feedback'),
    ...base,
    event: z.string(),
    outcome: z.enum(FEEDBACK_OUTCOMES).nullable(),
    account: z.string().optional(),
    givenBy: z.enum(['coach', 'client']).optional(),
  }),
  /** A journal entry the client chose to share with her coach (`at` is when she shared it). */
  z.object({
    kind: z.literal('journal'),
    ...base,
    occurredOn: z.string(),
    situation: z.string().optional(),
    emotions: z.array(z.object({ name: z.string(), intensity: z.number() })),
    thoughts: z.string().optional(),
    needs: z.string().optional(),
  }),
  z.object({ kind: z.literal('learning'), ...base, statement: z.string() }),
  /** A day of the group programme the engagement grew out of, and whether she was there. */
  z.object({ kind: z.literal('programme_day'), ...base, programmeId: z.string(), title: z.string(), endsAt: z.string(), attended: z.boolean() }),
  /** A contact with her between the programme's days, before the engagement began. */
  z.object({ kind: z.literal('programme_contact'), ...base, programmeId: z.string(), title: z.string(), contactKind: z.enum(CONTACT_KINDS), summary: z.string() }),
]);
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const timeline = z.object({
  engagementId: z.string(),
  heldSessions: z.number().int(),
  plannedSessions: z.number().int().nullable(),
  entries: z.array(timelineEntry),
});
export type Timeline = z.infer<typeof timeline>;
