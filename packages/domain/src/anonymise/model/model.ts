import { isWellKnownPlace, type Lexicon, TokenFacts, WORD } from '../lexicon.js';
import { fold, isInitial, type Token, withoutFinalStop } from '../text.js';
import { placedByContext } from '../word-towns.js';
import type { Detection, Gender, Language } from '../types.js';
import { adjectiveBeforeItsNoun, GREETINGS, LOCUTION_HEADS, NAME_PARTICLES, NEVER_NAMES, POSSESSIVES, TITLES, titleGender } from '../vocabulary.js';
import { candidateRuns, type FeatureSink, featureHash, featuresOf, HashSink, TextView } from './features.js';

/** What a word can be: nothing to mask, or part of a person's, a place's or an organisation's name. */
export const CLASSES = ['none', 'person', 'place', 'organisation'] as const;
export type ModelClass = (typeof CLASSES)[number];

/** One weight per feature and class, looked up by the feature's hash. */
export interface Weights {
  /** Open addressing on the feature hash (features.ts, `featureHash`): slot to hash, -1 when empty. */
  keys: Int32Array;
  /** Slot to row. */
  rows: Int32Array;
  /** CLASSES.length weights per row. */
  weights: Float32Array;
}

/**
 * When the model masks a word, and as what. A word is masked when its probability of a
 * person reaches `person` (low: recall first) or its probability of a place or an
 * organisation reaches `other`. It is masked as a person when its probability of a
 * person reaches `person` and is at least `personOverOther` times that of the likelier
 * of place and organisation; otherwise as the likelier of those two. "à Bormio" at
 * person 0.1 and place 0.85 is masked all the same, as the place it is.
 */
export interface Thresholds {
  person: number;
  other: number;
  /** 0 (or absent): a person wherever `person` is reached. */
  personOverOther?: number;
}

/**
 * A multinomial logistic regression over the features of `features.ts`, trained by
 * bench/anonymise/train.ts, and the thresholds that turn its probabilities into spans.
 */
export interface Model {
  weights: Weights;
  thresholds: Thresholds;
}

/** The serialised form: one line per feature, `name<TAB>w0 w1 w2 w3`. */
export interface SerialisedModel {
  thresholds: Thresholds;
  features: string;
}

/** What the thresholds make of one word's probabilities (`probs[at..at+K)`, in CLASSES order). */
export function classOf(probs: ArrayLike<number>, at: number, t: Thresholds): ModelClass {
  const person = probs[at + 1]!;
  const place = probs[at + 2]!;
  const organisation = probs[at + 3]!;
  const isPerson = person >= t.person;
  if (!isPerson && place + organisation < t.other) return 'none';
  if (isPerson && person >= (t.personOverOther ?? 0) * Math.max(place, organisation)) return 'person';
  return place >= organisation ? 'place' : 'organisation';
}

const K = CLASSES.length;

/** Weights keyed by feature name, as training makes them, keyed by hash as the anonymiser reads them. */
export function hashWeights(named: Map<string, ArrayLike<number>>): Weights {
  let size = 16;
  while (size < named.size * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const rows = new Int32Array(size);
  const weights = new Float32Array(named.size * K);
  let used = 0;
  for (const [name, w] of named) {
    const h = featureHash(name);
    let slot = h & (size - 1);
    while (keys[slot] !== -1 && keys[slot] !== h) slot = (slot + 1) & (size - 1);
    // Two names with one hash (rare, at 30 bits) share a row: their weights add up.
    if (keys[slot] === -1) {
      keys[slot] = h;
      rows[slot] = used++;
    }
    for (let c = 0; c < K; c++) weights[rows[slot]! * K + c]! += w[c]!;
  }
  return { keys, rows, weights };
}

function parseWeights(text: string): Weights {
  const named = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) named.set(line.slice(0, tab), line.slice(tab + 1).split(' ').map(Number));
  }
  return hashWeights(named);
}

export function parseModel(m: SerialisedModel): Model {
  return { weights: parseWeights(m.features), thresholds: m.thresholds };
}

