import { isWellKnownPlace, type Lexicon, placeSource } from './lexicon.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { fold, isInitial, lowerBound, type Token } from './text.js';
import type { Detection } from './types.js';
import { livesAt } from './word-towns.js';
import { DAYS_AND_MONTHS, FRENCH_EMPLOYER_WORDS, PLACE_PREPOSITIONS } from './vocabulary.js';

// What the rules correct of the model's reading, word by word, once it has read a French text
// (names.ts, findNames): an acronym the rules read, a work's English title, a place before a
// name where a comma went missing, a regnal number, a place or a team after its determiner.

/**
 * "le RPR", "une HLM", "l'ICP": a word in capitals alone, which the hand rules read as an
 * acronym (an organisation) or a place, stays what they read where the model alone, against
 * them, made a person of it. In the annotated French we measured on, old and new, such a
 * word was a person's name about one time in a hundred; names in capitals come with a first
 * name or a title ("Jean DUPONT", "M. DUPONT"), which the rules and the model both read.
 */
export function acronymsKept(text: string, found: Detection[], rules: Detection[]): Detection[] {
  return found.map((d) => {
    if (d.type !== 'person' || d.source !== 'model' || !/^\p{Lu}[\p{Lu}\d&-]*$/u.test(text.slice(d.start, d.end)) || d.end - d.start < 2) return d;
    const rule = rules.find((r) => r.start === d.start && r.end === d.end);
    if (!rule || (rule.type !== 'organisation' && rule.type !== 'place')) return d;
    const { gender: _, ...rest } = d;
    return { ...rest, type: rule.type, source: rule.source, confidence: rule.confidence, ...(rule.place ? { place: rule.place } : {}) };
  });
}


/**
 * "chez Osmose Conseil", "a rejoint Cap Avenir": a firm named with common words, which the hand
 * rules read after "chez", "rejoint" or "intégré", is masked whole as that employer where the
 * model, reading only common words, found nothing there or only a piece of it ("Boussole
 * [Conseil]"). An employer is what identifies the client most. Not a first name or a place
 * opening it ("chez Marie", "a rejoint Lyon"), which the model reads.
 */
export function employersKept(tokens: Token[], found: Detection[], rules: Detection[], lexicon: Lexicon): Detection[] {
  const kept = rules.filter((r) => {
    if (r.type !== 'organisation' && r.type !== 'person') return false;
    const i = lowerBound(tokens, r.start);
    const before = tokens[i - 1];
    const first = tokens[i]!;
    if (!before || !before.word || before.shape !== 'lower' || !FRENCH_EMPLOYER_WORDS.has(before.folded)) return false;
    if (lexicon.firstNames.has(first.folded) || lexicon.places.has(first.folded)) return false;
    // Kept where the model's findings there, if any, are pieces strictly inside it.
    const piece = (d: Detection) => r.start <= d.start && d.end <= r.end && d.end - d.start < r.end - r.start;
    return found.every((d) => d.end <= r.start || r.end <= d.start || piece(d));
  });
  if (!kept.length) return found;
  const inside = (d: Detection) => kept.some((r) => r.start <= d.start && d.end <= r.end);
  const employers = kept.map((r): Detection => ({ start: r.start, end: r.end, type: 'organisation', source: 'context', confidence: Math.max(r.confidence, 0.7) }));
  return [...found.filter((d) => !inside(d)), ...employers].sort((a, b) => a.start - b.start);
}

/**
 * "elle a grandi à Percé", "il habite à Ronce": where someone lives, which the hand rules read
 * after a verb of living (word-towns.ts, livesAt), is kept as that place where the model, for
 * which a common word is no name, found nothing there, or only a piece of it.
 */
export function livingPlacesKept(tokens: Token[], found: Detection[], rules: Detection[]): Detection[] {
  const kept = rules.filter((r) => r.type === 'place' && r.source === 'context' && livesAt(tokens, lowerBound(tokens, r.start)) && found.every((d) => d.end <= r.start || r.end <= d.start || (r.start <= d.start && d.end <= r.end)));
  if (!kept.length) return found;
  const inside = (d: Detection) => kept.some((r) => r.start <= d.start && d.end <= r.end);
  return [...found.filter((d) => !inside(d)), ...kept].sort((a, b) => a.start - b.start);
}

