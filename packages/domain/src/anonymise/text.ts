const folded = new Map<string, string>();

/** Case and accent folding, so "Hélène", "HELENE" and "helene" are one name. */
export function fold(s: string): string {
  // Plain ASCII needs no normalisation: most words, at a fraction of the cost.
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
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

function foldNow(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–]/g, '-')
    .toLowerCase();
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
}

/** A word (group 1), a number, or one other sign. */
const WORD = /(\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*\.?)|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu;
const ELISION = /^(d|l|qu|j|n|s|m|t|c|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/iu;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'mr', 'mrs', 'ms', 'prof', 'av', 'bd', 'no', 'cf', 'etc', 'vol', 'p', 'jr', 'sr', 'co', 'inc', 'ltd', 'ch']);

const shapes = new Map<string, Shape>();

/** The shape of a word, remembered: words repeat, and this runs for every one. */
export function shapeOf(s: string): Shape {
  let shape = shapes.get(s);
  if (shape === undefined) {
    if (shapes.size > 50_000) shapes.clear();
    shape = shapeNow(s);
    shapes.set(s, shape);
  }
  return shape;
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
  let nextNewline = text.indexOf('\n');
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    let start = m.index!;
    // A new line starts a sentence for this purpose (a letter's "Suite à…"); a name
    // broken across two lines still joins, as runs of names do not look at this flag.
    if (nextNewline >= 0 && nextNewline < start) {
      sentenceStart = true;
      nextNewline = text.indexOf('\n', start);
    }
    if (m[1] !== undefined) {
      const apostrophe = raw.includes("'") || raw.includes('’');
      // "N'Diaye", "D'Angelo": a capital on both sides of the apostrophe is a name, not an elision.
      const el = !apostrophe || /^\p{Lu}['’]\p{Lu}/u.test(raw) ? null : ELISION.exec(raw);
      let elided: string | undefined;
      if (el) {
        elided = el[0];
        push({ text: el[0], start, word: true });
        start += el[0].length;
        raw = raw.slice(el[0].length);
      }
      let dot = false;
      if (raw.endsWith('.')) {
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
      push({ text: raw, start, word: true, elided, abbreviation: dot });
      if (possessive) push({ text: possessive, start: start + raw.length, word: false });
      if (m[0].endsWith('.') && !dot) push({ text: '.', start: start + raw.length + possessive.length, word: false });
    } else {
      push({ text: raw, start, word: false });
    }
  }
  return tokens;

  function push(t: { text: string; start: number; word: boolean; elided?: string; abbreviation?: boolean }) {
    const token: Token = { text: t.text, start: t.start, end: t.start + t.text.length, folded: fold(t.text), shape: shapeOf(t.text), word: t.word, sentenceStart };
    if (t.elided) token.elided = t.elided;
    tokens.push(token);
    if (t.word) sentenceStart = false;
    if (/^[.!?…«"“]$/.test(t.text) || t.text === '—') sentenceStart = true;
    if (t.abbreviation && !/^\p{Lu}\.$/u.test(t.text) && !ABBREVIATIONS.has(token.folded.replace(/\.$/, ''))) sentenceStart = true;
  }
}
