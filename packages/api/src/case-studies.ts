import { ANONYMISE_MODES, COMMENT_FIELDS, DETAIL_KINDS, ENTITY_TYPES, FINDING_CERTAINTIES, PASSAGE_CONTEXT } from '@alliance/domain';
import { z } from 'zod';
import { telltaleDetail } from './anonymise.js';
import { id, isoDate } from './common.js';

const entityType = z.enum(ENTITY_TYPES);

/**
 * The one passage a decision is for, when it is not for the name (domain:
 * case-study/passages.ts): the text just before and after the name as it stood when
 * she decided, and which of the passages alike it was, of how many. The server
 * applies it only where all of that still holds; elsewhere the review lists it as `stale`.
 */
export const decisionPassage = z
  .object({
    before: z.string().max(PASSAGE_CONTEXT),
    after: z.string().max(PASSAGE_CONTEXT),
    index: z.number().int().min(0).max(1999),
    count: z.number().int().min(1).max(2000),
  })
  .strict()
  .refine((p) => p.index < p.count, { path: ['index'], message: 'The passage index must be less than the count of passages alike' });

/** A decision for a name (every passage of it), or with `passage` for that one passage only. */
export const spanDecision = z.discriminatedUnion('action', [
  z.object({ text: z.string().min(1).max(500), type: entityType, action: z.enum(['accept', 'keep']), passage: decisionPassage.optional() }).strict(),
  z.object({ text: z.string().min(1).max(500), type: entityType, action: z.literal('replace'), replacement: z.string().min(1).max(200), passage: decisionPassage.optional() }).strict(),
]);
export const addedSpan = z.object({ text: z.string().trim().min(1).max(500), type: entityType, replacement: z.string().min(1).max(200) }).strict();

export const publicationConsent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('client'), scope: z.enum(['anonymised', 'first_name', 'full_name']), givenOn: isoDate, withdrawnOn: isoDate.nullable().optional() }).strict(),
  z.object({ kind: z.literal('composite'), statement: z.string().trim().min(10).max(1000) }).strict(),
  /** The consent the client gave herself in her space (with her testimonial): its scope and date are hers. */
  z.object({ kind: z.literal('client_space') }).strict(),
]);
export type PublicationConsentInput = z.input<typeof publicationConsent>;

/** A detail to check, as the coach confirms she has read it: its kind, its words, the picture label it stands in. */
export const checkedDetail = z.object({ kind: z.enum(DETAIL_KINDS), text: z.string().min(1).max(500), label: z.string().max(1000).optional() }).strict();

export const composeCaseStudyInput = z.object({ language: z.enum(['fr', 'en']).default('fr') }).strict();

export const caseStudyPatch = z
  .object({
    title: z.string().trim().min(1).max(200),
    markdown: z.string().max(100_000),
    mode: z.enum(ANONYMISE_MODES),
    decisions: z.array(spanDecision).max(2000),
    added: z.array(addedSpan).max(500),
    /**
     * "J'ai relu ces détails": the details to check she had before her. Stored with the
     * server's time; a detail that appears since is not covered and holds publication.
     */
    detailsChecked: z.array(checkedDetail).max(2000),
  })
  .partial()
  .strict();
export type CaseStudyPatch = z.infer<typeof caseStudyPatch>;

export const reviewedSpan = z.object({
  start: z.number().int(),
  end: z.number().int(),
  type: entityType,
  replacement: z.string(),
  source: z.string(),
  confidence: z.number(),
  decision: z.enum(['accept', 'replace', 'keep', 'added']).nullable(),
  /**
   * Where the detected name itself stands, when [start, end) also takes words before it
   * ("la Biscuiterie Lemoine", "à Montpellier", "d'Anne"). A decision's `text` is the
   * name's own words, so it covers every mention; absent on spans the coach added.
   */
  nameStart: z.number().int().optional(),
  nameEnd: z.number().int().optional(),
  /** Mentions the anonymiser counts as one person, organisation or place share it ("e3"; an index within this text). */
  entity: z.string().optional(),
  /** Present when this passage has a decision of its own, which overrides its name's: the passage that decision names. */
  passage: decisionPassage.optional(),
});

