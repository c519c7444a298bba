const folded = new Map<string, string>();

/** Case and accent folding, so "Hélène", "HELENE" and "helene" are one name. */
export function fold(s: string): string {
  // Plain ASCII needs no normalisation: most words, at a fraction of the cost.
  let upper = false;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90) upper = true;
  }
  if (ascii) return upper ? s.toLowerCase() : s;
  const latin = foldLatin(s);
  if (latin !== null) return latin;
  if (s.length > 40) return foldNow(s);
  let f = folded.get(s);
  if (f === undefined) {
    // Words repeat: a bounded memo saves most of the Unicode normalisation.
    if (folded.size > 50_000) folded.clear();
    f = foldNow(s);
    folded.set(s, f);
  }
  return f;
}

/**
 * What foldNow makes of each character of the Latin alphabets and of the combining accents
 * (up to U+036F), one by one. Folding goes character by character there (a decomposed accent
 * is a character of its own, removed; no case rule of these alphabets looks at a neighbour),
 * so a word of them is folded by a lookup per letter, without Unicode normalisation or the memo.
 */
const LATIN_END = 0x370;
const FOLDED_LATIN: readonly string[] = Array.from({ length: LATIN_END }, (_, c) => foldNow(String.fromCharCode(c)));

/** `s` folded as foldNow folds it, if every character is in FOLDED_LATIN or a typographic quote or dash; null otherwise. */
function foldLatin(s: string): string | null {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < LATIN_END) out += FOLDED_LATIN[c]!;
    else if (c === 0x2019 || c === 0x2018) out += "'";
    else if (c >= 0x2010 && c <= 0x2013) out += '-';
    else return null;
  }
  return out;
}

function foldNow(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–]/g, '-')
    .toLowerCase()
    // "Sœur" and "Soeur", "Lætitia" and "Laetitia": the ligature is two letters typed either way.
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

export type Shape = 'upper' | 'title' | 'lower' | 'other';

export interface Token {
  text: string;
  start: number;
  end: number;
  folded: string;
  shape: Shape;
  /** A word (letters), as opposed to a number or punctuation. */
  word: boolean;
  /** The first word of a sentence, a line or a quotation: capitals there prove nothing. */
  sentenceStart: boolean;
  /** An elided article or pronoun before it ("d'", "l'", "qu'"), when the word carried one. */
  elided?: string;
  /** The first token after a blank line: a new paragraph, a new label; no name runs across it. */
  paragraphStart?: true;
  /** The first token of a line (after a line break): a name runs across it only in wrapped prose (name-runs.ts). */
  lineStart?: true;
  /** The first token of a line that begins with spaces: the hanging indent of a list's item or a label's value. */
  indented?: true;
}

/**
 * A token is what this expression matches: a word (group 1), a number, or one other
 * sign. tokenize reads it by hand, with the functions below, to the same effect.
 *   /(\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*\.?)|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu
 */
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const letters = new Map<number, boolean>();
const marks = new Map<number, boolean>();

/** `\s`: all of it is in the Basic Multilingual Plane. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `\p{L}` for one code point: ASCII and Latin-1 by their codes, the rest asked once of the expression. */
function isLetter(cp: number): boolean {
  if (cp < 0x80) return ((cp | 32) >= 97 && (cp | 32) <= 122);
  if (cp < 0x100) return cp === 0xaa || cp === 0xb5 || cp === 0xba || (cp >= 0xc0 && cp !== 0xd7 && cp !== 0xf7);
  let is = letters.get(cp);
  if (is === undefined) letters.set(cp, (is = LETTER.test(String.fromCodePoint(cp))));
  return is;
}

/** `\p{M}` for one code point (none below U+0300). */
function isMark(cp: number): boolean {
  if (cp < 0x300) return false;
  let is = marks.get(cp);
  if (is === undefined) marks.set(cp, (is = MARK.test(String.fromCodePoint(cp))));
  return is;
}

/** Past letters and marks from `at`. */
function lettersEnd(text: string, at: number): number {
  while (at < text.length) {
    const cp = text.codePointAt(at)!;
    if (!isLetter(cp) && !isMark(cp)) break;
    at += cp > 0xffff ? 2 : 1;
  }
  return at;
}

