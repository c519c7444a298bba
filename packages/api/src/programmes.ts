import { CONTACT_INITIATORS, CONTACT_KINDS } from '@alliance/domain';
import { z } from 'zod';
import { id, isoDateTime, requiredName, text } from './common.js';

/** A document or a link handed to participants. */
export const material = z.object({ label: z.string().trim().min(1).max(200), url: z.url().max(2000) }).strict();

export const programmeDayInput = z.object({ startsAt: isoDateTime, endsAt: isoDateTime }).strict();

export const programmeInput = z
  .object({
    title: requiredName,
    description: text(10_000).optional(),
    /** An address, a city, or "à distance". */
    place: z.string().trim().min(1).max(500),
    days: z.array(programmeDayInput).min(1).max(30),
    capacity: z.number().int().min(1).max(1000).nullable().optional(),
    /** How participants can reach the coach between the days, and when. */
    betweenDays: text(5_000).optional(),
    materials: z.array(material).max(50).optional(),
  })
  .strict();
export type ProgrammeInput = z.infer<typeof programmeInput>;

export const programmePatch = z
  .object({
    title: requiredName,
    description: text(10_000),
    place: z.string().trim().min(1).max(500),
    capacity: z.number().int().min(1).max(1000).nullable(),
    betweenDays: text(5_000),
    materials: z.array(material).max(50),
  })
  .partial()
  .strict();

export const dayNotesInput = z.object({ notes: text(20_000) }).strict();
export const participantFeedbackInput = z.object({ rating: z.number().int().min(0).max(10), comment: text(5_000).optional() }).strict();

export const newParticipant = z.union([
  z.object({ clientId: id }).strict(),
  z.object({ firstName: requiredName, lastName: requiredName, email: z.email().max(200).optional(), organisationId: id.optional() }).strict(),
]);

export const attendanceInput = z.object({ dayId: id, clientId: id, present: z.boolean() }).strict();

export const programmeContactInput = z
  .object({
    clientId: id,
    kind: z.enum(CONTACT_KINDS),
    initiatedBy: z.enum(CONTACT_INITIATORS).default('client'),
    occurredAt: isoDateTime,
    durationMinutes: z.number().int().min(1).max(600).nullable().optional(),
    summary: z.string().trim().min(1).max(10_000),
  })
  .strict();

export const participantNotesInput = z.object({ notes: text(20_000) }).strict();

export const startEngagementInput = z.object({ title: requiredName }).strict();

export const programme = z.object({
  id,
  title: z.string(),
  description: z.string(),
  place: z.string(),
  betweenDays: z.string(),
  materials: z.array(z.object({ label: z.string(), url: z.string() })),
  capacity: z.number().int().nullable(),
  seatsLeft: z.number().int().nullable(),
  days: z.array(z.object({ id, startsAt: z.string(), endsAt: z.string(), present: z.number().int(), notes: z.string() })),
  participants: z.array(
    z.object({
      clientId: id,
      name: z.string(),
      /** The coach's notes on her in this programme (sealed at rest). */
      notes: z.string(),
      /** Her feedback at the end, as the coach recorded it. */
      feedback: z.object({ rating: z.number().int(), comment: z.string() }).nullable(),
      attended: z.array(id),
      contacts: z.array(z.object({ id, kind: z.enum(CONTACT_KINDS), initiatedBy: z.enum(CONTACT_INITIATORS), occurredAt: z.string(), durationMinutes: z.number().int().nullable(), summary: z.string(), phase: z.enum(['before', 'between', 'after']) })),
      engagementIds: z.array(id),
    }),
  ),
  createdAt: z.string(),
});
export type Programme = z.infer<typeof programme>;
export const programmeSummary = programme.pick({ id: true, title: true, place: true, capacity: true, seatsLeft: true, createdAt: true }).extend({ firstDay: z.string().nullable(), lastDay: z.string().nullable(), participants: z.number().int() });
export type ProgrammeSummary = z.infer<typeof programmeSummary>;
