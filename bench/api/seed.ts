import type { FastifyInstance } from 'fastify';
import {
  between,
  CONTACT_SUMMARIES,
  FEEDBACK_EVENTS,
  FIRST_NAMES,
  heldSessionNotes,
  LAST_NAMES,
  LEARNINGS,
  pick,
  plannedSessionNotes,
  PRIVATE_REFLECTIONS,
  prng,
  TITLES,
} from './french.js';

export interface SeedOptions {
  engagements: number;
  sessionsPerEngagement: number;
  /** Requests in flight at once while seeding. */
  concurrency?: number;
  now?: Date;
}

export interface Seeded {
  engagementIds: string[];
  rows: { clients: number; engagements: number; sessions: number; contacts: number; feedback: number; learnings: number };
  requests: number;
}

const DAY_MS = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * One coach's practice, written through the public API (in-process, with inject) so
 * the data are stored and sealed exactly as the app stores and seals them, whatever
 * the scheme of the day. Each engagement has a client (two engagements per client),
 * moves prospect → contracted → active, holds its sessions every fortnight (held
 * ones carry ~300 words of French notes, one in four has private reflections), two
 * contacts, and every other engagement one feedback and one learning.
 */
export async function seedThroughApi(app: FastifyInstance, cookie: string, options: SeedOptions): Promise<Seeded> {
  const now = options.now ?? new Date();
  // One generator per engagement: the same practice on every run, however the lanes interleave.
  const SEED = 20_240_917;
  const rows = { clients: 0, engagements: 0, sessions: 0, contacts: 0, feedback: 0, learnings: 0 };
  let requests = 0;

  async function call<T = { id: string }>(method: 'POST' | 'PATCH', url: string, payload: object): Promise<T> {
    requests++;
    const res = await app.inject({ method, url, headers: { cookie, origin: 'http://localhost', host: 'localhost' }, payload });
    if (res.statusCode >= 300) throw new Error(`seeding: ${method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
    return res.json() as T;
  }

  /** Everything about one engagement, in order; engagements are seeded side by side. */
  async function engagement(i: number, clientId: string): Promise<string> {
    const random = prng(SEED + 1 + i);
    const activeAt = new Date(now.getTime() - between(random, 60, 190) * DAY_MS);
    const { id } = await call('POST', '/api/v1/engagements', {
      clientId,
      title: pick(random, TITLES),
      origin: pick(random, ['direct', 'referral', 'group_programme'] as const),
      plannedSessions: options.sessionsPerEngagement + between(random, 0, 2),
      contract: {
        cadence: 'fortnightly',
        sessionDurationMinutes: 60,
        boundaries: [{ party: 'coach', responsibilities: ['Le cadre et le processus des séances', 'La confidentialité'], outOfScope: ['Décider à la place du client'] }],
        confidentialityClause: 'Le contenu des séances reste entre le coach et son client.',
        limitsOfConfidentiality: 'Danger grave et imminent pour le client ou autrui.',
        sponsorVisibility: 'nothing',
        agreedOn: day(new Date(activeAt.getTime() - 3 * DAY_MS)),
      },
    });
    rows.engagements++;
    await call('POST', `/api/v1/engagements/${id}/transitions`, { to: 'contracted' });
    await call('POST', `/api/v1/engagements/${id}/transitions`, { to: 'active' });

    let firstHeld: string | undefined;
    for (let s = 0; s < options.sessionsPerEngagement; s++) {
      const scheduledAt = new Date(activeAt.getTime() + s * 14 * DAY_MS);
      scheduledAt.setUTCHours(between(random, 8, 17), 0, 0, 0);
      const status = scheduledAt >= now ? 'planned' : random() < 0.06 ? 'cancelled' : 'held';
      const session = await call('POST', `/api/v1/engagements/${id}/sessions`, {
        scheduledAt: scheduledAt.toISOString(),
        durationMinutes: 60,
        mode: pick(random, ['in_person', 'video', 'video', 'phone'] as const),
        status,
        notes: status === 'held' ? heldSessionNotes(random) : plannedSessionNotes(random),
      });
      rows.sessions++;
      if (status === 'held' && !firstHeld) {
        firstHeld = session.id;
        if (random() < 0.25) await call('PATCH', `/api/v1/sessions/${session.id}`, { privateReflections: pick(random, PRIVATE_REFLECTIONS) });
      }
    }
    for (let c = 0; c < 2; c++) {
      await call('POST', `/api/v1/engagements/${id}/contacts`, {
        kind: pick(random, ['phone', 'message', 'email', 'meeting'] as const),
        occurredAt: new Date(activeAt.getTime() + between(random, 1, 50) * DAY_MS).toISOString(),
        ...(random() < 0.5 ? { durationMinutes: between(random, 5, 30) } : {}),
        initiatedBy: pick(random, ['client', 'coach', 'sponsor'] as const),
        summary: pick(random, CONTACT_SUMMARIES),
      });
      rows.contacts++;
    }
    if (i % 2 === 0) {
      const eventOn = new Date(activeAt.getTime() + 20 * DAY_MS);
      await call('POST', `/api/v1/engagements/${id}/feedback`, {
        event: pick(random, FEEDBACK_EVENTS),
        eventOn: day(eventOn),
        outcome: pick(random, ['as_hoped', 'partly', 'not_as_hoped'] as const),
        account: 'Elle a pu dire ce qu’elle voulait dire, calmement ; le directeur a proposé de se revoir.',
        receivedAt: new Date(eventOn.getTime() + 2 * DAY_MS).toISOString(),
      });
      rows.feedback++;
      await call('POST', `/api/v1/engagements/${id}/learnings`, {
        statement: pick(random, LEARNINGS),
        ...(firstHeld ? { sessionId: firstHeld } : {}),
        recordedAt: new Date(activeAt.getTime() + 30 * DAY_MS).toISOString(),
      });
      rows.learnings++;
    }
    return id;
  }

  // Clients first (two engagements each), then the engagements, a few lanes at a time.
  const clientIds: string[] = [];
  const random = prng(SEED);
  for (let i = 0; i < options.engagements; i += 2) {
    const firstName = pick(random, FIRST_NAMES);
    const lastName = pick(random, LAST_NAMES);
    const { id } = await call('POST', '/api/v1/clients', {
      firstName,
      lastName,
      email: `${i}.${lastName}@example.test`.normalize('NFD').replace(/[^\x00-\x7f]/g, '').toLowerCase(),
      role: 'Cadre en entreprise, accompagnée dans une période de transition.',
    });
    clientIds.push(id);
    rows.clients++;
  }
  const engagementIds: string[] = new Array(options.engagements);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < options.engagements; i = next++) engagementIds[i] = await engagement(i, clientIds[Math.floor(i / 2)]!);
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, lane));
  return { engagementIds, rows, requests };
}
