/**
 * Group programmes (dispositifs collectifs): dated days with a start and an end, a
 * capacity, participants and their attendance. Seed 003: two days in a city, the
 * coach reachable by phone between them, and a participant who later asks for an
 * individual engagement.
 */

export interface ProgrammeDay {
  startsAt: Date;
  endsAt: Date;
}

export type DayIssue = { index: number; problem: 'ends_before_start' | 'longer_than_a_day' | 'overlaps_previous' };

/** The days in order, or what is wrong with them: a day ends after it starts, within 24 h, and days do not overlap. */
export function checkProgrammeDays<T extends ProgrammeDay>(days: readonly T[]): { days: T[]; issues: DayIssue[] } {
  const issues: DayIssue[] = [];
  days.forEach((d, index) => {
    if (d.endsAt.getTime() <= d.startsAt.getTime()) issues.push({ index, problem: 'ends_before_start' });
    else if (d.endsAt.getTime() - d.startsAt.getTime() > 24 * 3_600_000) issues.push({ index, problem: 'longer_than_a_day' });
  });
  const sorted = [...days].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.startsAt.getTime() < sorted[i - 1]!.endsAt.getTime()) issues.push({ index: days.indexOf(sorted[i]!), problem: 'overlaps_previous' });
  }
  return { days: sorted, issues };
}

/** Seats left, or null when the programme has no limit. */
export function seatsLeft(capacity: number | null, participants: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - participants);
}

export function canJoin(capacity: number | null, participants: number): boolean {
  const left = seatsLeft(capacity, participants);
  return left === null || left > 0;
}

export interface Attendance {
  dayId: string;
  clientId: string;
  present: boolean;
}

/** How many were there each day, and which days each participant attended. */
export function attendanceSummary(dayIds: readonly string[], participantIds: readonly string[], marks: readonly Attendance[]) {
  const present = new Set(marks.filter((m) => m.present).map((m) => `${m.dayId}|${m.clientId}`));
  return {
    perDay: new Map(dayIds.map((d) => [d, participantIds.filter((p) => present.has(`${d}|${p}`)).length])),
    perParticipant: new Map(participantIds.map((p) => [p, dayIds.filter((d) => present.has(`${d}|${p}`))])),
  };
}

/** "Between the days": a contact that falls after the first day began and before the last one ended, or after it. */
export function contactPhase(days: readonly ProgrammeDay[], at: Date): 'before' | 'between' | 'after' {
  const { days: sorted } = checkProgrammeDays(days);
  if (!sorted.length || at.getTime() < sorted[0]!.startsAt.getTime()) return 'before';
  return at.getTime() <= sorted[sorted.length - 1]!.endsAt.getTime() ? 'between' : 'after';
}
