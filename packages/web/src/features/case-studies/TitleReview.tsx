import type { CaseStudy } from '@alliance/api';
import { atCaret, rebaseSpans, spansOfTitle } from '@alliance/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HighlightedLine } from './HighlightedTextArea';
import { SpanAtCaret } from './SpanAtCaret';
import { useCaret } from './useCaret';
import './highlights.css';

interface Props {
  caseStudy: CaseStudy;
  /** The title as the coach has it now, saved or not. */
  title: string;
  onChange: (title: string) => void;
  /** Whether the decision box stands under the title: while the coach works in it. */
  deciding: boolean;
  onFocus: () => void;
}

/**
 * The title with the review drawn in it, as the Markdown has it: the server reviews the
 * title first in the same text, so a name in it is found, marked and decided alike, and
 * the caret (or a tap) on it opens the same decision box, here under the title.
 */
export function TitleReview({ caseStudy, title, onChange, deciding, onFocus }: Props) {
  const { t } = useTranslation();
  const { range, fieldProps } = useCaret();
  const spans = useMemo(() => rebaseSpans(caseStudy.title, title, spansOfTitle(caseStudy.review.spans, caseStudy.title)), [caseStudy.title, caseStudy.review.spans, title]);
  return (
    <div className="markdown-review">
      <HighlightedLine
        id="case-title"
        label={t('caseStudies.editor.titleLabel')}
        value={title}
        spans={spans}
        required
        {...fieldProps(onChange)}
        onFocus={onFocus}
      />
      {deciding ? <SpanAtCaret caseStudy={caseStudy} {...atCaret(title, spans, range.from, range.to)} /> : null}
    </div>
  );
}
