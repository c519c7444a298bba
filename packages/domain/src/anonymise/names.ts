import { isWellKnownPlace, type Lexicon } from './lexicon.js';
import { type Model, namesByModel, parseModel } from './model/model.js';
import { WEIGHTS } from './model/weights.js';
import { nameRuns, type Run } from './name-runs.js';
import { COMMON_SURNAMES } from './surnames.js';
import { fold, type Token } from './text.js';
import type { Detection, Gender, Language } from './types.js';
import { LEGAL_FORMS, NAME_PARTICLES, NEVER_NAMES, ORGANISATION_HEADS, ORGANISATION_NOUNS, PLACE_PREPOSITIONS, ROLE_LINKS, ROLE_WORDS, TITLES, titleGender } from './vocabulary.js';

const SURNAMES = new Set(COMMON_SURNAMES.map((n) => fold(n)));


const isCapitalised = (t: Token) => t.word && (t.shape === 'title' || t.shape === 'upper');
const isInitial = (t: Token) => /^\p{Lu}\.$/u.test(t.text);


/**
 * Names of people, organisations and places found from the words themselves: titles
 * and forms of address, first names, legal forms, place names, the prepositions
 * around them, and, last, capitals where a common word would not have them. In French
 * the last word is the model's (model/): a classifier trained on annotated text, which
 * reads what these rules found among the rest.
 */
export function findNames(text: string, tokens: Token[], lexicon: Lexicon, language: Language): Detection[] {
  const rules = ruleNames(text, tokens, lexicon, language);
  // The model learnt French; English text keeps the hand rules alone.
  const found = language === 'fr' ? namesByModel(text, tokens, lexicon, language, rules, shippedModel()) : rules;
  return [...found, ...roles(tokens, found)];
}

let model: Model | null = null;
/** The trained model (model/weights.ts), read once. */
function shippedModel(): Model {
  model ??= parseModel(WEIGHTS);
  return model;
}

/** The hand rules alone: people, places and organisations, without the roles joined to them. */
export function ruleNames(text: string, tokens: Token[], lexicon: Lexicon, language: Language): Detection[] {
  const found: Detection[] = [];
  const common = lexicon.commonWords[language];
  const other = lexicon.commonWords[language === 'fr' ? 'en' : 'fr'];
  const isCommon = (t: Token) => common.has(t.folded) || (t.shape === 'upper' && other.has(t.folded));

  // A common word in capitals ("RÉUNION AVEC MARC DURAND") is a heading, not part of a name.
  const nameStart = (t: Token) => looksLikeName(t) && !(t.shape === 'upper' && isCommon(t) && !lexicon.firstNames.has(t.folded) && !isInitial(t));
  /** Capitalised common words ("Meunier", "Charpentier") set aside unless they stand among names. */
  const listed: { start: number; end: number }[] = [];
  for (const run of runs(tokens, nameStart)) {
    const words = tokens.slice(run.from, run.to + 1);
    const first = words[0]!;
    const before = previousWord(tokens, run.from);
    const beforeFolded = before?.folded.replace(/\.$/, '') ?? '';
    const after = tokens[run.to + 1];
    const span = { start: first.start, end: tokens[run.to]!.end };
    const folded = fold(text.slice(span.start, span.end));
    const firstName = lexicon.firstNames.get(first.folded);
    const place = lexicon.places.get(folded);
    const titled = before && (TITLES.has(before.folded) || TITLES.has(beforeFolded));
    const push = (d: Omit<Detection, 'start' | 'end'>) => found.push(Object.assign({ start: span.start, end: span.end }, d));

    if (titled) {
      const gender: Gender | undefined = titleGender(before!.folded) ?? firstName;
      push({ type: 'person', source: 'context', confidence: 0.95, ...(gender ? { gender } : {}) });
      continue;
    }
    const last = words[words.length - 1]!;
    if (words.length > 1 && LEGAL_FORMS.has(last.folded)) {
      push({ type: 'organisation', source: 'legal-forms', confidence: 0.95 });
      continue;
    }
    if (after && LEGAL_FORMS.has(after.folded) && after.shape === 'upper') {
      found.push({ start: span.start, end: after.end, type: 'organisation', source: 'legal-forms', confidence: 0.95 });
      continue;
    }
    if (before && ORGANISATION_NOUNS.has(before.folded)) {
      push({ type: 'organisation', source: 'context', confidence: 0.9 });
      continue;
    }
    // "chez Orange": one is "chez" a person or a company, never a town.
    if (place && before?.folded === 'chez' && !firstName) {
      push({ type: 'organisation', source: 'context', confidence: 0.8 });
      continue;
    }
    if (place && before && PLACE_PREPOSITIONS.has(before.folded)) {
      push({ type: 'place', source: place.kind === 'country' ? 'countries' : 'places', confidence: 0.95, place });
      continue;
    }
    // "Paris", "France", "Florence": a well-known place is a place unless the words around say otherwise.
    // "Réunion avec le DG": a common word first in its sentence is that word, not the island.
    const commonAtStart = words.length === 1 && first.sentenceStart && isCommon(first);
    if (place && words.length === 1 && !commonAtStart && isWellKnownPlace(place)) {
      push({ type: 'place', source: place.kind === 'country' ? 'countries' : 'places', confidence: 0.75, place });
      continue;
    }
    // "Le Havre", "La Rochelle": a place's whole name of several words is that place, whatever
    // odd first name its first word also is ("Le"); "Jean Jaurès" is not a place's name.
    if (place && words.length > 1 && !lexicon.popularFirstNames.has(first.folded)) {
      push({ type: 'place', source: place.kind === 'country' ? 'countries' : 'places', confidence: 0.85, place });
      continue;
    }
    // "Merci", "Signé" first in a sentence: a rare first name that is also a word is the word.
    const rareAtStart = firstName && words.length === 1 && first.sentenceStart && isCommon(first) && !lexicon.popularFirstNames.has(first.folded);
    if (firstName && !rareAtStart) {
      // "Claire a dit…": a first name that is also a word, first in its sentence, is still most likely her.
      const ambiguous = words.length === 1 && isCommon(first) && first.sentenceStart;
      push({ type: 'person', source: 'first-names', confidence: words.length > 1 ? 0.95 : ambiguous ? 0.55 : 0.85, gender: firstName });
      continue;
    }
    if (place && !commonAtStart) {
      push({ type: 'place', source: place.kind === 'country' ? 'countries' : 'places', confidence: 0.8, place });
      continue;
    }
    if (ORGANISATION_HEADS.has(first.folded) && words.length > 1) {
      push({ type: 'organisation', source: 'context', confidence: 0.8 });
      continue;
    }
    // Capitals alone: a name unless a common word explains them.
    // "Picard", "Meunier": a frequent surname that is also a word, capitalised inside a sentence.
    if (words.length === 1 && !first.sentenceStart && first.shape === 'title' && SURNAMES.has(first.folded)) {
      push({ type: 'person', source: 'surnames', confidence: 0.7 });
      continue;
    }
    // A lone capitalised common word ("Conseil", "Allemands", "Puis") is rarely a name by
    // itself; a surname that is also a word ("Petit") is still caught by a title or a first name.
    const allCommon = words.every((w) => isCommon(w) || NEVER_NAMES.has(w.folded));
    if (allCommon && (first.sentenceStart || first.shape === 'upper' || words.length === 1)) {
      if (!first.sentenceStart && words.length === 1 && first.shape === 'title') listed.push(span);
      continue;
    }
    if (words.length === 1 && first.shape === 'upper' && first.text.length <= 5 && !isInitial(first) && !lexicon.firstNames.has(first.folded)) {
      push({ type: 'organisation', source: 'capitalisation', confidence: 0.6 });
      continue;
    }
    if (before && PLACE_PREPOSITIONS.has(before.folded) && !allCommon) {
      push({ type: 'place', source: 'context', confidence: 0.6 });
      continue;
    }
    push({ type: 'person', source: 'capitalisation', confidence: allCommon ? 0.4 : 0.6 });
  }
  found.push(...inListsOfNames(text, listed, found));
  return found;
}

