import { dashboard, type Dashboard } from '@alliance/api';
import { isFinished, needsAttention, sessionProgress } from '@alliance/domain';
import { ctx } from '../../http/context.js';
import { errors, type TypedApp } from '../../http/typed.js';

export const UPCOMING_SESSIONS_SHOWN = 10;

export function dashboardRoutes(app: TypedApp): void {
  app.get('/api/v1/dashboard', { schema: { tags: ['dashboard'], response: { 200: dashboard, ...errors } } }, async (request): Promise<Dashboard> => {
    const { repos, practice } = ctx(request);
    const now = new Date();
    const [engagements, counts, upcoming, clientCount] = await Promise.all([
      repos.engagements.list(),
      repos.engagements.sessionCounts(),
      repos.sessions.upcoming(now, UPCOMING_SESSIONS_SHOWN),
      repos.clients.count(),
    ]);
    const byId = new Map(engagements.map((e) => [e.id, e]));
    const names = await repos.clients.namesOf(engagements.map((e) => e.clientId));
    const schedules = new Map(
      await Promise.all([...new Set(upcoming.map((u) => u.engagementId))].map(async (id) => [id, await repos.sessions.scheduleOf(id)] as const)),
    );

    const upcomingSessions = upcoming.map((u) => {
      const e = byId.get(u.engagementId);
      const progress = sessionProgress(schedules.get(u.engagementId) ?? [], u.plannedSessions);
      return {
        sessionId: u.id,
        engagementId: u.engagementId,
        engagementTitle: e?.title ?? '',
        clientName: names.get(u.clientId) ?? '',
        scheduledAt: u.scheduledAt.toISOString(),
        durationMinutes: u.durationMinutes,
        mode: u.mode,
        ordinal: progress.ordinals.get(u.id) ?? null,
        plannedSessions: u.plannedSessions,
      };
    });

    const attention = engagements
      .filter((e) => !isFinished(e.status))
      .map((e) => {
        const c = counts.get(e.id);
        const reasons = needsAttention(
          {
            status: e.status,
            planned: e.plannedSessions,
            held: c?.held ?? 0,
            lastHeldAt: c?.lastHeldAt ?? null,
            nextPlannedAt: c?.nextPlannedAt ?? null,
            contractAgreedOn: e.contract.agreedOn ?? null,
            startedAt: e.createdAt,
          },
          now,
          practice,
        );
        return { engagementId: e.id, title: e.title, clientName: names.get(e.clientId) ?? '', status: e.status, reasons };
      })
      .filter((a) => a.reasons.length > 0);

    return {
      upcomingSessions,
      attention,
      counts: { clients: clientCount, activeEngagements: engagements.filter((e) => e.status === 'active').length },
    };
  });
}
