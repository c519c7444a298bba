import { replacePictureRefs } from '@alliance/domain';
import { bodyWithoutTitle } from '@alliance/domain/article';
import { shownSvg, type ShownPicture } from './pictures.js';

/**
 * The supervision copy as Markdown. A `board-picture:` address means nothing outside
 * Alliance, so each picture travels inside the file, as a `data:` SVG image with its
 * caption under it (Markdown readers that show images draw it; the alt text says the
 * rest); a reference to no picture of the engagement is left out.
 *
 * The title is the file's one first-level heading: the draft's own "# title" line is
 * not said again under it, and any other first-level heading in the body is a section,
 * as the public page and the preview read it.
 */
export function supervisionMarkdown(review: { title: string; text: string; pictures: ShownPicture[] }): string {
  const byId = new Map(review.pictures.map((p) => [p.id, p]));
  const body = replacePictureRefs(review.text, (ref) => {
    const p = byId.get(ref.id);
    if (!p) return '';
    const image = `![${ref.alt}](data:image/svg+xml;base64,${Buffer.from(shownSvg(p)).toString('base64')})`;
    return ref.caption ? `${image}\n\n*${ref.caption}*` : image;
  });
  const sections = bodyWithoutTitle(body.trimStart(), review.title).replace(/^#(?=[ \t])/gm, '##');
  return `# ${review.title}\n\n${sections.replace(/\n{3,}/g, '\n\n')}`;
}
