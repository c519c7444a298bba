import { boolean, foreignKey, index, integer, type PgColumn, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { CONTACT_INITIATORS, CONTACT_KINDS } from '@alliance/domain';
import { clients, practices } from './schema.js';

/*
 * Group programmes: the programme's own description is the practice's (sealed with
 * its key); what concerns one participant — her contacts between the days — is hers
 * (sealed with her key), and goes when she is erased.
 */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const practiceId = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });

export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    /** { title, description, place, betweenDays }, sealed with the practice's key. */
    sealed: text('sealed').notNull(),
    capacity: integer('capacity'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [unique('programmes_id_practice').on(t.id, t.practiceId), index('programmes_practice').on(t.practiceId)],
);

const ofProgramme = (t: { programmeId: PgColumn; practiceId: PgColumn }) =>
  foreignKey({ columns: [t.programmeId, t.practiceId], foreignColumns: [programmes.id, programmes.practiceId] }).onDelete('cascade');

export const programmeDays = pgTable(
  'programme_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    programmeId: uuid('programme_id').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    /** The coach's notes on the day (what the group worked on), sealed with the practice's key. */
    notesSealed: text('notes_sealed'),
  },
  (t) => [index('programme_days_programme').on(t.programmeId), ofProgramme(t)],
);

export const programmeParticipants = pgTable(
  'programme_participants',
  {
    practiceId: practiceId(),
    programmeId: uuid('programme_id').notNull(),
    clientId: uuid('client_id').notNull(),
    addedAt: ts('added_at').notNull().defaultNow(),
    /** The coach's notes on this participant in this programme, sealed with her key. */
    notesSealed: text('notes_sealed'),
    /** Her feedback at the end, { rating 0–10, comment }, sealed with her key. */
    feedbackSealed: text('feedback_sealed'),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.clientId] }),
    ofProgramme(t),
    foreignKey({ columns: [t.clientId, t.practiceId], foreignColumns: [clients.id, clients.practiceId] }).onDelete('cascade'),
  ],
);

export const programmeAttendance = pgTable(
  'programme_attendance',
  {
    practiceId: practiceId(),
    dayId: uuid('day_id')
      .notNull()
      .references(() => programmeDays.id, { onDelete: 'cascade' }),
    clientId: uuid('client_id').notNull(),
    present: boolean('present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dayId, t.clientId] }), foreignKey({ columns: [t.clientId, t.practiceId], foreignColumns: [clients.id, clients.practiceId] }).onDelete('cascade')],
);

export const programmeContacts = pgTable(
  'programme_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    programmeId: uuid('programme_id').notNull(),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: CONTACT_KINDS }).notNull(),
    initiatedBy: text('initiated_by', { enum: CONTACT_INITIATORS }).notNull(),
    occurredAt: ts('occurred_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    /** { summary }, sealed with the participant's key. */
    sealed: text('sealed').notNull(),
  },
  (t) => [
    index('programme_contacts_client').on(t.clientId),
    ofProgramme(t),
    foreignKey({ columns: [t.clientId, t.practiceId], foreignColumns: [clients.id, clients.practiceId] }).onDelete('cascade'),
  ],
);

/**
 * A coach's private calendar subscription: the URL's secret is stored as its SHA-256,
 * so a database copy cannot be used to read anyone's calendar. One per coach;
 * making a new one revokes the old.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: text('user_id').primaryKey(),
  practiceId: practiceId(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
