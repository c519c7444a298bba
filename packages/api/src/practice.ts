import { DIGEST_FREQUENCIES, MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, PAGE_HEADING_MAX, PAGE_INTRO_MAX } from '@alliance/domain';
import { z } from 'zod';

export const practice = z.object({
  id: z.string(),
  name: z.string(),
  isDemo: z.boolean(),
  minimumSessions: z.number().int(),
  deepWorkMin: z.number().int(),
  deepWorkMax: z.number().int(),
  quietAfterDays: z.number().int(),
  requireTwoFactor: z.boolean(),
  retentionYears: z.number().int(),
  /** An alliance score (0–10) below this raises an alert. */
  allianceThreshold: z.number().int(),
  /** At most one e-mail a day with the new alerts, or none. */
  alertDigest: z.enum(DIGEST_FREQUENCIES),
  /** The public page's heading and introduction; empty: the default heading, no introduction. */
  pageHeading: z.string(),
  pageIntro: z.string(),
});
export type Practice = z.infer<typeof practice>;

/** Plain text, shown escaped: one line for the heading, short paragraphs for the introduction; no control characters. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const pageHeading = z
  .string()
  .trim()
  .max(PAGE_HEADING_MAX)
  .refine((s) => !/[\r\n]/.test(s) && !CONTROL.test(s), 'One line of plain text');
const pageIntro = z
  .string()
  .trim()
  .max(PAGE_INTRO_MAX)
  .refine((s) => !CONTROL.test(s), 'Plain text');

export const updatePractice = z
  .object({
    name: z.string().trim().min(1).max(200),
    minimumSessions: z.number().int().min(1).max(100),
    deepWorkMin: z.number().int().min(1).max(100),
    deepWorkMax: z.number().int().min(1).max(200),
    quietAfterDays: z.number().int().min(1).max(365),
    requireTwoFactor: z.boolean(),
    retentionYears: z.number().int().min(MIN_RETENTION_YEARS).max(MAX_RETENTION_YEARS),
    allianceThreshold: z.number().int().min(0).max(10),
    alertDigest: z.enum(DIGEST_FREQUENCIES),
    pageHeading: pageHeading,
    pageIntro: pageIntro,
  })
  .partial()
  .strict();
export type UpdatePractice = z.infer<typeof updatePractice>;

export const memberRole = z.enum(['owner', 'coach']);
export type MemberRole = z.infer<typeof memberRole>;

export const me = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), twoFactorEnabled: z.boolean() }),
  practice,
  /** The owner changes the practice's settings and applies its retention period; a coach works in it. */
  role: memberRole,
});
export type Me = z.infer<typeof me>;

export const invitationInput = z.object({ email: z.email().max(320) }).strict();
export const invitation = z.object({
  id: z.string(),
  email: z.string(),
  expiresAt: z.string(),
  createdAt: z.string(),
});
/** Only the creation answer carries the token: it is stored hashed and never shown again. */
export const createdInvitation = invitation.extend({ token: z.string(), joinPath: z.string() });
export const acceptInvitation = z.object({ token: z.string().min(20).max(200) }).strict();
export const member = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: memberRole });
export type Invitation = z.infer<typeof invitation>;
export type CreatedInvitation = z.infer<typeof createdInvitation>;
export type Member = z.infer<typeof member>;

export const retentionDue = z.object({
  retentionYears: z.number().int(),
  due: z.array(
    z.object({
      engagementId: z.string(),
      title: z.string(),
      clientId: z.string(),
      clientName: z.string(),
      status: z.string(),
      lastActivityAt: z.string(),
      dueSince: z.string(),
      /** Her last engagement: erasing it erases her record too. */
      clientErasedToo: z.boolean(),
    }),
  ),
});
export type RetentionDue = z.infer<typeof retentionDue>;
export const retentionErase = z.object({ engagementIds: z.array(z.uuid()).min(1).max(1000) }).strict();
export const retentionErased = z.object({ erasedEngagements: z.number().int(), erasedClients: z.number().int() });
