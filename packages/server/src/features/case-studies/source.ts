import { attribution, consentInForce, contactPhase, type CaseConstellation, type CaseSource } from '@alliance/domain';
import type { BoardRef } from '../../repos/board-records.js';
import type { Repositories } from '../../repos/index.js';
import type { EngagementRecord } from '../../repos/engagements.js';

/** Everything the engagement recorded that a case study is drafted from. */
export async function caseSourceOf(repos: Repositories, engagement: EngagementRecord, language: 'fr' | 'en'): Promise<CaseSource> {
  const [client, sessions, objectives, contacts, feedback, learnings, commitments, programme] = await Promise.all([
    repos.clients.get(engagement.clientId),
    repos.sessions.listForEngagement(engagement.id),
    repos.engagements.objectivesOf(engagement.id),
    repos.events.contactsOf(engagement.id),
    repos.events.feedbackOf(engagement.id),
    repos.events.learningsOf(engagement.id),
    repos.commitments.listIn([engagement.id]),
    programmeOf(repos, engagement),
  ]);
  const held = sessions.filter((s) => s.status === 'held').sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  const constellations: CaseConstellation[] = [];
  for (const [i, session] of held.entries()) {
    for (const board of await repos.boards.listForSession(session.id)) {
      const constellation = await constellationOf(repos, { id: board.id, clientId: engagement.clientId }, i + 1);
      if (constellation) constellations.push(constellation);
    }
  }
  return {
    language,
    engagementTitle: engagement.title,
    // Her real first name: the anonymiser knows it from the records and replaces it as the coach chose.
    clientName: client?.firstName,
    clientRole: client?.role,
    origin: engagement.origin,
    // In its closing review the sessions are done: the draft counts them as the whole story.
    status: engagement.status,
    programme,
    objectives: objectives.map((o) => ({ statement: o.statement, baseline: o.baseline, target: o.target })),
    heldSessions: held.length,
    plannedSessions: engagement.plannedSessions,
    sessions: held.map((s) => ({ notes: s.notes, at: s.scheduledAt.toISOString(), durationMinutes: s.durationMinutes })),
    contacts: contacts.map((c) => ({ kind: c.kind, at: c.occurredAt, durationMinutes: c.durationMinutes, initiatedBy: c.initiatedBy, summary: c.summary })),
    constellations,
    feedback: feedback.map((f) => ({ event: f.event, outcome: f.outcome, account: f.account, givenBy: f.givenBy })),
    learnings: learnings.map((l) => l.statement),
    commitments: commitments.map((c) => ({ kind: c.kind, statement: c.statement, status: c.status })),
    testimonial: client ? await consentedTestimonial(repos, engagement.id, client) : null,
  };
}

/**
 * One board as a constellation of its own: its pictures, felt senses and movements, each
 * with when it happened, so the draft tells them in that order; her own figure (the
 * client's, in any of its pictures) is known by its id. Nothing recorded: nothing told.
 */
async function constellationOf(repos: Repositories, board: BoardRef, session: number): Promise<CaseConstellation | null> {
  const [pictures, feltSenses, movements] = await Promise.all([repos.boardRecords.pictures(board), repos.boardRecords.feltSenses(board), repos.boardRecords.movements(board)]);
  if (!pictures.length && !feltSenses.length) return null;
  const hers = new Set(pictures.flatMap((p) => p.elements.filter((e) => e.isClient).map((e) => e.id)));
  return {
    session,
    pictures: pictures.map((p) => ({ id: p.id, name: p.name, isInitial: p.isInitial, isResolution: p.isResolution, labels: p.elements.map((e) => e.label), at: p.takenAt })),
    feltSenses: feltSenses.map((f) => ({ label: f.elementLabel, words: f.words, energy: f.energy, elementId: f.elementId, own: hers.has(f.elementId), at: f.recordedAt })),
    movements: movements.map((m) => ({ label: m.label, elementId: m.elementId, distance: m.distance, turnedDegrees: m.turnedDegrees, at: m.endedAt })),
  };
}

/** The group programme the engagement grew out of: its days, the days she attended, her contacts with the coach during it. */
async function programmeOf(repos: Repositories, engagement: EngagementRecord): Promise<CaseSource['programme']> {
  if (!engagement.programmeId) return null;
  const programme = await repos.programmes.get(engagement.programmeId);
  if (!programme) return null;
  const [attendance, contacts] = await Promise.all([
    repos.programmes.attendance(programme.days.map((d) => d.id)),
    repos.programmes.contacts({ programmeId: programme.id, clientId: engagement.clientId }),
  ]);
  return {
    title: programme.title,
    place: programme.place,
    betweenDays: programme.betweenDays,
    days: programme.days.length,
    attendedDays: attendance.filter((a) => a.clientId === engagement.clientId && a.present).length,
    contacts: contacts.map((c) => ({ kind: c.kind, durationMinutes: c.durationMinutes, initiatedBy: c.initiatedBy, summary: c.summary, phase: contactPhase(programme.days, c.occurredAt) })),
  };
}

/** Her testimonial, when she consented to publishing it: signed as her consent's scope allows. */
async function consentedTestimonial(repos: Repositories, engagementId: string, client: { firstName: string; lastName: string }) {
  const record = await repos.testimonials.of(engagementId);
  if (!record || !consentInForce(record.consent)) return null;
  return { text: record.text, attribution: attribution(record.consent.scope, client) };
}
