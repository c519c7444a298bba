/**
 * The life of an engagement (accompagnement). A coach moves it forward by hand;
 * the domain refuses moves that would misstate where the work is.
 */
export const ENGAGEMENT_STATUSES = [
  'prospect',
  'contracted',
  'active',
  'paused',
  'closing',
  'closed',
  'cancelled',
] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];

const ALLOWED: Record<EngagementStatus, readonly EngagementStatus[]> = {
  // First contact: either a contract is agreed or it goes no further.
  prospect: ['contracted', 'cancelled'],
  contracted: ['active', 'cancelled'],
  active: ['paused', 'closing', 'cancelled'],
  // A pause ends by resuming, by moving to the closing review, or by stopping.
  paused: ['active', 'closing', 'cancelled'],
  // The closing review may reveal the work is not finished.
  closing: ['closed', 'active'],
  closed: [],
  cancelled: [],
};

export function allowedTransitions(from: EngagementStatus): readonly EngagementStatus[] {
  return ALLOWED[from];
}

export function canTransition(from: EngagementStatus, to: EngagementStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function isEngagementStatus(value: unknown): value is EngagementStatus {
  return typeof value === 'string' && (ENGAGEMENT_STATUSES as readonly string[]).includes(value);
}

/** Statuses in which sessions are being held or expected. */
export function isOngoing(status: EngagementStatus): boolean {
  return status === 'contracted' || status === 'active' || status === 'closing';
}

export function isFinished(status: EngagementStatus): boolean {
  return status === 'closed' || status === 'cancelled';
}

export type TransitionResult =
  | { ok: true; from: EngagementStatus; to: EngagementStatus }
  | { ok: false; from: EngagementStatus; to: EngagementStatus; allowed: readonly EngagementStatus[] };

export function transition(from: EngagementStatus, to: EngagementStatus): TransitionResult {
  return canTransition(from, to) ? { ok: true, from, to } : { ok: false, from, to, allowed: ALLOWED[from] };
}
