/**
 * The few alerts a coach gets from the client space. Few on purpose: an alert
 * that fires often stops being read.
 */
import { localDay } from '../calendar.js';

export const ALERT_KINDS = ['alliance_low', 'alliance_drop', 'journal_shared', 'commitment_overdue'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface AlliancePolicy {
  /** The practice's setting, 0..10: a score below it is low. */
  threshold: number;
  /** "Well below her own average": how far below it a score must fall. */
  dropMargin: number;
  /** How many earlier scores before her average means anything. */
  minHistory: number;
}

export const DEFAULT_ALLIANCE_POLICY: AlliancePolicy = Object.freeze({ threshold: 6, dropMargin: 2, minHistory: 2 });

// Scores carry one decimal: 8.1 - 2 must still count 6.1 as "at least 2 below".
const EPSILON = 1e-9;

/**
 * Given the new score and the client's earlier scores (oldest first), which alert (if any) it raises:
 * below the practice threshold wins over a drop; a drop needs at least minHistory earlier scores and a
 * score at least dropMargin below their mean. `average` is that mean, or null while history is too short.
 */
export function allianceAlert(
  score: number,
  earlierScores: readonly number[],
  policy: AlliancePolicy = DEFAULT_ALLIANCE_POLICY,
): { kind: 'alliance_low' | 'alliance_drop'; score: number; average: number | null } | null {
  const enough = earlierScores.length > 0 && earlierScores.length >= policy.minHistory;
  const average = enough ? earlierScores.reduce((a, b) => a + b, 0) / earlierScores.length : null;
  if (score < policy.threshold) return { kind: 'alliance_low', score, average };
  if (average !== null && score <= average - policy.dropMargin + EPSILON) return { kind: 'alliance_drop', score, average };
  return null;
}

export interface CommitmentLike {
  id: string;
  kind: 'commitment' | 'guardrail';
  status: string;
  /** YYYY-MM-DD. */
  dueOn: string | null;
}

const STILL_OPEN = new Set(['open', 'in_progress']);

/**
 * Commitments (not guardrails) still open or in progress whose due date is before `today` (YYYY-MM-DD),
 * in the order given. Due today is not overdue yet; a guardrail has no due date to miss.
 */
export function overdueCommitments<T extends CommitmentLike>(items: readonly T[], today: string): T[] {
  return items.filter((c) => c.kind === 'commitment' && STILL_OPEN.has(c.status) && c.dueOn !== null && c.dueOn < today);
}

export const DIGEST_FREQUENCIES = ['daily', 'off'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** The zone a practice's days are counted in when it names none. */
export const DEFAULT_PRACTICE_TIME_ZONE = 'Europe/Paris';

/**
 * At most one digest per calendar day in the practice's zone (Europe/Paris unless given), only when there
 * is something unread since the last digest. Days are the zone's own: a digest at 23:30 and one at 00:10
 * are on two days, even when UTC says otherwise or the clocks change that night.
 */
export function digestDue(args: { frequency: DigestFrequency; lastDigestAt: Date | null; now: Date; unreadSinceLast: number; timeZone?: string }): boolean {
  if (args.frequency !== 'daily') return false;
  if (!(args.unreadSinceLast > 0)) return false;
  if (args.lastDigestAt === null) return true;
  const zone = args.timeZone ?? DEFAULT_PRACTICE_TIME_ZONE;
  // Later day only: a clock running behind the last digest sends nothing.
  return localDay(args.now, zone) > localDay(args.lastDigestAt, zone);
}
