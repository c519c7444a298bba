import { isWellKnownPlace, type Lexicon } from './lexicon.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import type { Token } from './text.js';
import type { Detection, Language } from './types.js';

/** What separates the items of a list on one line. */
const SEPARATORS = new Set([',', ';', '/', 'et', 'and', 'ou', 'or']);
/** What ends a list: the end of its sentence, or a label's colon. */
const ENDS = new Set(['.', '!', '?', ':', '(', ')', '|']);
/** `ENDS.has(t.text)`, asked of every token: all its signs are one character long, read before any hashing. */
const isEnd = (t: Token) => t.text.length === 1 && ENDS.has(t.text);
/** `SEPARATORS.has(t.folded)`: none is longer than three letters. */
const isSeparator = (t: Token) => t.folded.length <= 3 && SEPARATORS.has(t.folded);

/**
 * "Valeurs : Liberté, Loyauté, Créativité, Justice", "Météo : Soleil, Nuage, Orage", "Values:
 * Integrity, Courage, Growth": coaching notes list values, feelings and themes with capitals,
 * and one of them being a rare first name too ("Liberté", "Justice") made every other a person
 * by their standing in a list with her. Where most items of a list of three or more are
 * capitalised words of the language, none a popular first name, a frequent surname or a
 * well-known place, those items are the words they are, and what found them as people is
 * dropped. A list of people ("Fontaine, Blanc et Marchand", "Marie, Paul, Julie") is untouched.
 */
export function withoutWordLists(tokens: Token[], found: Detection[], lexicon: Lexicon, language: Language): Detection[] {
  const isWord = (t: Token) => lexicon.commonWords[language].has(t.folded) || lexicon.commonWords.en.has(t.folded);
  const wordy = (item: Token[]) => {
    const first = item[0]!;
    if (first.shape !== 'title' || isWellKnownPlace(lexicon.places.get(first.folded))) return false;
    // "Chinoises de Boucher": a popular first name or a frequent surname anywhere in the item makes it a name's.
    return item.every((t) => !t.word || (isWord(t) && !lexicon.popularFirstNames.has(t.folded) && !SURNAMES.has(t.folded)));
  };
  const dropped: { start: number; end: number }[] = [];
  // Items as token ranges [from, to), reused: this reads every token of every text.
  const items: number[] = [];
  let from = -1;
  const endItem = (to: number) => {
    if (from >= 0) items.push(from, to);
    from = -1;
  };
  const closeList = (to: number) => {
    endItem(to);
    if (items.length >= 4) {
      const list: Token[][] = [];
      for (let k = 0; k < items.length; k += 2) list.push(tokens.slice(items[k], items[k + 1]));
      // In a list of words, a word that is also a popular first name is the word too ("Liberté, Loyauté, Justice").
      const alsoWords = (item: Token[]) => item[0]!.shape === 'title' && !SURNAMES.has(item[0]!.folded) && item.every((t) => !t.word || isWord(t));
      // A list of capitalised items: "Le client, Loup Martin, est DG" is a sentence with commas, one of its items capitalised.
      const capitalised = list.filter((item) => item[0]!.shape === 'title').length;
      // Two items are a list of words only if both are words and neither is anyone's first name ("Axes : Délégation, Assertivité").
      const pairOfWords = list.length === 2 && capitalised === 2 && list.every((item) => wordy(item) && !item[0]!.sentenceStart && !lexicon.firstNames.has(item[0]!.folded));
      if ((capitalised >= 3 && list.filter(wordy).length * 3 >= capitalised * 2) || pairOfWords) for (const w of list.filter(alsoWords)) dropped.push({ start: w[0]!.start, end: w[w.length - 1]!.end });
    }
    items.length = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const end = isEnd(t);
    if (t.lineStart || end || (t.sentenceStart && t.word)) closeList(i);
    if (end) continue;
    if (isSeparator(t) && (!t.word || t.shape === 'lower')) {
      endItem(i);
      continue;
    }
    if (from < 0) from = i;
    // An item is a few words: a longer one is a clause, and the list is over.
    else if (i - from >= 3) {
      closeList(i);
      from = i;
    }
  }
  closeList(tokens.length);
  if (!dropped.length) return found;
  let k = 0;
  return found.filter((d) => {
    if (d.type !== 'person' || d.source === 'records') return true;
    while (k < dropped.length && dropped[k]!.end <= d.start) k++;
    const w = dropped[k];
    return !(w && w.start <= d.start && d.end <= w.end);
  });
}
