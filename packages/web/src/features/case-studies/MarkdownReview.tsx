import type { CaseStudy } from '@alliance/api';
import { atCaret, HIGH_RISK_TYPES, rebaseSpans, spansOfBody } from '@alliance/domain';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HighlightedTextArea, spanClass } from './HighlightedTextArea';
import { SpanAtCaret } from './SpanAtCaret';
import { useCaret } from './useCaret';
import './highlights.css';

interface Props {
  caseStudy: CaseStudy;
  /** The Markdown as the coach has it now, saved or not. */
  markdown: string;
  onChange: (markdown: string) => void;
  /** Whether the decision box stands under this text (not when the coach is in the title). */
  deciding?: boolean;
  onFocus?: () => void;
}

/**
 * The coach's Markdown with the review drawn in it. The server's spans are offsets into
 * the text it last saved (title and body together); they are moved onto the text being
 * typed, and any the typing touches wait for the next save rather than mark wrong words.
 * The caret (or a tap) on a highlight opens its decision below the text.
 */
export function MarkdownReview({ caseStudy, markdown, onChange, deciding = true, onFocus }: Props) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const { range, setRange, fieldProps } = useCaret();
  const spans = useMemo(
    () => rebaseSpans(caseStudy.markdown, markdown, spansOfBody(caseStudy.review.spans, caseStudy.title)),
    [caseStudy.markdown, caseStudy.title, caseStudy.review.spans, markdown],
  );
  const open = spans.filter((s) => s.decision === null && HIGH_RISK_TYPES.has(s.type));
  const types = [...new Set(spans.map((s) => s.type))];

  // Puts the caret on the next (or first) span still waiting, so a keyboard goes from one to the next.
  const next = () => {
    const target = open.find((s) => s.start > range.to) ?? open[0];
    const node = area.current;
    if (!target || !node) return;
    node.focus();
    node.setSelectionRange(target.start, target.end);
    setRange({ from: target.start, to: target.end });
  };

  return (
    <div className="markdown-review">
      <HighlightedTextArea
        id="case-markdown"
        className="markdown-field"
        label={t('caseStudies.editor.markdown')}
        hint={t('caseStudies.editor.markdownHint')}
        rows={18}
        value={markdown}
        spans={spans}
        textareaRef={area}
        {...fieldProps(onChange)}
        onFocus={onFocus}
        aria-describedby="markdown-review-legend"
      />
      <div className="markdown-review__bar">
        <p id="markdown-review-legend" className="field-hint markdown-review__legend">
          {t('caseStudies.inText.legend', { count: spans.length })}{' '}
          {types.map((type) => (
            <span key={type} className={`${spanClass({ type, decision: 'accept' })} markdown-review__key`}>
              {t(`caseStudies.review.types.${type}`)}
            </span>
          ))}{' '}
          {open.length ? <span className={`${spanClass({ type: open[0]!.type, decision: null })} markdown-review__key`}>{t('caseStudies.inText.openKey', { count: open.length })}</span> : null}
        </p>
        {open.length ? (
          <button type="button" className="button button--small" onClick={next}>
            {t('caseStudies.inText.next')}
          </button>
        ) : null}
      </div>
      {markdown !== caseStudy.markdown ? <p className="field-hint">{t('caseStudies.inText.waiting')}</p> : null}
      {/* The decision is kept by the name itself: "Biscuiterie Lemoine", not "la Biscuiterie Lemoine". */}
      {deciding ? <SpanAtCaret caseStudy={caseStudy} {...atCaret(markdown, spans, range.from, range.to)} /> : null}
    </div>
  );
}
