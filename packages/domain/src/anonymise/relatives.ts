import type { Token } from './text.js';
import type { Detection, Language } from './types.js';

/** Words for the people of one's life, folded, after which a capitalised word is their name. */
export const RELATIVES: Record<Language, ReadonlySet<string>> = {
  fr: new Set([
    'soeur', 'frere', 'fils', 'fille', 'mere', 'pere', 'mari', 'femme', 'epouse', 'epoux', 'conjoint', 'conjointe', 'compagnon', 'compagne',
    'cousin', 'cousine', 'oncle', 'tante', 'neveu', 'niece', 'grand-mere', 'grand-pere', 'belle-mere', 'beau-pere', 'belle-soeur', 'beau-frere',
    'collegue', 'binome', 'ami', 'amie', 'voisin', 'voisine', 'fiance', 'fiancee', 'filleul', 'filleule', 'parrain', 'marraine',
  ]),
  en: new Set([
    'sister', 'brother', 'son', 'daughter', 'mother', 'father', 'husband', 'wife', 'partner', 'cousin', 'aunt', 'uncle', 'niece', 'nephew',
    'colleague', 'friend', 'neighbour', 'neighbor', 'fiance', 'fiancee', 'grandmother', 'grandfather', 'godson', 'goddaughter',
  ]),
};

/**
 * "sa sœur Mai", "son fils Bao", "her daughter Grace": the capitalised word right after a
 * word for a relative, a colleague or a friend is that person's name, even where it is also
 * a word ("Mai" is May) that every other reading lets through. `spans`: what was found
 * already, sorted; a word it covers is left to it.
 */
export function namedRelatives(tokens: Token[], language: Language, spans: Detection[]): Detection[] {
  const found: Detection[] = [];
  let s = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (!t.word || t.shape !== 'title' || t.sentenceStart || !before.word || !RELATIVES[language].has(before.folded) || t.start - before.end > 1) continue;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    if (s < spans.length && spans[s]!.start < t.end) continue;
    found.push({ start: t.start, end: t.end, type: 'person', source: 'context', confidence: 0.8 });
  }
  return found;
}