/**
 * "Mai Nguyen", "Avril Martin": French writes its months in lower case, so a capitalised month
 * that is also a given name, which the rules read as the first word of a name, is hers. The
 * model reads no month (model/features.ts, candidateRuns) and found the name from the next word.
 */
export function monthsOpeningNames(tokens: Token[], found: Detection[], rules: Detection[], lexicon: Lexicon): Detection[] {
  const ruleEnding = new Map(rules.filter((r) => r.type === 'person').map((r) => [r.end, r]));
  return found.map((d) => {
    const rule = d.type === 'person' ? ruleEnding.get(d.end) : undefined;
    if (!rule || rule.start >= d.start) return d;
    const i = lowerBound(tokens, rule.start);
    const month = tokens[i]!;
    if (month.start !== rule.start || tokens[i + 1]?.start !== d.start || month.shape !== 'title' || !DAYS_AND_MONTHS.has(month.folded) || !lexicon.firstNames.has(month.folded)) return d;
    return { ...d, start: rule.start };
  });
}

/**
 * "Le Goff parle peu", "Le Dantec est arrivé": first in a sentence, "Le" or "La" with its
 * capital before a surname that is no word, no first name and no place is the surname's own
 * particle (Breton names), which inside a sentence the runs of names already take ("avec Le
 * Goff"). Left out, it says the rest was a name after an article.
 */
export function articlesOfNames(tokens: Token[], found: Detection[], lexicon: Lexicon): Detection[] {
  return found.map((d) => {
    if (d.type !== 'person') return d;
    const i = lowerBound(tokens, d.start);
    const first = tokens[i];
    const article = tokens[i - 1];
    if (!first || first.start !== d.start || !article?.word || !article.sentenceStart || article.shape !== 'title' || (article.folded !== 'le' && article.folded !== 'la') || first.start !== article.end + 1) return d;
    if (lexicon.commonWords.fr.has(first.folded) || lexicon.firstNames.has(first.folded) || lexicon.places.has(first.folded)) return d;
    return { ...d, start: article.start };
  });
}

/**
 * "Rotten Tomatoes", "Modern Warfare", "Gulf War", "White Sox": in French text, a name of two
 * words or more, each an English word and none a French word nor a first name, is the title of
 * a work, a brand or a team far more often than a person (one time in forty in the annotated
 * French we measured). Still masked, as an organisation: what a person it was is not let through.
 */
export function englishTitles(tokens: Token[], found: Detection[], lexicon: Lexicon): Detection[] {
  return found.map((d) => {
    if (d.type !== 'person' || d.source === 'context') return d;
    let words = 0;
    for (let k = lowerBound(tokens, d.start); k < tokens.length && tokens[k]!.start < d.end; k++) {
      const t = tokens[k]!;
      if (!t.word) continue;
      if (t.shape === 'lower' || !lexicon.englishDictionary.has(t.folded) || lexicon.commonWords.fr.has(t.folded) || lexicon.firstNames.has(t.folded)) return d;
      words++;
    }
    if (words < 2) return d;
    const { gender: _, ...rest } = d;
    return { ...rest, type: 'organisation', confidence: Math.min(d.confidence, 0.6) };
  });
}

/**
 * "la mairie de Paris Alain Juppé", "à Lyon Marie Dupont": a well-known place right before a
 * first name, where a comma or a line break went missing, is that place; the person begins
 * at the first name. Read as one person, the town would be masked as her, and made a person
 * wherever else the text names it.
 */
export function placesBeforeNames(tokens: Token[], found: Detection[], lexicon: Lexicon): Detection[] {
  let i = 0;
  return found.flatMap((d) => {
    if (d.type !== 'person') return [d];
    while (i < tokens.length && tokens[i]!.start < d.start) i++;
    const first = tokens[i];
    const next = tokens[i + 1];
    if (!first || first.start !== d.start || !next || !next.word || next.start >= d.end || next.shape === 'lower') return [d];
    // "FONTAINE Julie", "Fontaine Julie - séance 2": a surname before her first name, as lists write it, is hers (names.ts, surnameFirst).
    if (d.source === 'surnames' && d.confidence >= 0.9 && !placedBefore(tokens, i)) return [d];
    const place = lexicon.places.get(first.folded);
    // "Florence Marie Dupont": a place that is also a popular first name is hers, unless "de",
    // "à" or "en" stands before it ("la mairie de Paris Alain Juppé").
    const placed = placedBefore(tokens, i);
    if (!isWellKnownPlace(place) || (lexicon.popularFirstNames.has(first.folded) && !placed) || !lexicon.firstNames.has(next.folded.split('-')[0]!)) return [d];
    const { gender: _, ...rest } = d;
    return [{ ...rest, end: first.end, type: 'place', source: placeSource(place!), confidence: 0.8, place: place! }, { ...d, start: next.start }];
  });
}

