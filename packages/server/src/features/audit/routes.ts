import { auditCursor, auditPage, auditQuery } from '@alliance/api';
import { ctx } from '../../http/context.js';
import type { AuditWriter } from '../../http/audit-writer.js';
import { errors, type TypedApp } from '../../http/typed.js';

/** The coach reads who opened or changed which client's record. */
export function auditRoutes(app: TypedApp, writer: AuditWriter): void {
  app.get('/api/v1/audit', { schema: { tags: ['audit'], querystring: auditQuery, response: { 200: auditPage, ...errors } } }, async (request) => {
    const { clientId, before, cursor, limit } = request.query;
    await writer.flush();
    const after = cursor ? auditCursor.parse(cursor) : undefined;
    const items = await ctx(request).repos.audit.list({
      clientId,
      before: before ? new Date(before) : undefined,
      after: after && { at: new Date(after.at), id: after.id },
      limit,
    });
    const last = items[items.length - 1];
    return { items, nextCursor: items.length === limit && last ? auditCursor.of(last) : null };
  });
}
