import type { CaseStudy } from '@alliance/api';
import { articleHtml, bodyWithoutTitle } from '@alliance/domain/article';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import './preview.css';

type Pictures = CaseStudy['review']['pictures'];

/**
 * The case as a reader will read it, by the very function the public page uses: the
 * same Markdown (lists, emphasis, quotations, sections, line breaks) and the
 * constellation pictures as figures, drawn by the server with their labels already
 * anonymised and shown as images, never put in the page as SVG. The HTML is the
 * shared renderer's, which escapes everything and runs no markup the coach wrote.
 * The title sits under the card's heading, so the body's sections sit one level below.
 */
export function CaseStudyPreview({ title, text, language, pictures }: { title: string; text: string; language: string; pictures: Pictures }) {
  const { t } = useTranslation();
  const html = useMemo(() => {
    const svgOf = new Map(pictures.map((p) => [p.id, p.svg]));
    const pictureSrc = (id: string) => {
      const svg = svgOf.get(id);
      return svg === undefined ? null : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    };
    return articleHtml(bodyWithoutTitle(text, title), { pictureSrc, sectionLevel: 4 });
  }, [title, text, pictures]);
  return (
    // It scrolls on its own: a keyboard reaches it to scroll it.
    <article className="preview__text" lang={language} tabIndex={0}>
      <h3>{title}</h3>
      <div className="preview__body" dangerouslySetInnerHTML={{ __html: html }} />
      {pictures.length ? <p className="preview__note">{t('caseStudies.review.picturesNote')}</p> : null}
    </article>
  );
}
