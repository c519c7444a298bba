import type { BoardDocElement } from '@alliance/api';
import type { AnonymiseMode, DetailsCheck, KeptName, PublicationConsent, SpanDecision, AddedSpan } from '@alliance/domain';
import { and, count, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { caseStudies, caseStudyComments, practicePages } from '../db/schema.js';
import { clientSealers, isId, type PracticeScope } from './scope.js';

/** What the coach writes and decides, sealed with the client's key. */
export interface CaseStudyDraft {
  title: string;
  markdown: string;
  mode: AnonymiseMode;
  decisions: SpanDecision[];
  added: AddedSpan[];
  consent: PublicationConsent | null;
  /** Her "J'ai relu ces détails": the details she had read, and when. Absent in drafts sealed before it existed. */
  detailsCheck?: DetailsCheck | null;
  /**
   * The recorded names the published version leaves in clear, as of its publication: a
   * narrowed consent is weighed against what the public page shows, which her edits since
   * (not yet republished) do not change. Absent for cases published before it existed.
   */
  publishedKept?: KeptName[] | null;
}

export interface CaseStudyRecord extends CaseStudyDraft {
  id: string;
  engagementId: string;
  clientId: string;
  language: 'fr' | 'en';
  slug: string | null;
  /** The first publication, kept when she republishes; null while not published. */
  publishedAt: Date | null;
  /** Her last republication of changes to the published case; null if none since it was (last) published. */
  republishedAt: Date | null;
  /** What the public page shows, as published (anonymised, in clear); null while not published. */
  published: { title: string; markdown: string; pictures: PublishedPicture[] } | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A constellation picture as published: anonymised labels, shapes and places only. */
export interface PublishedPicture {
  id: string;
  title: string;
  elements: BoardDocElement[];
}

export interface PublishedCase {
  id: string;
  slug: string;
  language: 'fr' | 'en';
  title: string;
  markdown: string;
  pictures: PublishedPicture[];
  /** The first publication: the article's date and its place in the list and the feed. */
  publishedAt: Date;
  /** When she last republished changes; null if never. */
  republishedAt: Date | null;
}

export interface CommentRecord {
  id: string;
  caseStudyId: string;
  name: string;
  email: string;
  website: string | null;
  body: string;
  status: 'pending' | 'approved' | 'rejected';
  createdAt: Date;
}

/** Only the draft's own fields are sealed, whatever else the caller's object carries. */
export function draftOf(d: CaseStudyDraft): CaseStudyDraft {
  return { title: d.title, markdown: d.markdown, mode: d.mode, decisions: d.decisions, added: d.added, consent: d.consent, detailsCheck: d.detailsCheck ?? null, publishedKept: d.publishedKept ?? null };
}

export function caseStudyRepository(scope: PracticeScope) {
  const { db, practiceId, keys } = scope;
  const mine = (id: string) => and(eq(caseStudies.id, id), eq(caseStudies.practiceId, practiceId));
  const toRecord = async (row: typeof caseStudies.$inferSelect): Promise<CaseStudyRecord> => {
    const sealer = (await clientSealers(scope, [row.clientId]))(row.clientId);
    return {
      ...draftOf(sealer.open<CaseStudyDraft>(row.sealed)),
      id: row.id,
      engagementId: row.engagementId,
      clientId: row.clientId,
      language: row.language,
      slug: row.slug,
      publishedAt: row.publishedAt,
      republishedAt: row.republishedAt,
      published: row.publishedAt ? { title: row.publishedTitle ?? '', markdown: row.publishedMarkdown ?? '', pictures: row.publishedPictures ?? [] } : null,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  };
  const toComment = (row: typeof caseStudyComments.$inferSelect): CommentRecord => ({
    id: row.id,
    caseStudyId: row.caseStudyId,
    name: row.name,
    email: keys.practice.open<string>(row.emailSealed),
    website: row.website,
    body: row.body,
    status: row.status,
    createdAt: row.createdAt,
  });

  return {
    async create(engagement: { id: string; clientId: string }, language: 'fr' | 'en', draft: CaseStudyDraft): Promise<CaseStudyRecord> {
      const sealer = (await clientSealers(scope, [engagement.clientId]))(engagement.clientId);
      const [row] = await db.insert(caseStudies).values({ practiceId, engagementId: engagement.id, clientId: engagement.clientId, language, sealed: sealer.seal(draftOf(draft)) }).returning();
      return toRecord(row!);
    },
    async get(id: string): Promise<CaseStudyRecord | null> {
      if (!isId(id)) return null;
      const [row] = await db.select().from(caseStudies).where(mine(id));
      return row ? toRecord(row) : null;
    },
    async list(): Promise<(CaseStudyRecord & { pendingComments: number })[]> {
      const rows = await db.select().from(caseStudies).where(eq(caseStudies.practiceId, practiceId)).orderBy(desc(caseStudies.updatedAt));
      const pending = rows.length
        ? await db
            .select({ id: caseStudyComments.caseStudyId, n: count() })
            .from(caseStudyComments)
            .where(and(eq(caseStudyComments.practiceId, practiceId), eq(caseStudyComments.status, 'pending'), inArray(caseStudyComments.caseStudyId, rows.map((r) => r.id))))
            .groupBy(caseStudyComments.caseStudyId)
        : [];
      const counts = new Map(pending.map((p) => [p.id, Number(p.n)]));
      return Promise.all(rows.map(async (r) => ({ ...(await toRecord(r)), pendingComments: counts.get(r.id) ?? 0 })));
    },
    async saveDraft(record: CaseStudyRecord, draft: CaseStudyDraft): Promise<CaseStudyRecord> {
      const sealer = (await clientSealers(scope, [record.clientId]))(record.clientId);
      const [row] = await db.update(caseStudies).set({ sealed: sealer.seal(draftOf(draft)), updatedAt: new Date() }).where(mine(record.id)).returning();
      return toRecord(row!);
    },
    /** Its first publication (or its first since it was taken off the page): dated now, never republished. */
    async publish(id: string, published: { slug: string; title: string; markdown: string; pictures: PublishedPicture[] }): Promise<void> {
      const now = new Date();
      await db
        .update(caseStudies)
        .set({ slug: published.slug, publishedTitle: published.title, publishedMarkdown: published.markdown, publishedPictures: published.pictures, publishedAt: now, republishedAt: null, updatedAt: now })
        .where(mine(id));
    },
    /** New words for a published case: the page shows them at the same address, its first publication date kept, dated as republished now. */
    async republish(id: string, published: { title: string; markdown: string; pictures: PublishedPicture[] }): Promise<void> {
      const now = new Date();
      await db
        .update(caseStudies)
        .set({ publishedTitle: published.title, publishedMarkdown: published.markdown, publishedPictures: published.pictures, republishedAt: now, updatedAt: now })
        .where(and(mine(id), isNotNull(caseStudies.publishedAt)));
    },
    async unpublish(id: string): Promise<void> {
      await db.update(caseStudies).set({ publishedTitle: null, publishedMarkdown: null, publishedPictures: null, publishedAt: null, republishedAt: null, updatedAt: new Date() }).where(mine(id));
    },
    async slugTaken(slug: string, exceptId: string): Promise<boolean> {
      const rows = await db.select({ id: caseStudies.id }).from(caseStudies).where(and(eq(caseStudies.practiceId, practiceId), eq(caseStudies.slug, slug)));
      return rows.some((r) => r.id !== exceptId);
    },
    async remove(id: string): Promise<boolean> {
      if (!isId(id)) return false;
      return (await db.delete(caseStudies).where(mine(id)).returning({ id: caseStudies.id })).length > 0;
    },

    /** The practice's public address, created from its name at the first publication. */
    async pageOf(): Promise<{ slug: string; heading: string } | null> {
      const [row] = await db.select().from(practicePages).where(eq(practicePages.practiceId, practiceId));
      return row ? { slug: row.slug, heading: row.heading } : null;
    },
    async createPage(slug: string, heading: string): Promise<boolean> {
      const rows = await db.insert(practicePages).values({ practiceId, slug, heading }).onConflictDoNothing().returning();
      return rows.length > 0;
    },

    async published(): Promise<PublishedCase[]> {
      const rows = await db.select().from(caseStudies).where(and(eq(caseStudies.practiceId, practiceId), isNotNull(caseStudies.publishedAt))).orderBy(desc(caseStudies.publishedAt));
      return rows.map((r) => ({
        id: r.id,
        slug: r.slug!,
        language: r.language,
        title: r.publishedTitle!,
        markdown: r.publishedMarkdown!,
        pictures: r.publishedPictures ?? [],
        publishedAt: r.publishedAt!,
        republishedAt: r.republishedAt,
      }));
    },

    async addComment(caseStudyId: string, input: { name: string; email: string; website: string | null; body: string }): Promise<void> {
      await db.insert(caseStudyComments).values({ practiceId, caseStudyId, name: input.name, emailSealed: keys.practice.seal(input.email), website: input.website, body: input.body });
    },
    async comments(filter: { status?: CommentRecord['status']; caseStudyId?: string }): Promise<CommentRecord[]> {
      const rows = await db
        .select()
        .from(caseStudyComments)
        .where(
          and(
            eq(caseStudyComments.practiceId, practiceId),
            filter.status ? eq(caseStudyComments.status, filter.status) : undefined,
            filter.caseStudyId ? eq(caseStudyComments.caseStudyId, filter.caseStudyId) : undefined,
          ),
        )
        .orderBy(caseStudyComments.createdAt);
      return rows.map(toComment);
    },
    async comment(id: string): Promise<CommentRecord | null> {
      if (!isId(id)) return null;
      const [row] = await db
        .select()
        .from(caseStudyComments)
        .where(and(eq(caseStudyComments.id, id), eq(caseStudyComments.practiceId, practiceId)));
      return row ? toComment(row) : null;
    },
    async moderate(id: string, status: 'approved' | 'rejected'): Promise<CommentRecord | null> {
      if (!isId(id)) return null;
      const [row] = await db
        .update(caseStudyComments)
        .set({ status })
        .where(and(eq(caseStudyComments.id, id), eq(caseStudyComments.practiceId, practiceId)))
        .returning();
      return row ? toComment(row) : null;
    },
  };
}
export type CaseStudyRepository = ReturnType<typeof caseStudyRepository>;
