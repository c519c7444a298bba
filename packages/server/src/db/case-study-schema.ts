import type { BoardDocElement } from '@alliance/api';
import { foreignKey, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { engagements, practices } from './schema.js';

/*
 * Case studies and the comments on the published ones. The draft (what the coach
 * writes, with the client's real names in it, and her review decisions) is sealed
 * with the client's key, so erasing the client erases it. What is published is, by
 * definition, anonymised and consented to: it is stored in clear, to be served to
 * anyone. A commenter's e-mail is sealed with the practice's key and never shown.
 */
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const practiceId = () =>
  uuid('practice_id')
    .notNull()
    .references(() => practices.id, { onDelete: 'cascade' });

export const caseStudies = pgTable(
  'case_studies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    engagementId: uuid('engagement_id').notNull(),
    clientId: uuid('client_id').notNull(),
    language: text('language', { enum: ['fr', 'en'] }).notNull(),
    /** { title, markdown, mode, decisions, added, consent }, sealed with the client's key. */
    sealed: text('sealed').notNull(),
    slug: text('slug'),
    publishedTitle: text('published_title'),
    publishedMarkdown: text('published_markdown'),
    /** The constellation pictures the published text shows, their labels anonymised as the text is. */
    publishedPictures: jsonb('published_pictures').$type<{ id: string; title: string; elements: BoardDocElement[] }[]>(),
    /** The first publication: kept when she republishes, so the article keeps its date and its place in the feed. */
    publishedAt: ts('published_at'),
    /** Her last republication of changes, null until then: the page's « Mis à jour le », the feed's <updated>, the sitemap's lastmod. */
    republishedAt: ts('republished_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('case_studies_practice').on(t.practiceId),
    unique('case_studies_practice_slug').on(t.practiceId, t.slug),
    foreignKey({ columns: [t.engagementId, t.clientId, t.practiceId], foreignColumns: [engagements.id, engagements.clientId, engagements.practiceId] }).onDelete('cascade'),
  ],
);

export const caseStudyComments = pgTable(
  'case_study_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practiceId: practiceId(),
    caseStudyId: uuid('case_study_id')
      .notNull()
      .references(() => caseStudies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Sealed with the practice's key: the coach may answer; nobody else sees it. */
    emailSealed: text('email_sealed').notNull(),
    website: text('website'),
    body: text('body').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull().default('pending'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('case_study_comments_study').on(t.caseStudyId, t.status)],
);

/** A practice's public pages live at /p/<slug>/ once it publishes its first case. */
export const practicePages = pgTable('practice_pages', {
  practiceId: uuid('practice_id')
    .primaryKey()
    .references(() => practices.id, { onDelete: 'cascade' }),
  slug: text('slug').notNull().unique(),
  /** Shown in the page header; the practice's name by default. */
  heading: text('heading').notNull(),
});
