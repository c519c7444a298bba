/**
 * What the client takes away from a session (seed 000): a commitment is something
 * she undertook to do; a guardrail (garde-fou) is a limit she keeps. A commitment
 * gets done or dropped; a guardrail is never done, it holds, strains or breaks.
 */
export const COMMITMENT_KINDS = ['commitment', 'guardrail'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const COMMITMENT_STATUSES = {
  commitment: ['open', 'in_progress', 'done', 'dropped'],
  guardrail: ['holding', 'strained', 'broken'],
} as const;
export type CommitmentStatus = 'open' | 'in_progress' | 'done' | 'dropped' | 'holding' | 'strained' | 'broken';

/** A new commitment is open; a new guardrail is holding. */
export function initialStatus(kind: CommitmentKind): CommitmentStatus {
  return COMMITMENT_STATUSES[kind][0];
}

/** Whether a status belongs to that kind: a commitment is never "holding", a guardrail never "done". */
export function isStatusFor(kind: CommitmentKind, status: string): status is CommitmentStatus {
  // The kind comes from a request at runtime: an unknown one has no statuses, not Object.prototype's.
  if (!Object.hasOwn(COMMITMENT_STATUSES, kind)) return false;
  return (COMMITMENT_STATUSES[kind] as readonly string[]).includes(status);
}