/** "de", "à" or "en" before token `i`: what makes the word after it a place. */
function placedBefore(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && before.word && (before.folded === 'de' || PLACE_PREPOSITIONS.has(before.folded));
}

/** A regnal number: II to XXXIX, in capitals (not "I", the English pronoun; French writes "Ier"). */
const ROMAN = /^(?!I$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * "Louis XIV", "Jean-Paul II", "Philippe V": the number after a first name is part of the
 * name, and a replacement that left it ("[Personne 1] XIV") would still point at one man.
 */
export function withOrdinals(tokens: Token[], found: Detection[], lexicon: Lexicon): Detection[] {
  let i = 0;
  return found.map((d) => {
    if (d.type !== 'person') return d;
    while (i < tokens.length && tokens[i]!.end < d.end) i++;
    const last = tokens[i];
    const next = tokens[i + 1];
    if (!last || last.end !== d.end || !next || next.start - last.end !== 1 || !next.word || !next.text || !ROMAN.test(next.text)) return d;
    const name = last.folded.split('-')[0]!;
    return lexicon.firstNames.has(name) ? { ...d, end: next.end } : d;
  });
}

/**
 * French writes an article before the name of a place, an organisation or a work ("l'Alaska",
 * "du Texas", "au Crédit", "en Floride", "les Canucks", "la FIA"), almost never before a
 * person's ("Texas", "Floride" and "Alaska" are also on the list of first names): on modern
 * annotated French, 0.6% of people's names against a third of the words masked as people
 * wrongly (docs/benchmarks.md). A capitalised word right after "le", "la", "les", "l'", "du",
 * "des", "au", "aux" or "en" is masked, but as a place (when the lists know it, or after "en")
 * or an organisation, not as a person. Unless the text says otherwise: the same word is a
 * person elsewhere without an article ("Maheu dit…", then "du Maheu"), the article stands
 * inside a name ("Tristan l'Hermite"), or a family stands there: after "la", "les" or "des" a
 * first name or a frequent surname alone ("les Martin"; "la Maheude" is read as the rest), after
 * "les", "des" or "aux" any word alone that does not take the plural's s ("chez les Kerguélen"),
 * after any article a frequent surname that is no place ("au Martin"). A name of several
 * words is the article's up to its first name ("du Budget Michel Charasse"), or whole where
 * none follows ("les Maple Leafs", "au SV Zulte Waregem"), unless it ends on a frequent
 * surname ("du Petit-Montrouge Kouffaud"). Masked either way: nothing is let through.
 */
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'du', 'des', 'au', 'aux', 'en']);
const PLACE_DETERMINERS = new Set(['en']);
/** The articles of a family or of a woman named familiarly: "les Martin", "des Dupont", "la Callas". */
const FAMILY_DETERMINERS = new Set(['la', 'les', 'des']);
const PLURAL_DETERMINERS = new Set(['les', 'des', 'aux']);