/** Adds the weights of features `ids[from..to)` to the scores at `out[at..at+K)`. */
export function addScores(w: Weights, ids: ArrayLike<number>, from: number, to: number, out: Float64Array, at: number): void {
  const { keys, rows, weights } = w;
  const mask = keys.length - 1;
  for (let j = from; j < to; j++) {
    const h = ids[j]!;
    let slot = h & mask;
    let key = keys[slot]!;
    while (key !== h && key !== -1) key = keys[(slot = (slot + 1) & mask)]!;
    if (key === -1) continue;
    const r = rows[slot]! * K;
    for (let c = 0; c < K; c++) out[at + c]! += weights[r + c]!;
  }
}

/** Scores at `out[at..at+K)` turned into probabilities. */
export function softmax(out: Float64Array, at: number): void {
  let max = -Infinity;
  for (let c = 0; c < K; c++) max = Math.max(max, out[at + c]!);
  let sum = 0;
  for (let c = 0; c < K; c++) sum += out[at + c] = Math.exp(out[at + c]! - max);
  for (let c = 0; c < K; c++) out[at + c]! /= sum;
}

/** A word of a candidate run; its features are `[from, to)` in the sink they were written to. */
export interface CandidateWord {
  token: number;
  from: number;
  to: number;
  /** What the hand rules made of it. */
  rule?: Detection;
}

export interface CandidateRun {
  from: number;
  to: number;
  words: CandidateWord[];
}

/** Every candidate word of a text, its features written to `sink`; `rules` are the hand rules' detections, sorted by start. */
export function candidateWords(tokens: Token[], lexicon: Lexicon, language: Language, rules: Detection[], sink: FeatureSink, facts = new TokenFacts(tokens, lexicon)): CandidateRun[] {
  const view = new TextView(tokens, lexicon, language, facts);
  let r = 0;
  return candidateRuns(tokens, facts).map((run) => {
    const words: CandidateWord[] = [];
    for (let i = run.from; i <= run.to; i++) {
      const t = tokens[i]!;
      if (!t.word) continue;
      while (r < rules.length && rules[r]!.end <= t.start) r++;
      const rule = r < rules.length && rules[r]!.start <= t.start ? rules[r] : undefined;
      const from = sink.length;
      featuresOf(view, i, run, rule, sink);
      const word: CandidateWord = { token: i, from, to: sink.length };
      if (rule) word.rule = rule;
      words.push(word);
    }
    return { from: run.from, to: run.to, words };
  });
}

/** The probabilities of every candidate word, `K` per word in run order; `ids` holds the features the runs point into. */
export function classify(model: Model, runs: CandidateRun[], ids: ArrayLike<number>): Float64Array {
  let n = 0;
  for (const r of runs) n += r.words.length;
  const out = new Float64Array(n * K);
  let k = 0;
  for (const r of runs) {
    for (const w of r.words) {
      addScores(model.weights, ids, w.from, w.to, out, k * K);
      softmax(out, k * K);
      k++;
    }
  }
  return out;
}

/**
 * Names found by the model: each candidate word is given the class the model and the
 * thresholds choose, and neighbouring words of one class in one run make one span.
 * Each span keeps the source of the hand rule that agrees with it, so the review
 * screen can still say why; its confidence is the model's.
 */
