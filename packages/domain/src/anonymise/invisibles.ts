/**
 * Characters that show nothing: the soft hyphen a word processor or a PDF leaves inside a
 * word ("Du\u00ADpont"), the zero-width space, non-joiner and joiner, the word joiner and the
 * byte-order mark pasted from web pages and e-mails. Inside a name they cut it in pieces that
 * no list knows ("Du", "pont"), and the name leaks; the reader sees only "Dupont".
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** The text as a reader sees it, and where each of its characters stands in the original. */
export interface Visible {
  text: string;
  /** `at[i]`: the offset in the original of the visible text's character `i`; `at[length]` the original's length. */
  at: Int32Array;
}

/** `text` without its invisible characters, or null when it holds none (most texts: nothing is copied). */
export function visibleText(text: string): Visible | null {
  if (!INVISIBLE.test(text)) return null;
  const at = new Int32Array(text.length + 1);
  let visible = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (INVISIBLE.test(text[i]!)) continue;
    visible += text[i];
    at[n++] = i;
  }
  at[n] = text.length;
  return { text: visible, at: at.subarray(0, n + 1) };
}

/**
 * A stretch `[start, end)` of the visible text, in the original: invisible characters inside
 * it are taken with it (the soft hyphen of "Du\u00ADpont" goes with the name it cut), those
 * around it are left where they are.
 */
export function originalSpan(v: Visible, start: number, end: number): { start: number; end: number } {
  const from = v.at[start]!;
  return { start: from, end: end > start ? v.at[end - 1]! + 1 : from };
}
