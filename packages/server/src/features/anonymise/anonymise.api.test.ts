import type { FastifyInstance } from 'fastify';
import { loadLexicon } from '@alliance/domain/anonymise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

describe.each(TEST_DATABASES)('anonymising a text (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let engagementId: string;
  beforeAll(async () => {
    // The anonymiser's word lists load once per worker (seconds, more on a busy machine): here, not in the first test.
    await loadLexicon();
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const org = await coach.call('POST', '/api/v1/organisations', { name: 'Brasserie Quenelec', contactName: 'Gwenola Tanguy' });
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Maëlys', lastName: 'Kerbrat', organisationId: org.body.id });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Prendre sa place', sponsorId: org.body.id });
    engagementId = en.body.id;
  }, 120_000);
  afterAll(() => app.close());

  it("never misses the engagement's recorded names, whatever their spelling", async () => {
    const text = 'MAELYS a parlé à Gwenola hier ; la Brasserie Quenelec attend. Kerbrat est soulagée. Appel au 06 12 34 56 78.';
    const res = await coach.call('POST', '/api/v1/anonymise', { text, language: 'fr', mode: 'roles', engagementId });
    expect(res.status).toBe(200);
    expect(res.body.text).not.toMatch(/MAELYS|Gwenola|Quenelec|Kerbrat|06 12/);
    const bySource = res.body.spans.map((s: any) => [text.slice(s.start, s.end), s.type, s.source]);
    expect(bySource).toEqual(
      expect.arrayContaining([
        ['MAELYS', 'person', 'records'],
        ['Gwenola', 'person', 'records'],
        // The replacement brings its own article ("son organisation"), so it takes the text's.
        ['la Brasserie Quenelec', 'organisation', 'records'],
        ['Kerbrat', 'person', 'records'],
        ['06 12 34 56 78', 'phone', 'phone-library'],
      ]),
    );
    expect(res.body.text).toContain('La personne accompagnée a parlé');
    for (const s of res.body.spans)
      expect(s).toEqual({
        start: expect.any(Number),
        end: expect.any(Number),
        type: expect.any(String),
        replacement: expect.any(String),
        source: expect.any(String),
        confidence: expect.any(Number),
        nameStart: expect.any(Number),
        nameEnd: expect.any(Number),
      });
    // The name itself, apart from the article its replacement stands in for.
    const org = res.body.spans.find((s: any) => s.type === 'organisation');
    expect([text.slice(org.start, org.end), text.slice(org.nameStart, org.nameEnd)]).toEqual(['la Brasserie Quenelec', 'Brasserie Quenelec']);
  });

  it('anonymises any text without an engagement, in English too', async () => {
    const res = await coach.call('POST', '/api/v1/anonymise', { text: 'Dr. John Smith wrote to mary.jones@example.com.', language: 'en', mode: 'placeholders' });
    expect(res.status).toBe(200);
    expect(res.body.text).toBe('Dr. [Person 1] wrote to [email].');
  });

  it('masks a demonym as a place, and returns the telling details beside the spans, left in the text', async () => {
    const text = 'Maëlys, 42 ans, dirige une PME annécienne de 45 salariés depuis 17 ans. Les Nantais l’appellent.';
    const res = await coach.call('POST', '/api/v1/anonymise', { text, language: 'fr', mode: 'roles', engagementId });
    expect(res.status).toBe(200);
    expect(res.body.text).toContain('une PME de la région de 45 salariés');
    expect(res.body.text).toContain('Les habitants de la ville');
    expect(res.body.spans.map((s: any) => [text.slice(s.start, s.end), s.type, s.source])).toEqual(expect.arrayContaining([['annécienne', 'place', 'demonyms']]));
    expect(res.body.details).toEqual([
      { start: text.indexOf('42 ans'), end: text.indexOf('42 ans') + 6, kind: 'age', suggestion: 'la quarantaine' },
      { start: text.indexOf('de 45'), end: text.indexOf(' depuis'), kind: 'headcount', suggestion: 'de quelques dizaines de salariés' },
      { start: text.indexOf('17 ans'), end: text.indexOf('17 ans') + 6, kind: 'seniority', suggestion: 'de nombreuses années' },
    ]);
    // Nothing a detail covers is a span, nor replaced.
    expect(res.body.text).toContain('42 ans');
    for (const d of res.body.details) expect(res.body.spans.some((s: any) => s.start < d.end && d.start < s.end)).toBe(false);
    const en = await coach.call('POST', '/api/v1/anonymise', { text: 'She is 42.', language: 'en' });
    expect(en.body.details).toEqual([]);
  });

  it("chooses pseudonyms by the practice's key: the same for one practice every time, others for another practice", async () => {
    const text = 'Grace Baker a vu Priya Raman, puis Tom Martin et Julie Petit.';
    const ask = (who: Coach) => who.call('POST', '/api/v1/anonymise', { text, language: 'fr', mode: 'pseudonyms' });
    const [first, again] = [await ask(coach), await ask(coach)];
    expect(first.status).toBe(200);
    expect(again.body.text).toBe(first.body.text);
    expect(first.body.text).not.toMatch(/(?<!\p{L})(?:Grace|Baker|Priya|Raman|Tom|Martin|Julie|Petit)(?!\p{L})/u);
    const elsewhere = await ask(await signedInCoach(app));
    expect(elsewhere.body.text).not.toBe(first.body.text);
  });

  it('refuses bad input with the field named, an unknown engagement with 404, and a visitor with 401', async () => {
    const bad = await coach.call('POST', '/api/v1/anonymise', { text: '', language: 'de' });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['text', 'language']));
    const unknown = await coach.call('POST', '/api/v1/anonymise', { text: 'Bonjour', language: 'fr', engagementId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    const visitor = await app.inject({ method: 'POST', url: '/api/v1/anonymise', payload: { text: 'Bonjour', language: 'fr' } });
    expect(visitor.statusCode).toBe(401);
  });
});
