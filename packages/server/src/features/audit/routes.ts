import { auditEvent, auditQuery } from '@alliance/api';
import { ctx } from '../../http/context.js';
import type { AuditWriter } from '../../http/audit-writer.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';

/** The coach reads who opened or changed which client's record. */
export function auditRoutes(app: TypedApp, writer: AuditWriter): void {
  app.get('/api/v1/audit', { schema: { tags: ['audit'], querystring: auditQuery, response: { 200: itemsOf(auditEvent), ...errors } } }, async (request) => {
    const { clientId, before, limit } = request.query;
    await writer.flush();
    return { items: await ctx(request).repos.audit.list({ clientId, before: before ? new Date(before) : undefined, limit }) };
  });
}
