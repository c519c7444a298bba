import { errorBody, retentionDue, retentionErase, retentionErased, type RetentionDue } from '@alliance/api';
import { isDueForDeletion, retentionEnds } from '@alliance/domain';
import { audit, ctx, requireOwner, type RequestContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { errors, type TypedApp } from '../../http/typed.js';

async function dueList({ repos, practice }: RequestContext, now: Date): Promise<RetentionDue['due']> {
  const [engagements, lastActivity] = await Promise.all([repos.engagements.list(), repos.engagements.lastActivity()]);
  const names = await repos.clients.namesOf(engagements.map((e) => e.clientId));
  const due = engagements.filter((e) => isDueForDeletion(e.status, lastActivity.get(e.id) ?? e.updatedAt, practice.retentionYears, now));
  const dueIds = new Set(due.map((e) => e.id));
  return due.map((e) => {
    const last = lastActivity.get(e.id) ?? e.updatedAt;
    return {
      engagementId: e.id,
      title: e.title,
      clientId: e.clientId,
      clientName: names.get(e.clientId) ?? '',
      status: e.status,
      lastActivityAt: last.toISOString(),
      dueSince: retentionEnds(last, practice.retentionYears).toISOString(),
      clientErasedToo: engagements.filter((x) => x.clientId === e.clientId).every((x) => dueIds.has(x.id)),
    };
  });
}

/** The practice's retention period: what is due for deletion, and its erasure once the coach confirms. */
export function retentionRoutes(app: TypedApp): void {
  const tags = ['retention'];
  app.get('/api/v1/retention', { schema: { tags, response: { 200: retentionDue, ...errors } } }, async (request) => {
    const c = ctx(request);
    return { retentionYears: c.practice.retentionYears, due: await dueList(c, new Date()) };
  });
  app.post('/api/v1/retention/erase', { schema: { tags, body: retentionErase, response: { 200: retentionErased, 403: errorBody, 409: errorBody, ...errors } } }, async (request) => {
    const c = ctx(request);
    // Applying the practice's retention period is the owner's call, like the period itself.
    requireOwner(c, 'applies the retention period');
    const due = await dueList(c, new Date());
    const byId = new Map(due.map((d) => [d.engagementId, d]));
    const notDue = request.body.engagementIds.filter((id) => !byId.has(id));
    if (notDue.length) {
      // Only what the list showed as due may go: never an engagement still within its period.
      throw new AppError('conflict', 'Some engagements are not due for deletion', { notDue });
    }
    let erasedEngagements = 0;
    const touchedClients = new Set<string>();
    for (const id of request.body.engagementIds) {
      const item = byId.get(id)!;
      if (await c.repos.engagements.remove(id)) {
        erasedEngagements += 1;
        touchedClients.add(item.clientId);
        audit(request, 'delete', 'engagement', id, item.clientId);
      }
    }
    let erasedClients = 0;
    for (const clientId of touchedClients) {
      if ((await c.repos.engagements.list({ clientId })).length === 0 && (await c.repos.clients.remove(clientId))) {
        erasedClients += 1;
        audit(request, 'delete', 'client', clientId, clientId);
      }
    }
    return { erasedEngagements, erasedClients };
  });
}
