import { conflicting } from '@alliance/domain';
import type { Repositories } from '../../repos/index.js';

export interface CalendarEntry {
  kind: 'session' | 'programme_day';
  id: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  clientName: string | null;
  engagementId: string | null;
  programmeId: string | null;
  status: string | null;
  mode: string | null;
  conflict: boolean;
}

/** Sessions and programme days between two instants, two things at once flagged. */
export async function calendarEntries(repos: Repositories, from: Date, to: Date): Promise<CalendarEntry[]> {
  const sessions = (await repos.sessions.between(from, to)).filter((s) => s.status !== 'cancelled');
  const names = await repos.clients.namesOf(sessions.map((s) => s.clientId));
  const entries: Omit<CalendarEntry, 'conflict'>[] = sessions.map((s) => ({
    kind: 'session',
    id: s.id,
    startsAt: s.scheduledAt,
    endsAt: new Date(s.scheduledAt.getTime() + s.durationMinutes * 60_000),
    title: names.get(s.clientId) ?? '',
    clientName: names.get(s.clientId) ?? null,
    engagementId: s.engagementId,
    programmeId: null,
    status: s.status,
    mode: s.mode,
  }));
  for (const d of await repos.programmes.daysBetween(from, to)) {
    entries.push({ kind: 'programme_day', id: d.id, startsAt: d.startsAt, endsAt: d.endsAt, title: d.title, clientName: null, engagementId: null, programmeId: d.programmeId, status: null, mode: d.place });
  }
  const clash = conflicting(entries);
  return entries.map((e) => ({ ...e, conflict: clash.has(e.id) })).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
