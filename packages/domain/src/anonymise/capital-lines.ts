import type { Token } from './text.js';

/** Words of two letters or more in capitals a line needs to be typed in capitals, rather than hold an acronym or a heading of one word. */
const WORDS_OF_A_SHOUTED_LINE = 3;

/**
 * The tokens as the readers of lower-case text should see them: on a line typed in capitals
 * ("RDV AVEC SA FEMME ROSE À TOURS", a subject line, a board label), a capital says nothing
 * of a name, so its words are read as if typed in lower case, where the context around a word
 * must say it is a name ("sa femme rose", "habite à tours"). Their text is kept, so a reader can
 * tell such a word from one typed in lower case (`shouted`). The same array when no line is so.
 */
export function capitalLinesInLowerCase(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (i === from || !tokens[i]!.lineStart)) continue;
    // Tokens [from, i) are one line.
    if (isShouted(tokens, from, i)) {
      out ??= tokens.slice();
      for (let k = from; k < i; k++) if (tokens[k]!.shape === 'upper') out[k] = { ...tokens[k]!, shape: 'lower' };
    }
    from = i;
  }
  return out ?? tokens;
}

/** A word typed in capitals that a lower-case reading sees in lower case (capitalLinesInLowerCase). */
export const shouted = (t: Token): boolean => t.shape === 'lower' && t.text !== t.text.toLowerCase();

/** The share of a line's words in capitals that makes it typed in capitals, a greeting or a day in lower case aside ("Bien, RDV AVEC SA FEMME ROSE samedi"). */
const SHARE_IN_CAPITALS = 2 / 3;

/** Enough of the words of two letters or more on tokens [from, to) are in capitals. */
function isShouted(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let upper = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word || t.text.replace(/[.'’-]/gu, '').length < 2) continue;
    words++;
    if (t.shape === 'upper') upper++;
  }
  return upper >= WORDS_OF_A_SHOUTED_LINE && upper >= words * SHARE_IN_CAPITALS;
}