/** The end of the word that starts with a letter at `at`: `\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*\.?`. */
function wordEnd(text: string, at: number): number {
  let end = lettersEnd(text, at);
  while (end + 1 < text.length) {
    const c = text.charCodeAt(end);
    if (c !== 45 && c !== 39 && c !== 0x2019) break;
    const next = text.codePointAt(end + 1)!;
    if (!isLetter(next)) break;
    end = lettersEnd(text, end + 1);
  }
  return end < text.length && text.charCodeAt(end) === 46 ? end + 1 : end;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The end of the number that starts at `at`: `\d+(?:[.,]\d+)*`. */
function numberEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  while (end + 1 < text.length && (text.charCodeAt(end) === 46 || text.charCodeAt(end) === 44) && isDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  }
  return end;
}
/** Whether text[from, to) holds an apostrophe, straight or curly: read from the codes, with no string made. */
function hasApostrophe(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

const ELISION = /^(d|l|qu|j|n|s|m|t|c|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/iu;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'mr', 'mrs', 'ms', 'mx', 'prof', 'av', 'bd', 'no', 'cf', 'etc', 'vol', 'p', 'jr', 'sr', 'co', 'inc', 'ltd', 'ch']);

const shapes = new Map<string, Shape>();
/** Signs after which a new sentence (or a quotation, or a table's cell: "Nom | Ville") begins. */
const SENTENCE_MARKS = new Set(['.', '!', '?', '…', '«', '"', '“', '—', '|']);

/** A capital and its full stop: "S.", "V.", the initial a name is written as. */
export const isInitial = (t: Token | undefined): boolean => !!t && isInitialText(t.text);

const INITIAL = /^\p{Lu}\.$/u;
/** `INITIAL.test(s)`, asked everywhere: read from the codes where it can be (length, stop, an ASCII capital), the expression for the rest. */
function isInitialText(s: string): boolean {
  // One code point (one or two units) and its full stop.
  if ((s.length !== 2 && s.length !== 3) || s.charCodeAt(s.length - 1) !== 46) return false;
  const c = s.charCodeAt(0);
  if (s.length === 2 && c < 0x80) return c >= 65 && c <= 90;
  return INITIAL.test(s);
}
/** A short word in capitals that is no initial: "CHU", "RPR", also "JEAN". */
export const isShortCapitals = (t: Token): boolean => t.shape === 'upper' && t.text.length <= 5 && !isInitial(t);

/** The shape of a word, remembered: words repeat, and this runs for every one. */
export function shapeOf(s: string): Shape {
  const quick = latinShape(s);
  if (quick) return quick;
  let shape = shapes.get(s);
  if (shape === undefined) {
    if (shapes.size > 50_000) shapes.clear();
    shape = shapeNow(s);
    shapes.set(s, shape);
  }
  return shape;
}

/**
 * The shape of a word written in ASCII and Latin-1 letters (most French and English
 * words), read from its character codes; null for anything else, left to shapeNow.
 */
function latinShape(s: string): Shape | null {
  let letters = 0;
  let upper = 0;
  let firstUpper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let isUpper: boolean;
    if (c < 0x80) {
      if (c >= 65 && c <= 90) isUpper = true;
      else if (c >= 97 && c <= 122) isUpper = false;
      else continue;
    } else if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7 && c !== 0xdf) isUpper = c < 0xdf;
    else return null;
    if (letters === 0) firstUpper = isUpper;
    letters++;
    if (isUpper) upper++;
  }
  if (!letters) return 'other';
  if (letters > 1 && upper === letters) return 'upper';
  if (firstUpper) return letters === 1 ? 'upper' : 'title';
  return 'lower';
}

function shapeNow(s: string): Shape {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'other';
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  const first = letters[0]!;
  if (first !== first.toLowerCase()) return letters.length === 1 ? 'upper' : 'title';
  return 'lower';
}

