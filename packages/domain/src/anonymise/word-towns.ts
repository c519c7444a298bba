import type { Lexicon } from './lexicon.js';
import { LIST_JOINT } from './lists.js';
import { fold, type Token } from './text.js';
import type { Detection, PlaceFacts } from './types.js';
import { PLACE_PREPOSITIONS } from './vocabulary.js';

/**
 * The town whose name is a word (lexicon.ts `wordTowns`: "Reading", "Bath", "Long Beach")
 * that the name run from `first` to `span.end` is, or undefined: only capitalised inside a
 * sentence, after a word of place ("moved to Reading", "né à Bath") or after a place in a
 * list (`found`, the detections so far, in order). Anywhere else the word is the word.
 */
export function wordTownAt(text: string, lexicon: Lexicon, found: readonly Detection[], before: Token | undefined, first: Token, span: { start: number; end: number }): PlaceFacts | undefined {
  if (first.sentenceStart || first.shape !== 'title') return undefined;
  const last = found[found.length - 1];
  const placed = (before && PLACE_PREPOSITIONS.has(before.folded)) || (last?.type === 'place' && LIST_JOINT.test(text.slice(last.end, span.start)));
  return placed ? lexicon.wordTowns.get(fold(text.slice(span.start, span.end))) : undefined;
}
