import { describe, expect, it } from 'vitest';
import { atomFeed, sitemap } from './feeds.js';

const site = { slug: 'cabinet', heading: 'Cabinet <Durand>', base: 'https://exemple.fr' };
const published = {
  id: 'c1',
  slug: 'recreer-l-alliance',
  language: 'fr' as const,
  title: 'Recréer l’alliance & la confiance',
  markdown: '# Recréer l’alliance\n\n![Première image : C., Le DG](board-picture:p1 "Au départ")\n\nLa consultante, **S.**, arrive avec une [question](https://exemple.fr) précise.\n\nSuite.',
  pictures: [],
  publishedAt: new Date('2026-11-20T10:00:00Z'),
  republishedAt: null,
};

describe('atomFeed', () => {
  it('summarises an article by its first paragraph of prose, as plain text, never a picture line', () => {
    const feed = atomFeed(site, [published]);
    const summary = /<summary>(.*)<\/summary>/s.exec(feed)?.[1];
    expect(summary).toBe('La consultante, S., arrive avec une question précise.');
    expect(feed).not.toContain('board-picture');
    expect(feed).toContain('<title>Recréer l’alliance &amp; la confiance</title>');
    expect(feed).toContain('<name>Cabinet &lt;Durand&gt;</name>');
  });
});

describe('a republished article in the feed and the sitemap', () => {
  // First published on 1 November, republished on 29 November; another first published in between.
  const republished = { ...published, id: 'c2', slug: 'prendre-sa-place', title: 'Prendre sa place', publishedAt: new Date('2026-11-01T08:00:00Z'), republishedAt: new Date('2026-11-29T22:30:00Z') };
  // As the repository gives them: by first publication, latest first.
  const cases = [published, republished];
  const entry = (feed: string, slug: string) => new RegExp(`<entry>(?:(?!</entry>).)*${slug}(?:(?!</entry>).)*</entry>`, 's').exec(feed)?.[0] ?? '';

  it('keeps its first publication and its place, and says when it was updated', () => {
    const feed = atomFeed(site, cases);
    const mine = entry(feed, 'prendre-sa-place');
    expect(mine).toContain('<published>2026-11-01T08:00:00.000Z</published>');
    expect(mine).toContain('<updated>2026-11-29T22:30:00.000Z</updated>');
    // Never republished: updated when published.
    const other = entry(feed, 'recreer-l-alliance');
    expect(other).toContain('<published>2026-11-20T10:00:00.000Z</published>');
    expect(other).toContain('<updated>2026-11-20T10:00:00.000Z</updated>');
    // The order is the first publication's: the republished article does not jump ahead.
    expect(feed.indexOf('recreer-l-alliance')).toBeLessThan(feed.indexOf('prendre-sa-place'));
  });

  it('dates the feed by its latest change, a republication included', () => {
    // The feed's own <updated>, two spaces in; an entry's is four.
    const feedUpdated = (feed: string) => /^ {2}<updated>(.*)<\/updated>$/m.exec(feed)?.[1];
    expect(feedUpdated(atomFeed(site, cases))).toBe('2026-11-29T22:30:00.000Z');
    expect(feedUpdated(atomFeed(site, [published]))).toBe('2026-11-20T10:00:00.000Z');
    expect(feedUpdated(atomFeed(site, []))).toBe('1970-01-01T00:00:00.000Z');
  });

  it('gives the sitemap the instant it last changed, not a UTC day', () => {
    const map = sitemap(site, cases);
    expect(map).toContain('<loc>https://exemple.fr/p/cabinet/prendre-sa-place</loc><lastmod>2026-11-29T22:30:00.000Z</lastmod>');
    expect(map).toContain('<loc>https://exemple.fr/p/cabinet/recreer-l-alliance</loc><lastmod>2026-11-20T10:00:00.000Z</lastmod>');
  });
});
