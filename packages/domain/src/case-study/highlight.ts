import { spanName } from './review.js';

/**
 * Where the review's spans fall in the text the coach is editing. The server reviews
 * `title + "\n\n" + markdown` as one text and answers with UTF-16 offsets into it, for
 * the text it saved; the editor shows only the Markdown, and the coach may have typed
 * since. These functions turn the one into the other without ever drawing a highlight
 * over words it was not found in.
 */
export interface Range {
  start: number;
  end: number;
  /** The detected name inside the span (see review.ts): it moves with the span. */
  nameStart?: number;
  nameEnd?: number;
}

/**
 * The span with every offset it has — start, end, and the name's own where it has them —
 * turned by `f`, and nothing else changed: the one way a span is moved or clipped, so
 * the name never stays behind its span. Name offsets it lacks stay absent.
 */
export function mapOffsets<S extends Range>(s: S, f: (at: number) => number): S {
  const out = { ...s, start: f(s.start), end: f(s.end) };
  if (s.nameStart !== undefined) out.nameStart = f(s.nameStart);
  if (s.nameEnd !== undefined) out.nameEnd = f(s.nameEnd);
  return out;
}

/** The span moved by `by` code units, its name with it. */
const moved = <S extends Range>(s: S, by: number): S => mapOffsets(s, (at) => at + by);

/** The spans of the title, which comes first in the reviewed text: its offsets are the title's own. */
export function spansOfTitle<S extends Range>(spans: readonly S[], title: string): S[] {
  return spans.filter((s) => s.start < title.length).map((s) => mapOffsets(s, (at) => Math.min(at, title.length)));
}

/** Between the title and the Markdown in the text the review reads. */
export const TITLE_BREAK = '\n\n';

/** The text the review reads: the title and the Markdown as one, so that one decision covers both. */
export const reviewedWhole = (title: string, markdown: string): string => `${title}${TITLE_BREAK}${markdown}`;

/** The spans of the Markdown part, in offsets of the Markdown; spans in the title are left out. */
export function spansOfBody<S extends Range>(spans: readonly S[], title: string): S[] {
  const shift = title.length + TITLE_BREAK.length;
  return spans.filter((s) => s.start >= shift).map((s) => moved(s, -shift));
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** True when `at` falls between the two halves of one character (a surrogate pair). */
const splitsPair = (text: string, at: number) => at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));

/**
 * Moves spans found in `saved` onto `current`, the text as the coach has it now. What
 * lies wholly before or after the one edited stretch keeps its words and moves with them;
 * a span touching the edit (or right next to it: "Claire" typed into "Clairement") is
 * dropped until the next save reviews the text again.
 */
export function rebaseSpans<S extends Range>(saved: string, current: string, spans: readonly S[]): S[] {
  if (saved === current) return [...spans];
  const shortest = Math.min(saved.length, current.length);
  let prefix = 0;
  while (prefix < shortest && saved.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix++;
  if (splitsPair(saved, prefix)) prefix--;
  let suffix = 0;
  while (suffix < shortest - prefix && saved.charCodeAt(saved.length - 1 - suffix) === current.charCodeAt(current.length - 1 - suffix)) suffix++;
  if (splitsPair(saved, saved.length - suffix)) suffix--;
  const editEnd = saved.length - suffix;
  const delta = current.length - saved.length;
  const out: S[] = [];
  for (const s of spans) {
    if (s.end < prefix) out.push(s);
    else if (s.start > editEnd) out.push(moved(s, delta));
  }
  return out;
}

export interface Segment<S extends Range> {
  start: number;
  end: number;
  text: string;
  /** The span this stretch highlights, or none for plain text. */
  span: S | null;
}

/**
 * Cuts `text` into plain and highlighted stretches that cover it exactly once, in order.
 * Spans are clipped to the text and widened to whole characters; where two overlap,
 * the one starting first (the longer, at the same start) keeps the shared words.
 */
export function segmentsOf<S extends Range>(text: string, spans: readonly S[]): Segment<S>[] {
  const clipped = spans
    .map((span) => {
      let start = Math.max(0, Math.min(text.length, Math.floor(span.start)));
      let end = Math.max(0, Math.min(text.length, Math.ceil(span.end)));
      if (splitsPair(text, start)) start--;
      if (splitsPair(text, end)) end++;
      return { start, end, span };
    })
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<S>[] = [];
  let at = 0;
  for (const r of clipped) {
    const start = Math.max(r.start, at);
    if (start >= r.end) continue;
    if (start > at) out.push({ start: at, end: start, text: text.slice(at, start), span: null });
    out.push({ start, end: r.end, text: text.slice(start, r.end), span: r.span });
    at = r.end;
  }
  if (at < text.length || out.length === 0) out.push({ start: at, end: text.length, text: text.slice(at), span: null });
  return out;
}

/** The span under the caret or the selection, if any: a caret just after a word still points at it. */
export function spanAt<S extends Range>(spans: readonly S[], from: number, to = from): S | null {
  if (from === to) return spans.find((s) => s.start <= from && from < s.end) ?? spans.find((s) => s.end === from) ?? null;
  return spans.find((s) => s.start < to && from < s.end) ?? null;
}

/**
 * What the caret or a selection points at in a field: the span under it, with the
 * detected name's own words (the decision is kept by them: "Biscuiterie Lemoine",
 * not "la Biscuiterie Lemoine"); or, where nothing is highlighted, the words selected.
 */
export function atCaret<S extends Range>(text: string, spans: readonly S[], from: number, to = from): { span: (S & { text: string }) | null; selection: string } {
  const here = spanAt(spans, from, to);
  if (here) return { span: { ...here, text: spanName(text, here) }, selection: '' };
  return { span: null, selection: text.slice(Math.min(from, to), Math.max(from, to)) };
}

/** The two fields the review reads as one text, in reading order: the title, then the body. */
export type ReviewField = 'title' | 'body';

/**
 * The next passage waiting for a decision after the caret, going through the title and
 * then the body as the coach reads them; past the last one, the first again. With no
 * caret yet (`from` null), the first. Spans are in their own field's offsets.
 */
export function nextToDecide<S extends Range>(open: Record<ReviewField, readonly S[]>, from: { field: ReviewField; at: number } | null): { field: ReviewField; span: S } | null {
  const inOrder = (['title', 'body'] as const).flatMap((field) => [...open[field]].sort((a, b) => a.start - b.start).map((span) => ({ field, span })));
  const after = from && inOrder.find((p) => (p.field === from.field ? p.span.start > from.at : from.field === 'title'));
  return after || inOrder[0] || null;
}
