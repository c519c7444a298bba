import { readingMinutes } from '@alliance/domain';
import type { CommentRecord, PublishedCase } from '../../repos/case-studies.js';
import { articleBody, bodyWithoutTitle, FIGURE_STYLE } from './article-body.js';
import { indexTitles, introHtml } from './heading.js';
import { html, raw, type Raw } from './html.js';
import { PAGE_WORDS, type PageLanguage } from './words.js';

const STYLE = `
:root{color-scheme:light;--ink:#1d2a2f;--soft:#55646a;--accent:#1f5c63;--line:#d9dedc;--paper:#fbfaf7}
*{box-sizing:border-box}body{margin:0;font:1.0625rem/1.65 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--paper)}
a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #e3a33b;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem}.skip:focus{left:1rem;top:1rem;z-index:1}
header.site,footer.site{border-bottom:1px solid var(--line);background:#fff}footer.site{border-top:1px solid var(--line);border-bottom:0;margin-top:4rem;color:var(--soft);font-size:.9rem}
.wrap{max-width:44rem;margin:0 auto;padding:1rem 1.25rem}
header.site .wrap{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;flex-wrap:wrap}
.brand{font-family:Georgia,"Times New Roman",serif;font-size:1.35rem;font-weight:700;color:var(--ink);text-decoration:none}
h1,h2,h3{font-family:Georgia,"Times New Roman",serif;line-height:1.25;color:#132024}h1{font-size:2.1rem;margin:2rem 0 .5rem}h2{font-size:1.4rem;margin-top:2.2rem}
.meta{color:var(--soft);font-size:.95rem;margin:0 0 1.5rem}
blockquote{margin:1.5rem 0;padding:.75rem 1rem;border-left:4px solid var(--accent);background:#eef3f2;color:#2d3b40}
article.card{padding:1.25rem 0;border-bottom:1px solid var(--line)}article.card h2{margin:.25rem 0}
ol.comments{list-style:none;padding:0}ol.comments li{padding:1rem 0;border-bottom:1px solid var(--line)}.who{font-weight:600}
form{display:grid;gap:1rem;margin-top:1rem}label{display:block;font-weight:600;margin-bottom:.25rem}
input,textarea{width:100%;font:inherit;padding:.6rem .7rem;border:1px solid #9aa6a9;border-radius:6px;background:#fff}textarea{min-height:9rem}
button{font:inherit;font-weight:600;padding:.7rem 1.2rem;border:0;border-radius:6px;background:var(--accent);color:#fff;cursor:pointer;justify-self:start}
.error{color:#9b1c1c;font-size:.95rem;margin:.25rem 0 0}.notice{padding:.75rem 1rem;border-radius:6px;background:#e7f3ec;color:#1d4d32}.notice.bad{background:#fbeaea;color:#7a1c1c}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.intro{font-size:1.125rem;color:var(--soft);margin:0 0 1rem;max-width:38rem}
@media (max-width:30rem){h1{font-size:1.7rem}body{font-size:1rem}}
`;

export interface Site {
  slug: string;
  /** The practice's name, in the header of every page. */
  heading: string;
  base: string;
  /** The coach's own heading and introduction of the index page (see heading.ts). */
  page?: { heading: string; intro: string };
}

