import { isWellKnownPlace, type Lexicon } from './lexicon.js';
import { fold, type Token } from './text.js';
import { FORMS_OF_ADDRESS, FRENCH_ARTICLES, NAME_PARTICLES } from './vocabulary.js';

/**
 * What a title before "de" says. After a civil office, "de" leads to what the office serves
 * ("le maire de Lyon", "le président du Medef", "directeur général de la Juventus"); after a
 * form of address, a rank, a title of nobility or of the Church it is the name's own ("M. des
 * Essarts", "le général de Gaulle", "le comte de Thaler", "le cardinal de Bourbon").
 */
const CIVIL_OFFICES = new Set(['president', 'presidente', 'ministre', 'prefet', 'depute', 'deputee', 'senateur', 'senatrice', 'procureur', 'juge', 'consul', 'ambassadeur', 'inspecteur', 'conseiller', 'maire']);

/** Titles that are also words of kinship: "le père de…", "la sœur de…", "la veuve de…". */
export const KINSHIP = new Set(['pere', 'frere', 'soeur', 'veuve']);

/** The article, alone or contracted, after "de": "de la", "du", "des". */
const OF_THE = new Set(['la', 'le', 'les', "l'", 'du', 'des']);

/** Articles and "au" before "général": the rank ("le général", "au général"), not an office's adjective. */
const BEFORE_THE_RANK = new Set(['le', 'la', 'les', 'au', 'du', 'un']);

/** Whether the title (folded, without its stop) before token `from` is a civil office: "le maire", "directeur général", not "le général". */
function isCivilOffice(tokens: Token[], from: number, title: string): boolean {
  if (CIVIL_OFFICES.has(title)) return true;
  if (title !== 'general') return false;
  const noun = tokens[tokens[from - 1]?.word ? from - 2 : from - 3];
  return !!noun && noun.word && noun.shape === 'lower' && !BEFORE_THE_RANK.has(noun.folded);
}

const isLowerParticle = (t: Token) => t.shape === 'lower' && NAME_PARTICLES.has(t.folded);

/**
 * After the title before token `from`, the words of a run that opens on a lower-case particle,
 * when they are the office's complement rather than a name: after a civil office ("président
 * du Conseil", "directeur général de la Juventus"), or an article after a form of address
 * ("Monsieur le Commissaire"). `head`: their first word that is no particle, if any. Undefined
 * where the particle is the name's ("M. des Essarts", "le comte de Thaler").
 */
export function officeComplement(tokens: Token[], from: number, title: string, words: Token[]): { head: Token | undefined } | undefined {
  const first = words[0]!;
  if (!isLowerParticle(first)) return undefined;
  if (!isCivilOffice(tokens, from, title) && !(FORMS_OF_ADDRESS.has(title) && FRENCH_ARTICLES.has(first.folded))) return undefined;
  return { head: words.find((w) => !isLowerParticle(w)) };
}

/** Whether a run of words holds a lower-case "of the": "de la Juventus", "du Medef". */
export const opensOnOfThe = (words: Token[]): boolean => words.some((w) => w.shape === 'lower' && OF_THE.has(w.folded));

/** The longest well-known place that opens these words ("Serbie Milan Milutinovic"), and the word after it. */
export function placeOpening(words: Token[], text: string, lexicon: Lexicon) {
  for (let k = words.length - 1; k >= 0; k--) {
    const place = lexicon.places.get(fold(text.slice(words[0]!.start, words[k]!.end)));
    if (place && isWellKnownPlace(place)) return { end: words[k]!.end, place, next: words[k + 1] };
  }
  return undefined;
}
