import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

const HIGH_RISK = new Set(['person', 'organisation', 'email', 'phone', 'identifier', 'url', 'role']);

/**
 * The review's spans name the detected name apart from the stretch it replaces ("la
 * Biscuiterie Lemoine" replaced, "Biscuiterie Lemoine" the name), and the coach's
 * decisions are kept by the name: one decision covers the mention with its article and
 * the one without, and the publication guard counts what still waits.
 */
describe.each(TEST_DATABASES)('case study decisions kept by the detected name (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let id: string;
  const markdown = 'Anne Moreau travaille à la Biscuiterie Lemoine. Biscuiterie Lemoine est une PME. Le père d’Anne vit à Montpellier.';
  let whole = '';

  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const org = await coach.call('POST', '/api/v1/organisations', { name: 'Biscuiterie Lemoine' });
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Anne', lastName: 'Moreau', organisationId: org.body.id, role: 'consultante' });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Une alliance', sponsorId: org.body.id });
    const draft = await coach.call('POST', `/api/v1/engagements/${en.body.id}/case-studies`, { language: 'fr' });
    expect(draft.status).toBe(201);
    id = draft.body.id;
    const edited = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { title: 'Une alliance', markdown, mode: 'roles' });
    expect(edited.status).toBe(200);
    whole = `Une alliance\n\n${markdown}`;
    // The first draft's review loads the anonymiser's word lists: past 30 s on a busy machine.
  }, 120_000);
  afterAll(() => app.close());

  const spansOf = (body: any) => body.review.spans.map((s: any) => ({ stretch: whole.slice(s.start, s.end), name: whole.slice(s.nameStart, s.nameEnd), type: s.type, decision: s.decision }));

  it('answers each span with the name it replaces, apart from the words before it', async () => {
    const cs = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    expect(spansOf(cs)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ stretch: 'la Biscuiterie Lemoine', name: 'Biscuiterie Lemoine', type: 'organisation' }),
        expect.objectContaining({ stretch: 'Biscuiterie Lemoine', name: 'Biscuiterie Lemoine', type: 'organisation' }),
        expect.objectContaining({ stretch: 'd’Anne', name: 'Anne', type: 'person' }),
        expect.objectContaining({ stretch: 'à Montpellier', name: 'Montpellier', type: 'place' }),
      ]),
    );
  });

  it('carries one decision by the name to every mention, and counts what the publication guard waits for', async () => {
    const cs = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const open = (body: any) => body.review.spans.filter((s: any) => s.decision === null && HIGH_RISK.has(s.type)).length;
    expect(cs.review.unresolved).toBe(open(cs));
    const withArticle = cs.review.spans.find((s: any) => whole.slice(s.start, s.end) === 'la Biscuiterie Lemoine');
    const replaced = await coach.call('PATCH', `/api/v1/case-studies/${id}`, {
      decisions: [{ text: whole.slice(withArticle.nameStart, withArticle.nameEnd), type: 'organisation', action: 'replace', replacement: 'Biscuits Arvel' }],
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.review.text).toContain('travaille à la Biscuits Arvel. Biscuits Arvel est une PME.');
    expect(spansOf(replaced.body).filter((s: any) => s.type === 'organisation').map((s: any) => s.decision)).toEqual(['replace', 'replace']);
    expect(replaced.body.review.unresolved).toBe(open(replaced.body));
    expect(replaced.body.review.unresolved).toBeGreaterThan(0);

    // The guard refuses, and names exactly the spans it counted.
    await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-11-20' });
    const refused = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe('unresolved_spans');
    expect(refused.body.error.details.unresolved).toHaveLength(replaced.body.review.unresolved);
    expect(refused.body.error.details.unresolved.map((s: any) => whole.slice(s.nameStart, s.nameEnd))).toEqual(expect.arrayContaining(['Anne']));

    // Each name decided once, as the review list groups them; every mention follows.
    const names = new Map<string, { text: string; type: string; action: 'accept' }>();
    for (const s of replaced.body.review.spans.filter((x: any) => x.decision === null)) {
      const text = whole.slice(s.nameStart, s.nameEnd);
      names.set(`${s.type}|${text.toLowerCase()}`, { text, type: s.type, action: 'accept' });
    }
    const decided = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions: [...replaced.body.decisions, ...names.values()] });
    expect(decided.body.review.unresolved).toBe(0);
    expect(decided.body.review.text).toMatch(/Le père de \S/);
    expect(decided.body.review.text).toContain('dans une grande ville');
    const published = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.review.text).not.toMatch(/Anne|Moreau|Lemoine/);
  });
});
