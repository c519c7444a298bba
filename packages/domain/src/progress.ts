import { countsAsHeld, type SessionStatus } from './session.js';
import type { SessionGuidance } from './contract.js';
import { DEFAULT_SESSION_GUIDANCE } from './contract.js';

export interface SessionLike {
  id: string;
  scheduledAt: Date;
  status: SessionStatus;
}

export interface SessionProgress {
  held: number;
  planned: number | null;
  /** Ordinal of each held session, in the order they were held ("session 3 of 8"). */
  ordinals: Map<string, number>;
  remaining: number | null;
  overPlan: boolean;
}

/** Held sessions are numbered by date; cancelled and no-show sessions have no number. */
export function sessionProgress(sessions: readonly SessionLike[], planned: number | null | undefined): SessionProgress {
  const held = sessions
    .filter((s) => countsAsHeld(s.status))
    .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime() || a.id.localeCompare(b.id));
  const ordinals = new Map<string, number>();
  held.forEach((s, i) => ordinals.set(s.id, i + 1));
  // A planned session also gets the number it will have if held next, so the coach reads "session 4 of 8" before it happens.
  const upcoming = sessions
    .filter((s) => s.status === 'planned')
    .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime() || a.id.localeCompare(b.id));
  upcoming.forEach((s, i) => ordinals.set(s.id, held.length + i + 1));
  const plannedCount = planned ?? null;
  return {
    held: held.length,
    planned: plannedCount,
    ordinals,
    remaining: plannedCount === null ? null : Math.max(0, plannedCount - held.length),
    overPlan: plannedCount !== null && held.length > plannedCount,
  };
}

/**
 * An engagement closing well below its plan: fewer than half the planned sessions
 * held, or fewer than the practice's minimum when the plan itself met it.
 */
export function closingWellBelowPlan(held: number, planned: number | null | undefined, guidance: SessionGuidance = DEFAULT_SESSION_GUIDANCE): boolean {
  if (!planned || planned <= 0) return false;
  if (held * 2 < planned) return true;
  return planned >= guidance.minimumSessions && held < guidance.minimumSessions;
}
