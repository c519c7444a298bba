import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../testing/harness.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Every id in a path may be malformed or someone else's: the answer is 400 or 404, never a 500. */
describe.each(TEST_DATABASES)('unknown and malformed ids on the newer routes (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
  }, 60_000);
  afterAll(() => app.close());

  const calls: [string, (id: string) => string, unknown?][] = [
    ['GET', (id) => `/api/v1/programmes/${id}`],
    ['POST', (id) => `/api/v1/programmes/${id}/participants`, { clientId: UNKNOWN }],
    ['PUT', (id) => `/api/v1/programmes/${id}/attendance`, { dayId: UNKNOWN, clientId: UNKNOWN, present: true }],
    ['POST', (id) => `/api/v1/programmes/${id}/contacts`, { clientId: UNKNOWN, kind: 'phone', occurredAt: '2026-03-15T18:00:00Z', summary: 'x' }],
    ['PUT', (id) => `/api/v1/programmes/${id}/participants/${id}/notes`, { notes: 'x' }],
    ['PUT', (id) => `/api/v1/programmes/${id}/participants/${id}/feedback`, { rating: 5 }],
    ['PUT', (id) => `/api/v1/programmes/${id}/days/${id}/notes`, { notes: 'x' }],
    ['PATCH', (id) => `/api/v1/programmes/${id}`, { title: 'x' }],
    ['POST', (id) => `/api/v1/programmes/${id}/participants/${id}/engagements`, { title: 'x' }],
    ['POST', (id) => `/api/v1/engagements/${id}/case-studies`, { language: 'fr' }],
    ['GET', (id) => `/api/v1/case-studies/${id}`],
    ['PATCH', (id) => `/api/v1/case-studies/${id}`, { title: 'x' }],
    ['PUT', (id) => `/api/v1/case-studies/${id}/consent`, { kind: 'composite', statement: 'Un cas composite, inventé.' }],
    ['POST', (id) => `/api/v1/case-studies/${id}/publish`],
    ['GET', (id) => `/api/v1/case-studies/${id}/supervision.pdf`],
    ['POST', (id) => `/api/v1/comments/${id}/moderation`, { status: 'approved' }],
    ['GET', (id) => `/api/v1/sessions/${id}/invite.ics`],
  ];

  it.each(['not-an-id', UNKNOWN])('answers %s with a 4xx everywhere', async (id) => {
    for (const [method, path, body] of calls) {
      const res = await coach.call(method, path(id), body);
      expect(res.status, `${method} ${path(id)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path(id)}`).toBeLessThan(500);
    }
  });

  it('answers an unknown public page or calendar address with 404', async () => {
    for (const url of ['/p/nobody/', '/p/nobody/nothing', '/p/nobody/feed.atom', '/calendar/not-a-token.ics', `/calendar/${'a'.repeat(43)}.ics`]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });
});
