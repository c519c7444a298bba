import type { FastifyInstance } from 'fastify';
import { loadLexicon } from '@alliance/domain/anonymise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

/** The review lists the telling details a case still holds; masking one is a span the coach adds. */
describe.each(TEST_DATABASES)('telling details in a case study review (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let id: string;
  beforeAll(async () => {
    // The anonymiser's word lists load once per worker (seconds, more on a busy machine): here, not in the first test.
    await loadLexicon();
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Maëlys', lastName: 'Kerbrat' });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Prendre sa place' });
    const res = await coach.call('POST', `/api/v1/engagements/${en.body.id}/case-studies`, { language: 'fr' });
    expect(res.status).toBe(201);
    id = res.body.id;
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
