import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import type { Detection } from './types.js';
import { EMPLOYER_PREPOSITIONS, ROLE_WORDS, TITLES } from './vocabulary.js';

/** The small words inside an organisation's name: "Save the Children", "Bank of Ireland", "Marks and Spencer". */
const INNER_WORDS = new Set(['the', 'of', 'and', '&']);

const capitalised = (t: Token | undefined): boolean => !!t && t.word && (t.shape === 'title' || t.shape === 'upper');
const small = (t: Token | undefined): boolean => !!t && (t.shape === 'lower' || t.text === '&') && INNER_WORDS.has(t.folded);
/** `b` follows `a` after one space, in the same sentence and on the same line ("Ltd. Her" is two sentences). */
const next = (a: Token, b: Token | undefined): b is Token => !!b && b.start === a.end + 1 && !b.lineStart && !b.sentenceStart && !a.text.endsWith('.');

/**
 * English employers whose names hold a small word in lower case ("joined Save the Children",
 * "works at Bank of Ireland", "for the University of Leeds"), which the runs of capitalised
 * words cut in two and the lists do not hold: after a word that announces an employer, the
 * capitalised words and the small words between them are one organisation. A first name or
 * a place opening the phrase is read by the other rules ("for Mark and Julie", "at Leeds
 * and Bradford"), a job title by roles.ts ("for the Head of People").
 */
export function organisationPhrases(tokens: Token[], lexicon: Lexicon): Detection[] {
  const found: Detection[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1]!;
    if (!before.word || before.shape !== 'lower' || !EMPLOYER_PREPOSITIONS.has(before.folded)) continue;
    let from = i;
    if (tokens[from]!.folded === 'the' && tokens[from]!.shape === 'lower' && next(tokens[from]!, tokens[from + 1])) from++;
    const first = tokens[from];
    if (!first || !capitalised(first) || first.sentenceStart || lexicon.firstNames.has(first.folded) || lexicon.places.has(first.folded)) continue;
    // "for the Head of People": a job, which roles.ts reads.
    if (ROLE_WORDS.has(first.folded) || TITLES.has(first.folded)) continue;
    let end = from;
    let inner = 0;
    for (;;) {
      const w = tokens[end + 1];
      if (!next(tokens[end]!, w)) break;
      if (capitalised(w)) {
        end++;
        continue;
      }
      // One small word or two ("Doctors of the World") before the next capitalised one.
      const skip = small(w) ? (next(w, tokens[end + 2]) && small(tokens[end + 2]) ? 2 : 1) : 0;
      const after = tokens[end + 1 + skip];
      if (skip && next(tokens[end + skip]!, after) && capitalised(after)) {
        inner++;
        end += skip + 1;
        continue;
      }
      break;
    }
    if (!inner) continue;
    found.push({ start: first.start, end: tokens[end]!.end, type: 'organisation', source: 'context', confidence: 0.8 });
    i = end;
  }
  return found;
}
