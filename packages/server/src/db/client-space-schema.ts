import { foreignKey, index, integer, pgTable, type PgColumn, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { clients, engagements, practices, sessions } from './schema.js';

/*
 * The client's space and the sponsor's view. Clients and sponsors are not users
 * of the practice: they sign in by a link sent to their e-mail, single use and
 * expiring, and hold a session cookie of their own. Tokens are stored only as
 * their SHA-256. Everything a client writes (journal, check-ins, testimonial) is
 * sealed with her key, so erasing her erases it.
 */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const practiceId = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });
const ofEngagement = (t: { engagementId: PgColumn; clientId: PgColumn; practiceId: PgColumn }) =>
  foreignKey({ columns: [t.engagementId, t.clientId, t.practiceId], foreignColumns: [engagements.id, engagements.clientId, engagements.practiceId] }).onDelete('cascade');

/**
 * Who may sign in to a client space or a sponsor view. A client's account names
 * her; a sponsor's names one engagement (a sponsor sees that contract, nothing
 * else). `email_digest` is an HMAC of the address, so "send me a new link" can find
 * the account without the address being stored in clear.
 */
export const portalAccounts = pgTable(
  'portal_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    kind: text('kind', { enum: ['client', 'sponsor'] }).notNull(),
    clientId: uuid('client_id').notNull(),
    /** Only for a sponsor: the one engagement whose contract she may see. */
    engagementId: uuid('engagement_id'),
    emailDigest: text('email_digest').notNull(),
    /** { name, email, language }, sealed with the client's key. */
    sealed: text('sealed').notNull(),
    revokedAt: ts('revoked_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('portal_accounts_digest').on(t.emailDigest),
    index('portal_accounts_client').on(t.clientId),
    foreignKey({ columns: [t.clientId, t.practiceId], foreignColumns: [clients.id, clients.practiceId] }).onDelete('cascade'),
    foreignKey({ columns: [t.engagementId, t.practiceId], foreignColumns: [engagements.id, engagements.practiceId] }).onDelete('cascade'),
  ],
);

export const portalLinks = pgTable('portal_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id')
    .notNull()
    .references(() => portalAccounts.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const portalSessions = pgTable('portal_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  accountId: uuid('account_id')
    .notNull()
    .references(() => portalAccounts.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: ts('expires_at').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** Her journal: a space to deposit her emotional reactions. Private until she shares an entry. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    /** { occurredOn, situation, emotions, thoughts, needs }. */
    sealed: text('sealed').notNull(),
    sharedAt: ts('shared_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('journal_entries_engagement').on(t.engagementId, t.createdAt), ofEngagement(t)],
);

/** What she undertook to do, and the guardrails she keeps; the coach writes them, she updates their status. */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: ['commitment', 'guardrail'] }).notNull(),
    status: text('status').notNull(),
    dueOn: text('due_on'),
    /** { statement, clientNote }. */
    sealed: text('sealed').notNull(),
    updatedBy: text('updated_by', { enum: ['coach', 'client'] }).notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('commitments_engagement').on(t.engagementId), ofEngagement(t)],
);

/**
 * Before a session: her progress on each objective. After: the alliance rating.
 * One of each per session (answering again replaces the answer). The alliance
 * score is kept in clear (a number, needed by the alert rules); the comment and
 * the item ratings are sealed.
 */
export const checkIns = pgTable(
  'check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['before', 'after'] }).notNull(),
    /** Before: { progress: [{ objectiveId, value }] }; after: { ratings, comment }. */
    sealed: text('sealed').notNull(),
    /** After only: the mean of the four ratings times ten, for the alert rules. */
    allianceScore10: integer('alliance_score10'),
    answeredAt: ts('answered_at').notNull().defaultNow(),
  },
  (t) => [unique('check_ins_session_kind').on(t.sessionId, t.kind), index('check_ins_engagement').on(t.engagementId, t.answeredAt), ofEngagement(t)],
);

/** Her testimonial, in her own words, and her dated consent to publish it (and how she is named). */
export const testimonials = pgTable(
  'testimonials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull().unique(),
    clientId: uuid('client_id').notNull(),
    /** { text }. */
    sealed: text('sealed').notNull(),
    consentScope: text('consent_scope', { enum: ['anonymised', 'first_name', 'full_name'] }),
    consentedAt: ts('consented_at'),
    withdrawnAt: ts('withdrawn_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [ofEngagement(t)],
);

/** What the coach should know: few and useful. Written once per occasion (`dedupe_key`). */
export const coachAlerts = pgTable(
  'coach_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: ['alliance_low', 'alliance_drop', 'journal_shared', 'commitment_overdue'] }).notNull(),
    dedupeKey: text('dedupe_key').notNull().unique(),
    /** { detail } — what the alert says, sealed with the client's key. */
    sealed: text('sealed').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    readAt: ts('read_at'),
  },
  (t) => [index('coach_alerts_practice').on(t.practiceId, t.createdAt), ofEngagement(t)],
);
