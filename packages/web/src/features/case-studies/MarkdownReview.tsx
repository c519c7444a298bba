import type { EntityType, ReviewedSpan } from '@alliance/domain';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { HighlightedTextArea, spanClass } from './HighlightedTextArea';
import type { Caret } from './useCaret';
import { useReviewWords } from './useReviewWords';
import './highlights.css';

interface Props {
  /** The Markdown as the coach has it now, saved or not. */
  markdown: string;
  /** Whether it differs from the text last saved (and reviewed). */
  edited: boolean;
  /** The body's spans, moved onto the text being typed. */
  spans: readonly ReviewedSpan[];
  /** Every span of the title and the body: the legend shows their kinds. */
  all: readonly ReviewedSpan[];
  /** What still waits, in the title and the body: people, then other names, their passages as detail, and the kind of the first. */
  toDecide: { people: number; names: number; passages: number; type?: EntityType | undefined };
  caret: Caret;
  textareaRef: Ref<HTMLTextAreaElement>;
  onChange: (markdown: string) => void;
  onFocus: () => void;
  /** Puts the caret on the next person or name waiting, in the title or the body. */
  onNext: () => void;
  /** The decision box, when it stands under this text (not when the coach is in the title). */
  box: ReactNode;
}

/**
 * The coach's Markdown with the review drawn in it. The server's spans are offsets into
 * the text it last saved (title and body together); they are moved onto the text being
 * typed, and any the typing touches wait for the next save rather than mark wrong words.
 * The caret (or a tap) on a highlight opens its decision below the text.
 */
export function MarkdownReview({ markdown, edited, spans, all, toDecide, caret, textareaRef, onChange, onFocus, onNext, box }: Props) {
  const { t } = useTranslation();
  const words = useReviewWords();
  const types = [...new Set(all.map((s) => s.type))];
  const waiting = toDecide.people + toDecide.names;
  // A passage decided apart from its name is framed: the legend says so once there is one.
  const ownSpan = all.find((s) => s.passage);
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
        textareaRef={textareaRef}
        {...caret.fieldProps(onChange)}
        onFocus={onFocus}
        aria-describedby="markdown-review-legend"
      />
      <div className="markdown-review__bar">
        <p id="markdown-review-legend" className="field-hint markdown-review__legend">
          {t('caseStudies.inText.legend')}{' '}
          {types.map((type) => (
            <span key={type} className={`${spanClass({ type, decision: 'accept' })} markdown-review__key`}>
              {t(`caseStudies.review.types.${type}`)}
            </span>
          ))}{' '}
          {ownSpan ? <span className={`${spanClass({ type: ownSpan.type, decision: 'accept', passage: ownSpan.passage })} markdown-review__key`}>{t('caseStudies.inText.ownKey')}</span> : null}{' '}
          {waiting && toDecide.type ? (
            <span className={`${spanClass({ type: toDecide.type, decision: null })} markdown-review__key`}>
              {t('caseStudies.inText.openKey', { who: words.who(toDecide), passages: t('caseStudies.review.passages', { count: toDecide.passages }) })}
            </span>
          ) : null}
        </p>
        {waiting ? (
          <button type="button" className="button button--small" onClick={onNext}>
            {t('caseStudies.inText.next')}
          </button>
        ) : null}
      </div>
      {edited ? <p className="field-hint">{t('caseStudies.inText.waiting')}</p> : null}
      {box}
    </div>
  );
}
