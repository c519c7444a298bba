import { isWellKnownPlace, type Lexicon } from './lexicon.js';
import { LIST_JOINT } from './lists.js';
import { fold, type Token } from './text.js';
import type { Detection, PlaceFacts } from './types.js';
import { PLACE_PREPOSITIONS } from './vocabulary.js';

/**
 * The town whose name is a word (lexicon.ts `wordTowns`: "Reading", "Bath", "Long Beach")
 * that the name run from `first` to `span.end` is, or undefined: only capitalised inside a
 * sentence, after a word of place ("moved to Reading", "né à Bath") or after a place in a
 * list (`found`, the detections so far, in order). Anywhere else the word is the word.
 */
export function wordTownAt(text: string, lexicon: Lexicon, found: readonly Detection[], before: Token | undefined, first: Token, span: { start: number; end: number }, after?: Token): PlaceFacts | undefined {
  if (first.sentenceStart || first.shape !== 'title') return undefined;
  const last = found[found.length - 1];
  // "the Bath branch", "the Sale office": a firm's site named by its town.
  const site = before?.folded === 'the' && !!after?.word && after.shape === 'lower' && SITE_NOUNS.has(after.folded) && after.start === span.end + 1;
  const placed = site || (before && PLACE_PREPOSITIONS.has(before.folded)) || (last?.type === 'place' && LIST_JOINT.test(text.slice(last.end, span.start)));
  return placed ? lexicon.wordTowns.get(fold(text.slice(span.start, span.end))) : undefined;
}

/** A firm's sites, named by their town: "the Bath branch", "the Rugby office", "the March depot". */
const SITE_NOUNS = new Set(['office', 'offices', 'branch', 'depot', 'site', 'plant', 'store', 'campus', 'hub', 'warehouse', 'factory', 'clinic', 'surgery', 'agency', 'centre', 'center', 'headquarters', 'hq', 'team']);

/**
 * "Tours, le 3 mars 2024", "Sens, le 4/05/2024": token `i`, first on its line, is the town a
 * letter is written from, before its date; a town though it is also a word.
 */
export function headsALetter(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const [comma, le, day] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  return t.shape === 'title' && (t.lineStart || t.sentenceStart) && comma?.text === ',' && comma.start === t.end && le?.folded === 'le' && !!day && /^\d/.test(day.text);
}

/** Verbs of leaving and moving, right before a town: "Il a quitté Tours", "mutée Vienne". */
const MOVING_VERBS = new Set(['quitte', 'quitter', 'quittera', 'rejoint', 'rejoindre', 'mute', 'mutee', 'demenage', 'demenager', 'installe', 'installee', 'visite', 'visiter']);
/** What a town has, named with "de" and the town: "le CHU de Tours", "la mairie de Sens". */
const OF_A_TOWN = new Set(['chu', 'chr', 'mairie', 'maire', 'ville', 'universite', 'lycee', 'college', 'prefecture', 'gare', 'aeroport', 'tribunal', 'cci', 'iut', 'hopital', 'clinique', 'diocese', 'eveque', 'agglomeration', 'metropole', 'academie', 'rectorat', 'conservatoire', 'agence', 'site', 'antenne', 'campus', 'usine', 'magasin', 'succursale', 'region', 'secteur']);
/** Labels of a form's or a profile's place: "Lieu : Tours", "Ville : Nice", "Location: Bath". */
const PLACE_LABELS = new Set(['lieu', 'ville', 'localisation', 'commune', 'residence', 'location', 'city', 'town', 'based']);

/**
 * Whether the words around token `i`, a town the lists know that is also a word ("Tours",
 * "Sens", "Orange"), say it is the town: a verb of moving before it ("a quitté Tours"), what a
 * town has and "de" ("le CHU de Tours"), or a well-known place after "et" or a comma ("entre
 * Tours et Blois"); or it heads a letter.
 */
export function placedByContext(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  if (headsALetter(tokens, i)) return true;
  const [before, beforeThat, after, next] = [tokens[i - 1], tokens[i - 2], tokens[i + 1], tokens[i + 2]];
  if (before?.word && MOVING_VERBS.has(before.folded)) return true;
  if (before?.folded === 'de' && beforeThat?.word && OF_A_TOWN.has(beforeThat.folded)) return true;
  // "Tours (37)", "Sens (89)": a town with its department's number, as profiles and addresses write it.
  if (after?.text === '(' && next && /^(?:\d{2,3}|2[AB])$/u.test(next.text) && tokens[i + 3]?.text === ')') return true;
  // "Lieu : Tours".
  if (before?.text === ':' && beforeThat?.word && PLACE_LABELS.has(beforeThat.folded)) return true;
  return !!after && (after.folded === 'et' || after.text === ',') && !!next?.word && next.shape === 'title' && isWellKnownPlace(lexicon.places.get(next.folded));
}

/**
 * Verbs of where someone lives, was born or grew up, folded, before "à" or "in": there a
 * capitalised word inside a sentence is the place, though the lists know it only as a word or
 * not at all ("elle a grandi à Percé", "she grew up in Dingle", "lives in Deal"). Not the verbs
 * of moving in English: "she moved to Sales" is a team.
 */
const LIVING_VERBS = new Set([
  'habite', 'habitait', 'habitent', 'habitaient', 'habiter', 'vit', 'vivait', 'vivent', 'vivaient', 'vivre', 'vecu', 'grandi', 'grandit',
  'ne', 'nee', 'nes', 'nees', 'nait', 'installe', 'installee', 'installes', 'installees', 'demenage', 'domicilie', 'domiciliee',
  'reside', 'residait', 'resident', 'residant', 'residante', 'eleve', 'elevee', 'retire', 'retiree',
  'lives', 'lived', 'live', 'living', 'raised', 'born', 'settled', 'based', 'resides', 'resided', 'residing', 'retired', 'up',
]);

/** Whether token `i` follows a verb of living and its "à" or "in" ("habite à", "grew up in"). */
export function livesAt(tokens: Token[], i: number): boolean {
  const [preposition, verb] = [tokens[i - 1], tokens[i - 2]];
  if (!preposition?.word || !verb?.word || !LIVING_VERBS.has(verb.folded)) return false;
  // "up" is only "grew up" or "brought up".
  if (verb.folded === 'up' && !/^(?:grew|grown|growing|brought)$/u.test(tokens[i - 3]?.folded ?? '')) return false;
  return preposition.folded === 'a' || preposition.folded === 'in';
}