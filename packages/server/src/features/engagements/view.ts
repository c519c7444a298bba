import type { Engagement, EngagementSummary, Practice } from '@alliance/api';
import { advisePlannedSessions, allowedTransitions, closingWellBelowPlan, isThreeWay } from '@alliance/domain';
import type { Repositories } from '../../repos/index.js';
import type { EngagementRecord } from '../../repos/engagements.js';
import { AppError, notFound } from '../../http/errors.js';

export async function requireEngagement(repos: Repositories, id: string): Promise<EngagementRecord> {
  const found = await repos.engagements.get(id);
  if (!found) throw notFound('Engagement');
  return found;
}

/** A client or sponsor named in a body must belong to the caller's practice. */
export async function assertPartiesExist(repos: Repositories, ids: { clientId?: string; sponsorId?: string | null }): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  if (ids.clientId !== undefined && !(await repos.clients.get(ids.clientId))) issues.push({ path: 'clientId', message: 'No such client' });
  if (ids.sponsorId && !(await repos.organisations.get(ids.sponsorId))) issues.push({ path: 'sponsorId', message: 'No such organisation' });
  if (issues.length) throw new AppError('invalid_input', `Invalid input: ${issues.map((i) => i.path).join(', ')}`, issues);
}

export async function engagementSummaries(repos: Repositories, records: EngagementRecord[]): Promise<EngagementSummary[]> {
  const [clientNames, sponsorNames, counts] = await Promise.all([
    repos.clients.namesOf(records.map((r) => r.clientId)),
    repos.organisations.namesOf(records.flatMap((r) => (r.sponsorId ? [r.sponsorId] : []))),
    repos.engagements.sessionCounts(records.length === 1 ? [records[0]!.id] : undefined),
  ]);
  return records.map((r) => {
    const c = counts.get(r.id);
    return {
      id: r.id,
      title: r.title,
      clientId: r.clientId,
      clientName: clientNames.get(r.clientId) ?? '',
      sponsorId: r.sponsorId,
      sponsorName: r.sponsorId ? (sponsorNames.get(r.sponsorId) ?? null) : null,
      origin: r.origin,
      status: r.status,
      plannedSessions: r.plannedSessions,
      heldSessions: c?.held ?? 0,
      nextSessionAt: c?.nextPlannedAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export async function engagementView(repos: Repositories, practice: Practice, record: EngagementRecord): Promise<Engagement> {
  const [[summary], objectives] = await Promise.all([engagementSummaries(repos, [record]), repos.engagements.objectivesOf(record.id)]);
  return {
    ...summary!,
    objectives,
    contract: record.contract,
    threeWay: isThreeWay(record.contract, record.sponsorId !== null),
    allowedTransitions: [...allowedTransitions(record.status)],
    planAdvice: advisePlannedSessions(record.plannedSessions ?? undefined, practice),
    closingWellBelowPlan: (record.status === 'closing' || record.status === 'closed') && closingWellBelowPlan(summary!.heldSessions, record.plannedSessions, practice),
  };
}
