import { type AnyPgColumn, boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { ENGAGEMENT_STATUSES } from '@alliance/domain';
import { user } from './auth-schema.js';
import { programmes } from './programme-schema.js';

export * from './auth-schema.js';
export * from './board-schema.js';

/*
 * Every row of coaching data carries its practice_id, and every child row is tied
 * to its parent by (id, practice_id): the database itself refuses a session, a
 * contact or an objective attached to another practice's engagement.
 *
 * Columns named `sealed` hold confidential free text, encrypted by crypto/vault.ts
 * (JSON of the fields, AES-256-GCM under the practice's key). Only structure —
 * ids, dates, statuses, counts — is stored in clear, because queries need it.
 */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () => ts('updated_at').notNull().defaultNow();

/** Facts about this installation, e.g. that the demo was seeded once (and must not come back once removed). */
export const instanceFacts = pgTable('instance_facts', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  at: ts('at').notNull().defaultNow(),
});

export const practices = pgTable('practices', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  /** The practice's data key, wrapped by the master key. */
  wrappedKey: text('wrapped_key').notNull(),
  minimumSessions: integer('minimum_sessions').notNull().default(4),
  deepWorkMin: integer('deep_work_min').notNull().default(6),
  deepWorkMax: integer('deep_work_max').notNull().default(10),
  quietAfterDays: integer('quiet_after_days').notNull().default(30),
  /** When set, the practice's coaches must sign in with a second factor to reach its data. */
  requireTwoFactor: boolean('require_two_factor').notNull().default(false),
  /** Years an engagement is kept after its last contact (the CNIL's reference: three). */
  retentionYears: integer('retention_years').notNull().default(3),
  /** An alliance score (0–10) below this raises an alert. */
  allianceThreshold: integer('alliance_threshold').notNull().default(6),
  /** 'daily' or 'off': at most one e-mail a day listing the new alerts. */
  alertDigest: text('alert_digest', { enum: ['daily', 'off'] }).notNull().default('daily'),
  lastDigestAt: ts('last_digest_at'),
  /** The heading and introduction of the public page (/p/<slug>/); empty: the default heading. Public, so in clear. */
  pageHeading: text('page_heading').notNull().default(''),
  pageIntro: text('page_intro').notNull().default(''),
  createdAt: createdAt(),
});

export const practiceMembers = pgTable(
  'practice_members',
  {
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .unique()
      .references(() => user.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'coach'] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.userId] })],
);

/** A colleague invited into a practice. The token is stored only as its SHA-256. */
export const practiceInvitations = pgTable(
  'practice_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: uuid('practice_id')
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    createdAt: createdAt(),
  },
  (t) => [index('practice_invitations_practice').on(t.practiceId)],
);

const practiceId = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    sealed: text('sealed').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('organisations_id_practice').on(t.id, t.practiceId), index('organisations_practice').on(t.practiceId)],
);

export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    organisationId: uuid('organisation_id'),
    sealed: text('sealed').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('clients_id_practice').on(t.id, t.practiceId),
    index('clients_practice').on(t.practiceId),
    foreignKey({ columns: [t.organisationId, t.practiceId], foreignColumns: [organisations.id, organisations.practiceId] }).onDelete('restrict'),
  ],
);

/**
 * One key per client, wrapped by the practice key. Erasing a client deletes this
 * row: her data, wherever a copy survives (a backup, a disk block), can no longer
 * be decrypted. Backups carry these keys in a section of their own (see backup/).
 */
export const clientKeys = pgTable(
  'client_keys',
  {
    clientId: uuid('client_id').primaryKey(),
    practiceId: practiceId(),
    wrappedKey: text('wrapped_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('client_keys_practice').on(t.practiceId),
    foreignKey({ columns: [t.clientId, t.practiceId], foreignColumns: [clients.id, clients.practiceId] }).onDelete('cascade'),
  ],
);

export const engagements = pgTable(
  'engagements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    clientId: uuid('client_id').notNull(),
    sponsorId: uuid('sponsor_id'),
    /** The group programme this engagement grew out of (origin group_programme). */
    programmeId: uuid('programme_id').references((): AnyPgColumn => programmes.id, { onDelete: 'set null' }),
    origin: text('origin', { enum: ['direct', 'referral', 'group_programme'] }).notNull(),
    status: text('status', { enum: ENGAGEMENT_STATUSES }).notNull(),
    plannedSessions: integer('planned_sessions'),
    sponsorVisibility: text('sponsor_visibility', { enum: ['nothing', 'attendance', 'attendance_and_progress'] })
      .notNull()
      .default('nothing'),
    contractAgreedOn: date('contract_agreed_on', { mode: 'string' }),
    /** How the client rates progress on her objectives: 0–10, or goal attainment −2…+2. */
    progressScale: text('progress_scale', { enum: ['zero_ten', 'goal_attainment'] }).notNull().default('zero_ten'),
    /** Title and the contract's text: cadence, boundaries, clauses. */
    sealed: text('sealed').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('engagements_id_practice').on(t.id, t.practiceId),
    unique('engagements_id_client_practice').on(t.id, t.clientId, t.practiceId),
    index('engagements_practice').on(t.practiceId),
    index('engagements_client').on(t.clientId),
    foreignKey({ columns: [t.clientId, t.practiceId], foreignColumns: [clients.id, clients.practiceId] }).onDelete('cascade'),
    foreignKey({ columns: [t.sponsorId, t.practiceId], foreignColumns: [organisations.id, organisations.practiceId] }).onDelete('restrict'),
  ],
);

