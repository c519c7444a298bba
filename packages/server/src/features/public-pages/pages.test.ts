import { describe, expect, it } from 'vitest';
import type { PublishedCase } from '../../repos/case-studies.js';
import { articlePage, indexPage } from './pages.js';

const site = { slug: 'cabinet', heading: 'Cabinet Rivage', base: 'https://exemple.fr' };
const article = (over: Partial<PublishedCase> = {}): PublishedCase => ({
  id: 'c1',
  slug: 'recreer-l-alliance',
  language: 'fr',
  title: 'Recréer l’alliance',
  markdown: '# Recréer l’alliance\n\nLa consultante, S., arrive avec une question précise.',
  pictures: [],
  publishedAt: new Date('2026-11-01T08:00:00Z'),
  republishedAt: null,
  ...over,
});
const metaOf = (page: string) => [...page.matchAll(/<p class="meta">([^<]*)<\/p>/g)].map((m) => m[1]);

describe('the dates of an article on the public page', () => {
  it('shows its first publication only, until she republishes it', () => {
    expect(metaOf(articlePage(site, article(), [], [], {}))[0]).toBe('Publié le 1 novembre 2026 · 1 min de lecture');
    expect(articlePage(site, article(), [], [], {})).not.toContain('Mis à jour');
  });

  it('keeps its first publication and adds « Mis à jour le … », in the practice’s day', () => {
    // 00:30 on 30 November in Paris: UTC still says the 29th.
    const republished = article({ republishedAt: new Date('2026-11-29T23:30:00Z') });
    expect(metaOf(articlePage(site, republished, [], [], {}))[0]).toBe('Publié le 1 novembre 2026 · Mis à jour le 30 novembre 2026 · 1 min de lecture');
    // The index's card says the same.
    expect(metaOf(indexPage(site, [republished], 'fr'))[0]).toBe('Publié le 1 novembre 2026 · Mis à jour le 30 novembre 2026 · 1 min de lecture');
  });

  it('says it in English for an English article', () => {
    const republished = article({ language: 'en', republishedAt: new Date('2026-11-29T10:00:00Z') });
    expect(metaOf(articlePage(site, republished, [], [], {}))[0]).toBe('Published on 1 November 2026 · Updated on 29 November 2026 · 1 min read');
  });
});
