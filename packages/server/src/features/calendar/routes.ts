import { calendarFeed, calendarQuery, calendarView, idParams, outboxMessage } from '@alliance/api';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Vault } from '../../crypto/vault.js';
import type { Database } from '../../db/database.js';
import { ctx } from '../../http/context.js';
import { AppError, notFound } from '../../http/errors.js';
import { errors, itemsOf, type TypedApp } from '../../http/typed.js';
import { calendarFeedRepository } from '../../repos/calendar-feeds.js';
import { repositoriesFor, type Repositories } from '../../repos/index.js';
import type { PracticeRepository } from '../../repos/practices.js';
import { publicBase } from '../public-pages/base-url.js';
import { feedCalendar, sessionInvite } from './ics.js';
import { calendarEntries } from './items.js';

const tags = ['calendar'];
const MAX_RANGE_DAYS = 62;
/** The feed covers what a calendar application needs: the last three months and the next year. */
const FEED_PAST_DAYS = 92;
const FEED_FUTURE_DAYS = 366;

/** The coach's calendar: what is on between two instants, what is still to schedule, her subscription feed, and a session's .ics. */
export function calendarRoutes(app: TypedApp, deps: { db: Database; publicUrl?: string }): void {
  const feeds = calendarFeedRepository(deps.db);

  app.get('/api/v1/calendar', { schema: { tags, querystring: calendarQuery, response: { 200: calendarView, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const from = new Date(request.query.from);
    const to = new Date(request.query.to);
    if (to <= from || to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
      throw new AppError('invalid_input', `Invalid input: to`, [{ path: 'to', message: `must be after from, at most ${MAX_RANGE_DAYS} days later`, code: 'custom' }]);
    }
    const items = (await calendarEntries(repos, from, to)).map((e) => ({ ...e, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString() }));
    return { items, unscheduled: await unscheduled(repos) };
  });

  app.get('/api/v1/calendar/feed', { schema: { tags, response: { 200: calendarFeed, ...errors } } }, async (request) => {
    const { user } = ctx(request);
    const feed = await feeds.of(user.id);
    return { active: Boolean(feed), createdAt: feed?.createdAt.toISOString() ?? null, url: null };
  });
  app.post('/api/v1/calendar/feed', { schema: { tags, response: { 200: calendarFeed, ...errors } } }, async (request) => {
    const { user, practice } = ctx(request);
    const { token, createdAt } = await feeds.rotate(user.id, practice.id);
    // The secret is shown this once: only its hash is kept.
    return { active: true, createdAt: createdAt.toISOString(), url: `${publicBase(deps.publicUrl, request)}/calendar/${token}.ics` };
  });
  app.delete('/api/v1/calendar/feed', { schema: { tags, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const { user } = ctx(request);
    await feeds.revoke(user.id);
    reply.status(204);
    return null;
  });

  /** Every message Alliance wrote (reminders, sign-in links, digests): with no mail server configured, the coach reads them here. */
  app.get('/api/v1/outbox', { schema: { tags, response: { 200: itemsOf(outboxMessage), ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    return {
      items: (await repos.outbox.list()).map((m) => ({ id: m.id, kind: m.kind, to: m.to, subject: m.subject, body: m.body, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null })),
    };
  });

  app.get('/api/v1/sessions/:id/invite.ics', { schema: { tags, params: idParams } }, async (request, reply) => {
    const { repos, user } = ctx(request);
    const session = await repos.sessions.get(request.params.id);
    if (!session) throw notFound('Session');
    const language = request.headers['accept-language']?.toLowerCase().startsWith('en') ? 'en' : 'fr';
    const ics = sessionInvite({
      id: session.id,
      startsAt: session.scheduledAt,
      endsAt: new Date(session.scheduledAt.getTime() + session.durationMinutes * 60_000),
      mode: session.mode,
      coachName: user.name,
      language,
      host: new URL(publicBase(deps.publicUrl, request)).host,
    });
    reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="seance.ics"');
    return ics;
  });
}

/** The subscription URL: no session, only the secret, which opens this coach's calendar and nothing else. */
export async function calendarFeedRoute(app: FastifyInstance, deps: { db: Database; vault: Vault; practices: PracticeRepository; publicUrl?: string; now: () => Date }): Promise<void> {
  const feeds = calendarFeedRepository(deps.db);
  app.get<{ Params: { file: string } }>('/calendar/:file', async (request, reply) => {
    const token = /^([A-Za-z0-9_-]{20,})\.ics$/.exec(request.params.file)?.[1];
    const feed = token ? await feeds.byToken(token) : null;
    const wrapped = feed ? await deps.practices.wrappedKeyOf(feed.practiceId) : null;
    if (!feed || !wrapped) return reply.status(404).type('text/plain; charset=utf-8').send('Unknown or revoked calendar address.');
    const repos = repositoriesFor({ db: deps.db, practiceId: feed.practiceId, keys: deps.vault.forPractice(feed.practiceId, wrapped) });
    const now = deps.now().getTime();
    const entries = await calendarEntries(repos, new Date(now - FEED_PAST_DAYS * 86_400_000), new Date(now + FEED_FUTURE_DAYS * 86_400_000));
    const base = publicBase(deps.publicUrl, request);
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300').send(feedCalendar('Alliance', entries, 'fr', new URL(base).host));
  });
}

async function unscheduled(repos: Repositories) {
  const open = (await repos.engagements.list()).filter((e) => (e.status === 'active' || e.status === 'contracted') && e.plannedSessions !== null);
  const [names, counts] = await Promise.all([repos.clients.namesOf(open.map((e) => e.clientId)), repos.engagements.sessionCounts(open.map((e) => e.id))]);
  return open
    .map((e) => ({ engagementId: e.id, title: e.title, clientName: names.get(e.clientId) ?? '', remaining: (e.plannedSessions ?? 0) - (counts.get(e.id)?.scheduled ?? 0) }))
    .filter((u) => u.remaining > 0);
}
