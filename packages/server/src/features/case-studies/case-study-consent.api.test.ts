import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, TEST_DATABASES } from '../../testing/harness.js';
import { draftedCaseStudy } from './case-study-fixture.js';

/**
 * What the consent form can be told: each refusal names its field and carries its
 * bounds (zod's code, minimum, maximum) or its reason, which the web words in the
 * coach's language.
 */
describe.each(TEST_DATABASES)('refusals of a case study consent (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let id: string;
  beforeAll(async () => {
    ({ app, coach, id } = await draftedCaseStudy(kind));
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
});
