import type { ReviewedSpan } from '@alliance/domain';

/** For tests: the nth occurrence of `words` in `text` as a span, with the detected name inside it when it is shorter. */
export function reviewSpan(text: string, words: string, nth = 1, options: Partial<ReviewedSpan> & { name?: string } = {}): ReviewedSpan {
  let start = -1;
  for (let i = 0; i < nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`no ${words} ×${nth}`);
  const { name, ...rest } = options;
  const nameStart = name ? start + words.indexOf(name) : undefined;
  return { start, end: start + words.length, type: 'person', replacement: 'X', source: 'records', confidence: 1, decision: null, ...(name ? { nameStart, nameEnd: nameStart! + name.length } : {}), ...rest };
}
