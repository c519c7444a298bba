/**
 * Characters that show nothing: the soft hyphen a word processor or a PDF leaves inside a
 * word ("Du\u00ADpont"), the zero-width space, non-joiner and joiner, the word joiner and the
 * byte-order mark pasted from web pages and e-mails. Inside a name they cut it in pieces that
 * no list knows ("Du", "pont"), and the name leaks; the reader sees only "Dupont".
 */
const INVISIBLES = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';

/**
 * Spaces that do not break a line: French typography's before ":" and inside « », and the
 * groups of an IBAN or a SIRET a word processor keeps together ("FR76\u00A03000…"). They are
 * read as the space they show, which every pattern of digits expects.
 */
const UNBREAKABLE_SPACES = '\u00A0\u2007\u202F';
const ANY = new RegExp(`[${INVISIBLES}${UNBREAKABLE_SPACES}]`);

/** The text as a reader sees it, and where each of its characters stands in the original. */
export interface Visible {
  text: string;
  /** `at[i]`: the offset in the original of the visible text's character `i`; `at[length]` the original's length. */
  at: Int32Array;
}

/**
 * `text` without its invisible characters and with plain spaces for unbreakable ones, or null
 * when it holds neither (then nothing is copied).
 */
export function visibleText(text: string): Visible | null {
  if (!ANY.test(text)) return null;
  const at = new Int32Array(text.length + 1);
  let visible = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (INVISIBLES.includes(c)) continue;
    visible += UNBREAKABLE_SPACES.includes(c) ? ' ' : c;
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
