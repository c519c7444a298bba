import { articleHtml } from '@alliance/domain/article';

// The public page and the coach's preview read the Markdown with one function (domain).
export { bodyWithoutTitle } from '@alliance/domain/article';

/**
 * An article's Markdown as HTML: constellation pictures become figures whose image is
 * served from the article's own address, and only the pictures published with it.
 */
export function articleBody(md: string, pictures: { id: string }[], articlePath: string): string {
  const published = new Set(pictures.map((p) => p.id));
  return articleHtml(md, { pictureSrc: (id) => (published.has(id) ? `${articlePath}/pictures/${encodeURIComponent(id)}.svg` : null) });
}

/** How figures sit in the article: one alone is centred; the first and resolution pictures side by side on a wide screen. */
export const FIGURE_STYLE = `
figure.picture{display:inline-block;vertical-align:top;width:100%;margin:1.25rem 0;text-align:center}
figure.picture img{display:block;width:100%;max-width:30rem;height:auto;margin:0 auto;border:1px solid var(--line);border-radius:10px;background:#fff}
figure.picture figcaption{margin-top:.5rem;color:var(--soft);font-size:.92rem;font-style:italic;line-height:1.4}
@media (min-width:40rem){figure.picture:has(+figure.picture),figure.picture+figure.picture{width:calc(50% - .75rem)}figure.picture+figure.picture{margin-left:1rem}}
`;
