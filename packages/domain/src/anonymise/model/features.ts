import { type Lexicon, otherLanguageWords, TokenFacts, WORD } from '../lexicon.js';
import { nameRuns, type Run } from '../name-runs.js';
import { COMMON_SURNAMES } from '../surnames.js';
import { fold, hasForeignAccent, isInitial, type Token } from '../text.js';
import type { Detection, Language } from '../types.js';
import { IMPERATIVE_WITH_PRONOUN, LEGAL_FORMS, NAME_PARTICLES, NEVER_NAMES, ORGANISATION_HEADS, ORGANISATION_NOUNS, PLACE_PREPOSITIONS, ROLE_WORDS, TITLES } from '../vocabulary.js';

/**
 * What the model sees of a word: its shape, which of the shipped lists hold it, the
 * words around it and what the rest of the text says of it. Nothing here names a
 * particular person or place: a capitalised word is never a feature by itself, only
 * its shape, its ending, its lists and its neighbours, so that what is learnt from one
 * corpus carries to another. Training (bench/anonymise/train.ts) and the anonymiser
 * share this code, so they cannot drift apart.
 */

const SURNAMES = new Set(COMMON_SURNAMES.map((n) => fold(n)));
const stripDot = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

/** What an initial's text ends with and how long it is ("S."; two units for a capital out of the BMP): the cheap question before the regular expression. */
const mayBeInitial = (t: Token) => t.text.length <= 3 && t.text.charCodeAt(t.text.length - 1) === 46;

/** A candidate: a word that may be part of a name. */
export const isCapitalised = (t: Token) => t.word && (t.shape === 'title' || t.shape === 'upper');

/** Closed-class words the model may see by name wherever they stand. */
const CLOSED = new Set([...TITLES, ...NAME_PARTICLES, ...NEVER_NAMES, ...PLACE_PREPOSITIONS, ...ORGANISATION_NOUNS, ...ORGANISATION_HEADS, ...ROLE_WORDS, ...LEGAL_FORMS]);

/** What the lists say of a folded word, and how a word reads as a neighbour, by lexicon and language. */
interface Memo {
  lists: Map<string, string[]>;
}
const memos = new WeakMap<Lexicon, Record<Language, Memo>>();
const NO_LISTS: string[] = [];

// Helpers at module level, not closures made per call: the server runs under tsx, whose
// keepNames names every closure as it is made, which costs in functions called per token.
const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** Token `i` is glued to "@" or to a dot that is glued to a word: part of an e-mail address, a handle or a domain. */
function inAddress(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  const n = tokens[i + 1];
  if ((glued(p, t) && p!.text === '@') || (glued(t, n) && n!.text === '@')) return true;
  if (glued(t, n) && n!.text === '.' && glued(n, tokens[i + 2]) && tokens[i + 2]!.word) return true;
  return glued(p, t) && p!.text === '.' && glued(tokens[i - 2], p);
}

/** Per text: what the lists say of each word, computed once, and what the text says of each folded word. */
export class TextView {
  readonly #cls: (string | undefined)[];
  readonly #lists: (string[] | undefined)[];
  /** Capitalised words (folded) the text also writes in lower case: a common word, not a name. */
  readonly lowerSeen = new Set<string>();
  /** Folded words the text puts after a title or a first name somewhere: a surname. */
  readonly namedSeen = new Set<string>();
  /** Folded words the text puts after "à", "en", "rue"…: a place. */
  readonly placedSeen = new Set<string>();
  /** Folded words the text puts after an initial ("E. Georget"). */
  readonly initialSeen = new Set<string>();
  /** How often the text writes each folded capitalised word. */
  readonly capitalCount = new Map<string, number>();
  /** Capitalised words and numbers up to each token, for the density of names and figures around a word. */
  readonly #capitalsBefore: Uint32Array;
  readonly #numbersBefore: Uint32Array;
  readonly #common: Set<string>;
  readonly #other: Set<string>;
  readonly #memo: Memo;
  /** The `WORD` bits of the text's own and of the other language's common words. */
  readonly #commonBit: number;
  readonly #otherBit: number;

