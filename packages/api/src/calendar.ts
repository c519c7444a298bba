import { z } from 'zod';
import { isoDateTime } from './common.js';

export const calendarQuery = z.object({ from: isoDateTime, to: isoDateTime }).strict();

export const calendarItem = z.object({
  kind: z.enum(['session', 'programme_day']),
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  title: z.string(),
  clientName: z.string().nullable(),
  engagementId: z.string().nullable(),
  programmeId: z.string().nullable(),
  status: z.string().nullable(),
  /** A session's mode, or a programme day's place. */
  mode: z.string().nullable(),
  /** Another item overlaps this one: two things at once. */
  conflict: z.boolean(),
});
export type CalendarItem = z.infer<typeof calendarItem>;

export const calendarView = z.object({
  items: z.array(calendarItem),
  /** Engagements whose planned sessions are not all scheduled yet. */
  unscheduled: z.array(z.object({ engagementId: z.string(), title: z.string(), clientName: z.string(), remaining: z.number().int() })),
});
export type CalendarView = z.infer<typeof calendarView>;

export const calendarFeed = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  /** Only in the answer that creates it: afterwards only its hash is kept. */
  url: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeed>;

/** A message Alliance wrote (a reminder, a sign-in link, the alerts digest), as the practice's outbox shows it. */
export const outboxMessage = z.object({
  id: z.string(),
  kind: z.enum(['session_reminder', 'programme_reminder', 'sign_in_link', 'alert_digest']),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  /** When the mail server accepted it; null while it waits (always, when no mail server is configured). */
  sentAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessage>;
