import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, TEST_DATABASES } from '../../testing/harness.js';
import { draftedCaseStudy } from './case-study-fixture.js';

/**
 * What the consent form can be told: each refusal names its field and carries its
 * bounds (zod's code, minimum, maximum, the latest day) or its reason, which the web
 * words in the coach's language.
 */
describe.each(TEST_DATABASES)('refusals of a case study consent (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let id: string;
  // 00:30 on 30 March 2026 in Paris, the practice's day; UTC still says the 29th.
  const night = new Date('2026-03-29T22:30:00Z');
  beforeAll(async () => {
    ({ app, coach, id } = await draftedCaseStudy(kind, { now: () => night }));
  }, 120_000);
  afterAll(() => app.close());

  const put = (body: unknown) => coach.call('PUT', `/api/v1/case-studies/${id}/consent`, body);

  it('names the statement and its bounds when it is too short, empty or too long', async () => {
    for (const statement of ['Composite', '   ']) {
      const res = await put({ kind: 'composite', statement });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'statement', code: 'too_small', minimum: 10 })]);
    }
    const long = await put({ kind: 'composite', statement: 'x'.repeat(1001) });
    expect(long.body.error.details).toEqual([expect.objectContaining({ path: 'statement', code: 'too_big', maximum: 1000 })]);
  });

  it('names a date that is not one', async () => {
    const res = await put({ kind: 'client', scope: 'anonymised', givenOn: '2025-04-31' });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'givenOn' })]);
  });

  it('says when the client gave no consent in her space', async () => {
    const res = await put({ kind: 'client_space' });
    expect(res.status).toBe(409);
    expect(res.body.error.details.reason).toBe('no_client_space_consent');
    // Nothing was recorded.
    expect((await coach.call('GET', `/api/v1/case-studies/${id}`)).body.consent).toBeNull();
  });

  it('refuses a consent dated after today, naming the field and the latest day, and records nothing', async () => {
    for (const givenOn of ['2026-03-31', '2027-01-01']) {
      const res = await put({ kind: 'client', scope: 'anonymised', givenOn });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_input');
      expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'givenOn', code: 'after_today', latest: '2026-03-30' })]);
    }
    expect((await coach.call('GET', `/api/v1/case-studies/${id}`)).body.consent).toBeNull();
  });

  it('takes a consent given today in the practice’s day, though UTC is still on the day before', async () => {
    const res = await put({ kind: 'client', scope: 'anonymised', givenOn: '2026-03-30' });
    expect(res.status).toBe(200);
    expect(res.body.consent).toMatchObject({ kind: 'client', givenOn: '2026-03-30', source: 'coach' });
    // And the day before, of course; the composite statement is dated by the server.
    expect((await put({ kind: 'client', scope: 'first_name', givenOn: '2026-03-29' })).status).toBe(200);
    expect((await put({ kind: 'composite', statement: 'Ce cas mêle plusieurs accompagnements.' })).status).toBe(200);
  });
});