function dateOf(d: Date, language: PageLanguage) {
  return d.toLocaleDateString(PAGE_WORDS[language].locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
}

/**
 * An article's dates and reading time: the first publication, and when she last
 * republished changes, so a reader sees the text has moved on since its date. A change
 * republished the day it was first published (the practice's day) is no news to a
 * reader: one date says it, not the same date twice.
 */
function meta(c: PublishedCase): string {
  const w = PAGE_WORDS[c.language];
  const published = dateOf(c.publishedAt, c.language);
  const republished = c.republishedAt ? dateOf(c.republishedAt, c.language) : null;
  const updated = republished && republished !== published ? ` · ${w.updatedOn(republished)}` : '';
  return `${w.publishedOn(published)}${updated} · ${w.readingTime(readingMinutes(c.markdown))}`;
}

/** Open Graph's article times (ISO 8601, to the instant): modified is her last republication, or the first publication if none. */
function articleTimes(c: PublishedCase): Raw {
  return html`<meta property="article:published_time" content="${c.publishedAt.toISOString()}">
<meta property="article:modified_time" content="${(c.republishedAt ?? c.publishedAt).toISOString()}">
`;
}

function layout(o: { site: Site; language: PageLanguage; title: string; description: string; path: string; type: 'website' | 'article'; main: Raw; head?: Raw }): string {
  const w = PAGE_WORDS[o.language];
  const url = `${o.site.base}${o.path}`;
  return `<!doctype html>${html`<html lang="${o.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
<meta name="description" content="${o.description}">
<link rel="canonical" href="${url}">
<link rel="alternate" type="application/atom+xml" title="${w.feed}" href="${o.site.base}/p/${o.site.slug}/feed.atom">
<meta property="og:type" content="${o.type}">
<meta property="og:title" content="${o.title}">
<meta property="og:description" content="${o.description}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${o.site.heading}">
<meta property="og:locale" content="${w.locale.replace('-', '_')}">
${o.head ?? ''}<style>${raw(STYLE.trim() + FIGURE_STYLE)}</style>
</head>
<body>
<a class="skip" href="#main">${w.skip}</a>
<header class="site"><div class="wrap"><a class="brand" href="/p/${o.site.slug}/">${o.site.heading}</a><nav aria-label="${w.caseStudies}"><a href="/p/${o.site.slug}/">${w.caseStudies}</a></nav></div></header>
<main id="main" tabindex="-1"><div class="wrap">${o.main}</div></main>
<footer class="site"><div class="wrap"><a href="/p/${o.site.slug}/feed.atom">${w.feed}</a></div></footer>
</body>
</html>`.value}`;
}

/** The first paragraph of prose as plain text (no heading, quote or picture), cut at `max` characters: for cards, descriptions and the feed. */
export function excerpt(md: string, max = 220): string {
  const para = md.split('\n\n').find((p) => p.trim() && !p.startsWith('#') && !p.startsWith('>') && !p.startsWith('![')) ?? '';
  // A link reads as its words; what is left of the Markdown's signs goes.
  const plain = para.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`>#[\]()]/g, '').trim();
  return plain.length > max ? `${plain.slice(0, max - 3)}…` : plain;
}

export function indexPage(site: Site, cases: PublishedCase[], language: PageLanguage): string {
  const w = PAGE_WORDS[language];
  const named = indexTitles(site, language);
  const main = html`<h1>${named.h1}</h1>
${introHtml(site.page?.intro ?? '')}
${cases.length ? cases.map((c) => html`<article class="card" lang="${c.language}"><h2><a href="/p/${site.slug}/${c.slug}">${c.title}</a></h2><p class="meta">${meta(c)}</p><p>${excerpt(c.markdown)}</p></article>`) : html`<p>${w.none}</p>`}`;
  return layout({ site, language, title: named.title, description: named.description, path: `/p/${site.slug}/`, type: 'website', main });
}

export interface FormState {
  values?: { name?: string; email?: string; website?: string; body?: string };
  errors?: string[];
  message?: 'pending' | 'tooMany' | null;
}

export function articlePage(site: Site, c: PublishedCase, others: PublishedCase[], comments: CommentRecord[], form: FormState): string {
  const w = PAGE_WORDS[c.language];
  // The article's own first heading is its title: the page shows it once, as the h1.
  const body = bodyWithoutTitle(c.markdown, c.title);
  const errs = new Set(form.errors ?? []);
  const field = (name: 'name' | 'email' | 'website' | 'body', label: string, required: boolean, input: Raw) =>
    html`<div><label for="c-${name}">${label}${required ? html` <span aria-hidden="true">*</span>` : ''}</label>${input}${errs.has(name) ? html`<p class="error" id="c-${name}-error">${w.fieldErrors[name] ?? ''}</p>` : ''}</div>`;
  const described = (name: string) => (errs.has(name) ? html` aria-invalid="true" aria-describedby="c-${name}-error"` : '');
  const v = form.values ?? {};
  const main = html`<article lang="${c.language}">
<h1>${c.title}</h1>
<p class="meta">${meta(c)}</p>
${raw(articleBody(body, c.pictures, `/p/${site.slug}/${c.slug}`))}
</article>
${others.length ? html`<nav aria-labelledby="more"><h2 id="more">${w.more}</h2><ul>${others.map((o) => html`<li><a href="/p/${site.slug}/${o.slug}">${o.title}</a></li>`)}</ul></nav>` : ''}
<section aria-labelledby="comments" id="comments-section">
<h2 id="comments">${w.comments}</h2>
${comments.length ? html`<ol class="comments">${comments.map((m) => html`<li><p class="who">${m.website ? html`<a href="${m.website}" rel="nofollow ugc noopener">${m.name}</a>` : m.name}<span class="meta"> · ${dateOf(m.createdAt, c.language)}</span></p><p>${m.body}</p></li>`)}</ol>` : html`<p>${w.noComments}</p>`}
<h3 id="leave">${w.leave}</h3>
${form.message === 'pending' ? html`<p class="notice" role="status">${w.pending}</p>` : ''}
${form.message === 'tooMany' ? html`<p class="notice bad" role="alert">${w.tooMany}</p>` : ''}
${errs.size ? html`<p class="notice bad" role="alert">${w.errors}</p>` : ''}
<p>${w.notice}</p>
<form method="post" action="/p/${site.slug}/${c.slug}/comments#leave" novalidate>
${field('name', w.name, true, html`<input id="c-name" name="name" autocomplete="name" required maxlength="100" value="${v.name ?? ''}"${described('name')}>`)}
${field('email', w.email, true, html`<input id="c-email" name="email" type="email" autocomplete="email" required maxlength="200" value="${v.email ?? ''}"${described('email')}>`)}
${field('website', w.website, false, html`<input id="c-website" name="website" type="url" autocomplete="url" maxlength="200" value="${v.website ?? ''}"${described('website')}>`)}
${field('body', w.comment, true, html`<textarea id="c-body" name="body" required maxlength="5000"${described('body')}>${v.body ?? ''}</textarea>`)}
<div class="hp" aria-hidden="true"><label for="c-company">${w.company}</label><input id="c-company" name="company" tabindex="-1" autocomplete="off"></div>
<button type="submit">${w.send}</button>
</form>
</section>`;
  return layout({ site, language: c.language, title: `${c.title} — ${site.heading}`, description: excerpt(c.markdown), path: `/p/${site.slug}/${c.slug}`, type: 'article', main, head: articleTimes(c) });
}
