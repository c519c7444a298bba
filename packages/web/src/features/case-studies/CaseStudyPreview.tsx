import type { CaseStudy } from '@alliance/api';
import { pictureRefs } from '@alliance/domain';
import { useTranslation } from 'react-i18next';
import './preview.css';

type Pictures = CaseStudy['review']['pictures'];

/**
 * The case as a reader will read it: headings, quotations, paragraphs, and the
 * constellation pictures as figures, drawn by the server with their labels already
 * anonymised. No markup runs: the SVG is shown as an image, never put in the page.
 * A picture line that names no picture of this engagement shows nothing, as on the public page.
 */
export function CaseStudyPreview({ title, text, language, pictures }: { title: string; text: string; language: string; pictures: Pictures }) {
  const { t } = useTranslation();
  const byId = new Map(pictures.map((p) => [p.id, p]));
  return (
    <article className="preview__text" lang={language}>
      <h3>{title}</h3>
      {previewBlocks(text).map((b, i) => {
        if (b.pictures) {
          const shown = b.pictures.flatMap((id) => byId.get(id) ?? []);
          return shown.length ? (
            <div key={i} className="preview__pictures">
              {shown.map((p, j) => (
                <figure key={j} className="preview__picture">
                  <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(p.svg)}`} alt={p.alt} width={900} height={900} />
                  {p.caption ? <figcaption>{p.caption}</figcaption> : null}
                </figure>
              ))}
            </div>
          ) : null;
        }
        return b.heading ? <h4 key={i}>{b.text}</h4> : b.quote ? <blockquote key={i}>{b.text}</blockquote> : <p key={i}>{b.text}</p>;
      })}
      {pictures.length ? <p className="preview__note">{t('caseStudies.review.picturesNote')}</p> : null}
    </article>
  );
}

type Block = { pictures?: string[]; heading: boolean; quote: boolean; text: string };

/**
 * A plain reading of the Markdown: headings, quotations, paragraphs. A paragraph of
 * picture lines is their ids, and pictures in a row are one block, shown side by side.
 */
function previewBlocks(text: string): Block[] {
  const blocks: Block[] = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p && !/^#\s/.test(p))
    .map((p) => {
      const refs = pictureRefs(p);
      const rest = refs.reduceRight((s, r) => s.slice(0, r.start) + s.slice(r.end), p).trim();
      if (refs.length && !rest) return { pictures: refs.map((r) => r.id), heading: false, quote: false, text: '' };
      return { heading: /^#{2,}\s/.test(p), quote: p.startsWith('>'), text: p.replace(/^#+\s*|^>\s*/, '').replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, '') };
    });
  return blocks.reduce<Block[]>((out, b) => {
    const last = out[out.length - 1];
    if (b.pictures && last?.pictures) last.pictures.push(...b.pictures);
    else out.push(b);
    return out;
  }, []);
}
