import type { Token } from './text.js';
import type { Detection } from './types.js';

/** A letter of a script without capitals: Chinese, Japanese, Korean, Arabic, Hebrew, Thai, Devanagari… */
const CASELESS_LETTER = /^\p{Lo}/u;

/**
 * "Son manager, 王伟, refuse", "Appel de محمد العلي": in a French or English note, words in a
 * script without capitals are a name written in its own script, nearly always, and no list
 * or capital can say whose. Every run of them on one line is masked as a person: a sentence
 * quoted in such a script is masked too, which the coach sees in review, where a name left
 * in clear would have been seen by nobody.
 */
export function caselessScriptNames(tokens: Token[]): Detection[] {
  const found: Detection[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCaseless(tokens[i]!)) continue;
    let last = i;
    while (last + 1 < tokens.length && isCaseless(tokens[last + 1]!) && !tokens[last + 1]!.lineStart && tokens[last + 1]!.start - tokens[last]!.end <= 1) last++;
    found.push({ start: tokens[i]!.start, end: tokens[last]!.end, type: 'person', source: 'script', confidence: 0.6 });
    i = last;
  }
  return found;
}

/** A word whose letters have no case, in a script other than the Latin, Greek or Cyrillic alphabets. */
function isCaseless(t: Token): boolean {
  // Below U+0370 (Latin, its accents, IPA) every letter has a case, or is one of Latin's few others: asked of no expression.
  return t.word && t.text.charCodeAt(0) >= 0x370 && CASELESS_LETTER.test(t.text) && t.text.toLowerCase() === t.text.toUpperCase();
}
