import type { PublishedCase } from '../../repos/case-studies.js';
import { indexTitles } from './heading.js';
import { escapeHtml } from './html.js';
import { excerpt, type Site } from './pages.js';

const xml = escapeHtml;

/** When a published case last changed on the page: its last republication, else its first publication. */
const lastChange = (c: PublishedCase) => c.republishedAt ?? c.publishedAt;

/**
 * An Atom feed of the published case studies (RFC 4287), in the order of their first
 * publication: an entry keeps its <published> date and its place when she republishes
 * it, and its <updated> says when; the feed's <updated> is the latest of them.
 */
export function atomFeed(site: Site, cases: PublishedCase[]): string {
  const updated = new Date(Math.max(0, ...cases.map((c) => lastChange(c).getTime()))).toISOString();
  const home = `${site.base}/p/${site.slug}/`;
  const named = indexTitles(site, cases[0]?.language ?? 'fr');
  const entries = cases
    .map(
      (c) => `  <entry>
    <title>${xml(c.title)}</title>
    <link href="${xml(`${home}${c.slug}`)}"/>
    <id>${xml(`${home}${c.slug}`)}</id>
    <published>${c.publishedAt.toISOString()}</published>
    <updated>${lastChange(c).toISOString()}</updated>
    <summary>${xml(excerpt(c.markdown, 400))}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xml(named.feedTitle)}</title>${named.feedSubtitle ? `\n  <subtitle>${xml(named.feedSubtitle)}</subtitle>` : ''}
  <link href="${xml(home)}"/>
  <link rel="self" href="${xml(`${home}feed.atom`)}"/>
  <id>${xml(home)}</id>
  <updated>${updated}</updated>
  <author><name>${xml(site.heading)}</name></author>
${entries}
</feed>
`;
}

/** A sitemap of the practice's public pages (sitemaps.org protocol); an article's lastmod is when it last changed. */
export function sitemap(site: Site, cases: PublishedCase[]): string {
  const home = `${site.base}/p/${site.slug}/`;
  const urls = [`  <url><loc>${xml(home)}</loc></url>`, ...cases.map((c) => `  <url><loc>${xml(`${home}${c.slug}`)}</loc><lastmod>${lastChange(c).toISOString()}</lastmod></url>`)];
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
}
