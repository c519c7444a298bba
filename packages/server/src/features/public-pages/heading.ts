import { html, type Raw } from './html.js';
import type { Site } from './pages.js';
import { PAGE_WORDS, type PageLanguage } from './words.js';

const DESCRIPTION_MAX = 200;

/**
 * What the index page is called: the coach's own heading when she wrote one, else
 * "Études de cas"; with the practice's name after it in the <title>, Open Graph and
 * the feed (unless her heading already is that name), and her introduction as the
 * description. Everything here is plain text; the templates escape it.
 */
export function indexTitles(site: Site, language: PageLanguage) {
  const w = PAGE_WORDS[language];
  const own = site.page?.heading.trim() ?? '';
  const intro = site.page?.intro.trim() ?? '';
  const h1 = own || w.caseStudies;
  const named = own.toLowerCase() === site.heading.trim().toLowerCase() ? own : `${h1} — ${site.heading}`;
  const flat = intro.replace(/\s+/g, ' ');
  return {
    h1,
    title: named,
    description: flat ? (flat.length > DESCRIPTION_MAX ? `${flat.slice(0, DESCRIPTION_MAX - 1)}…` : flat) : `${w.caseStudies} — ${site.heading}`,
    feedTitle: own ? named : site.heading,
    feedSubtitle: flat,
  };
}

/** The introduction as paragraphs (a blank line between them) and line breaks, escaped. */
export function introHtml(intro: string): Raw {
  const paragraphs = intro
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return html`${paragraphs.map((p) => html`<p class="intro">${p.split('\n').map((line, i) => (i ? html`<br>${line}` : line))}</p>`)}`;
}