export function namesByModel(text: string, tokens: Token[], lexicon: Lexicon, language: Language, rules: Detection[], model: Model, facts = new TokenFacts(tokens, lexicon)): Detection[] {
  const sortedRules = [...rules].sort((a, b) => a.start - b.start);
  const sink = new HashSink();
  const runs = candidateWords(tokens, lexicon, language, sortedRules, sink, facts);
  const COMMON = language === 'fr' ? WORD.commonFr : WORD.commonEn;
  const probs = classify(model, runs, sink.ids);
  const found: Detection[] = [];
  const anyShare = { ...model.thresholds, personOverOther: 0 };
  let k = 0;
  // The name being read in the current run, closed by `close` (one closure per text, not per run).
  let current: { type: Exclude<ModelClass, 'none'>; from: number; to: number; confidence: number; n: number; rule: Detection | undefined } | null = null;
  const close = () => {
    if (!current) return;
    // A name does not end on a particle: "Pierre de" is Pierre.
    let to = current.to;
    while (to > current.from && NAME_PARTICLES.has(tokens[to]!.folded)) to--;
    const span = { start: tokens[current.from]!.start, end: tokens[to]!.end };
    found.push(detection(text, tokens, current.from, span, current.type, current.confidence / current.n, current.rule, lexicon));
    current = null;
  };
  for (const run of runs) {
    current = null;
    for (const w of run.words) {
      const at = k++ * K;
      const pPerson = probs[at + 1]!;
      const wt = tokens[w.token]!;
      // "Le DG de Renault\nÉquipe marketing": a run that crossed a line into a common word (no
      // frequent surname: "Jean-Pierre\nMoreau") has reached a label's first word, not the name's.
      const label = w.token > run.from && wt.lineStart && (facts.at(w.token) & (COMMON | WORD.firstName | WORD.surname)) === COMMON;
      // "Merci à Hugo": where a list of names or the words around read a person, the model's
      // person threshold is enough; the share is for words only the model reads.
      // Not for a great place, unless a popular first name: "les Maple Leafs de Toronto", read whole by the rules, is no one's.
      // (Asked only where the rules read a person: most words have no rule.)
      const personRule = w.rule?.type === 'person' && w.rule.source !== 'capitalisation';
      const greatPlace = personRule && (facts.at(w.token) & (WORD.place | WORD.popularFirstName)) === WORD.place && isWellKnownPlace(lexicon.places.get(wt.folded));
      const thresholds = personRule && !greatPlace ? anyShare : model.thresholds;
      let type = label ? 'none' : guard(text, classOf(probs, at, thresholds), pPerson, w, tokens, run.words.length, lexicon, language, run.to, facts);
      if (type === 'none' && !label && maskedByRulesAlone(w, tokens, facts)) type = likeliestName(probs, at);
      if (type === 'none' && !label && greatPlaceInSentence(w, tokens)) type = 'place';
      if (type === 'none') {
        close();
        continue;
      }
      const agrees = w.rule?.type === type ? w.rule : undefined;
      const confidence = Math.max(type === 'person' ? pPerson : probs[at + 2]! + probs[at + 3]!, agrees?.confidence ?? 0);
      if (current && current.type === type) {
        current.to = w.token;
        current.confidence += confidence;
        current.n++;
        current.rule ??= agrees;
        continue;
      }
      close();
      const t = tokens[w.token]!;
      // A lower-case particle begins a name only after a title, where the rules read it so:
      // "M. de Kerguézec", not "le frère de Charles Martel".
      if (NAME_PARTICLES.has(t.folded) && t.shape === 'lower' && (!afterTitle(tokens, w.token) || !w.rule)) continue;
      current = { type, from: w.token, to: w.token, confidence, n: 1, rule: agrees };
    }
    close();
  }
  return wholeNames(found, sortedRules);
}

/**
 * A place the lists know by its whole name of several words ("La Rochelle", "Le Havre")
 * stays whole where the model, word by word, took only part of it ("Rochelle"): the
 * article is part of the name, and a replacement must not leave "La" before it.
 */
function wholeNames(found: Detection[], rules: Detection[]): Detection[] {
  // So is a family firm whose name the rules read whole across "et" ("Lemoine et Fils").
  const known = rules.filter((r) => (r.type === 'place' && r.place && (r.source === 'places' || r.source === 'countries')) || (r.type === 'organisation' && r.source === 'legal-forms'));
  if (!known.length) return found;
  // Both are in text order: one walk, not a search per place.
  let k = 0;
  const out: Detection[] = [];
  for (const d of found) {
    if (d.type !== 'place' && d.type !== 'organisation') {
      out.push(d);
      continue;
    }
    while (k < known.length && known[k]!.end <= d.start) k++;
    const whole = known[k];
    const wider = whole && whole.type === d.type && whole.start <= d.start && d.end <= whole.end && (whole.start < d.start || d.end < whole.end);
    if (!wider) {
      out.push(d);
      continue;
    }
    // The pieces of one whole name are one detection.
    const previous = out[out.length - 1];
    if (previous && previous.start === whole.start && previous.end === whole.end) continue;
    out.push(whole.place ? { ...d, start: whole.start, end: whole.end, place: whole.place } : { ...d, start: whole.start, end: whole.end });
  }
  return out;
}

