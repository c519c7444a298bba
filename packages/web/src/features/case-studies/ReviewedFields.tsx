import type { CaseStudy } from '@alliance/api';
import { atCaret, HIGH_RISK_TYPES, nextToDecide, rebaseSpans, spansOfBody, spansOfTitle, type ReviewedSpan, type ReviewField } from '@alliance/domain';
import { useMemo, useRef, useState } from 'react';
import { MarkdownReview } from './MarkdownReview';
import { SpanAtCaret } from './SpanAtCaret';
import { TitleReview } from './TitleReview';
import { useCaret } from './useCaret';
import { useDecisionDrafts } from './useDecisionDrafts';

interface Props {
  caseStudy: CaseStudy;
  /** The title and the Markdown as the coach has them now, saved or not. */
  title: string;
  markdown: string;
  onTitle: (title: string) => void;
  onMarkdown: (markdown: string) => void;
}

const isOpen = (s: ReviewedSpan) => s.decision === null && HIGH_RISK_TYPES.has(s.type);

/**
 * The title and the Markdown as the review reads them: one text in two fields. Each
 * draws its own spans; one decision box stands under the field the coach works in,
 * what she typed in it kept as it moves; "next passage to decide" goes through the
 * title, then the body.
 */
export function ReviewedFields({ caseStudy, title, markdown, onTitle, onMarkdown }: Props) {
  // No field yet: the box waits under the body, and "next" starts from the title.
  const [deciding, setDeciding] = useState<ReviewField | null>(null);
  const drafts = useDecisionDrafts();
  const carets = { title: useCaret(), body: useCaret() };
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const { review } = caseStudy;
  const titleSpans = useMemo(() => rebaseSpans(caseStudy.title, title, spansOfTitle(review.spans, caseStudy.title)), [caseStudy.title, review.spans, title]);
  const bodySpans = useMemo(() => rebaseSpans(caseStudy.markdown, markdown, spansOfBody(review.spans, caseStudy.title)), [caseStudy.markdown, caseStudy.title, review.spans, markdown]);
  const open = { title: titleSpans.filter(isOpen), body: bodySpans.filter(isOpen) };

  // Selects the next (or first) passage still waiting, in whichever field, so a keyboard goes from one to the next.
  const next = () => {
    const target = nextToDecide(open, deciding && { field: deciding, at: carets[deciding].range.to });
    const node = target && (target.field === 'title' ? titleRef.current : bodyRef.current);
    if (!target || !node) return;
    node.focus();
    node.setSelectionRange(target.span.start, target.span.end);
    carets[target.field].setRange({ from: target.span.start, to: target.span.end });
    setDeciding(target.field);
  };
  // The decision is kept by the name itself: "Biscuiterie Lemoine", not "la Biscuiterie Lemoine".
  const boxUnder = (field: ReviewField, text: string, spans: readonly ReviewedSpan[]) =>
    (deciding ?? 'body') === field ? <SpanAtCaret caseStudy={caseStudy} drafts={drafts} {...atCaret(text, spans, carets[field].range.from, carets[field].range.to)} /> : null;

  return (
    <>
      <TitleReview title={title} spans={titleSpans} caret={carets.title} inputRef={titleRef} onChange={onTitle} onFocus={() => setDeciding('title')} box={boxUnder('title', title, titleSpans)} />
      <MarkdownReview
        markdown={markdown}
        edited={markdown !== caseStudy.markdown}
        spans={bodySpans}
        all={[...titleSpans, ...bodySpans]}
        open={[...open.title, ...open.body]}
        caret={carets.body}
        textareaRef={bodyRef}
        onChange={onMarkdown}
        onFocus={() => setDeciding('body')}
        onNext={next}
        box={boxUnder('body', markdown, bodySpans)}
      />
    </>
  );
}
