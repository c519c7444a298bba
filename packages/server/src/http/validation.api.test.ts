import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../testing/harness.js';

const paths = (res: { body: any }) => (res.body.error.details as { path: string }[]).map((d) => d.path);

describe.each(TEST_DATABASES)('invalid input gets a clear 400 naming the field (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let engagementId: string;
  let sessionId: string;
  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'A', lastName: 'B' });
    engagementId = (await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'T' })).body.id;
    sessionId = (await coach.call('POST', `/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'video' })).body.id;
  });
  afterAll(() => app.close());

  const cases: [string, () => string, string, unknown, string[]][] = [
    ['client without a last name', () => '/api/v1/clients', 'POST', { firstName: 'Sans' }, ['lastName']],
    ['client with a bad e-mail', () => '/api/v1/clients', 'POST', { firstName: 'A', lastName: 'B', email: 'pas-un-email' }, ['email']],
    ['client with an unknown field', () => '/api/v1/clients', 'POST', { firstName: 'A', lastName: 'B', shoeSize: 38 }, ['']],
    ['engagement without a title', () => '/api/v1/engagements', 'POST', { clientId: '00000000-0000-4000-8000-000000000000' }, ['title']],
    ['engagement with a bad objective', () => '/api/v1/engagements', 'POST', { clientId: '00000000-0000-4000-8000-000000000000', title: 'x', objectives: [{ statement: '' }] }, ['objectives.0.statement']],
    ['contract with a bad sponsor visibility', () => '/api/v1/engagements', 'POST', { clientId: '00000000-0000-4000-8000-000000000000', title: 'x', contract: { sponsorVisibility: 'everything' } }, ['contract.sponsorVisibility']],
    ['planned sessions below one', () => `/api/v1/engagements/${engagementId}`, 'PATCH', { plannedSessions: 0 }, ['plannedSessions']],
    ['session with bad date, duration and mode', () => `/api/v1/engagements/${engagementId}/sessions`, 'POST', { scheduledAt: 'yesterday-ish', durationMinutes: -5, mode: 'telepathy' }, ['scheduledAt', 'durationMinutes', 'mode']],
    ['emotion intensity above ten', () => `/api/v1/sessions/${sessionId}`, 'PATCH', { notes: { emotionsBefore: [{ name: 'colère', intensity: 11 }] } }, ['notes.emotionsBefore.0.intensity']],
    ['unknown note field', () => `/api/v1/sessions/${sessionId}`, 'PATCH', { notes: { horoscope: 'x' } }, ['notes']],
    ['contact with unknown kind and no summary', () => `/api/v1/engagements/${engagementId}/contacts`, 'POST', { kind: 'pigeon', occurredAt: '2026-10-01T09:00:00Z' }, ['kind', 'summary']],
    ['feedback with a bad outcome', () => `/api/v1/engagements/${engagementId}/feedback`, 'POST', { event: 'x', outcome: 'meh' }, ['outcome']],
    ['learning with no statement', () => `/api/v1/engagements/${engagementId}/learnings`, 'POST', {}, ['statement']],
    ['practice guidance with min above max', () => '/api/v1/practice', 'PATCH', { deepWorkMin: 12, deepWorkMax: 8 }, ['deepWorkMax']],
  ];

  it.each(cases)('%s', async (_name, url, method, body, expected) => {
    const res = await coach.call(method as 'POST', url(), body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(paths(res)).toEqual(expected);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('gives a machine-readable code and bounds with each refused field', async () => {
    const res = await coach.call('POST', '/api/v1/clients', { firstName: 'x'.repeat(300), lastName: 'B' });
    expect(res.body.error.details[0]).toMatchObject({ path: 'firstName', code: 'too_big', maximum: 200 });
    const bad = await coach.call('POST', `/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 2, mode: 'video' });
    expect(bad.body.error.details[0]).toMatchObject({ path: 'durationMinutes', code: 'too_small', minimum: 5 });
  });

  it('answers malformed JSON with a 400 and no stack trace', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/clients', headers: { 'content-type': 'application/json', cookie: coach.cookie() }, payload: '{"firstName":' });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/node_modules|at .*\.js:\d+/);
    expect(JSON.parse(res.body).error.code).toBeDefined();
  });

  it('answers an unknown API route with the one error shape', async () => {
    const res = await coach.call('GET', '/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
