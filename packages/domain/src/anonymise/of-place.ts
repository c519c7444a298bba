import { isCommonAnywhere, isWellKnownPlace, type Lexicon } from './lexicon.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { fold, isShortCapitals, type Token } from './text.js';
import type { PlaceFacts } from './types.js';

/**
 * "les Canadiens de Montréal", "Biscuits de Nantes", "CHU de Grenoble": where a run reads
 * "<words> de <well-known place>", with neither a first name nor a frequent
 * surname before the particle: where the head ends, and the place. Null otherwise.
 */
export function placeAfterParticle(text: string, words: Token[], lexicon: Lexicon): { headEnd: number; start: number; place: PlaceFacts } | null {
  for (let p = 1; p < words.length - 1; p++) {
    const w = words[p]!;
    const next = words[p + 1]!;
    // "de Montréal", "du Canada", "d'Orléans" (the tokenizer keeps "d'" on its word, or apart).
    const particle = w.word && w.shape === 'lower' && (w.folded === 'de' || w.folded === 'du' || w.folded === "d'");
    if (!particle) continue;
    const head = words.slice(0, p).filter((t) => t.word);
    // "Grandet de Saumur" is a man of the novel: a head that is not all common words ("canadiens",
    // "rangers", "biscuits") may be a surname.
    // An acronym heads one too ("CHU de Grenoble", "CCI de Lyon"), though "Chu" is also a first name.
    const headWord = (t: Token) => (isShortCapitals(t) && head.length === 1) || (!lexicon.firstNames.has(t.folded) && !SURNAMES.has(t.folded) && isCommonAnywhere(t.folded, lexicon));
    if (!head.length || !head.every(headWord)) return null;
    const place = lexicon.places.get(fold(text.slice(next.start, words[words.length - 1]!.end)));
    return isWellKnownPlace(place) ? { headEnd: head[head.length - 1]!.end, start: next.start, place: place! } : null;
  }
  return null;
}
