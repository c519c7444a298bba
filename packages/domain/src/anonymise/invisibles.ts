import { fold } from './text.js';

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
/**
 * Hyphens other than the keyboard's: the Unicode hyphen a PDF or a word processor writes
 * ("Marie‐Hélène"), and the one that does not break a line. Read as the hyphen they show.
 */
const OTHER_HYPHENS = '\u2010\u2011';
const ANY = new RegExp(`[${INVISIBLES}${UNBREAKABLE_SPACES}${OTHER_HYPHENS}]`);

/**
 * A line broken after a hyphen inside a word: "Marie-⏎Hélène", "Jean-Chris-⏎tophe",
 * "Saint-Jean-⏎de-Luz", typed so or left by a PDF's justified lines. The reader reads one
 * word; cut at the line, the name leaks in pieces no list knows ("de-Luz", "tophe") or
 * becomes two people. The break, and the spaces around it, are read as nothing.
 */
const BROKEN_AFTER_HYPHEN = /(?<=\p{L})[-\u2010\u2011]([ \t]*\r?\n[ \t]*)(?=\p{L})/gu;
/** Asked first, without Unicode classes: most texts have no hyphen at a line's end. */
const MAYBE_BROKEN = /[-\u2010\u2011][ \t]*\r?\n/;
/**
 * The small words a compound name goes on with, in lower case, after its hyphen: the
 * hyphen is the name's ("Saint-Jean-de-Luz", "Aix-en-Provence", "Villeneuve-lès-Avignon").
 */
const AFTER_HYPHEN_IN_NAMES = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'sur', 'sous', 'en', 'les', 'lez', 'aux', 'au', 'et', 'es', 'y']);

/** What the lists say of a word joined across a broken line. Folded words. */
export interface WordsAcrossLines {
  /** A common word of the text's language: "entre-⏎prise" was "entreprise". */
  isWord(folded: string): boolean;
  /** A first name, a surname or a place the lists know: "Du-⏎pont" was "Dupont". */
  isName(folded: string): boolean;
}

/** The letters of `text` from `from` going `step` (1 or -1), up to the first character that is none. */
function lettersFrom(text: string, from: number, step: 1 | -1): string {
  let i = from;
  while (i >= 0 && i < text.length && /\p{L}/u.test(text[i]!)) i += step;
  return step === 1 ? text.slice(from, i) : text.slice(i + 1, from + 1);
}

/**
 * Whether the hyphen before a broken line only cut a word in syllables ("Chris-⏎tophe",
 * "entre-⏎prise") and goes with the break. It stays where the next part opens with a capital
 * ("Marie-⏎Hélène"), is a small word of compound names ("Saint-Jean-⏎de-Luz"), or a word of
 * its own the joined letters are not ("Peut-⏎être", "Rendez-⏎vous").
 */
function cutsInSyllables(text: string, hyphen: number, next: number, words: WordsAcrossLines): boolean {
  const after = lettersFrom(text, next, 1);
  if (after[0] !== after[0]!.toLowerCase()) return false;
  const before = lettersFrom(text, hyphen - 1, -1);
  const joined = fold(before + after);
  if (words.isWord(joined) || words.isName(joined)) return true;
  // Only a name's syllables are left to guess: a capitalised word before, its next part no word.
  let start = hyphen - before.length;
  while (start > 1 && (text[start - 1] === '-' || OTHER_HYPHENS.includes(text[start - 1]!)) && /\p{L}/u.test(text[start - 2]!)) start -= lettersFrom(text, start - 2, -1).length + 1;
  const capitalised = text[start] !== text[start]!.toLowerCase();
  const foldedAfter = fold(after);
  return capitalised && !AFTER_HYPHEN_IN_NAMES.has(foldedAfter) && !words.isWord(foldedAfter);
}

/** The offsets of `text` a reader does not see as characters of a word: line breaks inside hyphenated words, with the hyphen when it only cut syllables. */
function brokenLines(text: string, words: WordsAcrossLines | undefined): Set<number> {
  const dropped = new Set<number>();
  if (!words || !MAYBE_BROKEN.test(text)) return dropped;
  for (const m of text.matchAll(BROKEN_AFTER_HYPHEN)) {
    const hyphen = m.index!;
    const next = hyphen + m[0].length;
    if (cutsInSyllables(text, hyphen, next, words)) dropped.add(hyphen);
    for (let i = hyphen + 1; i < next; i++) dropped.add(i);
  }
  return dropped;
}

/** The text as a reader sees it, and where each of its characters stands in the original. */
export interface Visible {
  text: string;
  /** `at[i]`: the offset in the original of the visible text's character `i`; `at[length]` the original's length. */
  at: Int32Array;
}

/**
 * `text` without its invisible characters, with plain spaces for unbreakable ones, and with
 * words broken across lines after a hyphen made whole (when `words` is given), or null when
 * it holds none of these (then nothing is copied).
 */
export function visibleText(text: string, words?: WordsAcrossLines): Visible | null {
  const broken = brokenLines(text, words);
  if (!broken.size && !ANY.test(text)) return null;
  const at = new Int32Array(text.length + 1);
  let visible = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (INVISIBLES.includes(c) || broken.has(i)) continue;
    visible += UNBREAKABLE_SPACES.includes(c) ? ' ' : OTHER_HYPHENS.includes(c) ? '-' : c;
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
