import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import type { Detection } from './types.js';
import { NAME_PARTICLES, NEVER_NAMES } from './vocabulary.js';

/**
 * "présents : marc, sophie l., Yasmine": notes typed fast leave names in lower case, where
 * every detector that reads capitals passes them by. A popular first name that is no word
 * of French or English ("marc", "sophie", "nadia"; not "rose", "pierre", "claire", "mark")
 * is a person there too, with the initial of her surname when one follows ("sophie l.").
 * A first name that is also a word ("marc", "rose") is a person where it stands in a list of
 * people ("marc, sophie l., Yasmine"), and then wherever the text writes it with no
 * determiner before it ("marc a réagi", not "le marc de café").
 * After "chez", a company every reader knows, in lower case ("chez decathlon"), is that company.
 * `people`: the persons found so far.
 */
export function lowerCaseNames(tokens: Token[], lexicon: Lexicon, people: Detection[]): Detection[] {
  const found: Detection[] = [];
  const isWord = (f: string) => lexicon.commonWords.fr.has(f) || lexicon.commonWords.en.has(f) || NEVER_NAMES.has(f) || NAME_PARTICLES.has(f);
  const starts = new Set(people.filter((d) => d.type === 'person').map((d) => d.start));
  const ends = new Set(people.filter((d) => d.type === 'person').map((d) => d.end));
  /** Token `i` stands in a list beside a person: a comma or "et" between them. */
  const listed = (i: number) => {
    const [p, q] = [tokens[i - 1], tokens[i + 1]];
    const before = p && (p.text === ',' || p.folded === 'et') && tokens[i - 2] && ends.has(tokens[i - 2]!.end);
    const after = q && (q.text === ',' || q.folded === 'et') && tokens[i + 2] && starts.has(tokens[i + 2]!.start);
    return !!(before || after);
  };
  const named = new Set<string>();
  const ambiguous: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.shape !== 'lower' || t.elided) continue;
    const firstName = t.folded.length >= 3 && lexicon.popularFirstNames.has(t.folded) && !NEVER_NAMES.has(t.folded) && !NAME_PARTICLES.has(t.folded);
    if (firstName && isWord(t.folded) && !determined(tokens[i - 1])) {
      ambiguous.push(i);
      continue;
    }
    if (firstName && !isWord(t.folded)) {
      const initial = tokens[i + 1];
      const stop = tokens[i + 2];
      const withInitial = !!initial && !!stop && initial.word && initial.text.length === 1 && stop.text === '.' && initial.start - t.end === 1 && stop.start === initial.end;
      const gender = lexicon.firstNames.get(t.folded);
      found.push({ start: t.start, end: withInitial ? stop!.end : t.end, type: 'person', source: 'first-names', confidence: 0.7, ...(gender ? { gender } : {}) });
      if (withInitial) i += 2;
      continue;
    }
    if (tokens[i - 1]?.folded === 'chez' && lexicon.organisations.has(t.folded)) found.push({ start: t.start, end: t.end, type: 'organisation', source: 'context', confidence: 0.8 });
  }
  // The lists are read once every sure name is known, those in lower case included ("marc, sophie l.").
  for (const d of found) if (d.type === 'person') (starts.add(d.start), ends.add(d.end));
  for (const i of ambiguous) if (listed(i)) named.add(tokens[i]!.folded);
  for (const i of ambiguous) {
    const t = tokens[i]!;
    if (!named.has(t.folded)) continue;
    const gender = lexicon.firstNames.get(t.folded);
    found.push({ start: t.start, end: t.end, type: 'person', source: 'first-names', confidence: 0.6, ...(gender ? { gender } : {}) });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words after which a first name that is also a word is that word: "le marc", "de la rose", "une claire". */
const DETERMINED = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces', 'mon', 'ton', 'son', 'ma', 'ta', 'sa', 'mes', 'tes', 'ses', 'notre', 'votre', 'leur', 'leurs', 'au', 'aux', 'en', 'tres', 'plus', 'moins', 'si', 'the', 'an', 'of', 'is', 'was', 'very', 'more']);
/** Folded, English "a" and French "à" are one word: only the first determines ("a rose", not "parlé à marc"). */
const determined = (t: Token | undefined) => !!t && (DETERMINED.has(t.folded) || t.text === 'a' || t.text === 'A');
