import snowball from 'snowball-stemmers';

/**
 * How text becomes search terms, in French and English at once (a coach writes
 * in both, sometimes in one note): words are lower-cased, stemmed by the French
 * and the English Snowball stemmers, and stripped of accents, so "émotions",
 * "Emotion" and "émotionnel" meet, and "réunions" finds "réunion".
 */
const french = snowball.newStemmer('french');
const english = snowball.newStemmer('english');

/** Letters, with inner apostrophes and hyphens; offsets kept for highlighting. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** French elisions: l'émotion → émotion, qu'elle → elle. */
const ELISION = /^(?:[ldjmtsnc]|qu|jusqu|lorsqu|puisqu)['’]/u;

export const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '');

// Stemming is the costly part of indexing; a practice's vocabulary is small, so remember it.
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string[]>();

/** The terms one word stands for: its French and English stems, without accents. */
export function termsOfWord(word: string): string[] {
  const lower = word.toLowerCase().replace(ELISION, '');
  const cached = stemCache.get(lower);
  if (cached) return cached;
  let terms: string[];
  if (lower.length <= 2) {
    terms = [stripAccents(lower)];
  } else {
    const fr = stripAccents(french.stem(lower));
    const en = stripAccents(english.stem(stripAccents(lower)));
    terms = fr === en ? [fr] : [fr, en];
  }
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(lower, terms);
  return terms;
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** Words too common to help ranking, in both languages (after stemming and accent removal). */
export const STOP_TERMS = new Set(
  [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'en', 'au', 'aux', 'ce', 'ces', 'cet', 'cette', 'qui', 'que', 'quoi',
    'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'se', 'sa', 'son', 'ses', 'leur', 'leurs', 'pour', 'par', 'sur', 'dans',
    'avec', 'pas', 'ne', 'plus', 'est', 'sont', 'a', 'ont', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'is', 'are', 'was', 'it', 'she', 'he',
    'her', 'his', 'for', 'with', 'that', 'this', 'an', 'be', 'at', 'as',
  ].flatMap(termsOfWord),
);
