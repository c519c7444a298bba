import type { Lexicon } from './lexicon.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { isInitial, lowerBound, type Token } from './text.js';
import type { Detection } from './types.js';
import { FRENCH_ARTICLES, FRENCH_EMPLOYER_WORDS } from './vocabulary.js';
import { firstNameAndSurname, retypedFromContext } from './model-corrections.js';

const OPENING_QUOTES = new Set(['"', '«', '“', '„']);
const CLOSING_QUOTES = /^[ \t\u00a0\u202f]*["»”]/u;

/**
 * "« Jurassic Park »", "le jeu \"Guitar Hero\"", "chez « Osmose Conseil »": a name in quotes of
 * its own is a title, of a work, a product or a firm, not a person's name: on modern annotated
 * French, about 800 words wrongly masked as people for 15 people's (docs/benchmarks.md). Masked
 * still, as an organisation. Not where it opens with a popular first name or a frequent
 * surname ("« Julie »", a nickname in quotes), with an initial, with a first name and a surname
 * ("« Soizic Kerbrat »"), or where the coach recorded it;
 * nor a single word that only opens a quotation ("« Dubreuil ne m'écoute pas »"), where a
 * quotation of someone's words begins with a name.
 */
export function quotedTitles(text: string, tokens: Token[], found: Detection[], lexicon: Lexicon): Detection[] {
  return found.map((d) => {
    if (d.type !== 'person' || d.source === 'records') return d;
    const i = lowerBound(tokens, d.start);
    const first = tokens[i];
    const quote = tokens[i - 1];
    if (!first || first.start !== d.start || !quote || !OPENING_QUOTES.has(quote.text) || /\S/u.test(text.slice(quote.end, first.start))) return d;
    // A straight quote opens where no letter or digit stands right before it.
    if (quote.text === '"' && /[\p{L}\p{N}]/u.test(text[quote.start - 1] ?? '')) return d;
    if (isInitial(first) || lexicon.popularFirstNames.has(first.folded) || SURNAMES.has(first.folded)) return d;
    const enclosed = CLOSING_QUOTES.test(text.slice(d.end, d.end + 4));
    const words = tokensOf(tokens, i, d.end).filter((t) => t.word);
    if (!enclosed && (words.length < 2 || words.some((t) => lexicon.firstNames.has(t.folded) || SURNAMES.has(t.folded)))) return d;
    // "« Soizic Kerbrat »": a first name and a surname in quotes are hers.
    if (firstNameAndSurname(lexicon, first, words[1])) return d;
    return retypedFromContext(d, 'organisation', 0.6);
  });
}

/** The tokens from index `i` that start before `end`. */
function tokensOf(tokens: Token[], i: number, end: number): Token[] {
  const out: Token[] = [];
  for (let k = i; k < tokens.length && tokens[k]!.start < end; k++) out.push(tokens[k]!);
  return out;
}

/** "a quitté « Osmose Conseil »", "chez « Les Petits Pas »": a firm's name in quotes after a word for an employer, whatever its words. */
export function quotedEmployer(tokens: Token[], i: number): boolean {
  // (Past the name's own article: "« Les Petits Pas »".)
  const article = tokens[i - 1]?.folded ?? '';
  if (FRENCH_ARTICLES.has(article) || article === "l'") i--;
  const [quote, word] = [tokens[i - 1], tokens[i - 2]];
  return !!quote && OPENING_QUOTES.has(quote.text) && !!word?.word && word.shape === 'lower' && FRENCH_EMPLOYER_WORDS.has(word.folded);
}