export const objectives = pgTable(
  'objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    position: integer('position').notNull(),
    sealed: text('sealed').notNull(),
  },
  (t) => [
    index('objectives_engagement').on(t.engagementId),
    foreignKey({ columns: [t.engagementId, t.clientId, t.practiceId], foreignColumns: [engagements.id, engagements.clientId, engagements.practiceId] }).onDelete('cascade'),
  ],
);

export const engagementEvents = pgTable(
  'engagement_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    fromStatus: text('from_status', { enum: ENGAGEMENT_STATUSES }),
    toStatus: text('to_status', { enum: ENGAGEMENT_STATUSES }).notNull(),
    at: ts('at').notNull().defaultNow(),
    byUserId: text('by_user_id'),
  },
  (t) => [
    index('engagement_events_engagement').on(t.engagementId),
    foreignKey({ columns: [t.engagementId, t.practiceId], foreignColumns: [engagements.id, engagements.practiceId] }).onDelete('cascade'),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    scheduledAt: ts('scheduled_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    mode: text('mode', { enum: ['in_person', 'video', 'phone'] }).notNull(),
    status: text('status', { enum: ['planned', 'held', 'cancelled', 'no_show'] }).notNull(),
    notesSealed: text('notes_sealed'),
    /** The session's objective alone, sealed apart so the timeline need not open the whole notes. */
    objectiveSealed: text('objective_sealed'),
    /** The coach's private reflections, sealed apart so no view of notes can ever carry them. */
    reflectionsSealed: text('reflections_sealed'),
    /** The summary the coach writes for the client, sealed apart; she sees it only once shared. */
    clientSummarySealed: text('client_summary_sealed'),
    summarySharedAt: ts('summary_shared_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('sessions_engagement_time').on(t.engagementId, t.scheduledAt),
    index('sessions_practice_time').on(t.practiceId, t.scheduledAt),
    foreignKey({ columns: [t.engagementId, t.clientId, t.practiceId], foreignColumns: [engagements.id, engagements.clientId, engagements.practiceId] }).onDelete('cascade'),
    unique('sessions_id_client_practice').on(t.id, t.clientId, t.practiceId),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: ['phone', 'message', 'email', 'meeting'] }).notNull(),
    occurredAt: ts('occurred_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    initiatedBy: text('initiated_by', { enum: ['client', 'coach', 'sponsor'] }).notNull(),
    sealed: text('sealed').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('contacts_engagement').on(t.engagementId, t.occurredAt),
    foreignKey({ columns: [t.engagementId, t.clientId, t.practiceId], foreignColumns: [engagements.id, engagements.clientId, engagements.practiceId] }).onDelete('cascade'),
  ],
);

export const feedback = pgTable(
  'feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    eventOn: date('event_on', { mode: 'string' }),
    outcome: text('outcome', { enum: ['as_hoped', 'partly', 'not_as_hoped'] }),
    /** The coach recorded it, or the client gave it from her space. */
    givenBy: text('given_by', { enum: ['coach', 'client'] }).notNull().default('coach'),
    receivedAt: ts('received_at').notNull().defaultNow(),
    sealed: text('sealed').notNull(),
  },
  (t) => [
    index('feedback_engagement').on(t.engagementId),
    foreignKey({ columns: [t.engagementId, t.clientId, t.practiceId], foreignColumns: [engagements.id, engagements.clientId, engagements.practiceId] }).onDelete('cascade'),
  ],
);

export const learnings = pgTable(
  'learnings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'set null' }),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
    sealed: text('sealed').notNull(),
  },
  (t) => [
    index('learnings_engagement').on(t.engagementId),
    foreignKey({ columns: [t.engagementId, t.clientId, t.practiceId], foreignColumns: [engagements.id, engagements.clientId, engagements.practiceId] }).onDelete('cascade'),
  ],
);

/**
 * Who opened or changed which client's record, when, from where. Append-only: a
 * trigger refuses updates, and deletes except when the whole practice goes.
 * The address and browser of the caller are sealed like any personal data.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    at: ts('at').notNull().defaultNow(),
    actorUserId: text('actor_user_id'),
    action: text('action', { enum: ['read', 'create', 'update', 'delete'] }).notNull(),
    targetKind: text('target_kind').notNull(),
    targetId: uuid('target_id'),
    clientId: uuid('client_id'),
    sealed: text('sealed').notNull(),
  },
  (t) => [index('audit_events_practice_at').on(t.practiceId, t.at), index('audit_events_client').on(t.clientId)],
);
export * from './case-study-schema.js';
export * from './programme-schema.js';
export * from './client-space-schema.js';
export * from './outbox-schema.js';
