import type { Practice } from '@alliance/api';
import { allianceAlert, DEFAULT_ALLIANCE_POLICY } from '@alliance/domain';
import type { EngagementRef } from '../repos/scope.js';
import type { Repositories } from '../repos/index.js';

/**
 * After a client rates a session: an alert when the rating is below the practice's
 * threshold, or well below her own average. One per session, however often she
 * changes her answer (the first low answer is the one worth a look).
 */
export async function alertOnAllianceRating(repos: Repositories, practice: Practice, engagement: EngagementRef, sessionId: string, score: number): Promise<boolean> {
  const earlier = (await repos.checkIns.allianceScores(engagement.id)).filter((s) => s.sessionId !== sessionId).map((s) => s.score);
  const found = allianceAlert(score, earlier, { ...DEFAULT_ALLIANCE_POLICY, threshold: practice.allianceThreshold });
  if (!found) return false;
  const detail = found.average === null ? `${found.score} / 10` : `${found.score} / 10 (${found.average})`;
  return repos.alerts.raise(engagement, found.kind, `alliance:${sessionId}`, detail);
}

/** A journal entry she chose to share: the coach hears of it once, even if she unshares and shares again. */
export async function alertOnSharedJournal(repos: Repositories, engagement: EngagementRef, entry: { id: string; occurredOn: string }): Promise<boolean> {
  return repos.alerts.raise(engagement, 'journal_shared', `journal:${entry.id}`, entry.occurredOn);
}