/**
 * "MM. Limon et Meunier", "Dupont, Charpentier, …": a capitalised word that is also a
 * common word is a surname when it stands in a list with a name.
 */
function inListsOfNames(text: string, candidates: { start: number; end: number }[], found: Detection[]): Detection[] {
  const people = found.filter((d) => d.type === 'person').sort((a, b) => a.start - b.start);
  const joined = (from: number, to: number) => from <= to && /^\s*(?:,|et|and|&|ou|or)\s*$/iu.test(text.slice(from, to));
  const out: Detection[] = [];
  let j = 0;
  for (const c of candidates) {
    while (j < people.length && people[j]!.end <= c.start) j++;
    const before = people[j - 1];
    const after = people[j];
    if ((before && joined(before.end, c.start)) || (after && joined(c.end, after.start))) out.push({ ...c, type: 'person', source: 'context', confidence: 0.6 });
  }
  return out;
}

/** Runs of capitalised words that may be one name; a particle begins one capitalised inside a sentence, or after a title. */
function runs(tokens: Token[], startsName: (t: Token) => boolean): Run[] {
  // (Whether a title comes before is only asked of a particle: it is the costlier test.)
  return nameRuns(tokens, startsName, (t, i) => (!t.sentenceStart && isCapitalised(t)) || (i > 0 && TITLES.has((previousWord(tokens, i)?.folded ?? '').replace(/\.$/, ''))));
}

function looksLikeName(t: Token): boolean {
  if (!isCapitalised(t) || TITLES.has(t.folded) || NEVER_NAMES.has(t.folded) || ROLE_WORDS.has(t.folded)) return false;
  if (isInitial(t)) return true;
  return t.text.replace(/[^\p{L}]/gu, '').length >= 2 && !TITLES.has(t.folded) && !TITLES.has(t.folded.replace(/\.$/, ''));
}

function previousWord(tokens: Token[], index: number): Token | undefined {
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const t = tokens[i]!;
    if (t.word) return t;
    if (t.text !== '.') return undefined;
  }
  return undefined;
}

/** "le DG de Arvel", "the CEO of Arvel", "le maire de Lumio": a job title joined to a name points at one person. */
export function roles(tokens: Token[], found: Detection[]): Detection[] {
  const out: Detection[] = [];
  const named = new Map(found.filter((d) => d.type === 'organisation' || d.type === 'person' || d.type === 'place').map((d) => [d.start, d]));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!ROLE_FIRST_WORDS.has(t.folded)) continue;
    const two = i + 1 < tokens.length ? `${t.folded} ${tokens[i + 1]!.folded}` : '';
    const width = ROLE_WORDS.has(two) ? 2 : ROLE_WORDS.has(t.folded) ? 1 : 0;
    if (!width) continue;
    const link = tokens[i + width];
    if (!link || !ROLE_LINKS.has(link.folded)) continue;
    const next = tokens[i + width + 1];
    const org = next && named.get(next.start);
    if (org) out.push({ start: t.start, end: org.end, type: 'role', source: 'context', confidence: 0.9 });
  }
  return out;
}

const ROLE_FIRST_WORDS = new Set([...ROLE_WORDS].map((w) => w.split(' ')[0]!));
