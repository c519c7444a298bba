import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import type { PlaceFacts } from './types.js';
import { FRENCH_ARTICLES } from './vocabulary.js';

/**
 * Places whose name opens on an article ("Le Mans", "Les Sables-d'Olonne", "Le Havre"), as the
 * lists hold them, where the text's run of capitalised words left the article out.
 */

const CONTRACTED_ARTICLES: Record<string, string> = { au: 'le', du: 'le', aux: 'les', des: 'les' };
/** "au Mans", "aux Sables-d'Olonne": the article contracted with "à" or "de" before `folded`. */
export function placeAfterContraction(folded: string, before: Token | undefined, lexicon: Lexicon): PlaceFacts | undefined {
  const article = before && CONTRACTED_ARTICLES[before.folded];
  return article ? lexicon.places.get(`${article} ${folded}`) : undefined;
}

/** "Le Mans est loin": the capitalised article right before `first`, first in its sentence, which no run begins on. */
export function placeWithArticle(folded: string, before: Token | undefined, first: Token, lexicon: Lexicon): PlaceFacts | undefined {
  if (!before || before.shape !== 'title' || !FRENCH_ARTICLES.has(before.folded) || first.start - before.end !== 1) return undefined;
  return lexicon.places.get(`${before.folded} ${folded}`);
}
