import { describe, expect, it } from 'vitest';
import { atomFeed } from './feeds.js';

const site = { slug: 'cabinet', heading: 'Cabinet <Durand>', base: 'https://exemple.fr' };
const published = {
  id: 'c1',
  slug: 'recreer-l-alliance',
  language: 'fr' as const,
  title: 'Recréer l’alliance & la confiance',
  markdown: '# Recréer l’alliance\n\n![Première image : C., Le DG](board-picture:p1 "Au départ")\n\nLa consultante, **S.**, arrive avec une [question](https://exemple.fr) précise.\n\nSuite.',
  pictures: [],
  publishedAt: new Date('2026-11-20T10:00:00Z'),
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
