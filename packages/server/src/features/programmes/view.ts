import type { Programme } from '@alliance/api';
import { attendanceSummary, contactPhase, seatsLeft } from '@alliance/domain';
import type { Repositories } from '../../repos/index.js';
import type { ProgrammeRecord } from '../../repos/programmes.js';

/** A programme as the coach sees it: its days with who came, its participants with their contacts and engagements. */
export async function programmeView(repos: Repositories, p: ProgrammeRecord): Promise<Programme> {
  const clientIds = await repos.programmes.participants(p.id);
  const dayIds = p.days.map((d) => d.id);
  const summary = attendanceSummary(dayIds, clientIds, await repos.programmes.attendance(dayIds));
  const contacts = await repos.programmes.contacts({ programmeId: p.id });
  const engagements = await repos.programmes.engagementsFrom(p.id);
  const names = await repos.clients.namesOf(clientIds);
  const records = await repos.programmes.participantRecords(p.id);
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    place: p.place,
    betweenDays: p.betweenDays,
    materials: p.materials ?? [],
    capacity: p.capacity,
    seatsLeft: seatsLeft(p.capacity, clientIds.length),
    days: p.days.map((d) => ({ id: d.id, startsAt: d.startsAt.toISOString(), endsAt: d.endsAt.toISOString(), present: summary.perDay.get(d.id) ?? 0, notes: d.notes })),
    participants: clientIds.map((clientId) => ({
      clientId,
      name: names.get(clientId) ?? '',
      notes: records.get(clientId)?.notes ?? '',
      feedback: records.get(clientId)?.feedback ?? null,
      attended: summary.perParticipant.get(clientId) ?? [],
      contacts: contacts
        .filter((c) => c.clientId === clientId)
        .map((c) => ({ id: c.id, kind: c.kind, initiatedBy: c.initiatedBy, occurredAt: c.occurredAt.toISOString(), durationMinutes: c.durationMinutes, summary: c.summary, phase: contactPhase(p.days, c.occurredAt) })),
      engagementIds: engagements.filter((e) => e.clientId === clientId).map((e) => e.id),
    })),
    createdAt: p.createdAt.toISOString(),
  };
}