/**
 * Words with their offsets. An elided article is split from its word ("d'Anne" is
 * "d'" + "Anne") and an English possessive from its name ("Anne's"), so that a name
 * is found whatever sticks to it. A trailing full stop stays on an abbreviation or an
 * initial ("M.", "S.") and is otherwise its own token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let paragraphStart = false;
  let lineStart = false;
  let indented = false;
  let nextNewline = text.indexOf('\n');
  const n = text.length;
  for (let at = 0; at < n; ) {
    // What WORD would match next, read by hand: a third of the time of the expression.
    const c = text.charCodeAt(at);
    if (isSpace(c)) {
      at++;
      continue;
    }
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(at)! : c;
    const isWord = isLetter(cp);
    const end = isWord ? wordEnd(text, at) : c >= 48 && c <= 57 ? numberEnd(text, at) : at + (cp > 0xffff ? 2 : 1);
    let raw = text.slice(at, end);
    let start = at;
    at = end;
    // A new line starts a sentence for this purpose (a letter's "Suite à…"); a name
    // broken across two lines still joins, as runs of names do not look at this flag.
    if (nextNewline >= 0 && nextNewline < start) {
      sentenceStart = true;
      lineStart = true;
      indented = text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 9;
      // Two line breaks with nothing but spaces between (only spaces lie between tokens): a blank line.
      const second = text.indexOf('\n', nextNewline + 1);
      if (second >= 0 && second < start) paragraphStart = true;
      nextNewline = text.indexOf('\n', start);
    }
    if (isWord) {
      const apostrophe = hasApostrophe(text, start, end);
      // "N'Diaye", "D'Angelo", "D'AIRBUS": a capital on both sides of the apostrophe is a name, not
      // an elision; not where one or two capitals follow it, in capitals a verb's: "N'A", "L'A", "J'AI".
      const el = !apostrophe || /^\p{Lu}['’]\p{Lu}(?:\p{Ll}|\p{Lu}{2})/u.test(raw) ? null : ELISION.exec(raw);
      let elided: string | undefined;
      if (el) {
        elided = el[0];
        push(el[0], start, true, undefined, false);
        start += el[0].length;
        raw = raw.slice(el[0].length);
      }
      let dot = false;
      const endsWithDot = text.charCodeAt(end - 1) === 46;
      if (endsWithDot) {
        const bare = raw.slice(0, -1);
        // "M." and "S." keep their stop; "Paris." gives it back to the sentence.
        if (ABBREVIATIONS.has(fold(bare)) || /^\p{Lu}$/u.test(bare) || /^(\p{Lu}\.)+\p{Lu}$/u.test(bare)) dot = true;
        else raw = bare;
      }
      let possessive = '';
      if (apostrophe && POSSESSIVE.test(raw) && raw.length > 2) {
        possessive = raw.slice(-2);
        raw = raw.slice(0, -2);
      }
      push(raw, start, true, elided, dot);
      if (possessive) push(possessive, start + raw.length, false, undefined, false);
      if (endsWithDot && !dot) push('.', start + raw.length + possessive.length, false, undefined, false);
    } else {
      push(raw, start, false, undefined, false);
    }
  }
  return tokens;

  // Positional arguments, not an object: this runs for every token, and an object per call was a tenth of the anonymiser's garbage.
  function push(text: string, start: number, word: boolean, elided: string | undefined, abbreviation: boolean) {
    // Every token has every field, set or undefined, so that all share one hidden class:
    // tokens are read everywhere, and a second shape made every reader of them slower.
    const token: Token = { text, start, end: start + text.length, folded: fold(text), shape: shapeOf(text), word, sentenceStart, elided, paragraphStart: paragraphStart || undefined, lineStart: lineStart || undefined, indented: indented || undefined };
    paragraphStart = false;
    lineStart = false;
    indented = false;
    tokens.push(token);
    if (word) sentenceStart = false;
    if (text.length === 1 && SENTENCE_MARKS.has(text)) sentenceStart = true;
    if (abbreviation && !isInitialText(text) && !ABBREVIATIONS.has(withoutFinalStop(token.folded))) sentenceStart = true;
  }
}

/** `s` without one final full stop: `s.replace(/\.$/, '')`, read from the last code alone. */
export function withoutFinalStop(s: string): string {
  return s.charCodeAt(s.length - 1) === 46 ? s.slice(0, -1) : s;
}

/** Token `i` owns what follows it: the English possessive "'s" glued to it ("Brown's team", "pat's goals"). */
export function ownsNext(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && (next.text === "'s" || next.text === '’s') && next.start === tokens[i]!.end;
}

/** The index of the first token that ends after `at`. */
export function lowerBound(tokens: Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * "DUPONT Claire", "LE BIHAN Gwenaëlle": a name written surname first, as lists write it, the
 * surname in capitals and the given name after it with its capital only. How many of its words
 * (split on spaces) are the surname; 0 for any other name. The given name must be one
 * (`isFirstName`, folded) and the surname's last word not ("JULIE Dupont" is Julie).
 */
export function surnameFirstWords(written: string, isFirstName: (folded: string) => boolean): number {
  const words = written.trim().split(/\s+/u);
  let k = 0;
  while (k < words.length - 1 && /^\p{Lu}{2,}(?:[-'’]\p{Lu}+)*$/u.test(words[k]!)) k++;
  if (!k || !words.slice(k).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && isFirstName(fold(w)))) return 0;
  return isFirstName(fold(words[k - 1]!)) ? 0 : k;
}

/** Latin letters with an accent French never writes: "á" of "Máire", "ñ", "ø". */
const FOREIGN_ACCENT = /[áíóúýñåøãõìòăąćčęěłńňőřśšşţťůűźżž]/iu;

/** Whether a word is written with an accent French never uses: "Máire" is an Irish name, though folded it is "maire", a French title. */
export const hasForeignAccent = (word: string): boolean => FOREIGN_ACCENT.test(word);
