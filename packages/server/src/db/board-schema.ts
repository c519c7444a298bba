import { boolean, foreignKey, index, type PgColumn, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { practices, sessions } from './schema.js';

/*
 * The constellation boards. A board belongs to a session (and so to its client);
 * every row carries (practice_id, client_id) and is tied to its parent by them, and
 * everything a client said or placed is sealed with her key: board titles, element
 * labels inside the Yjs updates, pictures, movements, felt senses.
 */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const practiceId = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });
const ofBoard = (t: { boardId: PgColumn; clientId: PgColumn; practiceId: PgColumn }) =>
  foreignKey({ columns: [t.boardId, t.clientId, t.practiceId], foreignColumns: [boards.id, boards.clientId, boards.practiceId] }).onDelete('cascade');

export const boards = pgTable(
  'boards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    sessionId: uuid('session_id').notNull(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    /** { title }, sealed with the client's key. */
    sealed: text('sealed').notNull(),
    control: text('control', { enum: ['coach', 'client', 'both'] }).notNull().default('coach'),
    locked: boolean('locked').notNull().default(false),
    covert: boolean('covert').notNull().default(false),
    /** The Yjs document compacted from the updates below, sealed; null until the first compaction. */
    stateSealed: text('state_sealed'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('boards_id_client_practice').on(t.id, t.clientId, t.practiceId),
    index('boards_session').on(t.sessionId),
    foreignKey({ columns: [t.sessionId, t.clientId, t.practiceId], foreignColumns: [sessions.id, sessions.clientId, sessions.practiceId] }).onDelete('cascade'),
  ],
);

/** Each Yjs update as it arrived, sealed, written before the change is acknowledged; folded into boards.state_sealed by compaction. */
export const boardUpdates = pgTable(
  'board_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    boardId: uuid('board_id').notNull(),
    clientId: uuid('client_id').notNull(),
    sealed: text('sealed').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('board_updates_board').on(t.boardId), ofBoard(t)],
);

/** A link that opens one board without an account. The token is stored only as its SHA-256. */
export const boardShareLinks = pgTable(
  'board_share_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    boardId: uuid('board_id').notNull(),
    clientId: uuid('client_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    mode: text('mode', { enum: ['edit', 'view'] }).notNull(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
    createdBy: text('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('board_share_links_board').on(t.boardId), ofBoard(t)],
);

/** A picture: the arrangement at a moment, { name, takenBy, elements } sealed. */
export const boardPictures = pgTable(
  'board_pictures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    boardId: uuid('board_id').notNull(),
    clientId: uuid('client_id').notNull(),
    takenAt: ts('taken_at').notNull().defaultNow(),
    isResolution: boolean('is_resolution').notNull().default(false),
    sealed: text('sealed').notNull(),
  },
  (t) => [index('board_pictures_board').on(t.boardId, t.takenAt), ofBoard(t)],
);

/** One movement (a drag or a turn, coalesced), { elementId, label, by, from, to, … } sealed. */
export const boardMovements = pgTable(
  'board_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    boardId: uuid('board_id').notNull(),
    clientId: uuid('client_id').notNull(),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at').notNull(),
    sealed: text('sealed').notNull(),
  },
  (t) => [index('board_movements_board').on(t.boardId, t.endedAt), ofBoard(t)],
);

/** What the client felt standing in a place: { elementId, elementLabel, words, energy, recordedBy } sealed. */
export const boardFeltSenses = pgTable(
  'board_felt_senses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    boardId: uuid('board_id').notNull(),
    clientId: uuid('client_id').notNull(),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
    sealed: text('sealed').notNull(),
  },
  (t) => [index('board_felt_senses_board').on(t.boardId, t.recordedAt), ofBoard(t)],
);
