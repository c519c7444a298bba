import { checkedDetailOf } from '@alliance/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, TEST_DATABASES } from '../../testing/harness.js';
import { draftedCaseStudy } from './case-study-fixture.js';

/**
 * Republishing a published case keeps its first publication (`publishedAt`: the
 * article's date, its place in the feed) and dates the change (`republishedAt`): the
 * public page says « Mis à jour le … », the feed's <updated> and the sitemap's lastmod
 * follow it. The list of her case studies says which published ones have changes the
 * page does not show yet, as the case's own page does.
 */
describe.each(TEST_DATABASES)('republishing a published case study (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let first: string;
  let second: string;
  let engagementId: string;
  beforeAll(async () => {
    ({ app, coach, id: first } = await draftedCaseStudy(kind));
    engagementId = (await coach.call('GET', `/api/v1/case-studies/${first}`)).body.engagementId;
    second = (await coach.call('POST', `/api/v1/engagements/${engagementId}/case-studies`, { language: 'fr' })).body.id;
    await readyToPublish(first, 'Prendre sa place', 'Maëlys prépare une réunion difficile.\n\nElle y va sereine.');
    await readyToPublish(second, 'Dire non', 'Maëlys apprend à dire non.\n\nElle respire.');
  }, 120_000);
  afterAll(() => app.close());

  /** Her text, every name accepted, her consent, the details read: what publication waits for. */
  async function readyToPublish(id: string, title: string, markdown: string) {
    const written = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { title, markdown })).body;
    await decideAndRead(id, written);
    expect((await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-11-20' })).status).toBe(200);
  }
  async function decideAndRead(id: string, current: any) {
    const whole = `${current.title}\n\n${current.markdown}`;
    const decisions = [
      ...current.decisions,
      ...current.review.spans.filter((s: any) => s.decision === null).map((s: any) => ({ text: whole.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end), type: s.type, action: 'accept' })),
    ];
    const decided = (await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions })).body;
    expect(decided.review.unresolved).toBe(0);
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { detailsChecked: decided.review.details.map(checkedDetailOf) });
  }
  const publish = async (id: string) => {
    const res = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const listed = async (id: string) => (await coach.call('GET', '/api/v1/case-studies')).body.items.find((c: any) => c.id === id);
  const get = async (path: string) => (await app.inject({ method: 'GET', url: path })).body;
  let pagePath: string;
  let firstPublishedAt: string;

  it('publishes a case first with no republication, and the list says it has no changes to publish', async () => {
    const published = await publish(first);
    expect(published.republishedAt).toBeNull();
    firstPublishedAt = published.publishedAt;
    pagePath = new URL(published.publicUrl).pathname;
    // Its sibling, published after it, stands first in the feed.
    await new Promise((r) => setTimeout(r, 20));
    await publish(second);
    expect(await listed(first)).toMatchObject({ status: 'published', unpublishedChanges: false, publishedAt: firstPublishedAt, republishedAt: null });
    expect(await get(pagePath)).not.toContain('Mis à jour');
  });

  it('says in the list that a published case has changes its page does not show yet, and only that one', async () => {
    const edited = (await coach.call('PATCH', `/api/v1/case-studies/${first}`, { markdown: 'Maëlys prépare une réunion difficile.\n\nElle y va sereine, et revient apaisée.' })).body;
    expect(edited.unpublishedChanges).toBe(true);
    expect(await listed(first)).toMatchObject({ status: 'published', unpublishedChanges: true });
    expect(await listed(second)).toMatchObject({ status: 'published', unpublishedChanges: false });
    await decideAndRead(first, edited);
  });

  it('keeps the first publication when she republishes, and dates the republication', async () => {
    const before = Date.now();
    const republished = await publish(first);
    expect(republished.publishedAt).toBe(firstPublishedAt);
    expect(Date.parse(republished.republishedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(republished.republishedAt)).toBeGreaterThan(Date.parse(firstPublishedAt));
    expect(republished.unpublishedChanges).toBe(false);
    expect(await listed(first)).toMatchObject({ unpublishedChanges: false, publishedAt: firstPublishedAt, republishedAt: republished.republishedAt });

    // The page: the new words, its first date, and « Mis à jour le … » unless that is the same day (the practice's),
    // as it is here but for a republication across midnight; Open Graph dates the change to the instant.
    const page = await get(pagePath);
    expect(page).toContain('revient apaisée');
    const parisDay = (iso: string) => new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
    const updated = parisDay(republished.republishedAt) !== parisDay(firstPublishedAt) ? ' · Mis à jour le \\d{1,2} \\S+ \\d{4}' : '';
    expect(page).toMatch(new RegExp(`<p class="meta">Publié le \\d{1,2} \\S+ \\d{4}${updated} · \\d+ min de lecture</p>`));
    expect(page).toContain(`<meta property="article:published_time" content="${firstPublishedAt}">`);
    expect(page).toContain(`<meta property="article:modified_time" content="${republished.republishedAt}">`);

    // The feed: the same order as before (the republished one does not jump ahead), its <published> kept, its <updated> the republication.
    const practice = pagePath.split('/')[2];
    const feed = await get(`/p/${practice}/feed.atom`);
    const entry = /<entry>(?:(?!<\/entry>).)*prendre-sa-place(?:(?!<\/entry>).)*<\/entry>/s.exec(feed)?.[0] ?? '';
    expect(entry).toContain(`<published>${firstPublishedAt}</published>`);
    expect(entry).toContain(`<updated>${republished.republishedAt}</updated>`);
    expect(feed.indexOf('dire-non')).toBeLessThan(feed.indexOf('prendre-sa-place'));
    expect(/^ {2}<updated>(.*)<\/updated>$/m.exec(feed)?.[1]).toBe(republished.republishedAt);

    // The sitemap: when it last changed.
    expect(await get(`/p/${practice}/sitemap.xml`)).toContain(`${pagePath}</loc><lastmod>${republished.republishedAt}</lastmod>`);
  });

  it('dates nothing when she publishes again without a change', async () => {
    const { republishedAt } = await listed(first);
    const again = await publish(first);
    expect(again.publishedAt).toBe(firstPublishedAt);
    expect(again.republishedAt).toBe(republishedAt);
  });

  it('starts afresh once taken off the page: a new first publication, not a republication', async () => {
    const off = (await coach.call('POST', `/api/v1/case-studies/${first}/unpublish`)).body;
    expect(off).toMatchObject({ status: 'draft', publishedAt: null, republishedAt: null });
    const back = await publish(first);
    expect(Date.parse(back.publishedAt)).toBeGreaterThan(Date.parse(firstPublishedAt));
    expect(back.republishedAt).toBeNull();
    expect(await get(pagePath)).not.toContain('Mis à jour');
  });
});