  constructor(
    readonly tokens: Token[],
    readonly lexicon: Lexicon,
    readonly language: Language,
    readonly facts = new TokenFacts(tokens, lexicon),
  ) {
    [this.#commonBit, this.#otherBit] = language === 'fr' ? [WORD.commonFr, WORD.englishWord] : [WORD.commonEn, WORD.commonFr];
    this.#cls = new Array(tokens.length);
    this.#lists = new Array(tokens.length);
    this.#common = lexicon.commonWords[language];
    this.#other = otherLanguageWords(lexicon, language);
    let byLanguage = memos.get(lexicon);
    if (!byLanguage) memos.set(lexicon, (byLanguage = { fr: { lists: new Map() }, en: { lists: new Map() } }));
    this.#memo = byLanguage[language];
    this.#capitalsBefore = new Uint32Array(tokens.length + 1);
    this.#numbersBefore = new Uint32Array(tokens.length + 1);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      this.#capitalsBefore[i + 1] = this.#capitalsBefore[i]! + (t.word && t.shape !== 'lower' ? 1 : 0);
      this.#numbersBefore[i + 1] = this.#numbersBefore[i]! + (!t.word && t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57 ? 1 : 0);
      if (!t.word || (t.shape !== 'title' && t.shape !== 'upper')) continue;
      this.capitalCount.set(t.folded, (this.capitalCount.get(t.folded) ?? 0) + 1);
      const p = i > 0 ? tokens[i - 1]! : undefined;
      if (!p || !p.word) continue;
      const pf = stripDot(p.folded);
      if (isInitial(p)) this.initialSeen.add(t.folded);
      if (TITLES.has(p.folded) || TITLES.has(pf) || (isCapitalised(p) && (facts.at(i - 1) & (WORD.firstName | this.#commonBit)) === WORD.firstName)) this.namedSeen.add(t.folded);
      else if (PLACE_PREPOSITIONS.has(pf) || pf === 'rue' || pf === 'avenue' || pf === 'boulevard') this.placedSeen.add(t.folded);
    }
    // Only the capitalised words are asked about: a set of every lower-case word was most of this view's garbage.
    // A word of an e-mail address or a handle ("rose.petit@gmail.com") is her name in lower case, not the word it also is.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // (A word already seen so is not asked again: "le", "de" open sentences and fill the rest.)
      if (t.word && t.shape === 'lower' && !this.lowerSeen.has(t.folded) && this.capitalCount.has(t.folded) && !inAddress(tokens, i)) this.lowerSeen.add(t.folded);
    }
  }

  /** The run last counted by `inRun`, and its counts: its words are featured one after another. */
  #run = { from: -1, to: -1, firstNames: 0, common: 0 };

  /** How many tokens of the run from `from` to `to` the lists hold as a first name, and as a common word. */
  inRun(from: number, to: number): { firstNames: number; common: number } {
    const r = this.#run;
    if (r.from === from && r.to === to) return r;
    r.from = from;
    r.to = to;
    r.firstNames = 0;
    r.common = 0;
    for (let k = from; k <= to; k++) {
      const lk = this.lists(k);
      if (lk.includes('fnf') || lk.includes('fnm')) r.firstNames++;
      if (lk.includes('common')) r.common++;
    }
    return r;
  }

  /** How many of the `n` tokens on each side of `i` are capitalised words, and how many are numbers. */
  around(i: number, n: number): { capitals: number; numbers: number } {
    const from = Math.max(0, i - n);
    const to = Math.min(this.tokens.length, i + n + 1);
    return { capitals: this.#capitalsBefore[to]! - this.#capitalsBefore[from]!, numbers: this.#numbersBefore[to]! - this.#numbersBefore[from]! };
  }

  isCommon(t: Token): boolean {
    return (this.facts.of(t) & this.#commonBit) !== 0;
  }

  isOtherCommon(t: Token): boolean {
    return (this.facts.of(t) & this.#otherBit) !== 0;
  }

  /** The lists that hold a word, as short tags. */
  lists(i: number): string[] {
    let l = this.#lists[i];
    if (l) return l;
    const t = this.tokens[i]!;
    if (!t.word) l = NO_LISTS;
    else {
      // Words repeat: what the lists say of a word is remembered across texts.
      l = this.#memo.lists.get(t.folded);
      if (!l) {
        l = this.#listsOf(t.folded);
        if (this.#memo.lists.size > 100_000) this.#memo.lists.clear();
        this.#memo.lists.set(t.folded, l);
      }
    }
    this.#lists[i] = l;
    return l;
  }

  #listsOf(f: string): string[] {
    const l: string[] = [];
    const bare = stripDot(f);
    const g = this.lexicon.firstNames.get(f);
    if (g) l.push(g === 'f' ? 'fnf' : 'fnm');
    if (SURNAMES.has(f)) l.push('sn');
    const place = this.lexicon.places.get(f);
    if (place) l.push(place.kind === 'commune' ? communeTag(place.population) : place.kind === 'town' ? ((place.population ?? 0) >= 100_000 ? 'town>100k' : 'town') : place.kind);
    if (this.#common.has(f)) l.push('common');
    if (this.#other.has(f)) l.push('common-other');
    if (TITLES.has(f) || TITLES.has(bare)) l.push('title');
    if (NAME_PARTICLES.has(f)) l.push('particle');
    if (NEVER_NAMES.has(f)) l.push('never');
    if (LEGAL_FORMS.has(f)) l.push('legal');
    if (ORGANISATION_NOUNS.has(f) || ORGANISATION_HEADS.has(f)) l.push('org-noun');
    if (ROLE_WORDS.has(f)) l.push('role');
    if (f.includes('-')) {
      const parts = f.split('-').filter(Boolean);
      if (parts.length > 1) {
        if (parts.every((p) => this.lexicon.firstNames.has(p))) l.push('fn-parts');
        if (parts[0] === 'saint' || parts[0] === 'sainte' || parts[0] === 'st' || parts[0] === 'ste') l.push('saint-');
        if (parts.some((p) => p === 'sur' || p === 'les' || p === 'en' || p === 'le' || p === 'la' || p === 'de' || p === 'du')) l.push('link-part');
        if (parts.some((p) => this.lexicon.places.has(p))) l.push('place-part');
        if (parts.every((p) => this.#common.has(p) || p.length < 3)) l.push('common-parts');
      }
    }
    if (!l.length) l.push('none');
    return l;
  }

  /** How a neighbour reads: its folded form when it is a common or closed-class word, else its kind. */
  cls(i: number): string {
    if (i < 0) return '<s>';
    if (i >= this.tokens.length) return '</s>';
    let c = this.#cls[i];
    if (c !== undefined) return c;
    const t = this.tokens[i]!;
    if (!t.word) c = t.text.charCodeAt(0) >= 48 && t.text.charCodeAt(0) <= 57 ? '0' : t.text;
    else if (mayBeInitial(t) && isInitial(t)) c = 'I.';
    // (Read from the token's facts, which the text asks once, rather than from a memo of every word.)
    else if (t.shape === 'lower') c = CLOSED.has(t.folded) || (this.facts.at(i) & this.#commonBit) !== 0 ? t.folded : 'low?';
    else if (CLOSED.has(t.folded) || CLOSED.has(stripDot(t.folded))) c = `^${stripDot(t.folded)}`;
    else c = t.shape === 'upper' ? 'UP' : 'Cap';
    this.#cls[i] = c;
    return c;
  }
}

function communeTag(p: number | undefined): string {
  const n = p ?? 0;
  return n >= 100_000 ? 'commune>100k' : n >= 10_000 ? 'commune>10k' : n >= 1_000 ? 'commune>1k' : 'commune<1k';
}

export type { Run } from '../name-runs.js';

/** How long a word is, in a few steps. */
function lengthBucket(n: number): string {
  return n <= 1 ? '1' : n <= 2 ? '2' : n <= 3 ? '3' : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+';
}

/**
 * Where features go. Training writes their names (`template=value`); the anonymiser
 * writes their hashes, the same FNV-1a hash of the same names, without building the
 * strings: most of the model's cost was making and hashing them.
 */
export interface FeatureSink {
  /** How many features it holds. */
  readonly length: number;
  add(template: Template, value: string): void;
  /** `template` + a + sep + b. */
  add2(template: Template, a: string, b: string, sep?: string): void;
}

const FNV_OFFSET = 0x811c9dc5;
function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
/** 30 bits: small integers are the fastest keys. */
const HASH_MASK = 0x3fffffff;
export const featureHash = (name: string): number => feed(FNV_OFFSET, name) & HASH_MASK;

/** The fixed part of a feature's name ("w-1="), with its hash state ready to take the value. */
export interface Template {
  name: string;
  state: number;
}
export const template = (name: string): Template => ({ name, state: feed(FNV_OFFSET, name) });

export class NameSink implements FeatureSink {
  readonly names: string[] = [];
  get length(): number {
    return this.names.length;
  }
  add(t: Template, value: string): void {
    this.names.push(t.name + value);
  }
  add2(t: Template, a: string, b: string, sep = '|'): void {
    this.names.push(t.name + a + sep + b);
  }
}

/**
 * Hashes in one typed buffer, kept between texts and grown when a text needs more: the
 * anonymiser used to allocate (and the garbage collector copy) an array of numbers per text.
 */
let shared = new Int32Array(1 << 14);

export class HashSink implements FeatureSink {
  #ids = shared;
  #length = 0;
  get length(): number {
    return this.#length;
  }
  /** The hashes written, valid until the next sink is made. */
  get ids(): Int32Array {
    return this.#ids.subarray(0, this.#length);
  }
  #push(h: number): void {
    if (this.#length === this.#ids.length) {
      const grown = new Int32Array(this.#ids.length * 2);
      grown.set(this.#ids);
      this.#ids = shared = grown;
    }
    this.#ids[this.#length++] = h;
  }
  add(t: Template, value: string): void {
    this.#push(feed(t.state, value) & HASH_MASK);
  }
  add2(t: Template, a: string, b: string, sep = '|'): void {
    this.#push(feed(feed(feed(t.state, a), sep), b) & HASH_MASK);
  }
}

const T = {
  bias: template('bias'),
  shape: template('shape='),
  len: template('len='),
  initial: template('initial'),
  sentStart: template('sent-start'),
  elided: template('elided='),
  hyphen: template('hyphen'),
  apostrophe: template('apostrophe'),
  innerCapital: template('inner-capital'),
  oddSign: template('odd-sign'),
  suffix: template('suffix='),
  list: template('list='),
  word: template('word='),
  docLower: template('doc-lower'),
  docNamed: template('doc-named'),
  docPlaced: template('doc-placed'),
  docInitial: template('doc-initial'),
  docCount: template('doc-count='),
  nearCapitals: template('near-capitals='),
  nearNumbers: template('near-numbers='),
  rule: template('rule='),
  run: template('run='),
  runFn: template('run-fn'),
  runRestCommon: template('run-rest-common'),
  runBefore: template('run-1='),
  runBefore2: template('run-2='),
  runBefore21: template('run-21='),
  runAfter: template('run+1='),
  runAfter2: template('run+2='),
  runAround: template('run-1+1='),
  before: template('w-1='),
  after: template('w+1='),
  around: template('w-1+1='),
  before2: template('w-2='),
  after2: template('w+2='),
  listBefore: template('l-1='),
  listAfter: template('l+1='),
};

const countBucket = (n: number) => (n <= 1 ? '1' : n <= 3 ? '2-3' : '4+');
const capitalsBucket = (n: number) => (n <= 2 ? '0-2' : n <= 4 ? '3-4' : n <= 7 ? '5-7' : '8+');
const numbersBucket = (n: number) => (n === 0 ? '0' : n <= 2 ? '1-2' : '3+');
const ODD_SIGN = /[^\p{L}'’.-]/u;
const NOT_LETTER = /[^\p{L}]/gu;
const UPPER = /\p{Lu}/u;

/**
 * What the features need of a word's letters: how many, whether a capital follows the
 * first, whether a sign other than a letter, an apostrophe, a full stop or a hyphen is
 * in it. Read from character codes for ASCII and Latin-1, by regular expressions
 * otherwise (the answers are the same).
 */
export function letterFacts(text: string): { letters: number; innerCapital: boolean; oddSign: boolean } {
  let letters = 0;
  let innerCapital = false;
  let oddSign = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let upper: boolean;
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) upper = true;
    else if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) upper = false;
    else if (c === 39 || c === 0x2019 || c === 46 || c === 45) continue;
    else if (c < 0x80 || (c < 0xc0 && c !== 0xaa && c !== 0xb5 && c !== 0xba)) {
      oddSign = true;
      continue;
    } else return slowLetterFacts(text);
    if (upper && letters > 0) innerCapital = true;
    letters++;
  }
  return { letters, innerCapital, oddSign };
}

/** The same by regular expressions, for any script. */
export function slowLetterFacts(text: string): { letters: number; innerCapital: boolean; oddSign: boolean } {
  const letters = text.replace(NOT_LETTER, '');
  return { letters: letters.length, innerCapital: UPPER.test(letters.slice(1)), oddSign: ODD_SIGN.test(text) };
}

/**
 * The features of word `i` of run `run`; `rule` is what the hand rules made of it (a
 * detection covering it, if any).
 */
export function featuresOf(view: TextView, i: number, run: Run, rule: Detection | undefined, out: FeatureSink): void {
  const tokens = view.tokens;
  const t = tokens[i]!;
  const facts = letterFacts(t.text);
  const lists = view.lists(i);
  out.add(T.bias, '');
  out.add(T.shape, t.shape);
  out.add(T.len, lengthBucket(facts.letters));
  if (isInitial(t)) out.add(T.initial, '');
  if (t.sentenceStart) out.add(T.sentStart, '');
  if (t.elided) out.add(T.elided, fold(t.elided));
  if (t.text.includes('-')) out.add(T.hyphen, '');
  if (t.text.includes("'") || t.text.includes('’')) out.add(T.apostrophe, '');
  // Scanning noise: capitals inside a word, digits or odd signs in it.
  if (t.shape === 'title' && facts.innerCapital && !t.text.includes('-')) out.add(T.innerCapital, '');
  if (facts.oddSign) out.add(T.oddSign, '');
  if (t.shape !== 'lower' && facts.letters >= 4) out.add(T.suffix, t.folded.slice(-3));
  let closed = false;
  for (const l of lists) {
    out.add(T.list, l);
    out.add2(T.list, l, t.shape);
    if (t.sentenceStart) out.add2(T.list, l, 'start');
    if (l === 'common' || l === 'never' || l === 'particle') closed = true;
  }
  if (closed) out.add(T.word, stripDot(t.folded).slice(0, 35));
  // What the rest of the text says of this word.
  if (t.shape === 'lower' || view.lowerSeen.has(t.folded)) out.add(T.docLower, '');
  if (view.namedSeen.has(t.folded)) out.add(T.docNamed, '');
  if (view.placedSeen.has(t.folded)) out.add(T.docPlaced, '');
  if (view.initialSeen.has(t.folded)) out.add(T.docInitial, '');
  out.add(T.docCount, countBucket(view.capitalCount.get(t.folded) ?? 0));
  // Lists and tables (results, shipping news, programmes) crowd capitals and figures together.
  const near = view.around(i, 6);
  out.add(T.nearCapitals, capitalsBucket(near.capitals));
  out.add(T.nearNumbers, numbersBucket(near.numbers));
  // What the hand rules made of it.
  if (rule) out.add2(T.rule, rule.type, rule.source, ':');
  else out.add(T.rule, 'none');
  // The run it stands in.
  const size = run.to - run.from + 1;
  out.add2(T.run, size === 1 ? 'S' : i === run.from ? 'B' : i === run.to ? 'E' : 'I', size >= 4 ? '4' : String(size), '');
  // The other words of the run: the whole run's counts, counted once per run, less this word's.
  const inRun = view.inRun(run.from, run.to);
  const fnInRun = inRun.firstNames - (lists.includes('fnf') || lists.includes('fnm') ? 1 : 0) > 0;
  const commonInRun = inRun.common - (lists.includes('common') ? 1 : 0);
  if (fnInRun) out.add(T.runFn, '');
  if (size > 1 && commonInRun === size - 1) out.add(T.runRestCommon, '');
  const before = view.cls(run.from - 1);
  const before2 = view.cls(run.from - 2);
  const after = view.cls(run.to + 1);
  out.add(T.runBefore, before);
  out.add(T.runBefore2, before2);
  out.add2(T.runBefore21, before2, before);
  out.add(T.runAfter, after);
  out.add(T.runAfter2, view.cls(run.to + 2));
  out.add2(T.runAround, before, after);
  // Immediate neighbours, inside the run or not.
  const p1 = view.cls(i - 1);
  const n1 = view.cls(i + 1);
  out.add(T.before, p1);
  out.add(T.after, n1);
  out.add2(T.around, p1, n1);
  out.add(T.before2, view.cls(i - 2));
  out.add(T.after2, view.cls(i + 2));
  if (i - 1 >= run.from) for (const l of view.lists(i - 1)) out.add(T.listBefore, l);
  if (i + 1 <= run.to) for (const l of view.lists(i + 1)) out.add(T.listAfter, l);
}

/** The elided pronouns and negation a verb follows: "j'", "m'", "t'", "s'", "n'", any case, either apostrophe. */
const VERB_ELISIONS = /^[jmtsn]['’]$/iu;

/**
 * A word that may be, or begin, a name, for the hand rules and the model alike: capitalised,
 * an initial or two letters at least; not a title, a function word, a month or a job title.
 */
export function looksLikeName(t: Token): boolean {
  if (!isCapitalised(t)) return false;
  // "J'AI", "N'A", "S'EST": after the elided "je", "me", "te", "se" or "ne" comes a verb, never a name.
  if (t.elided && VERB_ELISIONS.test(t.elided)) return false;
  // (The imperative needs its hyphen: asked first, it spares most words the Unicode expression.)
  if (((TITLES.has(t.folded) || TITLES.has(stripDot(t.folded)) || ROLE_WORDS.has(t.folded)) && !hasForeignAccent(t.text)) || NEVER_NAMES.has(t.folded) || (t.folded.includes('-') && IMPERATIVE_WITH_PRONOUN.test(t.folded))) return false;
  if (isInitial(t)) return true;
  return letterFacts(t.text).letters >= 2;
}

/** Which `TokenFacts.remember` question looksLikeName is. */
const LOOKS_LIKE_NAME = 0;
/** looksLikeName of a token of the text of `facts`, asked once per text: the hand rules and the model both ask it, several times. */
export function looksLikeNameIn(facts: TokenFacts, t: Token): boolean {
  if (!isCapitalised(t)) return false;
  const i = facts.indexOf(t);
  return i < 0 ? looksLikeName(t) : facts.remember(LOOKS_LIKE_NAME, i, looksLikeName);
}

/**
 * Runs of candidate words: capitalised words and initials, joined by name particles
 * ("Jean-Marc de La Salle"), an ampersand ("Harrow & Finch") or a line break.
 */
export function candidateRuns(tokens: Token[], facts?: TokenFacts): Run[] {
  return nameRuns(tokens, facts ? (t) => looksLikeNameIn(facts, t) : looksLikeName, (t, i) => {
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const afterTitle = !!prev && prev.word && (TITLES.has(prev.folded) || TITLES.has(stripDot(prev.folded)));
    return isCapitalised(t) || afterTitle;
  });
}
