import { attribution, consentInForce, type CaseSource } from '@alliance/domain';
import type { Repositories } from '../../repos/index.js';
import type { EngagementRecord } from '../../repos/engagements.js';

/** Everything the engagement recorded that a case study is drafted from. */
export async function caseSourceOf(repos: Repositories, engagement: EngagementRecord, language: 'fr' | 'en'): Promise<CaseSource> {
  const client = await repos.clients.get(engagement.clientId);
  const held = (await repos.sessions.listForEngagement(engagement.id)).filter((s) => s.status === 'held').sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  const pictures: CaseSource['pictures'] = [];
  const feltSenses: CaseSource['feltSenses'] = [];
  for (const session of held) {
    for (const board of await repos.boards.listForSession(session.id)) {
      const ref = { id: board.id, clientId: engagement.clientId };
      for (const p of await repos.boardRecords.pictures(ref)) pictures.push({ id: p.id, name: p.name, isInitial: p.isInitial, isResolution: p.isResolution, labels: p.elements.map((e) => e.label) });
      for (const f of await repos.boardRecords.feltSenses(ref)) feltSenses.push({ label: f.elementLabel, words: f.words, energy: f.energy });
    }
  }
  return {
    language,
    engagementTitle: engagement.title,
    clientRole: client?.role,
    heldSessions: held.length,
    plannedSessions: engagement.plannedSessions,
    sessions: held.map((s) => ({ notes: s.notes })),
    pictures,
    feltSenses,
    feedback: (await repos.events.feedbackOf(engagement.id)).map((f) => ({ event: f.event, outcome: f.outcome, account: f.account })),
    learnings: (await repos.events.learningsOf(engagement.id)).map((l) => l.statement),
    testimonial: client ? await consentedTestimonial(repos, engagement.id, client) : null,
  };
}

/** Her testimonial, when she consented to publishing it: signed as her consent's scope allows. */
async function consentedTestimonial(repos: Repositories, engagementId: string, client: { firstName: string; lastName: string }) {
  const record = await repos.testimonials.of(engagementId);
  if (!record || !consentInForce(record.consent)) return null;
  return { text: record.text, attribution: attribution(record.consent.scope, client) };
}
