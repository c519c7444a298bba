import { existsSync } from 'node:fs';
import { join } from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { health } from '@alliance/api';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { type AuthLimits, createAuth, DEFAULT_AUTH_LIMITS, deriveAuthSecret } from './auth/auth.js';
import { signInLockout } from './auth/lockout.js';
import { registerAuthRoutes } from './auth/routes.js';
import { SessionLookup } from './auth/session-lookup.js';
import { boardRoutes } from './features/boards/routes.js';
import { sharedBoardRoutes } from './features/boards/shared.js';
import { BoardAccessControl } from './sync/access.js';
import { LiveBoards } from './sync/live-boards.js';
import type { MasterKeyring } from './crypto/master-key.js';
import { Vault, type ValueCodec } from './crypto/vault.js';
import type { DatabaseHandle } from './db/database.js';
import { auditRoutes } from './features/audit/routes.js';
import { clientRoutes } from './features/clients/routes.js';
import { dashboardRoutes } from './features/dashboard/routes.js';
import { engagementRoutes } from './features/engagements/routes.js';
import { engagementEventRoutes } from './features/events/routes.js';
import { invitationRoutes } from './features/practice/invitations.js';
import { practiceRoutes } from './features/practice/routes.js';
import { retentionRoutes } from './features/retention/routes.js';
import { searchRoutes } from './features/search/routes.js';
import { anonymiseRoutes } from './features/anonymise/routes.js';
import { caseStudyRoutes } from './features/case-studies/routes.js';
import { publicBase } from './features/public-pages/base-url.js';
import { calendarFeedRoute, calendarRoutes } from './features/calendar/routes.js';
import { programmeRoutes } from './features/programmes/routes.js';
import { publicPages } from './features/public-pages/routes.js';
import { sessionRoutes } from './features/sessions/routes.js';
import { accessRoutes } from './features/client-space/access-routes.js';
import { clientRecordRoutes } from './features/client-space/records-routes.js';
import { closingReviewRoutes } from './features/client-space/closing-review-routes.js';
import { portalAuthRoutes } from './features/portal/auth-routes.js';
import type { MailDelivery } from './features/portal/links.js';
import { clientSpaceRoutes } from './features/portal/space-routes.js';
import { sponsorRoutes } from './features/portal/sponsor-routes.js';
import { installPolicy } from './http/policy.js';
import { portalPrincipals } from './portal/principal.js';
import { portalStore } from './portal/store.js';
import { installRequestContext, practiceNameFor } from './http/context.js';
import { AuditWriter } from './http/audit-writer.js';
import { installErrorHandling } from './http/errors.js';
import { installJsonBodyParser } from './http/json-body.js';
import { typed } from './http/typed.js';
import { invitationRepository } from './repos/invitations.js';
import { practiceRepository } from './repos/practices.js';
import { SearchIndexes } from './search/indexes.js';

export interface AppOptions {
  database: DatabaseHandle;
  /** One key, or the ring loaded from the environment or the key file. */
  masterKey: Buffer | MasterKeyring;
  /** The built web app; served at / when present. */
  webDistDir?: string;
  publicUrl?: string;
  authLimits?: AuthLimits;
  logLevel?: string;
  /** With a Redis server, several Alliance processes share live boards. */
  redisUrl?: string;
  /** The clock, for what depends on today (the calendar feed's window, a consent's latest date); tests set it. */
  now?: () => Date;
  /** How messages leave: a mail server (main.ts starts the sender), or only the outbox page. */
  mail?: MailDelivery;
  /** Only bench/api sets this, to measure encryption's cost against an app that does not encrypt. */
  valueCodec?: ValueCodec;
}

