import { z } from 'zod';
import {
  ALERT_KINDS,
  ALLIANCE_MAX,
  ALLIANCE_MIN,
  COMMITMENT_KINDS,
  CONSENT_SCOPES,
  FEEDBACK_OUTCOMES,
  JOURNAL_INTENSITY_MAX,
  JOURNAL_INTENSITY_MIN,
  PROGRESS_SCALES,
  SESSION_MODES,
  SESSION_STATUSES,
  SPONSOR_VISIBILITY,
} from '@alliance/domain';
import { id, isoDate, text } from './common.js';

/*
 * The client's space and the sponsor's view (what they send and receive), and the
 * coach's side of the same records: invitations, commitments, check-ins, alerts,
 * progress and the closing review.
 */

const COMMITMENT_STATUS_VALUES = ['open', 'in_progress', 'done', 'dropped', 'holding', 'strained', 'broken'] as const;
export const language = z.enum(['fr', 'en']);

// ——— Signing in without a password ———

export const portalSignIn = z.object({ token: z.string().trim().min(10).max(200) }).strict();
export const portalLinkRequest = z.object({ email: z.string().trim().max(320).pipe(z.email()), language: language.optional() }).strict();
export const portalMe = z.object({
  kind: z.enum(['client', 'sponsor']),
  name: z.string(),
  practiceName: z.string(),
  language,
  engagements: z.array(z.object({ id, title: z.string(), status: z.string() })),
});
export type PortalMe = z.infer<typeof portalMe>;

/** The coach invites a client to her space (or the sponsor to the contract's view). */
export const portalInvitationInput = z.object({ language: language.optional() }).strict();
export const sponsorInvitationInput = z
  .object({ name: z.string().trim().min(1).max(200).optional(), email: z.email().max(320).optional(), language: language.optional() })
  .strict();
