import { useTranslation } from 'react-i18next';
import type { Snippet } from './passage-snippet';

/** A passage shown apart from the text, quoted, its name marked: « …rentrait de <mark>Florence</mark>, en Italie… ». */
export function PassageWords({ snippet }: { snippet: Snippet }) {
  const { t } = useTranslation();
  const [open, close] = t('caseStudies.review.quoted', { text: '\u0000' }).split('\u0000');
  return (
    <span className="passage-words">
      {open}
      {snippet.before}
      <mark>{snippet.name}</mark>
      {snippet.after}
      {close}
    </span>
  );
}
