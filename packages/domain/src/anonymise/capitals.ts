import { isInitial, type Token, withoutFinalStop } from './text.js';
import type { Detail, Detection } from './types.js';
import { NAME_PARTICLES, NATIONALITIES_EN, NEVER_NAMES, POSSESSIVES, ROLE_WORDS, SUBJECT_PRONOUNS, TITLES } from './vocabulary.js';

/**
 * Determiners, which begin a label or an item of a list written after a comma ("Claire, Sa
 * solution, Le DG, L'entreprise cliente" in a picture's alt text): never a name by themselves.
 */
const DETERMINERS = new Set([...POSSESSIVES, 'le', 'la', 'les', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'the', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * The capitalised words no detection masks, where a capital means something: inside a
 * sentence, not after a colon (a list item), not a title, a role or a particle. A name
 * the detectors read as a word ("Quasimodo", also a Sunday) is the breach nobody sees;
 * listed once per word for the coach to look at, it is seen. The suggestion is the
 * initial, as a name would be written. `things` (known-things.ts: "Teams", "MBTI", "Noël")
 * are known to name no one. An English nationality ("Irish", "Germans"), which no rule masks,
 * is listed at each mention as an origin, as the French ones are (demonyms.ts).
 */
export function capitalsLeft(tokens: Token[], masked: Detection[], things: ReadonlySet<number> = new Set()): Detail[] {
  const out: Detail[] = [];
  const seen = new Set<string>();
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < masked.length && masked[k]!.end <= t.start) k++;
    if (k < masked.length && masked[k]!.start < t.end) continue;
    // "her Irish mobile": a nationality, which the names leave (vocabulary.ts), is still a detail to check, as in French.
    if (t.word && t.shape === 'title' && NATIONALITIES_EN.has(t.folded)) {
      out.push({ start: t.start, end: t.end, kind: 'origin', suggestion: NATIONALITIES_EN.has(t.folded.slice(0, -1)) ? 'foreigners' : 'foreign' });
      continue;
    }
    if (!t.word || t.sentenceStart || things.has(i) || (t.shape !== 'title' && t.shape !== 'upper') || t.text.length < 2 || seen.has(t.folded)) continue;
    const bare = withoutFinalStop(t.folded);
    if (TITLES.has(t.folded) || TITLES.has(bare) || ROLE_WORDS.has(bare) || NEVER_NAMES.has(bare) || NAME_PARTICLES.has(bare) || SUBJECT_PRONOUNS.has(bare)) continue;
    if (tokens[i - 1]?.text === ':' || isInitial(t)) continue;
    // "L'entreprise", "D'abord": an elided article or pronoun, and a determiner, name no one.
    if (/['’]$/u.test(t.text) || DETERMINERS.has(bare)) continue;
    seen.add(t.folded);
    out.push({ start: t.start, end: t.end, kind: 'capital', suggestion: `${t.text.charAt(0).toUpperCase()}.` });
  }
  return out;
}