/**
 * What holds in any well-formed French or English, whatever the corpus the model learnt
 * from: a legal form, a noun like "l'entreprise" before it or a head like "Banque",
 * "Transports" makes an organisation of the whole name; a common word alone at the
 * start of a sentence is that word; a listed place after "à", "en", "in"… or a
 * well-known place is a place unless the model gives a person at least GUARD_OVERRIDE.
 * Cross-validated on europeana's training split, these cost under a point of recall;
 * they keep "à Lyon", "Transports Vallier" or a sentence's "Ensuite" from being masked
 * as a person in modern notes, where a threshold learnt on 1906 scans is too eager.
 */
const GUARD_OVERRIDE = 0.2;
/** Under this the model overrules a popular first name the lists found (measured: no change on the five corpora at 0.02 or 0.03). */
const POPULAR_FLOOR = 0.02;
const LISTED = new Set<Detection['source']>(['first-names', 'places', 'countries']);
/** What a French country's name comes after: its article, or a preposition that takes its place ("en Géorgie", "de Chine"). Folded. */
const COUNTRY_ARTICLES = new Set(['la', 'le', "l'", 'les', 'en', 'au', 'aux', 'du', 'de', "d'", 'des']);
/** What the lists say of token `k` (lexicon.ts, TokenFacts), asked once per text. */
const hasFact = (tokens: Token[], facts: TokenFacts, k: number, bit: number) => k < tokens.length && (facts.at(k) & bit) !== 0;
/** The dashes that part a heading or a line: "KARIM B. – BILAN". */
const DASHES = new Set(['–', '—', '-']);
/** A number one space after token `k`, on its line: "Journée 1". */
const numberAfter = (tokens: Token[], k: number) => {
  const n = tokens[k + 1];
  return !!n && !n.word && n.start === tokens[k]!.end + 1 && /^\d/u.test(n.text);
};
/** Token `k` may be a surname: a frequent one, or no common word ("Dubois", not "Catégories"). */
const surnameAt = (tokens: Token[], facts: TokenFacts, common: number, k: number) => (facts.at(k) & (common | WORD.surname)) !== common;
/** Token `k` is a common word in capitals and no first name: a heading's word. */
const headingWord = (tokens: Token[], facts: TokenFacts, common: number, k: number) => k >= 0 && !!tokens[k]?.word && tokens[k]!.shape === 'upper' && (facts.at(k) & (common | WORD.firstName)) === common;

