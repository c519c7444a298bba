import type { ReviewedSpan } from '@alliance/domain';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { HighlightedLine } from './HighlightedTextArea';
import type { Caret } from './useCaret';
import './highlights.css';

interface Props {
  /** The title as the coach has it now, saved or not. */
  title: string;
  /** The title's spans, moved onto the title being typed. */
  spans: readonly ReviewedSpan[];
  caret: Caret;
  inputRef: Ref<HTMLInputElement>;
  onChange: (title: string) => void;
  onFocus: () => void;
  /** The decision box, while the coach works in the title. */
  box: ReactNode;
}

/**
 * The title with the review drawn in it, as the Markdown has it: the server reviews the
 * title first in the same text, so a name in it is found, marked and decided alike, and
 * the caret (or a tap) on it opens the same decision box, here under the title.
 */
export function TitleReview({ title, spans, caret, inputRef, onChange, onFocus, box }: Props) {
  const { t } = useTranslation();
  return (
    <div className="markdown-review">
      <HighlightedLine id="case-title" label={t('caseStudies.editor.titleLabel')} value={title} spans={spans} inputRef={inputRef} required {...caret.fieldProps(onChange)} onFocus={onFocus} />
      {box}
    </div>
  );
}
