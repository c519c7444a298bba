import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { practices } from './schema.js';

/**
 * Messages Alliance sends (reminders today), kept in the practice's outbox: with no
 * mail server configured, this is where a coach reads them. Who and what are sealed
 * with the practice's key. `dedupe_key` is unique: a message for one occasion is
 * written once, however many server processes look for it at the same moment.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['session_reminder', 'programme_reminder'] }).notNull(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    /** { to, subject, body }. */
    sealed: text('sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('outbox_practice').on(t.practiceId, t.createdAt)],
);