// Module-level helpers, not closures made per candidate word: tsx, which runs the server,
// names every closure as it is made (keepNames), which costs here.
function guard(text: string, type: ModelClass, pPerson: number, w: CandidateWord, tokens: Token[], runLength: number, lexicon: Lexicon, language: Language, runEnd: number, facts: TokenFacts): ModelClass {
  const rule = w.rule;
  const COMMON = language === 'fr' ? WORD.commonFr : WORD.commonEn;
  if (rule?.type === 'organisation' && rule.confidence >= 0.8) return 'organisation';
  // "au Texas", "du Portugal": a place the lists know, which the model took for an organisation
  // after its article, is still read as the place (both are masked; the place reads right).
  if (type === 'organisation' && rule?.type === 'place' && LISTED.has(rule.source) && rule.confidence >= 0.75) return 'place';
  // "le lac Léman", "les Pyrénées": the mountains, lakes and islands of natural-places.ts were
  // chosen to be no one's name; the model, which saw few of them, reads them as people.
  if (rule?.type === 'place' && rule.place?.kind === 'natural') return 'place';
  const t = tokens[w.token]!;
  // "BLANC Pierre": a surname in capitals before a popular first name, which the rules read whole;
  // the model, word by word, takes the capitals for a heading's.
  if (rule?.type === 'person' && rule.source === 'surnames' && rule.confidence >= 0.9) return 'person';
  // "au Costa Rica", "à Buenos Aires": the lists hold the whole name of several words, which
  // no first name and surname make by chance; word by word, the model read "Rica" as a surname.
  if (rule?.type === 'place' && LISTED.has(rule.source) && rule.confidence >= 0.75 && spansSeveralWords(tokens, w.token, rule) && !afterTitle(tokens, tokenAt(tokens, w.token, rule.start))) return 'place';
  // "Mme de Marelle", "M. du Roy": the particle after a title belongs to the name the title
  // announces; the model, word by word, is unsure of such small words.
  if (rule?.type === 'person' && rule.source === 'context' && rule.confidence >= 0.95 && t.shape === 'lower' && NAME_PARTICLES.has(t.folded) && rule.end > t.end) return 'person';
  // "J.-B.", "J.-P.": the initials of a hyphenated first name, which nothing but a person is.
  if (rule?.type === 'person' && isInitial(t) && (hyphenThenInitial(tokens, w.token, 1) || hyphenThenInitial(tokens, w.token, -1))) return 'person';
  const before = w.token > 0 ? tokens[w.token - 1]! : undefined;
  // "J'ai vu Dominique hier": French names its countries with their article ("la Dominique", "en
  // Géorgie"); a country that is a popular first name, with none before it, is someone.
  if (type === 'place' && language === 'fr' && rule?.type === 'place' && rule.source === 'countries' && !COUNTRY_ARTICLES.has(before?.folded ?? '') && hasFact(tokens, facts, w.token, WORD.popularFirstName)) return 'person';
  // After a colon a clause starts too, with a capital in notes and lists: "Objectif : Préparer l'entretien"; so does a line, a label's.
  // So after a dash between a heading's parts: "KARIM B. – BILAN", "Rappel – Point d'étape".
  const opensClause = t.sentenceStart || t.lineStart || before?.text === ':' || (!!before && DASHES.has(before.text));
  if (type === 'person' && !rule && runLength === 1 && opensClause && hasFact(tokens, facts, w.token, COMMON) && !hasFact(tokens, facts, w.token, WORD.popularFirstName)) return 'none';
  // "Journée 1", "Séance 3", "Promo 2": a common word before its number is a label, whatever list holds it too.
  // (Opening a clause or after a comma, where a label stands; no frequent surname: "avec Marchand 14h30".)
  if (type === 'person' && runLength === 1 && (opensClause || before?.text === ',') && hasFact(tokens, facts, w.token, COMMON) && !hasFact(tokens, facts, w.token, WORD.popularFirstName | WORD.surname) && numberAfter(tokens, w.token)) return 'none';
  // "SÉANCE REPORTÉE", "BILAN FINAL": a word of a heading in capitals beside another common word in
  // capitals is a word; a name there comes with its first name or its title ("RÉUNION AVEC MARC DURAND").
  if (type === 'person' && !rule && headingWord(tokens, facts, COMMON, w.token) && !hasFact(tokens, facts, w.token, WORD.surname) && (headingWord(tokens, facts, COMMON, w.token - 1) || headingWord(tokens, facts, COMMON, w.token + 1))) return 'none';
  // "Grâce à ces séances…", a testimonial's first words: the locution, though Grâce is a first name
  // too ("Claire à Paris" stays her: only the heads of locutions are read so).
  const next = tokens[w.token + 1];
  // Nor after a greeting's comma ("Bonjour Laure, Suite à notre échange").
  if (type === 'person' && runLength === 1 && LOCUTION_HEADS.has(t.folded) && next?.word && /^(?:à|au|aux)$/u.test(next.text)) return 'none';
  // "Belle journée !", "Bonne continuation": an adjective before its noun, though a given name too ("Belle a appelé" stays her).
  if (type === 'person' && runLength === 1 && opensClause && adjectiveBeforeItsNoun(t, next)) return 'none';
  // "Merci Claire", "Bravo Sophie", "Appeler Rose Martin": the clause's first word, a word, greets or
  // asks the person whose first name follows it; the name begins at her first name.
  // A greeting does so before any first name, though "Merci" is one too ("Merci Colombe").
  const greets = GREETINGS.has(t.folded) && hasFact(tokens, facts, w.token + 1, WORD.firstName);
  if (greets && opensClause && runLength > 1 && next?.shape === 'title') return 'none';
  // Not a first name before a frequent surname, which is a whole name ("Sauveur Martin a écrit").
  const fullName = hasFact(tokens, facts, w.token, WORD.firstName) && !!next && hasFact(tokens, facts, w.token + 1, WORD.surname) && !GREETINGS.has(t.folded);
  if (type === 'person' && opensClause && runLength > 1 && next?.word && next.shape === 'title' && hasFact(tokens, facts, w.token + 1, WORD.popularFirstName) && hasFact(tokens, facts, w.token, COMMON) && !hasFact(tokens, facts, w.token, WORD.popularFirstName) && !fullName) return 'none';
  // "Ensuite Dubreuil a appelé": nor does a word that is no one's first name open the name of
  // someone the lists do not know; nor before "de" and a name ("Retour de Svetlana", "Retour
  // d'Anne"), where the word says what the sentence is about (not a frequent surname: "Fontaine de…").
  const ofName = next?.word && NAME_PARTICLES.has(next.folded) && tokens[w.token + 2]?.shape === 'title' && !hasFact(tokens, facts, w.token, WORD.surname);
  if (type === 'person' && opensClause && runLength > 1 && t.shape === 'title' && !isInitial(t) && next?.word && (next.shape === 'title' || ofName) && hasFact(tokens, facts, w.token, COMMON) && !hasFact(tokens, facts, w.token, WORD.firstName)) return 'none';
  // "Appeler Rose Martin", "C. Arnould": a popular first name or an initial the rules read as a
  // person's, before another capitalised word of its run, is hers, though it is a word too
  // ("rose") or opens the sentence (an initial); or a town, after "à", before a surname ("parlé à Florence Dubois").
  const firstOfName = isInitial(t) || (!opensClause && t.shape === 'title' && hasFact(tokens, facts, w.token, WORD.popularFirstName));
  const beforeName = firstOfName && w.token < runEnd && next?.word && next.shape !== 'lower';
  if (beforeName && rule?.type === 'person' && (type === 'none' || (type === 'place' && rule.source === 'first-names' && rule.confidence >= 0.95 && next.end <= rule.end && surnameAt(tokens, facts, COMMON, w.token + 1)))) return 'person';
  // A common word after a possessive ("avec votre Équipe") is not a person, unless it is a first name ("son Pierre").
  if (type === 'person' && (!rule || rule.source === 'capitalisation') && runLength === 1 && before?.word && before.shape === 'lower' && POSSESSIVES.has(before.folded) && hasFact(tokens, facts, w.token, COMMON) && !hasFact(tokens, facts, w.token, WORD.firstName)) return 'none';
  // "Tours, le 3 mars 2024": the town a letter is written from, though first on its line a word.
  // So is one the words around say is the town: "a quitté Tours", "le CHU de Tours", "entre Tours et Blois".
  if (rule?.type === 'place' && LISTED.has(rule.source) && rule.start === t.start && rule.end === t.end && placedByContext(tokens, w.token, lexicon)) return 'place';
  // "Florence", "Montpellier" alone on a line (a board label, a signature): with no context
  // the model cannot tell, and what the lists know it as is the best reading there is.
  if (rule && LISTED.has(rule.source) && runLength === 1 && aloneOnLine(text, tokens, w.token)) return rule.type as ModelClass;
  // "Florence et Dominique sont venues": a popular first name the lists found stays hers unless
  // the model is all but sure it is not (first in a sentence it often nearly is: 0.048); the
  // guards above still judge her ("Grâce à ces séances").
  // "BILAN FINAL DE JULIE": a popular first name in capitals that is no word is hers in a heading too.
  if (type === 'none' && rule?.type === 'person' && t.shape === 'upper' && hasFact(tokens, facts, w.token, WORD.popularFirstName) && !hasFact(tokens, facts, w.token, COMMON)) return 'person';
  if (type === 'none' && rule?.type === 'person' && rule.source === 'first-names' && hasFact(tokens, facts, w.token, WORD.popularFirstName) && pPerson >= POPULAR_FLOOR) return guard(text, 'person', pPerson, w, tokens, runLength, lexicon, language, runEnd, facts);
  // "avec Taïwan qui exige", "la banque de Taïwan": a country, or a large town that is no popular
  // first name, is a person only where the model is surer of a person than of anything else.
  if (type === 'person' && rule?.type === 'place' && LISTED.has(rule.source) && pPerson < 0.5 && isWellKnownPlace(rule.place) && !hasFact(tokens, facts, w.token, WORD.popularFirstName)) return 'place';
  if (pPerson >= GUARD_OVERRIDE || type !== 'person') return type;
  if (rule?.type === 'place' && rule.confidence >= 0.75) return 'place';
  return type;
}

