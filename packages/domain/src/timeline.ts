/** The engagement's story, in order: the group programme it grew out of, contract, sessions, contacts, feedback, learnings. */
export const TIMELINE_KINDS = ['programme_day', 'programme_contact', 'contract', 'status', 'session', 'contact', 'feedback', 'learning', 'journal'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface Dated {
  kind: TimelineKind;
  /** A Date or an ISO 8601 string. */
  at: Date | string;
  id: string;
}

// Same instant: the contract comes first, then what was decided, then what happened.
const KIND_ORDER: Record<TimelineKind, number> = { programme_day: 0, programme_contact: 1, contract: 2, status: 3, session: 4, contact: 5, feedback: 6, learning: 7, journal: 8 };

const timeOf = (at: Date | string) => (typeof at === 'string' ? Date.parse(at) : at.getTime());

export function orderTimeline<T extends Dated>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => timeOf(a.at) - timeOf(b.at) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id),
  );
}
