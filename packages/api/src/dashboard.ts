import { z } from 'zod';
import { ENGAGEMENT_STATUSES, SESSION_MODES } from '@alliance/domain';

export const attentionReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('no_recent_session'), daysSinceLastSession: z.number().int().nullable() }),
  z.object({ kind: z.literal('over_plan'), held: z.number().int(), planned: z.number().int() }),
  z.object({ kind: z.literal('closing_below_plan'), held: z.number().int(), planned: z.number().int() }),
  z.object({ kind: z.literal('no_contract_date') }),
]);

export const dashboard = z.object({
  upcomingSessions: z.array(
    z.object({
      sessionId: z.string(),
      engagementId: z.string(),
      engagementTitle: z.string(),
      clientName: z.string(),
      scheduledAt: z.string(),
      durationMinutes: z.number().int(),
      mode: z.enum(SESSION_MODES),
      ordinal: z.number().int().nullable(),
      plannedSessions: z.number().int().nullable(),
    }),
  ),
  attention: z.array(
    z.object({
      engagementId: z.string(),
      title: z.string(),
      clientName: z.string(),
      status: z.enum(ENGAGEMENT_STATUSES),
      reasons: z.array(attentionReason),
    }),
  ),
  counts: z.object({ clients: z.number().int(), activeEngagements: z.number().int() }),
});
export type Dashboard = z.infer<typeof dashboard>;

export const health = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'postgres']) });
