import type { ReviewedSpan, ReviewField } from '@alliance/domain';
import type { Passage } from './entity-groups';

/**
 * Going through the review as a coach decides it: one person (or name) after another,
 * never another passage of the one she is on. What is one person is told by
 * `groupByEntity` (entity-groups.ts); here, what waits is a key and its passages.
 */
export interface ToDecide<S> {
  key: string;
  /** Its passages still waiting, in reading order. */
  passages: Passage<S>[];
}

/** Where the caret stands, and the key of what waits under it if anything does. */
export interface CaretAt {
  field: ReviewField;
  at: number;
  name?: string;
}

const isAfter = (caret: CaretAt, p: Passage<ReviewedSpan>) => (p.field === caret.field ? p.span.start > caret.at : caret.field === 'title');

/**
 * The next person or name to decide. From a passage of one waiting, the one after it in
 * the order she first meets them, so "next" never offers the same twice in a row and
 * goes through every one once before it comes back; from anywhere else, the one of the
 * nearest passage waiting after the caret (past the last, the first). Of that one, its
 * first passage after the caret, or else its first: she keeps reading forward.
 * With no caret yet, the first one's first passage.
 */
export function nextName<S extends ReviewedSpan>(names: readonly ToDecide<S>[], caret: CaretAt | null): (Passage<S> & { index: number }) | null {
  if (names.length === 0) return null;
  const current = caret?.name === undefined ? -1 : names.findIndex((n) => n.key === caret.name);
  let index = 0;
  if (current >= 0) index = (current + 1) % names.length;
  else if (caret) {
    const ahead = names
      .flatMap((n, i) => n.passages.filter((p) => isAfter(caret, p)).map((p) => ({ i, p })))
      .sort((a, b) => (a.p.field === b.p.field ? a.p.span.start - b.p.span.start : a.p.field === 'title' ? -1 : 1))[0];
    index = ahead ? ahead.i : 0;
  }
  const name = names[index]!;
  const passage = (caret && name.passages.find((p) => isAfter(caret, p))) || name.passages[0]!;
  return { ...passage, index };
}
