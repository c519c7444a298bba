import type { CaseStudy } from '@alliance/api';
import { atCaret, decisionKey, HIGH_RISK_TYPES, rebaseSpans, spanAt, spansOfBody, spansOfTitle, type ReviewedSpan, type ReviewField } from '@alliance/domain';
import { useMemo, useRef, useState } from 'react';
import { MarkdownReview } from './MarkdownReview';
import { nameOf, namesToDecide, nextName, passagesByName } from './names';
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
 * what she typed in it kept as it moves. The review speaks in names, as she decides:
 * "next name to decide" goes from one name to the next (the title, then the body),
 * never to another passage of the same name, and the box says how many passages the
 * decision covers.
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
  const fields = { title: { text: title, spans: titleSpans }, body: { text: markdown, spans: bodySpans } };
  const names = namesToDecide(fields);
  const passages = passagesByName(fields);

  // Selects a passage of the next (or first) name still waiting, in whichever field, so a keyboard goes from one name to the next.
  const next = () => {
    const here = deciding && spanAt(fields[deciding].spans.filter(isOpen), carets[deciding].range.from, carets[deciding].range.to);
    const target = nextName(names, deciding && { field: deciding, at: carets[deciding].range.to, ...(here ? { name: nameOf(fields[deciding].text, here) } : {}) });
    const node = target && (target.field === 'title' ? titleRef.current : bodyRef.current);
    if (!target || !node) return;
    node.focus();
    node.setSelectionRange(target.span.start, target.span.end);
    carets[target.field].setRange({ from: target.span.start, to: target.span.end });
    setDeciding(target.field);
  };
  // The decision is kept by the name itself: "Biscuiterie Lemoine", not "la Biscuiterie Lemoine".
  const boxUnder = (field: ReviewField) => {
    if ((deciding ?? 'body') !== field) return null;
    const { span, selection } = atCaret(fields[field].text, fields[field].spans, carets[field].range.from, carets[field].range.to);
    const key = span && decisionKey(span.text, span.type);
    const index = key ? names.findIndex((n) => n.key === key) : -1;
    const name = span && key ? { passages: passages.get(key) ?? 1, ...(index >= 0 ? { rank: { index, of: names.length } } : {}) } : null;
    return <SpanAtCaret caseStudy={caseStudy} drafts={drafts} span={span} selection={selection} name={name} />;
  };

  return (
    <>
      <TitleReview title={title} spans={titleSpans} caret={carets.title} inputRef={titleRef} onChange={onTitle} onFocus={() => setDeciding('title')} box={boxUnder('title')} />
      <MarkdownReview
        markdown={markdown}
        edited={markdown !== caseStudy.markdown}
        spans={bodySpans}
        all={[...titleSpans, ...bodySpans]}
        toDecide={{ names: names.length, passages: names.reduce((n, name) => n + name.passages.length, 0), type: names[0]?.passages[0]!.span.type }}
        caret={carets.body}
        textareaRef={bodyRef}
        onChange={onMarkdown}
        onFocus={() => setDeciding('body')}
        onNext={next}
        box={boxUnder('body')}
      />
    </>
  );
}
