import { isWellKnownPlace, type Lexicon, mayBeIn, TokenFacts, WORD } from './lexicon.js';
import { shouted } from './capital-lines.js';
import type { Token } from './text.js';
import type { Detection, Language } from './types.js';
import { NEVER_NAMES, PLACE_PREPOSITIONS } from './vocabulary.js';

/** Verbs of leaving a place, before a town in lower case: "elle quitte paris", "moved from lyon" ("from" is one of them here). Folded. */
const LEAVING = ['quitte', 'quittee', 'quitter', 'from', 'left'];
/**
 * Words before a town written in lower case: "à", "to" and the like, "de", "au" ("de bordeaux",
 * "au mans" is read elsewhere), the elided "d'" ("séminaire d'annecy"), and verbs of leaving.
 */
const BEFORE_A_TOWN = new Set([...PLACE_PREPOSITIONS, 'de', 'du', "d'", 'chez', 'sur', 'pour', ...LEAVING]);
/** Countries whose name, in lower case, is first an everyday word: "en réunion" is a meeting, "en jersey" a fabric, "to us" no country. */
const COUNTRIES_THAT_ARE_WORDS = new Set(['reunion', 'jersey', 'suede', 'grenade', 'chili', 'panama', 'curacao', 'us']);
/** Words after which even a town that is a word is the town: "à paris", "to london". */
const STRONG_BEFORE = new Set(['a', 'en', 'to', 'in', 'vers', ...LEAVING]);
/** Words after which a large town in capitals is the town, though a word: "À TOURS", "DE VALENCE", "ENTRE TOURS ET BLOIS". */
const SHOUTED_BEFORE_A_TOWN = new Set(['a', 'en', 'de', "d'", 'entre', 'vers', 'from', 'to', 'in']);
/** Verbs of living, working or going, before "à" and a town: "habite à", "bosse à", "jsuis a". Folded. */
const LIVING = new Set([
  'habite', 'habites', 'habitent', 'habiter', 'vit', 'vis', 'vivent', 'vivre', 'bosse', 'bosses', 'bosser', 'travaille', 'travailles', 'travailler',
  'suis', 'jsuis', 'est', 'es', 'sont', 'installe', 'installee', 'installer', 'demenage', 'demenager', 'rentre', 'rentrer', 'part', 'pars', 'partir',
  'va', 'vais', 'aller', 'retrouve', 'retrouver', 'ne', 'nee', 'etudie', 'etudier', 'mute', 'mutee', 'base', 'basee',
]);
/** What joins towns in a list: "à marseille, puis lille", "leeds or york". */
const LIST_JOINTS = new Set([',', 'et', 'puis', 'ou', 'and', 'or', 'then']);

/**
 * "je suis à villeurbanne demain", "moved to leeds": notes and messages typed fast leave towns
 * in lower case, where the readings that start from a capital pass them by. A well-known town
 * or a country, no word of the text's language, after a word of place or after another such town
 * in a list, is that place. (A town that is a word, "tours", "nice" in English, needs its capital.)
 * `found`: what was found so far; a word it covers is left to it.
 */
export function lowerCasePlaces(tokens: Token[], lexicon: Lexicon, language: Language, found: Detection[], facts = new TokenFacts(tokens, lexicon)): Detection[] {
  const COMMON = language === 'fr' ? WORD.commonFr : WORD.commonEn;
  const out: Detection[] = [];
  const covered = new Set(found.map((d) => d.start));
  let lastPlace = -1;
  const maybePlace = mayBeIn(lexicon, 'places');
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.shape !== 'lower' || (t.elided && t.elided !== "d'") || t.folded.length < 3 || covered.has(t.start)) continue;
    // (An elided "d'" is a token of its own, before the word.)
    const before = tokens[i - 1]!;
    // The word before decides first: it is one of a few, where the lexicon of places is large.
    const listed = LIST_JOINTS.has(before.folded) && lastPlace >= 0 && lastPlace >= i - 8;
    if (!BEFORE_A_TOWN.has(before.folded) && !listed) continue;
    if (NEVER_NAMES.has(t.folded) || COUNTRIES_THAT_ARE_WORDS.has(t.folded)) continue;
    const place = maybePlace(t.folded) && facts.at(i) & WORD.place ? lexicon.places.get(t.folded) : undefined;
    if (!place || !isWellKnownPlace(place)) continue;
    // "à paris" is the city, though "paris" is a word (bets) and a first name: after "à", "en", "to",
    // a capital or a country is read so; "de bordeaux" may be the wine, "à florence" the woman.
    const major = place.kind === 'country' || (place.population ?? 0) >= 1_000_000;
    const word = (facts.at(i) & (COMMON | WORD.popularFirstName)) !== 0;
    // "elle habite à bordeaux", "il bosse à orange": after a verb of living, working or going and
    // "à", any well-known town is the town ("à tours de rôle" is not).
    const lives = before.folded === 'a' && LIVING.has(tokens[i - 2]?.folded ?? '') && !/^d(?:e|')$/u.test(tokens[i + 1]?.folded ?? '');
    // "RDV À TOURS", "ORIGINAIRE DE VALENCE": on a line typed in capitals, a large town after a
    // word of place is the town, though a word, as it would be with its capital ("À TOURS DE BRAS" is not).
    const shoutedTown = shouted(t) && SHOUTED_BEFORE_A_TOWN.has(before.folded) && (place.kind !== 'commune' || (place.population ?? 0) >= 50_000) && !/^d(?:e|u|es|')$/u.test(tokens[i + 1]?.folded ?? '');
    if (word && !(major && STRONG_BEFORE.has(before.folded)) && !lives && !shoutedTown) continue;
    const inList = listed && !tokens.slice(lastPlace + 1, i).some((w) => w.sentenceStart || w.lineStart);
    if (!BEFORE_A_TOWN.has(before.folded) && !inList) continue;
    out.push({ start: t.start, end: t.end, type: 'place', source: place.kind === 'country' ? 'countries' : 'places', confidence: 0.7, place });
    lastPlace = i;
  }
  return out;
}
