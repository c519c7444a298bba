import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, TEST_DATABASES, testApp, uniqueEmail } from '../testing/harness.js';
import { buildFixture, CALLERS, type Caller, type Fixture, OWNERS, POLICY_ROLE } from './authorisation-fixtures.js';
import type { RouteEntry } from './policy.js';

/*
 * Every route the app registers under /api/, called by every kind of caller, against
 * real records of one practice. The list of routes is the app's own route table
 * (`app.routeTable`), not a list written here: a new route is checked the day it is
 * registered, and if its path names a record this file cannot fill, the test fails
 * and asks for the fixture to be extended.
 *
 * What is expected, for a route and a caller:
 * - the caller's role is not among the route's roles: 401 (no cookie) or 403;
 * - the caller holds the role, and the records are hers (coach A, Sophie, the sponsor):
 *   success — a GET answers 2xx; a write 2xx, or 400/409 when the fixture's body does
 *   not suit — never 401, 403, 404 or a 5xx;
 * - the caller holds the role but the records are not hers (coach B, Paul): 404 when the
 *   request names one of A's records (its path, or the query or body that picks it); on a
 *   route naming none, whatever her own data gives (2xx, 400, 404, 409);
 * - a public route (the policy lets anyone in): success for everyone.
 * And whatever the status, a response shows nothing of practice A the caller may not
 * see: no marker of its free text, none of its record ids (except what the caller sent).
 */

/** Routes under /api/ left out, and why that is safe. */
const LEFT_OUT: { match: (url: string) => boolean; why: string }[] = [
  {
    match: (url) => url.startsWith('/api/auth/'),
    why: 'better-auth owns /api/auth/* (sign-up, sign-in, sessions, two-factor): one catch-all route the policy leaves public, that reaches no practice record; auth.api.test.ts covers it',
  },
  {
    match: (url) => url.startsWith('/api/docs'),
    why: 'the Swagger UI and its static files: the API description, public by rule, built from schemas and holding no record',
  },
];
// Outside /api/ (so outside this test): /p/* are the public pages (the published case
// studies, public by purpose), /calendar/:file the calendar feed whose secret address is
// its key; public-pages, calendar and unknown-ids tests cover them. Anything else is the
// web app's own files.

/** The record a path parameter names, by the collection before it (`/boards/:id` → a board). */
const RECORD_BY_COLLECTION: Record<string, (f: Fixture) => string> = {
  clients: (f) => f.ids.sophie,
  organisations: (f) => f.ids.organisation,
  engagements: (f) => f.ids.engagement,
  sessions: (f) => f.ids.session,
  boards: (f) => f.ids.board,
  programmes: (f) => f.ids.programme,
  'case-studies': (f) => f.ids.caseStudy,
  comments: (f) => f.ids.comment,
  'portal-accounts': (f) => f.ids.sophieAccount,
  commitments: (f) => f.ids.commitment,
  journal: (f) => f.ids.journal,
  alerts: (f) => f.ids.alert,
  invitations: (f) => f.ids.invitation,
};
/** Parameters with names of their own. */
const RECORD_BY_NAME: Record<string, (f: Fixture) => string> = {
  dayId: (f) => f.ids.programmeDay,
  clientId: (f) => f.ids.sophie,
  pictureId: (f) => f.ids.picture,
  linkId: (f) => f.ids.shareLink,
  token: (f) => f.shareToken,
  kind: () => 'after',
};
/**
 * A DELETE removes the record its last parameter names: a spare of the same kind, so
 * nothing the other checks rely on goes. (Its other parameters are the parents.)
 */
const SPARE_BY_COLLECTION: Record<string, (f: Fixture) => string> = {
  clients: (f) => f.spare.client,
  boards: (f) => f.spare.board,
  'case-studies': (f) => f.spare.caseStudy,
  'portal-accounts': (f) => f.spare.portalAccount,
  commitments: (f) => f.spare.commitment,
  journal: (f) => f.spare.journal,
  invitations: (f) => f.spare.invitation,
};
const SPARE_BY_NAME: Record<string, (f: Fixture) => string> = {
  linkId: (f) => f.spare.shareLink,
};

/** Query strings a route needs to answer at all. `names`: the query picks a record (so a stranger gets 404). */
const QUERIES: Record<string, { query: (f: Fixture) => string; names?: boolean }> = {
  '/api/v1/search': { query: () => 'q=Kestrel' },
  '/api/v1/calendar': { query: () => `from=${encodeURIComponent('2026-01-01T00:00:00Z')}&to=${encodeURIComponent('2026-02-28T00:00:00Z')}` },
  '/api/v1/audit': { query: (f) => `clientId=${f.ids.sophie}` },
  '/api/v1/portal/space': { query: (f) => `engagementId=${f.ids.engagement}`, names: true },
};