/** What the app is made of, also used by the demo seed and the benchmarks. */
export function createServices(options: Pick<AppOptions, 'database' | 'masterKey' | 'publicUrl' | 'authLimits' | 'valueCodec'>) {
  const { db } = options.database;
  const vault = new Vault(options.masterKey, { codec: options.valueCodec });
  const practices = practiceRepository(db, vault);
  const auth = createAuth({
    db,
    secret: deriveAuthSecret(Buffer.isBuffer(options.masterKey) ? options.masterKey : options.masterKey.keys()[0]!),
    baseURL: options.publicUrl,
    limits: options.authLimits ?? DEFAULT_AUTH_LIMITS,
    onUserCreated: async (u) => {
      await practices.ensurePracticeFor(u.id, practiceNameFor(u.name));
    },
  });
  return { db, vault, practices, auth, invitations: invitationRepository(db), search: new SearchIndexes() };
}
export type Services = ReturnType<typeof createServices>;

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    liveBoards: LiveBoards;
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info', redact: ['req.headers.cookie', 'req.headers.authorization'] },
    // One line per request only when debugging: coaching URLs are nobody's business.
    logController: new LogController({ disableRequestLogging: options.logLevel !== 'debug' }),
    // Our ids are UUIDs; keep Fastify's router from treating long paths as a risk.
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  installJsonBodyParser(app);

  const { db, kind } = options.database;
  const services = createServices(options);
  const { vault, practices, auth, search } = services;
  app.decorate('services', services);
  const sessions = new SessionLookup(auth);
  const portal = portalStore(db);
  const principals = portalPrincipals({ db, vault, practices, store: portal });
  const mail: MailDelivery = options.mail ?? { delivery: 'outbox', nudge: () => undefined };
  // Before any route: every route registered from here on gets its access rule.
  installPolicy(app, {
    isCoach: async (request) => Boolean(request.headers.cookie && (await sessions.find(request))),
    portalRole: async (request) => (await principals.resolve(request))?.kind ?? null,
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:', 'blob:'] },
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Alliance API', version: '1', description: 'The practice of a professional coach: clients, engagements, contracts, sessions.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'better-auth.session_token' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  typed(app).get('/api/health', { schema: { tags: ['health'], response: { 200: health } } }, async () => ({ status: 'ok' as const, database: kind }));
  registerAuthRoutes(app, auth, signInLockout(db), sessions);

  const auditWriter = new AuditWriter(app.log);
  app.addHook('onClose', () => auditWriter.flush());
  const boardAccess = new BoardAccessControl({ db, vault, practices, sessions });
  const live = new LiveBoards({ access: boardAccess, redisUrl: options.redisUrl, log: app.log });
  live.attach(app.server);
  app.decorate('liveBoards', live);
  app.addHook('onClose', () => live.close());
  sharedBoardRoutes(typed(app), boardAccess, db);
  await publicPages(app, { db, vault, practices, publicUrl: options.publicUrl });
  await portalAuthRoutes(app, { store: portal, principals, vault, mail, publicUrl: options.publicUrl });
  await app.register(async (space) => {
    clientSpaceRoutes(typed(space));
    sponsorRoutes(typed(space));
  });
  await calendarFeedRoute(app, { db, vault, practices, publicUrl: options.publicUrl, now: options.now ?? (() => new Date()) });
  await app.register(async (v1) => {
    installRequestContext(v1, { sessions, db, vault, practices, search, auditWriter });
    const api = typed(v1);
    practiceRoutes(api, practices);
    invitationRoutes(api, services.invitations, practices);
    dashboardRoutes(api);
    clientRoutes(api, auditWriter);
    engagementRoutes(api);
    sessionRoutes(api);
    engagementEventRoutes(api);
    auditRoutes(api, auditWriter);
    searchRoutes(api, search);
    anonymiseRoutes(api);
    programmeRoutes(api);
    calendarRoutes(api, { db, publicUrl: options.publicUrl });
    caseStudyRoutes(api, (request) => publicBase(options.publicUrl, request), options.now);
    retentionRoutes(api);
    boardRoutes(api, live);
    accessRoutes(api, { store: portal, mail, base: (request) => publicBase(options.publicUrl, request) });
    clientRecordRoutes(api);
    closingReviewRoutes(api);
  });

  if (options.webDistDir && existsSync(join(options.webDistDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: options.webDistDir, wildcard: false });
    // Client-side routes (/clients/…, /sessions/…) all load the single-page app.
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` } });
      return reply.sendFile('index.html');
    });
  }
  return app;
}
