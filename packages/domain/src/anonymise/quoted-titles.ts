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
  const titles = found.map((d) => {
    if ((d.type !== 'person' && d.type !== 'organisation') || d.source === 'records') return d;
    const i = lowerBound(tokens, d.start);
    const first = tokens[i];
    const quote = tokens[i - 1];
    if (!first || first.start !== d.start || !quote || !OPENING_QUOTES.has(quote.text) || /\S/u.test(text.slice(quote.end, first.start))) return d;
    // A straight quote opens where no letter or digit stands right before it.
    if (quote.text === '"' && /[\p{L}\p{N}]/u.test(text[quote.start - 1] ?? '')) return d;
    if (isInitial(first) || lexicon.popularFirstNames.has(first.folded) || SURNAMES.has(first.folded)) return d;
    // "« Call of Duty »": the title runs on over its lower-case links to the closing quote, where
    // none of its words is a popular first name or a frequent surname ("« Kerbrat et Martin »" are two people).
    let titleEnd = linkedTitleEnd(text, tokens, i);
    if (titleEnd && tokensOf(tokens, i, titleEnd).some((t) => lexicon.popularFirstNames.has(t.folded) || SURNAMES.has(t.folded))) titleEnd = 0;
    if (d.type === 'organisation' && titleEnd <= d.end) return d;
    const end = Math.max(d.end, titleEnd);
    const enclosed = titleEnd > 0 || CLOSING_QUOTES.test(text.slice(d.end, d.end + 4));
    const words = tokensOf(tokens, i, end).filter((t) => t.word);
    if (!enclosed && (words.length < 2 || words.some((t) => lexicon.firstNames.has(t.folded) || SURNAMES.has(t.folded)))) return d;
    // "« Soizic Kerbrat »": a first name and a surname in quotes are hers.
    if (firstNameAndSurname(lexicon, first, words[1])) return d;
    // (Nothing the coach recorded is swallowed into a title.)
    if (end > d.end && found.some((o) => o.source === 'records' && o.start < end && d.start < o.end)) return d;
    const title = retypedFromContext(d, 'organisation', 0.6);
    title.end = end;
    return title;
  });
  // The other words of a title that runs on ("Duty" of « Call of Duty ») are in it.
  const merged = titles.filter((d, k) => d !== found[k] && d.end > found[k]!.end);
  if (!merged.length) return titles;
  return titles.filter((d) => !merged.some((m) => m !== d && m.start <= d.start && d.end <= m.end));
}

/** Lower-case words a title's capitalised words may have between them: « Call of Duty », « Le Seigneur des Anneaux ». Folded. */
const TITLE_LINKS = new Set(['of', 'the', 'and', 'in', 'on', 'at', 'for', 'to', 'a', 'an', 'from', 'with', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'au', 'aux', 'en', 'sur', 'pour', "d'", "l'"]);

/**
 * Where a quoted title that opens at token `i` ends, when it runs over lower-case links to its
 * closing quote on the same line, its last word capitalised ("« Call of Duty »"); 0 otherwise.
 */
function linkedTitleEnd(text: string, tokens: Token[], i: number): number {
  let lastCapital = -1;
  let linked = false;
  for (let k = i; k < tokens.length && k < i + 12; k++) {
    const t = tokens[k]!;
    if (k > i && text.slice(tokens[k - 1]!.end, t.start).includes('\n')) return 0;
    if (!t.word) return CLOSING_QUOTES.test(t.text) && linked && lastCapital === k - 1 ? tokens[lastCapital]!.end : 0;
    if (t.shape === 'title' || t.shape === 'upper') lastCapital = k;
    else if (TITLE_LINKS.has(t.folded) && k > i) linked = true;
    else return 0;
  }
  return 0;
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
