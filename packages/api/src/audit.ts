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

export const auditQuery = z.object({
  clientId: z.string().optional(),
  before: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
