import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, TEST_DATABASES } from '../../testing/harness.js';
import { draftedCaseStudy } from './case-study-fixture.js';

/** The review lists the telling details a case still holds; masking one is a span the coach adds. */
describe.each(TEST_DATABASES)('telling details in a case study review (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let id: string;
  beforeAll(async () => {
    ({ app, coach, id } = await draftedCaseStudy(kind));
  }, 120_000);
  afterAll(() => app.close());

  it('lists each detail with its offsets into the title and text, and drops it once the coach masks it', async () => {
    const markdown = 'Maëlys, 42 ans, mère de trois enfants, dirige une équipe de 120 personnes.';
    const saved = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { title: 'Un cas', markdown });
    expect(saved.status).toBe(200);
    const whole = `Un cas\n\n${markdown}`;
    const listed = saved.body.review.details.map((d: any) => [d.kind, whole.slice(d.start, d.end), d.suggestion]);
    expect(listed).toEqual([
      ['age', '42 ans', 'la quarantaine'],
      ['family', 'de trois enfants', 'de famille'],
      ['headcount', 'de 120 personnes', "d'une centaine de personnes"],
    ]);
    // Details are never spans, and stay in the text until she decides.
    expect(saved.body.review.spans.map((s: any) => whole.slice(s.start, s.end))).not.toContain('42 ans');
    expect(saved.body.review.text).toContain('42 ans');

    const masked = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { added: [{ text: '42 ans', type: 'person', replacement: 'la quarantaine' }] });
    expect(masked.body.review.text).toContain('la quarantaine, mère de trois enfants');
    expect(masked.body.review.details.map((d: any) => d.kind)).toEqual(['family', 'headcount']);
  });
});
