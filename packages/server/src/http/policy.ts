import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/**
 * Who may call which route: the one place that decides it. Every route the app
 * registers must match a rule here, or the app refuses to start (a route nobody
 * thought about is closed, not open).
 *
 * The rule says which kind of caller may reach a route at all; which records she
 * then reaches is decided by scoping — a coach's repositories are bound to her
 * practice, a client's queries to her own id, a sponsor's to her one engagement —
 * so another coach, another client or another sponsor gets 404 and learns nothing.
 */
export const ROLES = ['coach', 'client', 'sponsor', 'anonymous'] as const;
export type Role = (typeof ROLES)[number];

interface Rule {
  /** Matches the route's URL pattern as registered (e.g. `/api/v1/clients/:id`). */
  match: (url: string) => boolean;
  roles: readonly Role[];
  why: string;
}

const exact = (...urls: string[]) => (url: string) => urls.includes(url);
const prefix = (p: string) => (url: string) => url.startsWith(p);

const RULES: readonly Rule[] = [
  { match: exact('/api/health', '/api/openapi.json'), roles: ['anonymous'], why: 'health and the API description are public' },
  { match: prefix('/api/docs'), roles: ['anonymous'], why: 'the API documentation pages' },
  { match: prefix('/api/auth/'), roles: ['anonymous'], why: 'signing in and up (better-auth checks what it needs)' },
  { match: prefix('/api/v1/shared-boards/'), roles: ['anonymous'], why: "a board share link: the token is the key, and only that board's" },
  { match: exact('/api/v1/portal/sign-in', '/api/v1/portal/links'), roles: ['anonymous'], why: 'a client or sponsor signs in with a link, or asks for one' },
  { match: exact('/api/v1/portal/me', '/api/v1/portal/sign-out'), roles: ['client', 'sponsor'], why: 'who is signed in to the portal' },
  { match: prefix('/api/v1/portal/sponsor'), roles: ['sponsor'], why: 'the view the contract gives the sponsor' },
  { match: prefix('/api/v1/portal/'), roles: ['client'], why: "the client's own space" },
  { match: prefix('/api/v1/'), roles: ['coach'], why: "the practice's records: its coaches only" },
  { match: prefix('/p/'), roles: ['anonymous'], why: "the coach's public pages" },
  { match: prefix('/calendar/'), roles: ['anonymous'], why: "a calendar feed: its secret address is the key" },
  { match: (url) => !url.startsWith('/api/'), roles: ['anonymous'], why: 'the web app itself (its pages ask the API, which checks)' },
];

export function accessFor(url: string): readonly Role[] {
  const rule = RULES.find((r) => r.match(url));
  if (!rule) throw new Error(`No access rule covers ${url}: add one to http/policy.ts`);
  return rule.roles;
}

/** Every route as registered, with who may call it: the route table the authorisation test walks. */
export interface RouteEntry {
  method: string;
  url: string;
  roles: readonly Role[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: readonly Role[];
  }
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

/** How the policy learns who is calling; each answers from the request's own credential (a cookie). */
export interface Callers {
  isCoach(request: FastifyRequest): Promise<boolean>;
  portalRole(request: FastifyRequest): Promise<'client' | 'sponsor' | null>;
}

/**
 * Installs the policy: every route gets its roles when registered, and every
 * request is checked before its handler runs. A browser may hold both a coach's
 * and a portal session (a coach trying her client's side): the route's roles
 * decide which one counts.
 */
export function installPolicy(app: FastifyInstance, callers: Callers): void {
  const table: RouteEntry[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route) => {
    const roles = accessFor(route.url);
    route.config = { ...(route.config as object), access: roles } as typeof route.config;
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, roles });
  });
  app.addHook('onRequest', async (request) => {
    const roles = request.routeOptions.config.access;
    // Fastify's own 404 handler has no route: it reveals nothing.
    if (!roles || roles.includes('anonymous')) return;
    // The credential the route accepts is looked up first; the other only to word a refusal.
    const coachRoute = roles.includes('coach');
    if (coachRoute && (await callers.isCoach(request))) return;
    const portal = await callers.portalRole(request);
    if (portal && roles.includes(portal)) return;
    if (portal || (!coachRoute && (await callers.isCoach(request)))) throw new AppError('forbidden', 'This is not yours to open');
    throw new AppError('unauthenticated', 'Sign in first');
  });
}
