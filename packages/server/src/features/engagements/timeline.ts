import type { Timeline, TimelineEntry } from '@alliance/api';
import { orderTimeline, sessionProgress } from '@alliance/domain';
import type { Repositories } from '../../repos/index.js';
import type { EngagementRecord } from '../../repos/engagements.js';

/** The engagement's story in order: the programme it grew out of, contract, status changes, sessions, contacts, feedback, learnings, shared journal entries. */
export async function buildTimeline(repos: Repositories, engagement: EngagementRecord): Promise<Timeline> {
  const [sessions, contacts, feedback, learnings, statusEvents, journal] = await Promise.all([
    repos.sessions.timelineOf(engagement.id),
    repos.events.contactsOf(engagement.id),
    repos.events.feedbackOf(engagement.id),
    repos.events.learningsOf(engagement.id),
    repos.engagements.statusEvents(engagement.id),
    repos.journal.sharedIn(engagement.id),
  ]);
  const progress = sessionProgress(sessions, engagement.plannedSessions);
  const entries: TimelineEntry[] = [];
  const contractDate = engagement.contract.agreedOn ? new Date(`${engagement.contract.agreedOn}T00:00:00Z`) : engagement.createdAt;
  entries.push({
    kind: 'contract',
    id: engagement.id,
    at: contractDate.toISOString(),
    plannedSessions: engagement.plannedSessions,
    sponsorVisibility: engagement.contract.sponsorVisibility,
    agreed: Boolean(engagement.contract.agreedOn),
  });
  for (const e of statusEvents) {
    entries.push({ kind: 'status', id: e.id, at: e.at.toISOString(), from: e.fromStatus, to: e.toStatus });
  }
  for (const s of sessions) {
    entries.push({
      kind: 'session',
      id: s.id,
      at: s.scheduledAt.toISOString(),
      status: s.status,
      mode: s.mode,
      durationMinutes: s.durationMinutes,
      ordinal: progress.ordinals.get(s.id) ?? null,
      plannedSessions: engagement.plannedSessions,
      ...(s.sessionObjective ? { sessionObjective: s.sessionObjective } : {}),
    });
  }
  for (const c of contacts) {
    entries.push({ kind: 'contact', id: c.id, at: c.occurredAt, contactKind: c.kind, durationMinutes: c.durationMinutes, initiatedBy: c.initiatedBy, summary: c.summary });
  }
  for (const f of feedback) {
    entries.push({ kind: 'feedback', id: f.id, at: f.receivedAt, event: f.event, outcome: f.outcome, givenBy: f.givenBy, ...(f.account ? { account: f.account } : {}) });
  }
  // Only what she shared: the journal is hers, and private by default.
  for (const j of journal) {
    entries.push({ kind: 'journal', id: j.id, at: j.sharedAt!, occurredOn: j.occurredOn, situation: j.situation, emotions: j.emotions, thoughts: j.thoughts, needs: j.needs });
  }
  for (const l of learnings) {
    entries.push({ kind: 'learning', id: l.id, at: l.recordedAt, statement: l.statement });
  }
  entries.push(...(await programmeEntries(repos, engagement)));
  return { engagementId: engagement.id, heldSessions: progress.held, plannedSessions: engagement.plannedSessions, entries: orderTimeline(entries) };
}

/** The group days and the contacts between them, when the engagement grew out of a programme. */
async function programmeEntries(repos: Repositories, engagement: EngagementRecord): Promise<TimelineEntry[]> {
  if (!engagement.programmeId) return [];
  const programme = await repos.programmes.get(engagement.programmeId);
  if (!programme) return [];
  const present = new Set((await repos.programmes.attendance(programme.days.map((d) => d.id))).filter((a) => a.clientId === engagement.clientId && a.present).map((a) => a.dayId));
  const contacts = await repos.programmes.contacts({ programmeId: programme.id, clientId: engagement.clientId });
  return [
    ...programme.days.map((d): TimelineEntry => ({ kind: 'programme_day', id: d.id, at: d.startsAt.toISOString(), endsAt: d.endsAt.toISOString(), programmeId: programme.id, title: programme.title, attended: present.has(d.id) })),
    ...contacts.map((c): TimelineEntry => ({ kind: 'programme_contact', id: c.id, at: c.occurredAt.toISOString(), programmeId: programme.id, title: programme.title, contactKind: c.kind, summary: c.summary })),
  ];
}
