/** The engagement's story, in order: contract, sessions, contacts, feedback, learnings. */
export const TIMELINE_KINDS = ['contract', 'status', 'session', 'contact', 'feedback', 'learning'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface Dated {
  kind: TimelineKind;
  /** A Date or an ISO 8601 string. */
  at: Date | string;
  id: string;
}

// Same instant: the contract comes first, then what was decided, then what happened.
const KIND_ORDER: Record<TimelineKind, number> = { contract: 0, status: 1, session: 2, contact: 3, feedback: 4, learning: 5 };

const timeOf = (at: Date | string) => (typeof at === 'string' ? Date.parse(at) : at.getTime());

export function orderTimeline<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => timeOf(a.at) - timeOf(b.at) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
}
