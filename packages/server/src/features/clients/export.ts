import type { Client } from '@alliance/api';
import type { Repositories } from '../../repos/index.js';
import { requireEngagement } from '../engagements/view.js';
import { buildTimeline } from '../engagements/timeline.js';

export const EXPORT_FORMAT = 'alliance.client-export/1';

/**
 * Everything the practice holds about one client (GDPR art. 15): her record, her
 * engagements with their contracts and objectives, every session with its notes,
 * contacts, feedback, learnings, what she wrote in her space (journal, check-ins,
 * commitments, testimonial), case studies drafted from them, and who opened her record. The coach's private
 * reflections are her own working notes and are left out unless asked for.
 */
export type ClientArchive = Awaited<ReturnType<typeof exportClient>>;

/** A session's constellation boards: each picture, the movements and the felt senses. */
async function constellationsOf(repos: Repositories, sessionId: string) {
  const boards = await repos.boards.listForSession(sessionId);
  return Promise.all(
    boards.map(async (b) => {
      const [pictures, movements, feltSenses] = await Promise.all([repos.boardRecords.pictures(b), repos.boardRecords.movements(b), repos.boardRecords.feltSenses(b)]);
      return { id: b.id, title: b.title, createdAt: b.createdAt, pictures, movements, feltSenses };
    }),
  );
}

async function clientSpaceOf(repos: Repositories, clientId: string, engagementId: string) {
  const [journal, checkIns, commitments, testimonial, summaries] = await Promise.all([
    repos.journal.listOf(clientId),
    repos.checkIns.listIn(engagementId),
    repos.commitments.listIn([engagementId]),
    repos.testimonials.of(engagementId),
    repos.sessions.sharedSummariesOf(engagementId),
  ]);
  return {
    journal: journal.filter((j) => j.engagementId === engagementId),
    checkIns,
    commitments,
    testimonial: testimonial && { text: testimonial.text, consent: testimonial.consent },
    sharedSummaries: [...summaries].map(([sessionId, summary]) => ({ sessionId, summary })),
  };
}

export async function exportClient(repos: Repositories, client: Client, options: { includePrivateReflections: boolean; now?: Date }) {
  const engagements = await repos.engagements.list({ clientId: client.id });
  // Case studies drafted from her engagements hold her story: they are hers to see.
  const caseStudies = (await repos.caseStudies.list()).filter((c) => c.clientId === client.id);
  const organisation = client.organisationId ? await repos.organisations.get(client.organisationId) : null;
  const detailed = await Promise.all(
    engagements.map(async (record) => {
      const engagement = await requireEngagement(repos, record.id);
      const [objectives, sessions, contacts, feedback, learnings, timeline] = await Promise.all([
        repos.engagements.objectivesOf(record.id),
        repos.sessions.listForEngagement(record.id),
        repos.events.contactsOf(record.id),
        repos.events.feedbackOf(record.id),
        repos.events.learningsOf(record.id),
        buildTimeline(repos, engagement),
      ]);
      return {
        id: engagement.id,
        title: engagement.title,
        status: engagement.status,
        origin: engagement.origin,
        plannedSessions: engagement.plannedSessions,
        heldSessions: timeline.heldSessions,
        contract: engagement.contract,
        objectives,
        sessions: await Promise.all(sessions.map(async (s) => ({
          id: s.id,
          scheduledAt: s.scheduledAt.toISOString(),
          durationMinutes: s.durationMinutes,
          mode: s.mode,
          status: s.status,
          notes: s.notes,
          ...(options.includePrivateReflections && s.privateReflections ? { privateReflections: s.privateReflections } : {}),
          constellations: await constellationsOf(repos, s.id),
        }))),
        contacts,
        feedback,
        learnings,
        // What she wrote in her space: every journal entry (shared or not), check-ins, commitments, testimonial.
        clientSpace: await clientSpaceOf(repos, client.id, record.id),
        caseStudies: caseStudies
          .filter((c) => c.engagementId === record.id)
          .map((c) => ({ title: c.title, language: c.language, markdown: c.markdown, consent: c.consent, publishedAt: c.publishedAt?.toISOString() ?? null })),
        createdAt: engagement.createdAt.toISOString(),
      };
    }),
  );
  const access = await repos.audit.list({ clientId: client.id, limit: 500 });
  return {
    format: EXPORT_FORMAT,
    exportedAt: (options.now ?? new Date()).toISOString(),
    client,
    organisation,
    engagements: detailed,
    accessLog: access.map(({ at, actorName, action, targetKind }) => ({ at, actorName, action, targetKind })),
  };
}
