import { KNOWN_ORGANISATIONS } from './known-organisations.js';
import { headsOf, lastOf, LONGEST } from './known-things.js';
import { fold, type Token } from './text.js';
import type { Detection } from './types.js';

/**
 * The known organisations whose name holds a lower-case word ("Habitat et Humanisme",
 * "Médecins sans frontières", "Restos du cœur"): a run of capitalised words stops at that
 * word, so the rules would mask half the name as one thing and the rest as another.
 */
const WITH_LOWER_WORDS: ReadonlySet<string> = new Set(
  KNOWN_ORGANISATIONS.filter((n) => n.split(/\s+/).slice(1).some((w) => /\p{L}/u.test(w) && w === w.toLowerCase())).map(fold),
);

/** Every known organisation of that kind the text names, as written, with at least its first word capitalised. */
export function knownOrganisationsWithLowerWords(text: string, tokens: Token[]): Detection[] {
  const found: Detection[] = [];
  const heads = headsOf(WITH_LOWER_WORDS);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.shape === 'lower' || !heads.has(t.folded)) continue;
    for (let n = LONGEST; n >= 2; n--) {
      const last = lastOf(tokens, i, n);
      if (last < 0 || !WITH_LOWER_WORDS.has(fold(text.slice(t.start, tokens[last]!.end)))) continue;
      found.push({ start: t.start, end: tokens[last]!.end, type: 'organisation', source: 'context', confidence: 0.9 });
      i = last;
      break;
    }
  }
  return found;
}
