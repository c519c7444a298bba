import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

const REAL_NAMES = /Maëlys|Maelys|Kerbrat|Quenelec|Gwenola|Tanguy/i;

describe.each(TEST_DATABASES)('case studies, from the records to the public page (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let engagementId: string;
  let clientId: string;
  let id: string;
  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const org = await coach.call('POST', '/api/v1/organisations', { name: 'Brasserie Quenelec', contactName: 'Gwenola Tanguy' });
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Maëlys', lastName: 'Kerbrat', organisationId: org.body.id, role: 'consultante en stratégie marketing' });
    clientId = cl.body.id;
    const en = await coach.call('POST', '/api/v1/engagements', { clientId, title: "Maëlys et l'alliance", sponsorId: org.body.id });
    engagementId = en.body.id;
    const se = await coach.call('POST', `/api/v1/engagements/${engagementId}/sessions`, {
      scheduledAt: '2026-10-01T09:00:00Z',
      durationMinutes: 60,
      mode: 'video',
      status: 'held',
      notes: {
        situation: 'Maëlys Kerbrat est en froid avec Gwenola, la directrice de la Brasserie Quenelec.',
        shift: "Maëlys retrouve l'empathie pour Gwenola.",
        emotionsBefore: [{ name: 'agacement', intensity: 7 }],
      },
    });
    expect(se.status).toBe(201);
    await coach.call('POST', `/api/v1/engagements/${engagementId}/learnings`, { statement: 'Ses garde-fous : un espace pour déposer ses réactions.' });
  }, 60_000);
  afterAll(() => app.close());

  it('drafts the case from the records, anonymised for review', async () => {
    const res = await coach.call('POST', `/api/v1/engagements/${engagementId}/case-studies`, { language: 'fr' });
    expect(res.status).toBe(201);
    id = res.body.id;
    expect(res.body.markdown).toContain('Maëlys me raconte :\nMaëlys Kerbrat est en froid avec Gwenola');
    expect(res.body.markdown).toContain('## Le déplacement');
    // What the records lack is asked of the coach, not invented.
    expect(res.body.markdown).toContain('[À compléter : ce qui était en jeu, le risque.]');
    expect(res.body.review.text).not.toMatch(REAL_NAMES);
    expect(res.body.review.title).not.toMatch(REAL_NAMES);
    expect(res.body.review.unresolved).toBeGreaterThan(0);
    expect(res.body.status).toBe('draft');
    // The first review of the worker loads the anonymiser's word lists: on a busy machine, longer than the default.
  }, 120_000);

  it('refuses to publish without consent, then with a span undecided', async () => {
    const noConsent = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(noConsent.status).toBe(409);
    expect(noConsent.body.error.details.reason).toBe('no_consent');
    const consent = await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-11-20' });
    expect(consent.status).toBe(200);
    const undecided = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(undecided.status).toBe(409);
    expect(undecided.body.error.details.reason).toBe('unresolved_spans');
  });

  it('publishes once every high-risk span is decided, to a public page without the real names', async () => {
    const current = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const whole = `${current.title}\n\n${current.markdown}`;
    const decisions = current.review.spans.filter((s: any) => s.decision === null).map((s: any) => ({ text: whole.slice(s.start, s.end), type: s.type, action: 'accept' }));
    const reviewed = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions, added: [{ text: 'Brasserie', type: 'organisation', replacement: 'son entreprise' }] });
    expect(reviewed.body.review.unresolved).toBe(0);
    // The draft's prompts for what the records lacked hold publication until written or deleted.
    const prompted = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(prompted.status).toBe(409);
    expect(prompted.body.error.details.reason).toBe('unfilled_prompts');
    expect(prompted.body.error.details.prompts).toContain('[À compléter : ce qui était en jeu, le risque.]');
    const written = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown: current.markdown.replace(/\[À compléter :[^\]]*\]/g, 'Une réunion approche.') });
    expect(written.body.review.unresolved).toBe(0);
    const published = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    const path = new URL(published.body.publicUrl).pathname;
    // The address is made from the anonymised title, never from her name; the elided "l'" leaves no stray letter.
    expect(published.body.review.title).toBe("La personne accompagnée et l'alliance");
    expect(path.split('/').pop()).toBe('la-personne-accompagnee-et-alliance');
    const page = await app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).not.toMatch(REAL_NAMES);
    expect(page.body).toContain('<a class="skip" href="#main">');
    expect(page.body).toContain('property="og:title"');
    const index = await app.inject({ method: 'GET', url: path.replace(/[^/]+$/, '') });
    expect(index.body).toContain(published.body.review.title.replace(/'/g, '&#39;'));
    const feed = await app.inject({ method: 'GET', url: path.replace(/[^/]+$/, 'feed.atom') });
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.body).not.toMatch(REAL_NAMES);
    const map = await app.inject({ method: 'GET', url: path.replace(/[^/]+$/, 'sitemap.xml') });
    expect(map.body).toContain(`${path}</loc>`);
  });

  it('keeps comments for moderation, escapes them, never shows the e-mail, and stops robots', async () => {
    const { publicUrl } = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const path = new URL(publicUrl).pathname;
    const post = (form: Record<string, string>) => app.inject({ method: 'POST', url: `${path}/comments`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });

    const bad = await post({ name: '', email: 'pas-une-adresse', body: 'Merci' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="c-name-error"');
    expect(bad.body).toContain('id="c-email-error"');
    expect(bad.body).toContain('value="pas-une-adresse"');

    const robot = await post({ name: 'Bot', email: 'bot@example.com', body: 'Buy now', company: 'Spam Inc' });
    expect(robot.statusCode).toBe(303);

    const ok = await post({ name: 'Lucie <script>alert(1)</script>', email: 'lucie@example.com', body: 'Très juste : <b>merci</b>.' });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toContain('comment=pending');
    expect((await app.inject({ method: 'GET', url: path })).body).not.toContain('Très juste');

    const queue = (await coach.call('GET', '/api/v1/comments?status=pending')).body.items;
    expect(queue.map((c: any) => c.email)).toEqual(['lucie@example.com']);
    const approved = await coach.call('POST', `/api/v1/comments/${queue[0].id}/moderation`, { status: 'approved' });
    expect(approved.body.status).toBe('approved');

    const page = (await app.inject({ method: 'GET', url: path })).body;
    expect(page).toContain('Très juste : &lt;b&gt;merci&lt;/b&gt;.');
    expect(page).toContain('Lucie &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('lucie@example.com');
    expect(page).not.toContain('Buy now');
  });

  it('limits how many comments one address may post', async () => {
    const { publicUrl } = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const path = new URL(publicUrl).pathname;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await app.inject({ method: 'POST', url: `${path}/comments`, remoteAddress: '203.0.113.9', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `name=A&email=a%40example.com&body=Commentaire+${i}` });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([303, 303, 303, 303, 303]);
    expect(statuses[6]).toBe(429);
  });

  it('exports an anonymised supervision copy, and leaves the public pages when consent is withdrawn', async () => {
    const md = await coach.call('GET', `/api/v1/case-studies/${id}/supervision.md`);
    expect(md.status).toBe(200);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(String(md.body)).toMatch(/^# /);
    expect(String(md.body)).not.toMatch(REAL_NAMES);
    const pdf = await app.inject({ method: 'GET', url: `/api/v1/case-studies/${id}/supervision.pdf`, headers: { cookie: coach.cookie() } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { publicUrl } = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const withdrawn = await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-11-20', withdrawnOn: '2026-11-22' });
    expect(withdrawn.body.status).toBe('draft');
    expect((await app.inject({ method: 'GET', url: new URL(publicUrl).pathname })).statusCode).toBe(404);
  });

  it("is part of the client's own data export", async () => {
    const exported = await coach.call('GET', `/api/v1/clients/${clientId}/export`);
    expect(exported.body.engagements[0].caseStudies).toEqual([expect.objectContaining({ title: "Maëlys et l'alliance", language: 'fr', consent: expect.objectContaining({ kind: 'client' }) })]);
  });

  it('refuses bad input with the field named and hides other practices\' case studies', async () => {
    const bad = await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'composite', statement: 'court' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: any) => d.path)).toContain('statement');
    const other = await signedInCoach(app);
    expect((await other.call('GET', `/api/v1/case-studies/${id}`)).status).toBe(404);
    expect((await other.call('GET', '/api/v1/comments')).body.items).toEqual([]);
  });
});