/** `rule` covers another word than token `i`. */
function spansSeveralWords(tokens: Token[], i: number, rule: Detection): boolean {
  const t = tokens[i]!;
  return rule.start < t.start ? tokens[i - 1]!.start >= rule.start : rule.end > t.end && tokens[i + 1]!.end <= rule.end;
}

/** The index of the token at offset `start`, looking back from token `i`. */
function tokenAt(tokens: Token[], i: number, start: number): number {
  while (i > 0 && tokens[i]!.start > start) i--;
  return i;
}

/** Words that open a locution with "à": "grâce à", "face à", "suite à", "quant à". */
/** A hyphen, then an initial, right beside token `i`, looking forward (1) or back (-1). */
const hyphenThenInitial = (tokens: Token[], i: number, step: 1 | -1) => tokens[i + step]?.text === '-' && isInitial(tokens[i + 2 * step]);

/** No other word on the same line as token `i`: a label, a signature, a heading of one word. */
function aloneOnLine(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const newline = text.indexOf('\n', t.end);
  const lineEnd = newline < 0 ? text.length : newline;
  for (let j = i - 1; j >= 0 && tokens[j]!.start >= lineStart; j--) if (tokens[j]!.word) return false;
  for (let j = i + 1; j < tokens.length && tokens[j]!.start < lineEnd; j++) if (tokens[j]!.word) return false;
  return true;
}

