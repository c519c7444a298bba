import { decisionKey, HIGH_RISK_TYPES, spanName, type ReviewedSpan, type ReviewField } from '@alliance/domain';

/**
 * The review as a coach counts it: in names, not passages. "Claire" written fourteen
 * times is one decision to make about Claire; the fourteen passages are its detail.
 * A name is the detected words and their type, as a decision is kept (`decisionKey`).
 */

/** The title and the body, each with its text and its spans in that text's offsets. */
export type ReviewedFieldsOf<S> = Record<ReviewField, { text: string; spans: readonly S[] }>;

export interface Passage<S> {
  field: ReviewField;
  span: S;
}

export interface NameToDecide<S> {
  key: string;
  /** Its passages still waiting, in reading order. */
  passages: Passage<S>[];
}

/** Reading order: the title, then the body. */
const FIELDS: readonly ReviewField[] = ['title', 'body'];

const isOpen = (s: ReviewedSpan) => s.decision === null && HIGH_RISK_TYPES.has(s.type);

/** The name a span's decision is kept by, in the text it was found in. */
export const nameOf = (text: string, span: ReviewedSpan) => decisionKey(spanName(text, span), span.type);

/** The names still waiting for a decision, in the order the coach first meets them, each with its passages. */
export function namesToDecide<S extends ReviewedSpan>(fields: ReviewedFieldsOf<S>): NameToDecide<S>[] {
  const names = new Map<string, NameToDecide<S>>();
  for (const field of FIELDS) {
    const { text, spans } = fields[field];
    for (const span of spans.filter(isOpen).sort((a, b) => a.start - b.start)) {
      const key = nameOf(text, span);
      const name = names.get(key) ?? { key, passages: [] };
      name.passages.push({ field, span });
      names.set(key, name);
    }
  }
  return [...names.values()];
}

/** How many names wait for a decision, and in how many passages, in one text (the title and the body as the server reviews them). */
export function countToDecide(text: string, spans: readonly ReviewedSpan[]): { names: number; passages: number } {
  const open = spans.filter(isOpen);
  return { names: new Set(open.map((s) => nameOf(text, s))).size, passages: open.length };
}

/** How many passages each name has, decided or not: what one decision about it covers. */
export function passagesByName<S extends ReviewedSpan>(fields: ReviewedFieldsOf<S>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const field of FIELDS) {
    const { text, spans } = fields[field];
    for (const span of spans) counts.set(nameOf(text, span), (counts.get(nameOf(text, span)) ?? 0) + 1);
  }
  return counts;
}

/** Where the caret stands, and the name waiting under it if there is one. */
export interface CaretAt {
  field: ReviewField;
  at: number;
  name?: string;
}

const isAfter = (caret: CaretAt, p: Passage<ReviewedSpan>) => (p.field === caret.field ? p.span.start > caret.at : caret.field === 'title');

/**
 * The next name to decide. From a passage of a name waiting, the name after it in the
 * order she first meets them, so "next" never offers the same name twice in a row and
 * goes through every name once before it comes back; from anywhere else, the name of
 * the nearest passage waiting after the caret (past the last, the first name). Of that
 * name, its first passage after the caret, or else its first: she keeps reading forward.
 * With no caret yet, the first name's first passage.
 */
export function nextName<S extends ReviewedSpan>(names: readonly NameToDecide<S>[], caret: CaretAt | null): (Passage<S> & { index: number }) | null {
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
