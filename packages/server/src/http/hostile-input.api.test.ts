import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, client, signedInCoach, TEST_DATABASES, testApp, uniqueEmail } from '../testing/harness.js';

/** Text a hostile or careless client might send; stored as text, never run, never a 500. */
const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><use href="data:image/svg+xml,<svg id=x/>"/></svg>',
  '[clique](javascript:alert(1)) ![x](x" onerror="alert(1))',
  "'; DROP TABLE clients; --",
  "\" OR 1=1 --",
  'nul\u0000byte',
  '\uD800 lone surrogate',
  '‮ right-to-left override',
  '{{constructor.constructor("alert(1)")()}}',
];

describe.each(TEST_DATABASES)('hostile input never causes a 500 (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let ids: { client: string; engagement: string; session: string; organisation: string; board: string; picture: string };
  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const org = await coach.call('POST', '/api/v1/organisations', { name: 'Org' });
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'A', lastName: 'B' });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'T' });
    const se = await coach.call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'video' });
    const board = await coach.call('POST', `/api/v1/sessions/${se.body.id}/boards`, { title: 'Constellation' });
    const picture = await coach.call('POST', `/api/v1/boards/${board.body.id}/pictures`, { name: 'Départ' });
    ids = { client: cl.body.id, engagement: en.body.id, session: se.body.id, organisation: org.body.id, board: board.body.id, picture: picture.body.id };
  });
  afterAll(() => app.close());

  const writes = (text: string): [string, string, unknown][] => [
    ['POST', '/api/v1/clients', { firstName: text, lastName: text, role: text, phone: text.slice(0, 40) }],
    ['PATCH', `/api/v1/clients/${ids.client}`, { role: text }],
    ['POST', '/api/v1/organisations', { name: text, contactName: text }],
    ['PATCH', `/api/v1/organisations/${ids.organisation}`, { notes: text }],
    ['POST', '/api/v1/engagements', { clientId: ids.client, title: text, objectives: [{ statement: text, baseline: text }], contract: { confidentialityClause: text, boundaries: [{ party: 'coach', responsibilities: [text], outOfScope: [text] }] } }],
    ['PATCH', `/api/v1/engagements/${ids.engagement}`, { title: text }],
    ['PATCH', `/api/v1/sessions/${ids.session}`, { notes: { situation: text, emotionsBefore: [{ name: text.slice(0, 100), intensity: 5 }] }, privateReflections: text }],
    ['POST', `/api/v1/engagements/${ids.engagement}/contacts`, { kind: 'phone', occurredAt: '2026-10-01T09:00:00Z', summary: text }],
    ['POST', `/api/v1/engagements/${ids.engagement}/feedback`, { event: text, account: text }],
    ['POST', `/api/v1/engagements/${ids.engagement}/learnings`, { statement: text }],
    ['PATCH', '/api/v1/practice', { name: text }],
    ['POST', '/api/v1/practice/invitations', { email: text }],
    ['POST', '/api/v1/invitations/accept', { token: text }],
    ['POST', `/api/v1/sessions/${ids.session}/boards`, { title: text }],
    ['PATCH', `/api/v1/boards/${ids.board}`, { title: text, control: text }],
    ['POST', `/api/v1/boards/${ids.board}/pictures`, { name: text }],
    ['PATCH', `/api/v1/boards/${ids.board}/pictures/${ids.picture}`, { name: text }],
    ['POST', `/api/v1/boards/${ids.board}/felt-senses`, { elementId: text.slice(0, 64), words: text, energy: 1 }],
    ['POST', `/api/v1/boards/${ids.board}/share-links`, { mode: text }],
    ['GET', `/api/v1/shared-boards/${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))}`, undefined],
  ];

  it('stores hostile text verbatim as text, or refuses it with a 4xx', async () => {
    for (const text of HOSTILE_TEXT) {
      for (const [method, url, body] of writes(text)) {
        const res = await coach.call(method as 'POST', url, body);
        expect(res.status, `${method} ${url} ${JSON.stringify(text)}`).toBeLessThan(500);
      }
    }
    const back = await coach.call('GET', `/api/v1/sessions/${ids.session}`);
    // The last hostile string is stored exactly as sent: escaping is the renderer's job.
    expect(back.body.notes.situation).toBe(HOSTILE_TEXT.at(-1));
  });

  it('answers a hostile name at sign-up with a 2xx or a 4xx, never a 500', async () => {
    for (const text of HOSTILE_TEXT) {
      const res = await client(app).signUp(uniqueEmail('hostile'), 'long enough password');
      expect(res.status).toBe(200);
      const named = await client(app).call('POST', '/api/auth/sign-up/email', { email: uniqueEmail('hostile'), password: 'long enough password', name: text });
      expect(named.status, JSON.stringify(text)).toBeLessThan(500);
    }
  });

  it('refuses over-long strings with a 400 naming the field', async () => {
    const res = await coach.call('POST', '/api/v1/clients', { firstName: 'x'.repeat(10_000), lastName: 'B' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('firstName');
  });

  it('refuses a huge body, deep nesting and wrong types with a 4xx, never a 500', async () => {
    const cookie = (await app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: 'http://localhost', host: 'localhost' }, payload: { email: coach.email, password: 'correct horse battery staple' } })).cookies
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
    const send = (payload: string, url = '/api/v1/clients') =>
      app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', cookie }, payload });
    const huge = await send(JSON.stringify({ firstName: 'a', lastName: 'b', role: 'x'.repeat(5_000_000) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBeDefined();
    const deep = await send('['.repeat(100_000) + ']'.repeat(100_000));
    expect(deep.statusCode).toBeGreaterThanOrEqual(400);
    expect(deep.statusCode).toBeLessThan(500);
    const nested = await send(JSON.stringify({ firstName: { $gt: '' }, lastName: ['x'] }));
    expect(nested.statusCode).toBe(400);
    const proto = await send('{"firstName":"a","lastName":"b","__proto__":{"admin":true}}');
    expect(proto.statusCode).toBe(400);
    const invalidUtf8 = await app.inject({
      method: 'POST',
      url: '/api/v1/clients',
      headers: { 'content-type': 'application/json', cookie },
      payload: Buffer.concat([Buffer.from('{"firstName":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('","lastName":"b"}')]),
    });
    expect(invalidUtf8.statusCode).toBeLessThan(500);
    for (const url of [`/api/v1/engagements/${ids.engagement}/sessions`, `/api/v1/engagements/${ids.engagement}/contacts`, '/api/v1/engagements']) {
      const res = await send('"just a string"', url);
      expect(res.statusCode, url).toBe(400);
      const nul = await send('null', url);
      expect(nul.statusCode, url).toBe(400);
    }
  });
});