function afterTitle(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && p.word && (TITLES.has(p.folded) || TITLES.has(withoutFinalStop(p.folded)));
}

function detection(text: string, tokens: Token[], from: number, span: { start: number; end: number }, type: Exclude<ModelClass, 'none'>, confidence: number, rule: Detection | undefined, lexicon: Lexicon): Detection {
  const c = Math.round(confidence * 100) / 100;
  if (type === 'person') {
    const title = from > 0 ? tokens[from - 1]! : undefined;
    let gender: Gender | undefined = (title?.word ? titleGender(title.folded) : undefined) ?? rule?.gender;
    for (let i = from; !gender && i < tokens.length && tokens[i]!.start < span.end; i++) {
      const f = tokens[i]!.folded;
      gender = lexicon.firstNames.get(f) ?? (f.includes('-') ? lexicon.firstNames.get(f.slice(0, f.indexOf('-'))) : undefined);
    }
    const d: Detection = { start: span.start, end: span.end, type, source: rule?.source ?? 'model', confidence: c };
    if (gender) d.gender = gender;
    return d;
  }
  if (type === 'place') {
    const place = rule?.place ?? lexicon.places.get(fold(text.slice(span.start, span.end)));
    const d: Detection = { start: span.start, end: span.end, type, source: rule?.source ?? (place ? (place.kind === 'country' ? 'countries' : 'places') : 'model'), confidence: c };
    if (place) d.place = place;
    return d;
  }
  return { start: span.start, end: span.end, type, source: rule?.source ?? 'model', confidence: c };
}

/**
 * "chez les Kerguélen avec la CGT": a capitalised word inside a sentence, no word of either
 * language's lists, that the hand rules masked, stays masked where the model found nothing
 * there; recall comes first. The model says what it is.
 */
function maskedByRulesAlone(w: CandidateWord, tokens: Token[], facts: TokenFacts): boolean {
  const t = tokens[w.token]!;
  if (!w.rule || w.rule.type === 'date' || !t.word || t.shape === 'lower' || t.sentenceStart || t.lineStart || tokens[w.token - 1]?.text === ':') return false;
  return (facts.at(w.token) & (WORD.commonFr | WORD.commonEn | WORD.englishWord)) === 0 && !NEVER_NAMES.has(t.folded) && !NAME_PARTICLES.has(t.folded);
}

/**
 * "Entre Paris et Lyon": a great place the lists know, capitalised inside a sentence, is the place
 * where the model found nothing there (Paris is also "paris", bets, to the model).
 */
function greatPlaceInSentence(w: CandidateWord, tokens: Token[]): boolean {
  const t = tokens[w.token]!;
  return w.rule?.type === 'place' && LISTED.has(w.rule.source) && isWellKnownPlace(w.rule.place) && t.shape === 'title' && !t.sentenceStart && !t.lineStart;
}

/** The likeliest of a person, a place and an organisation at `probs[at..at+K)`. */
function likeliestName(probs: ArrayLike<number>, at: number): Exclude<ModelClass, 'none'> {
  const [person, place, organisation] = [probs[at + 1]!, probs[at + 2]!, probs[at + 3]!];
  return person >= place && person >= organisation ? 'person' : place >= organisation ? 'place' : 'organisation';
}