export const portalInvitation = z.object({
  accountId: id,
  kind: z.enum(['client', 'sponsor']),
  sentTo: z.string(),
  expiresAt: z.string(),
  /** Where the message went: the mail server, or the outbox page when none is configured. */
  delivery: z.enum(['smtp', 'outbox']),
});
export const portalAccess = z.object({
  accountId: id,
  kind: z.enum(['client', 'sponsor']),
  engagementId: id.nullable(),
  name: z.string(),
  email: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type PortalAccess = z.infer<typeof portalAccess>;

// ——— Journal ———

export const journalEmotion = z
  .object({ name: z.string().trim().min(1).max(100), intensity: z.number().int().min(JOURNAL_INTENSITY_MIN).max(JOURNAL_INTENSITY_MAX) })
  .strict();
export const journalInput = z
  .object({
    engagementId: id,
    occurredOn: isoDate,
    situation: text(10_000).optional(),
    emotions: z.array(journalEmotion).max(20).default([]),
    thoughts: text(10_000).optional(),
    needs: text(10_000).optional(),
  })
  .strict();
// Its own emotions field: the input's default ([]) would otherwise erase them on every patch that does not name them.
export const journalPatch = journalInput
  .omit({ engagementId: true, emotions: true })
  .partial()
  .extend({ emotions: z.array(journalEmotion).max(20).optional(), shared: z.boolean().optional() })
  .strict();
export const journalEntry = z.object({
  id,
  engagementId: id,
  occurredOn: z.string(),
  situation: z.string().optional(),
  emotions: z.array(z.object({ name: z.string(), intensity: z.number() })),
  thoughts: z.string().optional(),
  needs: z.string().optional(),
  sharedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JournalEntry = z.infer<typeof journalEntry>;
export type JournalInput = z.input<typeof journalInput>;

// ——— Commitments and guardrails ———

export const commitmentInput = z
  .object({ kind: z.enum(COMMITMENT_KINDS), statement: z.string().trim().min(1).max(2_000), dueOn: isoDate.nullable().optional() })
  .strict();
export const commitmentPatch = z
  .object({
    statement: z.string().trim().min(1).max(2_000),
    dueOn: isoDate.nullable(),
    status: z.enum(COMMITMENT_STATUS_VALUES),
    clientNote: text(2_000),
  })
  .partial()
  .strict();
/** What the client may change: the status, and a word about it. */
export const clientCommitmentPatch = commitmentPatch.pick({ status: true, clientNote: true }).strict();
export const commitment = z.object({
  id,
  engagementId: id,
  kind: z.enum(COMMITMENT_KINDS),
  statement: z.string(),
  status: z.enum(COMMITMENT_STATUS_VALUES),
  dueOn: z.string().nullable(),
  clientNote: z.string().optional(),
  updatedBy: z.enum(['coach', 'client']),
  updatedAt: z.string(),
});
export type Commitment = z.infer<typeof commitment>;

// ——— Check-ins ———

const rating = z.number().int().min(ALLIANCE_MIN).max(ALLIANCE_MAX);
export const allianceRatings = z.object({ heard: rating, mattered: rating, approach: rating, overall: rating }).strict();
export const beforeCheckInInput = z
  .object({ progress: z.array(z.object({ objectiveId: id, value: z.number().int() }).strict()).min(1).max(50) })
  .strict();
export const afterCheckInInput = z.object({ ratings: allianceRatings, comment: text(5_000).optional() }).strict();
export const checkInKind = z.enum(['before', 'after']);
export const checkInParams = z.object({ id: z.string(), kind: checkInKind });
export const checkIn = z.object({
  id,
  sessionId: id,
  kind: checkInKind,
  answeredAt: z.string(),
  progress: z.array(z.object({ objectiveId: z.string(), value: z.number() })).optional(),
  ratings: allianceRatings.optional(),
  score: z.number().optional(),
  comment: z.string().optional(),
});
export type CheckIn = z.infer<typeof checkIn>;

// ——— Feedback after the real event, and the testimonial ———

export const clientFeedbackInput = z
  .object({
    engagementId: id,
    event: z.string().trim().min(1).max(1_000),
    eventOn: isoDate.optional(),
    outcome: z.enum(FEEDBACK_OUTCOMES),
    account: text(20_000).optional(),
  })
  .strict();
export const testimonialInput = z
  .object({ engagementId: id, text: z.string().trim().min(1).max(10_000), consentScope: z.enum(CONSENT_SCOPES).nullable().optional() })
  .strict();
export const testimonial = z.object({
  id,
  engagementId: id,
  text: z.string(),
  consent: z.object({ scope: z.enum(CONSENT_SCOPES), consentedAt: z.string(), withdrawnAt: z.string().nullable() }).nullable(),
  /** How a publication would sign it, when consent is in force. */
  attribution: z.string().nullable(),
  updatedAt: z.string(),
});
export type Testimonial = z.infer<typeof testimonial>;

// ——— What the sponsor sees (and the client sees that the sponsor sees) ———

export const sponsorView = z.object({
  visibility: z.enum(SPONSOR_VISIBILITY),
  attendance: z
    .object({
      plannedSessions: z.number().nullable(),
      held: z.number(),
      cancelled: z.number(),
      noShow: z.number(),
      dates: z.array(z.object({ date: z.string(), status: z.enum(['held', 'cancelled', 'no_show']) })),
    })
    .nullable(),
  objectiveProgress: z.array(z.object({ id: z.string(), statement: z.string(), fraction: z.number().nullable() })).nullable(),
});
export const sponsorPage = z.object({ engagementTitle: z.string(), clientName: z.string(), practiceName: z.string(), view: sponsorView });
export type SponsorPage = z.infer<typeof sponsorPage>;

// ——— The client's space ———

export const spaceSession = z.object({
  id,
  scheduledAt: z.string(),
  durationMinutes: z.number(),
  mode: z.enum(SESSION_MODES),
  status: z.enum(SESSION_STATUSES),
  ordinal: z.number().nullable(),
  /** Only when the coach shared it. Never her notes or reflections. */
  summary: z.string().nullable(),
  checkIns: z.object({ before: z.boolean(), after: z.boolean() }),
  boards: z.array(z.object({ id, title: z.string() })),
});
export const clientSpace = z.object({
  engagement: z.object({ id, title: z.string(), status: z.string(), plannedSessions: z.number().nullable(), progressScale: z.enum(PROGRESS_SCALES) }),
  objectives: z.array(z.object({ id, statement: z.string() })),
  sessions: z.array(spaceSession),
  commitments: z.array(commitment),
  sponsor: z.object({ name: z.string(), view: sponsorView }).nullable(),
  testimonial: testimonial.nullable(),
  feedback: z.array(z.object({ id, event: z.string(), eventOn: z.string().nullable(), outcome: z.string().nullable(), givenBy: z.enum(['coach', 'client']) })),
});
export type ClientSpace = z.infer<typeof clientSpace>;
/** A view-only link to one of her boards, live while the coach has it open. */
export const portalBoardLink = z.object({ path: z.string(), expiresAt: z.string() });
export const engagementQuery = z.object({ engagementId: z.string() });

// ——— The coach's side ———

export const alert = z.object({
  id,
  kind: z.enum(ALERT_KINDS),
  engagementId: id,
  clientId: id,
  clientName: z.string(),
  detail: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Alert = z.infer<typeof alert>;

export const progressView = z.object({
  engagementId: id,
  progressScale: z.enum(PROGRESS_SCALES),
  objectives: z.array(
    z.object({
      id,
      statement: z.string(),
      points: z.array(z.object({ at: z.string(), sessionId: z.string().nullable(), value: z.number(), fraction: z.number() })),
    }),
  ),
  alliance: z.array(z.object({ at: z.string(), sessionId: z.string().nullable(), score: z.number() })),
  emotions: z.array(
    z.object({
      sessionId: id,
      at: z.string(),
      ordinal: z.number().nullable(),
      before: z.array(z.object({ name: z.string(), intensity: z.number() })),
      after: z.array(z.object({ name: z.string(), intensity: z.number() })),
    }),
  ),
});
export type ProgressView = z.infer<typeof progressView>;
export const progressScaleInput = z.object({ progressScale: z.enum(PROGRESS_SCALES) }).strict();

/** The coach's summary for the client, shared with her only when the coach says so. */
export const sessionSummaryInput = z.object({ summary: text(20_000).optional(), shared: z.boolean().optional() }).strict();
export const sessionSummary = z.object({ sessionId: id, summary: z.string(), sharedAt: z.string().nullable() });