const NO_BODY = Symbol('no body');
type Body = unknown | typeof NO_BODY;
/** A valid body for each write route (by "METHOD url"); a write route not listed is sent {}. */
const BODIES: Record<string, (f: Fixture) => Body | Promise<Body>> = {
  // Practice and colleagues
  'PATCH /api/v1/practice': () => ({ quietAfterDays: 45 }),
  'POST /api/v1/practice/invitations': () => ({ email: uniqueEmail('colleague') }),
  'POST /api/v1/invitations/accept': (f) => ({ token: f.invitationToken }),
  // Clients, organisations, engagements, sessions and what happens between them
  'POST /api/v1/clients': () => ({ firstName: 'Nina', lastName: 'Nouvelle' }),
  'PATCH /api/v1/clients/:id': () => ({ phone: '01 23 45 67 89' }),
  'POST /api/v1/organisations': () => ({ name: 'Une autre entreprise' }),
  'PATCH /api/v1/organisations/:id': () => ({ contactPhone: '01 98 76 54 32' }),
  'POST /api/v1/engagements': (f) => ({ clientId: f.ids.sophie, title: 'Un second accompagnement' }),
  'PATCH /api/v1/engagements/:id': () => ({ plannedSessions: 6 }),
  'POST /api/v1/engagements/:id/transitions': () => ({ to: 'paused' }),
  'POST /api/v1/engagements/:id/sessions': () => ({ scheduledAt: '2026-02-10T09:00:00+01:00', durationMinutes: 60, mode: 'video' }),
  'PATCH /api/v1/sessions/:id': () => ({ durationMinutes: 60 }),
  'POST /api/v1/engagements/:id/contacts': () => ({ kind: 'phone', occurredAt: '2026-01-15T10:00:00Z', summary: 'Un appel' }),
  'POST /api/v1/engagements/:id/feedback': () => ({ event: 'Un comité' }),
  'POST /api/v1/engagements/:id/learnings': () => ({ statement: 'Un apprentissage' }),
  'POST /api/v1/anonymise': (f) => ({ text: 'Elle a parlé à son responsable.', language: 'fr', engagementId: f.ids.engagement }),
  // Programmes
  'POST /api/v1/programmes': () => ({ title: 'Atelier', place: 'Paris', days: [{ startsAt: '2026-02-03T09:00:00+01:00', endsAt: '2026-02-03T17:00:00+01:00' }] }),
  'PATCH /api/v1/programmes/:id': () => ({ place: 'Lyon' }),
  'PUT /api/v1/programmes/:id/days/:dayId/notes': () => ({ notes: 'La salle était trop petite.' }),
  'PUT /api/v1/programmes/:id/participants/:clientId/feedback': () => ({ rating: 8 }),
  'POST /api/v1/programmes/:id/participants': () => ({ firstName: 'Inès', lastName: 'Participante' }),
  'PUT /api/v1/programmes/:id/attendance': (f) => ({ dayId: f.ids.programmeDay, clientId: f.ids.sophie, present: true }),
  'POST /api/v1/programmes/:id/contacts': (f) => ({ clientId: f.ids.sophie, kind: 'phone', occurredAt: '2026-01-22T18:00:00Z', summary: 'Un appel entre deux journées' }),
  'PUT /api/v1/programmes/:id/participants/:clientId/notes': () => ({ notes: 'Une note' }),
  'POST /api/v1/programmes/:id/participants/:clientId/engagements': () => ({ title: 'Suite individuelle' }),
  // Calendar, case studies, comments, retention
  'POST /api/v1/calendar/feed': () => NO_BODY,
  'POST /api/v1/engagements/:id/case-studies': () => ({ language: 'fr' }),
  'PATCH /api/v1/case-studies/:id': () => ({ mode: 'roles' }),
  'PUT /api/v1/case-studies/:id/consent': () => ({ kind: 'composite', statement: 'Un cas composite, inventé pour l’exemple.' }),
  'POST /api/v1/case-studies/:id/publish': () => NO_BODY,
  'POST /api/v1/case-studies/:id/unpublish': () => NO_BODY,
  'POST /api/v1/comments/:id/moderation': () => ({ status: 'approved' }),
  'POST /api/v1/retention/erase': (f) => ({ engagementIds: [f.spare.engagement] }),
  // Boards
  'POST /api/v1/sessions/:id/boards': () => ({ title: 'Une autre constellation' }),
  'PATCH /api/v1/boards/:id': () => ({ locked: false }),
  'POST /api/v1/boards/:id/pictures': () => ({ name: 'Une autre image' }),
  'PATCH /api/v1/boards/:id/pictures/:pictureId': () => ({ isResolution: true }),
  // A valid body; the fixture's board has no figure, so the coach hears 400 (no such element).
  'POST /api/v1/boards/:id/felt-senses': () => ({ elementId: 'me', words: 'Du poids sur les épaules', energy: -2 }),
  'POST /api/v1/boards/:id/share-links': () => ({ mode: 'view', expiresInMinutes: 60 }),
  // The coach's side of the client space
  'POST /api/v1/clients/:id/invitation': () => ({}),
  'POST /api/v1/engagements/:id/sponsor-invitation': () => ({}),
  'POST /api/v1/engagements/:id/commitments': () => ({ kind: 'commitment', statement: 'Un engagement de plus' }),
  'PATCH /api/v1/commitments/:id': () => ({ status: 'in_progress' }),
  'PUT /api/v1/sessions/:id/summary': () => ({ shared: true }),
  'PUT /api/v1/engagements/:id/progress-scale': () => ({ progressScale: 'zero_ten' }),
  'POST /api/v1/alerts/:id/read': () => NO_BODY,
  // The portal
  'POST /api/v1/portal/sign-in': async (f) => ({ token: await f.freshSignInToken() }),
  'POST /api/v1/portal/links': (f) => ({ email: f.sophieEmail }),
  'POST /api/v1/portal/sign-out': () => NO_BODY,
  'PATCH /api/v1/portal/commitments/:id': () => ({ status: 'in_progress', clientNote: 'Ça avance' }),
  'POST /api/v1/portal/journal': (f) => ({ engagementId: f.ids.engagement, occurredOn: '2026-01-20', situation: 'Une réunion' }),
  'PATCH /api/v1/portal/journal/:id': () => ({ shared: true }),
  'PUT /api/v1/portal/sessions/:id/check-ins/:kind': () => ({ ratings: { heard: 9, mattered: 8, approach: 8, overall: 9 } }),
  'POST /api/v1/portal/feedback': (f) => ({ engagementId: f.ids.engagement, event: 'Le comité suivant', outcome: 'partly' }),
  'PUT /api/v1/portal/testimonial': (f) => ({ engagementId: f.ids.engagement, text: 'MARK-TESTIMONIAL', consentScope: 'first_name' }),
  'POST /api/v1/portal/testimonial/withdraw': (f) => ({ engagementId: f.ids.engagement }),
};