export function afterDeterminers(text: string, tokens: Token[], found: Detection[], lexicon: Lexicon): Detection[] {
  /** For each person found, the index of its first token and whether a determiner stands right before it. */
  const people: { d: Detection; at: number; determined: boolean }[] = [];
  const bare = new Set<string>();
  let i = 0;
  for (const d of found) {
    if (d.type !== 'person') continue;
    while (i < tokens.length && tokens[i]!.start < d.start) i++;
    const first = tokens[i];
    const before = tokens[i - 1];
    const determined = !!first && first.start === d.start && !!before && before.word && before.shape === 'lower' && DETERMINERS.has(before.folded) && first.start - before.end <= 1;
    people.push({ d, at: i, determined });
    if (!determined) for (let k = i; k < tokens.length && tokens[k]!.start < d.end; k++) if (tokens[k]!.word) bare.add(tokens[k]!.folded);
  }
  const retyped = new Map<Detection, Detection[]>();
  let previous: Detection | undefined;
  for (const { d, at, determined } of people) {
    const prior = previous;
    previous = d;
    if (!determined || d.source === 'context') continue;
    const first = tokens[at]!;
    const before = tokens[at - 1]!;
    if (bare.has(first.folded)) continue;
    // "Tristan l'Hermite": the article joins two parts of one name.
    if (prior && at >= 2 && prior.end === tokens[at - 2]!.end) continue;
    // "le J. Salmon": an initial is someone's.
    if (isInitial(first) || (SURNAMES.has(first.folded) && !lexicon.places.has(first.folded))) continue;
    const second = tokens[at + 1] && tokens[at + 1]!.start < d.end ? tokens[at + 1] : undefined;
    if (!second && FAMILY_DETERMINERS.has(before.folded) && lexicon.firstNames.has(first.folded)) continue;
    // "chez les Kerguélen", "les Thénardier": a family, its name left as it is in the plural; "les Canucks", "des Moluques" take the plural's s.
    if (!second && PLURAL_DETERMINERS.has(before.folded) && !/s$/u.test(first.folded) && !lexicon.places.has(first.folded)) continue;
    // "les Félix Pécaut", "la Nadège Kerguélen": a first name and a surname that is no word ("les Blue Jays" are words).
    if (firstNameAndSurname(lexicon, first, second)) continue;
    // "du Budget Michel Charasse": the article is the budget's; from the first name on, a person.
    let last = first;
    let k = at + 1;
    // "sur la Provence Dumas-Veace": a place the lists know, then someone; not a place of several words ("la Côte d'Azur").
    const placeFirst = !!second && lexicon.places.has(first.folded) && !lexicon.places.has(fold(text.slice(d.start, d.end)));
    for (; !placeFirst && k < tokens.length && tokens[k]!.start < d.end; k++) {
      const t = tokens[k]!;
      if (isInitial(t)) break;
      // (Not a rare first name that is a place: "les Maple Leafs de Toronto".)
      if (t.word && t.shape !== 'lower' && (lexicon.popularFirstNames.has(t.folded) || (lexicon.firstNames.has(t.folded) && !lexicon.places.has(t.folded)))) break;
      if (t.word) last = t;
    }
    const end = last.end;
    const person = k < tokens.length && tokens[k]!.start < d.end ? { ...d, start: tokens[k]!.start } : null;
    // "du Petit-Montrouge Kouffaud": a name of several words that ends on a frequent surname may
    // be the article's first word's and a person's after it.
    if (!person && last !== first && SURNAMES.has(last.folded) && !lexicon.places.has(last.folded)) continue;
    const place = lexicon.places.get(fold(text.slice(d.start, end))) ?? lexicon.places.get(first.folded);
    const { gender: _, ...rest } = d;
    const confidence = Math.min(d.confidence, 0.6);
    const other: Detection = place || PLACE_DETERMINERS.has(before.folded) ? { ...rest, end, type: 'place', source: 'context', confidence, ...(place ? { place } : {}) } : { ...rest, end, type: 'organisation', source: 'context', confidence };
    retyped.set(d, person ? [other, person] : [other]);
  }
  return retyped.size ? found.flatMap((d) => retyped.get(d) ?? [d]) : found;
}

/** A word of either language's common words or of the English dictionary. */
function isAnyWord(lexicon: Lexicon, folded: string): boolean {
  return lexicon.commonWords.fr.has(folded) || lexicon.commonWords.en.has(folded) || lexicon.englishDictionary.has(folded);
}

/**
 * `first` is a first name the lists know and `second`, the next word of the name, no word of
 * either language: someone's first name and surname ("Nadège Kerguélen"), not a title's words
 * ("Royal Navy", "Magic Mike"). What the retyping corrections leave a person.
 */
export function firstNameAndSurname(lexicon: Lexicon, first: Token, second: Token | undefined): boolean {
  return !!second?.word && second.shape !== 'lower' && lexicon.firstNames.has(first.folded) && !isAnyWord(lexicon, second.folded);
}

/** `d`, a person found, masked as a place or an organisation instead, from the context, at most as sure as `cap`: no gender then. */
export function retypedFromContext(d: Detection, type: 'place' | 'organisation', cap: number): Detection {
  const { gender: _, ...rest } = d;
  return { ...rest, type, source: 'context', confidence: Math.min(d.confidence, cap) };
}
