import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { practices } from './schema.js';

/**
 * Messages Alliance sends (reminders today), kept in the practice's outbox: with no
 * mail server configured, this is where a coach reads them. Who and what are sealed
 * with the practice's key. `dedupe_key` is unique: a message for one occasion is
 * written once, however many server processes look for it at the same moment.
 */
export const OUTBOX_KINDS = ['session_reminder', 'programme_reminder', 'sign_in_link', 'alert_digest'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: OUTBOX_KINDS }).notNull(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    /** { to, subject, body }. */
    sealed: text('sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    /** Set once the mail server accepted it (only when SMTP_URL is configured). */
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [index('outbox_practice').on(t.practiceId, t.createdAt), index('outbox_unsent').on(t.sentAt)],
);
