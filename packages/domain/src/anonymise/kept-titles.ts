import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { fold, hasForeignAccent } from './text.js';
import { TITLES } from './vocabulary.js';

/**
 * Abbreviated titles, ranks and offices of English notes that are never anyone's name:
 * standing alone in a span ("Sgt" taken for a person), they are kept as written.
 */
const ABBREVIATIONS = new Set(['sgt', 'cpl', 'pte', 'lt', 'capt', 'cpt', 'maj', 'col', 'gen', 'cdr', 'adm', 'insp', 'det', 'supt', 'cllr', 'rev', 'revd', 'mx', 'hon', 'prof', 'dr', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'pr']);
/** Titles written in full before a name, besides the French ones (vocabulary.ts). */
const WORDS = new Set(['councillor', 'alderman', 'sergeant', 'corporal', 'captain', 'major', 'colonel', 'inspector', 'detective', 'constable', 'officer', 'reverend', 'father', 'sister', 'brother', 'mother', 'bishop', 'rabbi', 'imam', 'pastor', 'judge', 'justice', 'lady', 'lord', 'sir', 'dame', 'aunt', 'auntie', 'uncle', 'grandma', 'grandpa', 'granny', 'nana']);
/** Surnames that are also titles ("Baron", "Maréchal"): in a list "BARON Marie", the name comes first. */

/** A title that says nothing of the person's gender. */
export const NEUTRAL_TITLES = new Set(['mx']);

/**
 * The length of the titles a person's span begins with, their full stops and spaces
 * included ("Sgt. " in "Sgt. Mike Ruiz", "Councillor " in "Councillor Brenda Hale"); 0
 * when it begins with the name. A title is kept in the text: it names no one, and the
 * replacement reads "Sgt. M.", not "S. M.". Only before more of the name, and never a
 * word that is also a common surname or written in capitals ("PR", "BARON"), which may be
 * the name or its initials.
 */
export function leadingTitle(span: string): number {
  let at = 0;
  for (const m of span.matchAll(/(\p{L}+)(\.?)\s+(?=\p{L})/gu)) {
    if (m.index !== at) break;
    const word = fold(m[1]!);
    // ("Máire Ryan": an accent French never writes makes no French title.)
    if (inCapitals(m[1]!) || hasForeignAccent(m[1]!)) break;
    const full = (WORDS.has(word) || TITLES.has(word) || TITLES.has(`${word}.`)) && !SURNAMES.has(word);
    if (!ABBREVIATIONS.has(word) && !full) break;
    at += m[0].length;
  }
  return at;
}

/** A span that is nothing but an abbreviated title ("Sgt", "Rev."): it names no one. */
export const isTitleAlone = (span: string) => !inCapitals(span) && ABBREVIATIONS.has(fold(span.replace(/\.$/u, '')));

const inCapitals = (word: string) => /^\p{Lu}{2,}\.?$/u.test(word);