/** Write routes whose body, not their path, picks the record they act on: a stranger gets 404 there too. */
const BODY_NAMES_RECORD = new Set([
  'POST /api/v1/anonymise',
  'POST /api/v1/portal/journal',
  'POST /api/v1/portal/feedback',
  'PUT /api/v1/portal/testimonial',
  'POST /api/v1/portal/testimonial/withdraw',
]);

/** Public routes whose key is Sophie's (a link or token): the caller sees what Sophie may see. */
const KEYED_BY_SOPHIE = new Set(['/api/v1/shared-boards/:token', '/api/v1/portal/sign-in']);

/**
 * Where a handler refuses a caller the policy let in, on purpose and for a reason that
 * is not who she is. Each is checked to answer exactly this, and nothing else.
 */
const BY_DESIGN: Record<string, { callers: Caller[]; status: number; why: string }> = {
  'DELETE /api/v1/demo': {
    callers: ['coach', 'otherCoach'],
    status: 403,
    why: 'only the demo practice is removed this way: a real practice answers 403 and stays (seed/demo.test.ts); the last test removes a demo practice',
  },
};

type Phase = 'main' | 'destructive' | 'closing';
/** Destructive routes run after all others, and signing out last of all: they would break the checks after them. */
function phaseOf(route: RouteEntry): Phase {
  if (/\/sign-out$/.test(route.url)) return 'closing';
  if (route.method === 'DELETE' || /\/(erase|revoke)$/.test(route.url)) return 'destructive';
  return 'main';
}

interface Planned {
  route: RouteEntry;
  key: string;
  /** The path with every parameter filled, and its query. */
  url: string;
  namesRecord: boolean;
  phase: Phase;
}

