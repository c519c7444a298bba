import type { ProgressView } from '@alliance/api';
import { allianceSeries, objectiveSeries, sessionProgress, sponsorView, type BeforeCheckIn, type SponsorView } from '@alliance/domain';
import type { EngagementRecord } from '../../repos/engagements.js';
import type { Repositories } from '../../repos/index.js';

/** The before-session check-ins of an engagement, as the domain's progress rules read them. */
export async function beforeCheckIns(repos: Repositories, engagementId: string): Promise<BeforeCheckIn[]> {
  return (await repos.checkIns.listIn(engagementId))
    .filter((c) => c.kind === 'before')
    .map((c) => ({ sessionId: c.sessionId, at: c.answeredAt, progress: c.progress ?? [] }));
}

/**
 * What the sponsor may see of one engagement, built by the domain from the bare
 * facts it needs (dates, statuses, objectives' statements and latest progress):
 * notes, ratings and comments are never even handed to it.
 */
export async function sponsorViewOf(repos: Repositories, engagement: EngagementRecord, now = new Date()): Promise<SponsorView> {
  const [schedule, objectives, checkIns] = await Promise.all([
    repos.sessions.scheduleOf(engagement.id),
    repos.engagements.objectivesOf(engagement.id),
    beforeCheckIns(repos, engagement.id),
  ]);
  const series = objectiveSeries(engagement.progressScale, objectives.map((o) => o.id), checkIns);
  return sponsorView(engagement.contract.sponsorVisibility, {
    plannedSessions: engagement.plannedSessions,
    sessions: schedule.map((s) => ({ scheduledAt: s.scheduledAt.toISOString(), status: s.status, durationMinutes: s.durationMinutes })),
    objectives: objectives.map((o) => ({ id: o.id, statement: o.statement, latestFraction: series.find((x) => x.objectiveId === o.id)?.points.at(-1)?.fraction ?? null })),
    now,
  });
}

/** The coach's progress view: objectives and alliance over the sessions, emotions before and after each. */
export async function progressViewOf(repos: Repositories, engagement: EngagementRecord): Promise<ProgressView> {
  const [objectives, checkIns, sessions] = await Promise.all([
    repos.engagements.objectivesOf(engagement.id),
    repos.checkIns.listIn(engagement.id),
    repos.sessions.listForEngagement(engagement.id),
  ]);
  const before = checkIns.filter((c) => c.kind === 'before').map((c) => ({ sessionId: c.sessionId, at: c.answeredAt, progress: c.progress ?? [] }));
  const after = checkIns.filter((c) => c.kind === 'after' && c.ratings).map((c) => ({ sessionId: c.sessionId, at: c.answeredAt, ratings: c.ratings! }));
  const series = objectiveSeries(engagement.progressScale, objectives.map((o) => o.id), before);
  const ordinals = sessionProgress(sessions, engagement.plannedSessions).ordinals;
  return {
    engagementId: engagement.id,
    progressScale: engagement.progressScale,
    objectives: objectives.map((o) => ({ id: o.id, statement: o.statement, points: series.find((s) => s.objectiveId === o.id)?.points ?? [] })),
    alliance: allianceSeries(after),
    emotions: sessions
      .filter((s) => (s.notes.emotionsBefore?.length ?? 0) + (s.notes.emotionsAfter?.length ?? 0) > 0)
      .map((s) => ({
        sessionId: s.id,
        at: s.scheduledAt.toISOString(),
        ordinal: ordinals.get(s.id) ?? null,
        before: s.notes.emotionsBefore ?? [],
        after: s.notes.emotionsAfter ?? [],
      })),
  };
}
