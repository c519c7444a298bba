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

  it('shows one date when she republished it the day it was first published, in the practice’s day', () => {
    // Published at 09:00 and republished at 23:30 in Paris on 30 November (UTC: 22:30 the same day).
    const sameDay = article({ publishedAt: new Date('2026-11-30T08:00:00Z'), republishedAt: new Date('2026-11-30T22:30:00Z') });
    expect(metaOf(articlePage(site, sameDay, [], [], {}))[0]).toBe('Publié le 30 novembre 2026 · 1 min de lecture');
    expect(metaOf(indexPage(site, [sameDay], 'fr'))[0]).toBe('Publié le 30 novembre 2026 · 1 min de lecture');
    // 00:30 the next day in Paris, though still the 30th in UTC: a day later for her readers.
    const nextDay = article({ publishedAt: new Date('2026-11-30T08:00:00Z'), republishedAt: new Date('2026-11-30T23:30:00Z') });
    expect(metaOf(articlePage(site, nextDay, [], [], {}))[0]).toBe('Publié le 30 novembre 2026 · Mis à jour le 1 décembre 2026 · 1 min de lecture');
  });

  it('says it in English for an English article', () => {
    const republished = article({ language: 'en', republishedAt: new Date('2026-11-29T10:00:00Z') });
    expect(metaOf(articlePage(site, republished, [], [], {}))[0]).toBe('Published on 1 November 2026 · Updated on 29 November 2026 · 1 min read');
  });
});

describe('the Open Graph times of an article', () => {
  const content = (page: string, property: string) => [...page.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)">`, 'g'))].map((m) => m[1]);

  it('dates its publication, and its modification by the publication while she never republished it', () => {
    const page = articlePage(site, article(), [], [], {});
    expect(content(page, 'article:published_time')).toEqual(['2026-11-01T08:00:00.000Z']);
    expect(content(page, 'article:modified_time')).toEqual(['2026-11-01T08:00:00.000Z']);
  });

  it('dates its modification by her last republication, the publication unchanged', () => {
    const page = articlePage(site, article({ republishedAt: new Date('2026-11-29T23:30:00Z') }), [], [], {});
    expect(content(page, 'article:published_time')).toEqual(['2026-11-01T08:00:00.000Z']);
    expect(content(page, 'article:modified_time')).toEqual(['2026-11-29T23:30:00.000Z']);
  });

  it('are on the article only, not on the index', () => {
    const page = indexPage(site, [article()], 'fr');
    expect(page).toContain('<meta property="og:type" content="website">');
    expect(page).not.toContain('article:published_time');
    expect(page).not.toContain('article:modified_time');
  });
});
