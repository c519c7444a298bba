import MarkdownIt from 'markdown-it';
import type { RendererRule, Token } from 'markdown-it';
import { PICTURE_SCHEME } from './pictures.js';

/*
 * A case study's Markdown as HTML, read the same way by the public page (on the server)
 * and by the coach's preview (in the browser), so what she previews is what is published.
 * Its own entry, `@alliance/domain/article`, so only the screens that show an article
 * carry the Markdown parser.
 *
 * Nothing the coach writes runs: raw HTML is shown as text (`html: false`), every text
 * and attribute is escaped by the parser, and links it judges unsafe (javascript:,
 * data: but images…) are left as text.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const escape = markdown.utils.escapeHtml;

export interface ArticleOptions {
  /** Where a constellation picture's image is, or null when this article may not show it (it then shows nothing). */
  pictureSrc: (id: string) => string | null;
  /**
   * The heading level a section of the body takes: 2 on the public page, under its one
   * h1 (the title); deeper where the article sits lower in a page's outline.
   */
  sectionLevel?: number;
}

const pictureIdOf = (token: Token | undefined) => {
  const src = token?.type === 'image' ? (token.attrGet('src') ?? '') : '';
  return src.startsWith(PICTURE_SCHEME) ? src.slice(PICTURE_SCHEME.length) : null;
};
/** A paragraph of nothing but pictures becomes the figures themselves (a figure cannot sit in a <p>). */
const onlyPictures = (inline: Token | undefined) => {
  const children = (inline?.children ?? []).filter((t) => !(t.type === 'text' && !t.content.trim()) && t.type !== 'softbreak');
  return children.length > 0 && children.every((t) => pictureIdOf(t) !== null);
};

const image = markdown.renderer.rules.image!;
markdown.renderer.rules.image = (tokens, idx, options, env: ArticleOptions, self) => {
  const id = pictureIdOf(tokens[idx]);
  if (id === null) return image(tokens, idx, options, env, self);
  // Only a picture published with this case is shown; any other reference shows nothing.
  const src = env.pictureSrc(id);
  if (src === null) return '';
  const token = tokens[idx]!;
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const caption = token.attrGet('title') ?? '';
  return (
    `<figure class="picture"><img src="${escape(src)}" alt="${escape(alt)}" width="900" height="900" loading="lazy" decoding="async">` +
    (caption ? `<figcaption>${escape(caption)}</figcaption>` : '') +
    `</figure>`
  );
};
const asIs: RendererRule = (tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options);
const paragraphOpen = markdown.renderer.rules.paragraph_open ?? asIs;
const paragraphClose = markdown.renderer.rules.paragraph_close ?? asIs;
markdown.renderer.rules.paragraph_open = (tokens, idx, options, env, self) => (onlyPictures(tokens[idx + 1]) ? '' : paragraphOpen(tokens, idx, options, env, self));
markdown.renderer.rules.paragraph_close = (tokens, idx, options, env, self) => (onlyPictures(tokens[idx - 1]) ? '\n' : paragraphClose(tokens, idx, options, env, self));

// The title is the page's own heading: a first-level heading in the body reads as a section, and the rest follow.
const sectionTag = (tag: string, env: ArticleOptions) => {
  const level = Math.max(Number(tag.slice(1)), 2) - 2 + (env.sectionLevel ?? 2);
  return `h${Math.min(level, 6)}`;
};
markdown.renderer.rules.heading_open = (tokens, idx, options, env: ArticleOptions, self) => {
  tokens[idx]!.tag = sectionTag(tokens[idx]!.tag, env);
  return self.renderToken(tokens, idx, options);
};
markdown.renderer.rules.heading_close = (tokens, idx, options, env: ArticleOptions, self) => {
  tokens[idx]!.tag = sectionTag(tokens[idx]!.tag, env);
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
 * An article's Markdown as HTML: paragraphs, lists, emphasis, quotations, sections, and
 * the constellation pictures as figures, only those `pictureSrc` names.
 */
export function articleHtml(md: string, options: ArticleOptions): string {
  return markdown.render(md, { ...options });
}