/** Fills the route's path parameters with real records of practice A; names what it cannot fill. */
function plan(route: RouteEntry, f: Fixture): Planned | { key: string; unfilled: string[] } {
  const key = `${route.method} ${route.url}`;
  const segments = route.url.split('/');
  const paramIndexes = segments.flatMap((s, i) => (s.startsWith(':') || s.includes('*') ? [i] : []));
  const unfilled: string[] = [];
  const filled = segments.map((segment, i) => {
    if (segment.includes('*')) {
      unfilled.push(segment);
      return segment;
    }
    if (!segment.startsWith(':')) return segment;
    const [, name, rest] = /^:([A-Za-z0-9_]+)(.*)$/.exec(segment) ?? [];
    const collection = segments[i - 1] ?? '';
    const isRemoved = route.method === 'DELETE' && i === paramIndexes[paramIndexes.length - 1];
    const byName = isRemoved ? SPARE_BY_NAME : RECORD_BY_NAME;
    const byCollection = isRemoved ? SPARE_BY_COLLECTION : RECORD_BY_COLLECTION;
    const fill = name === 'id' ? byCollection[collection] : byName[name ?? ''];
    if (!fill) {
      unfilled.push(`${isRemoved ? 'a spare record for ' : ''}:${name} (after /${collection}/)`);
      return segment;
    }
    return `${fill(f)}${rest ?? ''}`;
  });
  if (unfilled.length) return { key, unfilled };
  const query = QUERIES[route.url];
  return {
    route,
    key,
    url: filled.join('/') + (query ? `?${query.query(f)}` : ''),
    namesRecord: paramIndexes.length > 0 || Boolean(query?.names) || BODY_NAMES_RECORD.has(key),
    phase: phaseOf(route),
  };
}

type Expected = { kind: 'refused'; status: number } | { kind: 'succeeds' } | { kind: 'notFound' } | { kind: 'ownData' } | { kind: 'byDesign'; status: number };

function expectationFor(p: Planned, caller: Caller): Expected {
  const { roles } = p.route;
  if (roles.includes('anonymous')) return { kind: 'succeeds' };
  if (!roles.includes(POLICY_ROLE[caller])) return { kind: 'refused', status: caller === 'anonymous' ? 401 : 403 };
  const designed = BY_DESIGN[p.key];
  if (designed?.callers.includes(caller)) return { kind: 'byDesign', status: designed.status };
  if (OWNERS.has(caller)) return { kind: 'succeeds' };
  return p.namesRecord ? { kind: 'notFound' } : { kind: 'ownData' };
}

function statusProblem(p: Planned, expected: Expected, status: number): string | null {
  const is2xx = status >= 200 && status < 300;
  switch (expected.kind) {
    case 'refused':
    case 'byDesign':
      return status === expected.status ? null : `expected ${expected.status}`;
    case 'notFound':
      return status === 404 ? null : 'expected 404 (not her record)';
    case 'succeeds':
      if (p.route.method === 'GET') return is2xx ? null : 'expected 2xx';
      return is2xx || status === 400 || status === 409 ? null : 'expected 2xx (or 400/409 for an unsuitable body)';
    case 'ownData':
      return is2xx || [400, 404, 409].includes(status) ? null : 'expected her own data (2xx, 400, 404 or 409)';
  }
}

interface Result {
  key: string;
  caller: Caller;
  status: number;
  problems: string[];
}

