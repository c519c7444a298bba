import type { EngagementStatus } from './engagement-status.js';
import { closingWellBelowPlan } from './progress.js';
import type { SessionGuidance } from './contract.js';
import { DEFAULT_SESSION_GUIDANCE } from './contract.js';

export const DEFAULT_QUIET_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

export type AttentionReason =
  | { kind: 'no_recent_session'; daysSinceLastSession: number | null }
  | { kind: 'over_plan'; held: number; planned: number }
  | { kind: 'closing_below_plan'; held: number; planned: number }
  | { kind: 'no_contract_date' };

export interface EngagementPulse {
  status: EngagementStatus;
  planned: number | null;
  held: number;
  lastHeldAt: Date | null;
  nextPlannedAt: Date | null;
  contractAgreedOn: string | null;
  startedAt: Date;
}

export interface AttentionSettings extends SessionGuidance {
  quietAfterDays: number;
}

export const DEFAULT_ATTENTION_SETTINGS: AttentionSettings = { ...DEFAULT_SESSION_GUIDANCE, quietAfterDays: DEFAULT_QUIET_AFTER_DAYS };

/** Why an engagement deserves the coach's attention today; empty when all is well. */
export function needsAttention(p: EngagementPulse, now: Date, settings: AttentionSettings = DEFAULT_ATTENTION_SETTINGS): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const live = p.status === 'active' || p.status === 'contracted';
  // A planned session in the past that was never marked held does not count as coming.
  const sessionComing = p.nextPlannedAt !== null && p.nextPlannedAt.getTime() >= now.getTime();
  if (live && !sessionComing) {
    const since = p.lastHeldAt ?? p.startedAt;
    const days = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
    if (days >= settings.quietAfterDays) {
      reasons.push({ kind: 'no_recent_session', daysSinceLastSession: p.lastHeldAt ? days : null });
    }
  }
  if (p.planned !== null && p.held > p.planned && p.status !== 'closed' && p.status !== 'cancelled') {
    reasons.push({ kind: 'over_plan', held: p.held, planned: p.planned });
  }
  if (p.status === 'closing' && closingWellBelowPlan(p.held, p.planned, settings)) {
    reasons.push({ kind: 'closing_below_plan', held: p.held, planned: p.planned ?? 0 });
  }
  if ((p.status === 'active' || p.status === 'contracted') && !p.contractAgreedOn) {
    reasons.push({ kind: 'no_contract_date' });
  }
  return reasons;
}