export const caseStudy = z.object({
  id,
  engagementId: id,
  language: z.enum(['fr', 'en']),
  title: z.string(),
  markdown: z.string(),
  mode: z.enum(ANONYMISE_MODES),
  decisions: z.array(spanDecision),
  added: z.array(addedSpan),
  consent: z
    .union([
      z.object({
        kind: z.literal('client'),
        scope: z.enum(['anonymised', 'first_name', 'full_name']),
        givenOn: z.string(),
        withdrawnOn: z.string().nullable().optional(),
        source: z.enum(['coach', 'client_space']).optional(),
      }),
      z.object({ kind: z.literal('composite'), statement: z.string(), statedAt: z.string() }),
    ])
    .nullable(),
  review: z.object({
    spans: z.array(reviewedSpan),
    /** The title and text as they would be published now. */
    title: z.string(),
    text: z.string(),
    unresolved: z.number().int(),
    /**
     * Her decisions for one passage that the text no longer holds as it was (the name or
     * the words around it edited, the passage removed, an identical one added or removed):
     * they apply nowhere, and the passage follows its name's decision, or waits.
     */
    stale: z.array(spanDecision),
    /**
     * Telling details in the title and text that no span masks yet, for the coach to check ("Détails à vérifier");
     * and those in the labels of the pictures shown, with their `label`: their offsets are then into that label.
     */
    details: z.array(
      telltaleDetail.extend({
        label: z.string().optional(),
        /** The detail's words (from the text, or from its label). */
        text: z.string(),
        /** Covered by her last "J'ai relu ces détails"; publication waits while one is not. */
        checked: z.boolean(),
      }),
    ),
    /**
     * The constellation pictures the text shows (`![alt](board-picture:<id> "caption")`),
     * as SVG, their labels turned as the text is: the preview draws them.
     */
    pictures: z.array(z.object({ id: z.string(), alt: z.string(), caption: z.string(), svg: z.string() })),
  }),
  /** When she last confirmed she read the details to check; null if never. */
  detailsCheckedAt: z.string().nullable(),
  status: z.enum(['draft', 'published']),
  /**
   * Published, and what would be published now (title, text, pictures, anonymised)
   * differs from what the public page shows: the page keeps the published version
   * until she republishes (`POST …/publish` again, through the same checks).
   */
  unpublishedChanges: z.boolean(),
  publicUrl: z.string().nullable(),
  /** The first publication, kept when she republishes: the article's date on the public page and its place in the feed. */
  publishedAt: z.string().nullable(),
  /** When she last republished changes (« Mis à jour le … » on the page, the feed's <updated>); null if never since it was published. */
  republishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseStudy = z.infer<typeof caseStudy>;

export const caseStudySummary = caseStudy
  .pick({ id: true, engagementId: true, language: true, title: true, status: true, unpublishedChanges: true, publicUrl: true, publishedAt: true, republishedAt: true, updatedAt: true })
  .extend({ pendingComments: z.number().int() });
export type CaseStudySummary = z.infer<typeof caseStudySummary>;

/** One thing in a comment that identifies someone (domain: case-study/comment-findings.ts). */
export const commentFinding = z.object({
  /** Where it is: the author's name or the comment; the author's e-mail is never read. */
  field: z.enum(COMMENT_FIELDS),
  /** Offsets into that field, in UTF-16 code units. */
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  type: entityType,
  /** A name the engagement recorded (the client, her organisation, the sponsor, a contact…). */
  recorded: z.boolean(),
  /** `sure`: it identifies someone; `check`: it may be a name, for her to judge (« à vérifier »). */
  certainty: z.enum(FINDING_CERTAINTIES),
});
export type CommentFinding = z.infer<typeof commentFinding>;

/** What a comment would reveal on the public page, and whether approving it needs `acknowledged`. */
export const commentIdentifying = z.object({
  found: z.array(commentFinding),
  /** A recorded name, an e-mail or a phone: approving is refused (409 comment_identifies) unless the coach says she has read it. */
  needsAcknowledgement: z.boolean(),
});
export type CommentIdentifying = z.infer<typeof commentIdentifying>;

export const comment = z.object({
  id,
  caseStudyId: id,
  caseStudyTitle: z.string(),
  name: z.string(),
  /** Shown to the coach only, so she can answer; never on the public page. */
  email: z.string(),
  website: z.string().nullable(),
  body: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  createdAt: z.string(),
  /** What in the name and the comment identifies someone of the engagement, read as the coach lists or moderates it. */
  identifying: commentIdentifying,
});
export type Comment = z.infer<typeof comment>;
export const commentsQuery = z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }).strict();
export const moderation = z
  .object({
    status: z.enum(['approved', 'rejected']),
    /** She has read what the comment reveals and approves it all the same; without it such an approval is refused. */
    acknowledged: z.boolean().optional(),
  })
  .strict();
/** The `details` of a 409 comment_identifies: what the comment reveals. */
export const commentIdentifiesDetails = commentIdentifying.pick({ found: true });

/** The public comment form, as a browser posts it. Field names are the form's. */
export const publicComment = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.email().max(200),
  website: z.union([z.url().max(200), z.literal('')]).optional(),
  body: z.string().trim().min(2).max(5000),
  /** The honeypot: hidden from people, filled by robots. */
  company: z.string().max(0).optional(),
});
