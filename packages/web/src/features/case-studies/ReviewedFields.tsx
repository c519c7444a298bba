import type { CaseStudy } from '@alliance/api';
import { atCaret, decisionKey, mapOffsets, passageAnchor, rebaseSpans, reviewedWhole, spanAt, spansOfBody, spansOfTitle, TITLE_BREAK, type ReviewField, type ReviewedSpan } from '@alliance/domain';
import { useMemo, useRef, useState } from 'react';
import { countToDecide, groupByEntity, groupOfName, groupsToDecide, isOpen, nameOf } from './entity-groups';
import { MarkdownReview } from './MarkdownReview';
import { nextName } from './names';
import { type BoxPassage, SpanAtCaret } from './SpanAtCaret';
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

/**
 * The title and the Markdown as the review reads them: one text in two fields. Each
 * draws its own spans; one decision box stands under the field the coach works in,
 * what she typed in it kept as it moves. The review speaks in people and names, as she
 * decides: "next name to decide" goes from one person (or name) to the next (the title,
 * then the body), never to another passage or another name of the same person, and the
 * box says which names and how many passages the decision covers.
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
  const groups = groupByEntity(fields);
  const waiting = groupsToDecide(groups);
  const names = waiting.map((g) => ({ key: g.key, passages: g.open }));
  const groupAt = (field: ReviewField, span: Parameters<typeof nameOf>[1]) => groupOfName(groups, nameOf(fields[field].text, span));
  // A passage is anchored in the title and text as the server reads them, one text, among the spans it detected (not her own masks).
  const shift = title.length + TITLE_BREAK.length;
  const inWhole = (field: ReviewField, s: ReviewedSpan) => (field === 'title' ? s : mapOffsets(s, (at) => at + shift));
  const passageAt = (field: ReviewField, span: ReviewedSpan): BoxPassage => {
    const detected = [...titleSpans.map((s) => inWhole('title', s)), ...bodySpans.map((s) => inWhole('body', s))].filter((s) => s.decision !== 'added');
    const anchor = passageAnchor(reviewedWhole(title, markdown), detected, inWhole(field, span));
    // Words not saved yet go with the decision (a blank title is never saved).
    const unsaved = { ...(title !== caseStudy.title && title.trim() ? { title } : {}), ...(markdown !== caseStudy.markdown ? { markdown } : {}) };
    return { anchor, ...(Object.keys(unsaved).length ? { unsaved } : {}) };
  };

  // Selects a passage of the next (or first) person or name still waiting, in whichever field, so a keyboard goes from one to the next.
  const next = () => {
    const here = deciding && spanAt(fields[deciding].spans.filter(isOpen), carets[deciding].range.from, carets[deciding].range.to);
    const group = here && groupAt(deciding, here);
    const target = nextName(names, deciding && { field: deciding, at: carets[deciding].range.to, ...(group ? { name: group.key } : {}) });
    const node = target && (target.field === 'title' ? titleRef.current : bodyRef.current);
    if (!target || !node) return;
    node.focus();
    node.setSelectionRange(target.span.start, target.span.end);
    carets[target.field].setRange({ from: target.span.start, to: target.span.end });
    setDeciding(target.field);
  };
  // The decision is kept by the name itself ("Biscuiterie Lemoine", not "la Biscuiterie Lemoine"), and made for every name of its person.
  const boxUnder = (field: ReviewField) => {
    if ((deciding ?? 'body') !== field) return null;
    const { span, selection } = atCaret(fields[field].text, fields[field].spans, carets[field].range.from, carets[field].range.to);
    const group = span ? groupOfName(groups, decisionKey(span.text, span.type)) : undefined;
    const index = group ? waiting.indexOf(group) : -1;
    const box = group && {
      names: group.names.map((n) => ({ key: n.key, text: n.text, type: n.type, passages: n.passages.length, decision: n.decision })),
      ...(index >= 0 ? { rank: { index, of: waiting.length } } : {}),
    };
    const passage = span && span.decision !== 'added' ? passageAt(field, span) : null;
    return <SpanAtCaret caseStudy={caseStudy} drafts={drafts} span={span} selection={selection} group={box ?? null} passage={passage} />;
  };

  return (
    <>
      <TitleReview title={title} spans={titleSpans} caret={carets.title} inputRef={titleRef} onChange={onTitle} onFocus={() => setDeciding('title')} box={boxUnder('title')} />
      <MarkdownReview
        markdown={markdown}
        edited={markdown !== caseStudy.markdown}
        spans={bodySpans}
        all={[...titleSpans, ...bodySpans]}
        toDecide={{ ...countToDecide(groups), type: waiting[0]?.type }}
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
