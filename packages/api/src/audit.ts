import { z } from 'zod';

export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete'] as const;

export const auditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  targetKind: z.string(),
  targetId: z.string().nullable(),
  clientId: z.string().nullable(),
  ip: z.string(),
  userAgent: z.string(),
});
export type AuditEvent = z.infer<typeof auditEvent>;

/**
 * Several entries share one instant (a request that touched a session and its
 * engagement, a batch of openings), so pages follow (time, id), carried by an opaque
 * cursor: `nextCursor` of one page is the `cursor` of the next. `before` (a time)
 * remains for a reader who wants "what happened before this date".
 */
export const auditQuery = z.object({
  clientId: z.string().optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  cursor: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z~[0-9a-f-]{36}$/, 'A cursor is the nextCursor of a previous page')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const auditPage = z.object({ items: z.array(auditEvent), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPage>;

export const auditCursor = {
  of: (e: { at: string; id: string }) => `${e.at}~${e.id}`,
  parse: (cursor: string) => {
    const [at, id] = cursor.split('~') as [string, string];
    return { at, id };
  },
};
