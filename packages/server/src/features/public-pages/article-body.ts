import { PICTURE_SCHEME } from '@alliance/domain';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { escapeHtml } from './html.js';

/** Raw HTML in a case study is shown as text, never run: `html: false`. */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

interface Env {
  /** The published pictures' ids, and where their SVG files are served. */
  pictures: ReadonlySet<string>;
  pictureUrl: (id: string) => string;
}

const pictureIdOf = (token: Token | undefined) => {
  const src = token?.type === 'image' ? (token.attrGet('src') ?? '') : '';
  return src.startsWith(PICTURE_SCHEME) ? src.slice(PICTURE_SCHEME.length) : null;
};
/** A paragraph that holds nothing but one picture becomes the figure itself (a figure cannot sit in a <p>). */
const onlyPicture = (inline: Token | undefined) => {
  const children = (inline?.children ?? []).filter((t) => !(t.type === 'text' && !t.content.trim()) && t.type !== 'softbreak');
  return children.length === 1 && pictureIdOf(children[0]) !== null;
};

const image = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, idx, options, env: Env, self) => {
  const id = pictureIdOf(tokens[idx]);
  if (id === null) return image(tokens, idx, options, env, self);
  // Only a picture published with this case is shown; any other reference shows nothing.
  if (!env.pictures?.has(id)) return '';
  const token = tokens[idx]!;
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const caption = token.attrGet('title') ?? '';
  return (
    `<figure class="picture"><img src="${escapeHtml(env.pictureUrl(id))}" alt="${escapeHtml(alt)}" width="900" height="900" loading="lazy" decoding="async">` +
    (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
    `</figure>`
  );
};
const paragraphOpen = markdown.renderer.rules.paragraph_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
const paragraphClose = markdown.renderer.rules.paragraph_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.paragraph_open = (tokens, idx, options, env, self) => (onlyPicture(tokens[idx + 1]) ? '' : paragraphOpen(tokens, idx, options, env, self));
markdown.renderer.rules.paragraph_close = (tokens, idx, options, env, self) => (onlyPicture(tokens[idx - 1]) ? '\n' : paragraphClose(tokens, idx, options, env, self));

// The page's <h1> is the article's title: a first-level heading in the body reads as a section.
markdown.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  if (tokens[idx]!.tag === 'h1') tokens[idx]!.tag = 'h2';
  return self.renderToken(tokens, idx, options);
};
markdown.renderer.rules.heading_close = (tokens, idx, options, _env, self) => {
  if (tokens[idx]!.tag === 'h1') tokens[idx]!.tag = 'h2';
  return self.renderToken(tokens, idx, options);
};

const sameWords = (a: string, b: string) => a.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase() === b.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The body without its first heading when that heading is the title the page already
 * shows (as the composer writes it); any other first heading ("# Un retour à l'équipe",
 * a subtitle) is the coach's and stays.
 */
export function bodyWithoutTitle(md: string, title: string): string {
  const first = /^#[ \t]+(.*?)[ \t#]*(?:\n+|$)/.exec(md);
  return first && sameWords(first[1]!, title) ? md.slice(first[0].length) : md;
}

/**
 * An article's Markdown as HTML: constellation pictures become figures whose image is
 * served from the article's own address, and only the pictures published with it.
 */
export function articleBody(md: string, pictures: { id: string }[], articlePath: string): string {
  const env: Env = { pictures: new Set(pictures.map((p) => p.id)), pictureUrl: (id) => `${articlePath}/pictures/${encodeURIComponent(id)}.svg` };
  return markdown.render(md, env);
}

/** How figures sit in the article: one alone is centred; the first and resolution pictures side by side on a wide screen. */
export const FIGURE_STYLE = `
figure.picture{display:inline-block;vertical-align:top;width:100%;margin:1.25rem 0;text-align:center}
figure.picture img{display:block;width:100%;max-width:30rem;height:auto;margin:0 auto;border:1px solid var(--line);border-radius:10px;background:#fff}
figure.picture figcaption{margin-top:.5rem;color:var(--soft);font-size:.92rem;font-style:italic;line-height:1.4}
@media (min-width:40rem){figure.picture:has(+figure.picture),figure.picture+figure.picture{width:calc(50% - .75rem)}figure.picture+figure.picture{margin-left:1rem}}
`;
