import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

const HEADING = 'Accompagner <les> dirigeantes & "leurs" équipes';
const ESCAPED = 'Accompagner &lt;les&gt; dirigeantes &amp; &quot;leurs&quot; équipes';

describe.each(TEST_DATABASES)('the heading of the public page, set by the coach (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let home = '';
  const get = (url: string) => app.inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Inès', lastName: 'Marchal' });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Prendre sa place' });
    const drafted = await coach.call('POST', `/api/v1/engagements/${en.body.id}/case-studies`, { language: 'fr' });
    const id = drafted.body.id;
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { title: 'Prendre sa place', markdown: 'Une dirigeante apprend à poser ses limites.' });
    await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'composite', statement: 'Ce cas mêle plusieurs accompagnements.' });
    const current = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const whole = `${current.title}\n\n${current.markdown}`;
    const decisions = current.review.spans.filter((s: any) => s.decision === null).map((s: any) => ({ text: whole.slice(s.start, s.end), type: s.type, action: 'accept' }));
    if (decisions.length) await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions });
    const published = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(published.status).toBe(200);
    home = new URL(published.body.publicUrl).pathname.replace(/[^/]+$/, '');
  }, 60_000);
  afterAll(() => app.close());

  it('shows today’s heading while the coach has written none', async () => {
    const me = await coach.call('GET', '/api/v1/me');
    expect(me.body.practice).toMatchObject({ pageHeading: '', pageIntro: '' });
    const page = (await get(home)).body;
    expect(page).toContain('<h1>Études de cas</h1>');
    expect(page).not.toContain('class="intro"');
  });

  it('saves, reads back and shows her heading and introduction, escaped, in the title, Open Graph and the feed', async () => {
    const saved = await coach.call('PATCH', '/api/v1/practice', { pageHeading: `  ${HEADING}  `, pageIntro: 'Coach certifiée.\nParis et à distance.\n\n<script>alert(1)</script>' });
    expect(saved.status).toBe(200);
    expect(saved.body.pageHeading).toBe(HEADING);
    expect((await coach.call('GET', '/api/v1/me')).body.practice.pageIntro).toBe('Coach certifiée.\nParis et à distance.\n\n<script>alert(1)</script>');

    const page = (await get(home)).body;
    expect(page).toContain(`<h1>${ESCAPED}</h1>`);
    expect(page).toContain('<p class="intro">Coach certifiée.<br>Paris et à distance.</p>');
    expect(page).toContain('<p class="intro">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toMatch(new RegExp(`<title>${ESCAPED} — [^<]+</title>`));
    expect(page).toContain(`<meta property="og:title" content="${ESCAPED} — `);
    expect(page).toContain('<meta name="description" content="Coach certifiée. Paris et à distance. &lt;script&gt;alert(1)&lt;/script&gt;">');

    const feed = (await get(`${home}feed.atom`)).body;
    expect(feed).toContain(`<title>${ESCAPED} — `);
    expect(feed).toContain('<subtitle>Coach certifiée. Paris et à distance. &lt;script&gt;alert(1)&lt;/script&gt;</subtitle>');
  });

  it('refuses a heading too long or on two lines and an introduction too long, naming the field', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ pageHeading: 'x'.repeat(121) }, 'pageHeading'],
      [{ pageHeading: 'Deux\nlignes' }, 'pageHeading'],
      [{ pageIntro: 'x'.repeat(601) }, 'pageIntro'],
      [{ pageIntro: 'un\u0007bip' }, 'pageIntro'],
    ];
    for (const [body, field] of cases) {
      const res = await coach.call('PATCH', '/api/v1/practice', body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([field]);
    }
    expect((await coach.call('GET', '/api/v1/me')).body.practice.pageHeading).toBe(HEADING);
  });

  it('falls back to today’s heading when she empties it', async () => {
    await coach.call('PATCH', '/api/v1/practice', { pageHeading: '', pageIntro: '' });
    const page = (await get(home)).body;
    expect(page).toContain('<h1>Études de cas</h1>');
    expect(page).not.toContain('class="intro"');
  });
});
