/**
 * What a sponsor (the organisation paying, on a three-way contract) may see, as the
 * contract's visibility allows: attendance, then progress on the objectives. Never
 * session content, ratings, journal or comments (see domain.md).
 */
import { SPONSOR_VISIBILITY, type SponsorVisibility, sponsorMaySee } from '../contract.js';
import { localDay } from '../calendar.js';
import { DEFAULT_PRACTICE_TIME_ZONE } from './alerts.js';

export interface SponsorSourceSession {
  /** ISO 8601 instant. */
  scheduledAt: string;
  status: 'planned' | 'held' | 'cancelled' | 'no_show';
  durationMinutes: number;
  // Anything else the caller has (notes!) must NOT pass through: sponsorView reads only the fields above.
}

export interface SponsorSourceObjective {
  id: string;
  statement: string;
  latestFraction: number | null;
}

type PastStatus = 'held' | 'cancelled' | 'no_show';

export interface SponsorView {
  visibility: SponsorVisibility;
  attendance: null | {
    plannedSessions: number | null;
    held: number;
    cancelled: number;
    noShow: number;
    /** YYYY-MM-DD of held or missed sessions, not planned future ones; in date order. */
    dates: { date: string; status: PastStatus }[];
  };
  objectiveProgress: null | { id: string; statement: string; fraction: number | null }[];
}

// Fresh literals: the status written into the view is ours, never the caller's string.
const PAST: Record<PastStatus, PastStatus> = { held: 'held', cancelled: 'cancelled', no_show: 'no_show' };
const pastStatus = (status: unknown): PastStatus | null => (status === 'held' || status === 'cancelled' || status === 'no_show' ? PAST[status] : null);

const fractionOrNull = (f: unknown): number | null => (typeof f === 'number' && Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : null);

/**
 * Builds a NEW object from only the allowed facts: never spreads the inputs, so notes, ratings or comments
 * attached to them cannot leak. Only sessions scheduled up to `now` count: the sponsor learns what has
 * happened, not the calendar ahead. Dates are days in the practice's zone (Europe/Paris unless given).
 */
export function sponsorView(
  visibility: SponsorVisibility,
  input: { plannedSessions: number | null; sessions: readonly SponsorSourceSession[]; objectives: readonly SponsorSourceObjective[]; now: Date; timeZone?: string },
): SponsorView {
  // Fail closed: a visibility this code does not know (a stale or tampered value) shows nothing.
  const known: SponsorVisibility = (SPONSOR_VISIBILITY as readonly string[]).includes(visibility) ? visibility : 'nothing';
  const may = sponsorMaySee(known);
  const zone = input.timeZone ?? DEFAULT_PRACTICE_TIME_ZONE;
  const now = input.now.getTime();

  let attendance: SponsorView['attendance'] = null;
  if (may.attendance) {
    const past: { t: number; status: PastStatus }[] = [];
    for (const s of input.sessions) {
      const status = pastStatus(s.status);
      const t = Date.parse(s.scheduledAt);
      if (status === null || Number.isNaN(t) || t > now) continue;
      past.push({ t, status });
    }
    past.sort((a, b) => a.t - b.t);
    const count = (status: PastStatus) => past.filter((p) => p.status === status).length;
    const planned = input.plannedSessions;
    attendance = {
      plannedSessions: typeof planned === 'number' && Number.isFinite(planned) ? planned : null,
      held: count('held'),
      cancelled: count('cancelled'),
      noShow: count('no_show'),
      dates: past.map((p) => ({ date: localDay(new Date(p.t), zone), status: p.status })),
    };
  }

  const objectiveProgress: SponsorView['objectiveProgress'] = may.objectiveProgress
    ? input.objectives.map((o) => ({ id: String(o.id), statement: String(o.statement), fraction: fractionOrNull(o.latestFraction) }))
    : null;

  return { visibility: known, attendance, objectiveProgress };
}
