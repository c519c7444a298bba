import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, client, signedInCoach, TEST_DATABASES, testApp } from '../testing/harness.js';

describe.each(TEST_DATABASES)("another practice's data is unreachable (%s)", (kind) => {
  let app: FastifyInstance;
  let a: Coach;
  let b: Coach;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await testApp(kind);
    a = await signedInCoach(app);
    b = await signedInCoach(app);
    const org = await a.call('POST', '/api/v1/organisations', { name: 'Entreprise A' });
    const cl = await a.call('POST', '/api/v1/clients', { firstName: 'Aurore', lastName: 'Secret', organisationId: org.body.id });
    const en = await a.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Confidentiel', sponsorId: org.body.id });
    const se = await a.call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'video' });
    await a.call('PATCH', `/api/v1/sessions/${se.body.id}`, { notes: { situation: 'seulement pour A' } });
    Object.assign(ids, { organisation: org.body.id, client: cl.body.id, engagement: en.body.id, session: se.body.id });
  });
  afterAll(() => app.close());

  it('answers 404 to every read of A’s records by B', async () => {
    for (const url of [
      `/api/v1/clients/${ids.client}`,
      `/api/v1/organisations/${ids.organisation}`,
      `/api/v1/engagements/${ids.engagement}`,
      `/api/v1/engagements/${ids.engagement}/timeline`,
      `/api/v1/sessions/${ids.session}`,
    ]) {
      const res = await b.call('GET', url);
      expect(res.status, url).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('answers 404 to every write into A’s records by B, and changes nothing', async () => {
    const writes: [string, string, unknown][] = [
      ['PATCH', `/api/v1/clients/${ids.client}`, { lastName: 'Piraté' }],
      ['DELETE', `/api/v1/clients/${ids.client}`, undefined],
      ['PATCH', `/api/v1/organisations/${ids.organisation}`, { name: 'Piraté' }],
      ['PATCH', `/api/v1/engagements/${ids.engagement}`, { title: 'Piraté' }],
      ['POST', `/api/v1/engagements/${ids.engagement}/transitions`, { to: 'contracted' }],
      ['POST', `/api/v1/engagements/${ids.engagement}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'video' }],
      ['PATCH', `/api/v1/sessions/${ids.session}`, { notes: { situation: 'overwritten' } }],
      ['POST', `/api/v1/engagements/${ids.engagement}/contacts`, { kind: 'phone', occurredAt: '2026-10-01T09:00:00Z', summary: 'x' }],
      ['POST', `/api/v1/engagements/${ids.engagement}/feedback`, { event: 'x' }],
      ['POST', `/api/v1/engagements/${ids.engagement}/learnings`, { statement: 'x' }],
    ];
    for (const [method, url, body] of writes) {
      const res = await b.call(method as 'GET', url, body);
      expect(res.status, `${method} ${url}`).toBe(404);
    }
    const session = await a.call('GET', `/api/v1/sessions/${ids.session}`);
    expect(session.body.notes.situation).toBe('seulement pour A');
    const engagement = await a.call('GET', `/api/v1/engagements/${ids.engagement}`);
    expect(engagement.body).toMatchObject({ title: 'Confidentiel', status: 'prospect', clientName: 'Aurore Secret' });
  });

  it('refuses to attach B’s engagement to A’s client or sponsor', async () => {
    const res = await b.call('POST', '/api/v1/engagements', { clientId: ids.client, title: 'x', sponsorId: ids.organisation });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual(['clientId', 'sponsorId']);
    const cl = await b.call('POST', '/api/v1/clients', { firstName: 'B', lastName: 'B', organisationId: ids.organisation });
    expect(cl.status).toBe(400);
    expect(cl.body.error.details[0].path).toBe('organisationId');
  });

  it('lists only the caller’s own records', async () => {
    for (const url of ['/api/v1/clients', '/api/v1/organisations', '/api/v1/engagements', '/api/v1/dashboard']) {
      const res = await b.call('GET', url);
      expect(res.status, url).toBe(200);
      expect(JSON.stringify(res.body), url).not.toMatch(new RegExp(`${ids.client}|${ids.engagement}|${ids.organisation}|Secret`));
    }
  });

  it('answers 401 without a session and 404 for a malformed id', async () => {
    const anon = client(app);
    for (const url of ['/api/v1/clients', '/api/v1/me', `/api/v1/engagements/${ids.engagement}`]) {
      const res = await anon.call('GET', url);
      expect(res.status, url).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
    expect((await a.call('GET', '/api/v1/engagements/not-a-uuid')).status).toBe(404);
    expect((await a.call('GET', '/api/v1/sessions/123')).status).toBe(404);
  });
});
