import { isFinished, type EngagementStatus } from './engagement-status.js';

/**
 * How long a practice keeps an engagement after its last contact. The French
 * regulator's reference for client data is three years after the last contact.
 */
export const DEFAULT_RETENTION_YEARS = 3;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 10;

/** The date on which an engagement whose last contact was `lastActivity` becomes due for deletion. */
export function retentionEnds(lastActivity: Date, retentionYears: number): Date {
  const end = new Date(lastActivity.getTime());
  end.setUTCFullYear(end.getUTCFullYear() + retentionYears);
  return end;
}

/**
 * An engagement is due for deletion when it is over (closed or cancelled) and
 * its last contact is older than the retention period. Ongoing work never is.
 */
export function isDueForDeletion(status: EngagementStatus, lastActivity: Date, retentionYears: number, now: Date): boolean {
  return isFinished(status) && retentionEnds(lastActivity, retentionYears).getTime() <= now.getTime();
}