describe.each(TEST_DATABASES)('who may do what, route by route (%s)', (kind) => {
  let app: FastifyInstance;
  let f: Fixture;
  const planned: Planned[] = [];
  const unfilled: { key: string; unfilled: string[] }[] = [];
  const leftOut: string[] = [];
  const results: Result[] = [];
  let started = 0;

  beforeAll(async () => {
    app = await testApp(kind);
    started = Date.now();
    f = await buildFixture(app);
    for (const route of app.routeTable) {
      if (!route.url.startsWith('/api/')) continue;
      if (LEFT_OUT.some((l) => l.match(route.url))) {
        leftOut.push(`${route.method} ${route.url}`);
        continue;
      }
      const p = plan(route, f);
      if ('unfilled' in p) unfilled.push(p);
      else planned.push(p);
    }
  }, 120_000);
  afterAll(async () => {
    const requests = results.length;
    const routes = new Set(results.map((r) => r.key)).size;
    console.info(`authorisation (${kind}): ${routes} routes × ${CALLERS.length} callers = ${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s (fixture included); left out: ${leftOut.length} (${leftOut.join(', ')})`);
    await app?.close();
  });

  /** One call as this caller: its own cookie and address, and nothing kept from the answer (a sign-in's cookie stays out). */
  async function call(caller: Caller, method: string, url: string, body: Body) {
    const { cookie, ip } = f.credentials[caller];
    return app.inject({
      method: method as InjectOptions['method'],
      url,
      remoteAddress: ip,
      headers: { origin: 'http://localhost', host: 'localhost', ...(cookie ? { cookie } : {}) },
      ...(body === NO_BODY || body === undefined ? {} : { payload: body as object }),
    });
  }

  async function walk(phase: Phase) {
    for (const p of planned.filter((x) => x.phase === phase)) {
      // CALLERS runs strangers first, owners last (see authorisation-fixtures.ts).
      for (const caller of CALLERS) {
        const expected = expectationFor(p, caller);
        const bodyOf = BODIES[p.key];
        const body: Body = p.route.method === 'GET' || p.route.method === 'DELETE' ? NO_BODY : bodyOf ? await bodyOf(f) : {};
        const res = await call(caller, p.route.method, p.url, body);
        const problems: string[] = [];
        const bad = statusProblem(p, expected, res.statusCode);
        if (bad) problems.push(bad);
        if (res.statusCode >= 500) problems.push('server error');
        if (caller !== 'coach') {
          // What the caller may be shown: nothing when refused; Sophie's view behind a key of hers; otherwise her own.
          const viewer: Caller | null = expected.kind === 'refused' ? null : KEYED_BY_SOPHIE.has(p.route.url) ? 'client' : caller;
          const sent = `${p.url} ${body === NO_BODY ? '' : JSON.stringify(body)}`.toLowerCase();
          const shown = `${res.body} ${JSON.stringify(res.headers)}`.toLowerCase();
          for (const s of f.secrets) {
            if (viewer && s.seenBy.has(viewer)) continue;
            const v = s.value.toLowerCase();
            if (!sent.includes(v) && shown.includes(v)) problems.push(`leaks ${s.label} (${s.value})`);
          }
        }
        results.push({ key: p.key, caller, status: res.statusCode, problems });
      }
    }
  }

  function report(phase: Phase): string[] {
    const keys = new Set(planned.filter((p) => p.phase === phase).map((p) => p.key));
    return results
      .filter((r) => keys.has(r.key) && r.problems.length)
      .map((r) => `${r.key} as ${r.caller}: ${r.status} — ${r.problems.join('; ')}`);
  }

  it('fills every parameter of every route with a real record', () => {
    expect(unfilled.map((u) => `${u.key}: cannot fill ${u.unfilled.join(', ')} — extend authorisation-fixtures.ts and the tables above`)).toEqual([]);
    // Not a vacuous walk: every role of the policy has routes to call.
    for (const role of ['coach', 'client', 'sponsor', 'anonymous'] as const) {
      expect(planned.some((p) => p.route.roles.includes(role)), role).toBe(true);
    }
  });

  it('answers every caller on every route as the policy says, and leaks nothing', async () => {
    await walk('main');
    expect(report('main')).toEqual([]);
  }, 300_000);

  it('does the same for the routes that delete, erase or revoke (run after the others, on spare records)', async () => {
    await walk('destructive');
    expect(report('destructive')).toEqual([]);
  }, 120_000);

  it('does the same for signing out (last: it ends the portal sessions)', async () => {
    await walk('closing');
    expect(report('closing')).toEqual([]);
    // Signed out, the client and the sponsor reach nothing any more.
    for (const caller of ['client', 'otherClient', 'sponsor'] as const) {
      expect((await call(caller, 'GET', '/api/v1/portal/me', NO_BODY)).statusCode, caller).toBe(401);
    }
  }, 60_000);

  it('removes a demo practice by its own coach, and left the real one standing', async () => {
    // The route refused above to coach A and coach B because theirs are real practices.
    expect((await f.coachA.call('GET', '/api/v1/me')).status).toBe(200);
    const demo = client(app);
    expect((await demo.signUp()).status).toBe(200);
    const practiceId = (await demo.call('GET', '/api/v1/me')).body.practice.id as string;
    await app.services.practices.markDemo(practiceId);
    expect((await demo.call('DELETE', '/api/v1/demo')).status).toBe(204);
    expect((await demo.call('GET', '/api/v1/me')).status).toBe(401);
  });
});
