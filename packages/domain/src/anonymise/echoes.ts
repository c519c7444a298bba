import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { lowerBound, ownsNext, type Token, withoutFinalStop } from './text.js';
import type { Detection } from './types.js';
import { DAYS_AND_MONTHS, isFormOfAddress, isTitleThatNames, NAME_PARTICLES, NEVER_NAMES, TITLES } from './vocabulary.js';

const NAMED_TYPES = new Set(['person', 'place', 'organisation']);
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'the']);
/** Only what was found with this confidence repeats: a guess repeated is a guess multiplied. */
const SURE_ENOUGH = 0.5;
/** A person found this surely (after a title, with a first name) makes the word a person's name in the whole text. */
const SURE_PERSON = 0.9;
/** A word found as a person twice as often as anything else, once at least this surely, is a person throughout. */
const SURE_MAJORITY = 0.8;

/** The word before is "de" or "d'": "Bérard de Brest", "Chevalier d'Angers". */
const afterDe = (previous: Token | undefined): boolean => previous?.folded === 'de' || previous?.folded === "d'";

/** A word that can carry a name by itself: capitalised, two letters or more, not a title, a particle or a function word. */
function nameWord(t: Token): boolean {
  if (!t.word || (t.shape !== 'title' && t.shape !== 'upper') || t.text.length < 2) return false;
  const f = t.folded;
  // Without a final stop, the word bare is the word itself, already asked of TITLES.
  return !NAME_PARTICLES.has(f) && !TITLES.has(f) && !(f.charCodeAt(f.length - 1) === 46 && TITLES.has(withoutFinalStop(f))) && !NEVER_NAMES.has(f);
}

/**
 * One name, one treatment, throughout a text. A word found as part of a name somewhere
 * ("Forestier" after "M.", "Quasimodo" inside a sentence) is that name wherever else the
 * text writes it with a capital, above all first in a sentence, where capitals prove
 * nothing and the detectors are cautious: a name masked in one paragraph and left in
 * the next is the leak the coach would not see. The echo takes the type of the name it
 * repeats; recorded names are left to the records, which already find every variant.
 * `detections` are sorted and do not overlap; so are the detections returned, echoes included.
 */
export function withEchoes(
  tokens: Token[],
  detections: Detection[],
  isWellKnownPlace: (folded: string) => boolean = () => false,
  isPopularFirstName: (folded: string) => boolean = () => true,
  isWord: (folded: string) => boolean = () => true,
): Detection[] {
  return withParticlesBefore(tokens, echoed(tokens, asOrganisationsNamed(tokens, detections), isWellKnownPlace, isPopularFirstName, isWord));
}

function echoed(tokens: Token[], detections: Detection[], isWellKnownPlace: (folded: string) => boolean, isPopularFirstName: (folded: string) => boolean, isWord: (folded: string) => boolean): Detection[] {
  const sources = new Map<string, Detection>();
  /** The capitalised particle a name was found with ("Le" of "Le Goff"), by its word. */
  const particles = new Map<string, string>();
  /** The first word of each organisation of several words ("Caisse" of "la Caisse d'Épargne"), with it. */
  const heads = new Map<string, Detection>();
  /** How often each word is found as a person and as a place or an organisation, and its most confident person. */
  const votes = new Map<string, { person: number; other: number; best?: Detection }>();
  let d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (d < detections.length && detections[d]!.end <= t.start) d++;
    const covering = detections[d];
    if (!covering || covering.start > t.start || !NAMED_TYPES.has(covering.type) || covering.source === 'records' || covering.confidence < SURE_ENOUGH || !nameWord(t)) continue;
    // "M. Bérard de Brest": a well-known town after "de" inside a longer person's name
    // (where it says where he is from) does not make the town a person everywhere else.
    // "Julien Sens" does: there "Sens" is his surname, wherever else the text writes it.
    if (covering.type === 'person' && covering.start < t.start && isWellKnownPlace(t.folded) && afterDe(tokens[i - 1])) continue;
    // "Thierry Jean-Pierre, Taïwan Connection": a country or a large town that is no popular first
    // name makes a person of itself elsewhere only where a title or the records said so.
    // A frequent surname does ("Claire Fontaine … Fontaine remercie").
    if (covering.type === 'person' && covering.source !== 'context' && isWellKnownPlace(t.folded) && !isPopularFirstName(t.folded) && !SURNAMES.has(t.folded)) continue;
    // "M. Le Goff": the particle the name was found with goes with it where the text repeats it ("LE GOFF").
    const before = tokens[i - 1];
    if (before && covering.start <= before.start && before.word && NAME_PARTICLES.has(before.folded) && before.shape !== 'lower') particles.set(t.folded, before.folded);
    if (covering.type === 'organisation' && covering.start === t.start && covering.end > t.end) heads.set(t.folded, covering);
    const vote = votes.get(t.folded) ?? { person: 0, other: 0 };
    if (covering.type !== 'person') vote.other++;
    else if (++vote.person && (!vote.best || vote.best.confidence < covering.confidence)) vote.best = covering;
    votes.set(t.folded, vote);
    const had = sources.get(t.folded);
    // Where one word was found as two types, a person named for certain ("M. d'Artagnan")
    // speaks for it, else the more confident finding.
    const weight = (x: Detection) => x.confidence + (x.type === 'person' && x.confidence >= SURE_PERSON ? 1 : 0);
    if (!had || weight(had) < weight(covering)) sources.set(t.folded, covering);
  }
  const titled = titlesAsSurnames(tokens, detections);
  const months = monthsAsNames(tokens, detections);
  if (sources.size === 0 && titled.size === 0 && months.size === 0) return detections;
  // "à Gringoire", "de Quasimodo" read as places where the text names the same word as a
  // person twice as often: the text's own majority decides, everywhere (a well-known town
  // keeps its type: "Paris" is not made a person by a name it once began).
  const outvoted = new Set<string>();
  for (const [word, v] of votes) {
    if (v.best && v.best.confidence >= SURE_MAJORITY && v.other && v.person >= 2 * v.other && !isWellKnownPlace(word)) {
      sources.set(word, v.best);
      outvoted.add(word);
    }
  }
  detections = asPeopleNamed(tokens, detections, sources, outvoted);

  const echoes: Detection[] = [];
  let lastToken = -2;
  d = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (d < detections.length && detections[d]!.end <= t.start) d++;
    if (d < detections.length && detections[d]!.start < t.end) continue;
    // "Louis Pasteur" then "M. Pasteur": a title this text proved a surname is read nowhere else as
    // that name, the detectors taking it for a title; it is his name wherever it is capitalised.
    // Before a name it is still that name's title ("le Pasteur Martin").
    // The maps are asked first: they are most often empty, and the checks around them are not free.
    const surname = titled.size && (t.shape === 'title' || t.shape === 'upper') && !nameWord(t) && !announces(tokens, i) ? titled.get(t.folded) : undefined;
    // "Nguyen Thi Mai … Mai parle peu": a month the text proved a given name, away from any number ("Mai 2024", "1er Mai").
    const month = months.size && !surname && t.shape === 'title' && !nextToNumber(tokens, i) ? months.get(t.folded) : undefined;
    // "Léa Martin … léa m'a écrit": a person's name typed again in lower case, in a quick message,
    // is hers where it is no word of either language (not "rose", not "pierre"); so is a place's or
    // an organisation's ("la Kerbrat" read as a firm is still masked in "ensuite kerbrat a parlé").
    // The text's own names are few, the language's words many: the names are asked first.
    const lower = !surname && !month && t.word && t.shape === 'lower' && t.text.length >= 3 ? sources.get(t.folded) : undefined;
    const inLowerCase = lower && (!isWord(t.folded) || (lower.type === 'person' && ownsOrActs(tokens, i))) ? lower : undefined;
    const source = surname ?? month ?? inLowerCase ?? (nameWord(t) ? sources.get(t.folded) : undefined);
    if (!source) continue;
    const last = echoes[echoes.length - 1];
    // "Eugénie Grandet" missed twice over is one name again, not two (only a space between them).
    if (last && lastToken === i - 1 && last.type === source.type && t.start - last.end <= 1) {
      last.end = t.end;
      lastToken = i;
      continue;
    }
    // Inside a sentence the detectors read a capital with all its context; first in a
    // sentence or in capitals they cannot, and that is where a repeated name slips through.
    // "Elle a rejoint la Caisse": after its article, the first word of an organisation named
    // whole before is that organisation, though alone it reads as a word.
    const head = !t.sentenceStart && t.shape === 'title' && ARTICLES.has(tokens[i - 1]?.folded ?? '') && heads.get(t.folded);
    if (!t.sentenceStart && t.shape !== 'upper' && !head && !surname && !month && !inLowerCase) continue;
    // "Petit à petit", "Pas à pas": a locution that repeats the word is the word.
    if (tokens[i + 1]?.folded === 'a' && tokens[i + 2]?.folded === t.folded) continue;
    lastToken = i;
    const echo: Detection = { start: t.start, end: t.end, type: source.type, source: 'elsewhere', confidence: Math.round(source.confidence * 90) / 100 };
    if (source.gender) echo.gender = source.gender;
    if (source.place) echo.place = source.place;
    echoes.push(echo);
  }
  const all = echoes.length ? [...detections, ...echoes].sort((a, b) => a.start - b.start) : detections;
  return particles.size ? withTheirParticles(tokens, all, particles) : all;
}

/** Token `i` is followed, one space on, by a word that can carry a name: a title there is that name's title. */
function announces(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !!next && next.word && next.start === tokens[i]!.end + 1 && nameWord(next);
}

/**
 * Titles the text uses as a surname, with the person they end: the last word of a person's
 * name, after another word of it ("Louis Pasteur", "Paul Baron") or after a form of address
 * ("M. Pasteur"), capitalised, itself no form of address.
 */
function titlesAsSurnames(tokens: Token[], detections: Detection[]): Map<string, Detection> {
  const titled = new Map<string, Detection>();
  let i = 0;
  for (const d of detections) {
    if (d.type !== 'person' || d.confidence < SURE_ENOUGH || d.source === 'records') continue;
    while (i < tokens.length && tokens[i]!.end < d.end) i++;
    const last = tokens[i];
    if (!last || last.end !== d.end || (last.shape !== 'title' && last.shape !== 'upper') || !isTitleThatNames(last.folded)) continue;
    const before = tokens[i - 1];
    if (last.start !== d.start || (before?.word && isFormOfAddress(before.folded))) titled.set(last.folded, d);
  }
  return titled;
}

/**
 * Months and days the text uses as a given name: a capitalised word of a person's name of
 * several words found surely ("Nguyen Thi Mai", "April Jones"), which every detector reads as
 * the date it also is wherever it stands alone.
 */
function monthsAsNames(tokens: Token[], detections: Detection[]): Map<string, Detection> {
  const named = new Map<string, Detection>();
  let i = 0;
  for (const d of detections) {
    if (d.type !== 'person' || d.confidence < SURE_PERSON || d.source === 'records') continue;
    while (i < tokens.length && tokens[i]!.end <= d.start) i++;
    for (let k = i; k < tokens.length && tokens[k]!.start < d.end; k++) {
      const t = tokens[k]!;
      if (t.word && t.shape === 'title' && DAYS_AND_MONTHS.has(t.folded) && (d.start < t.start || t.end < d.end)) named.set(t.folded, d);
    }
  }
  return named;
}

/**
 * French words after which a common noun needs its article, and a name does not: "puis olivier",
 * "avec pierre", "vu rose" ("puis un olivier", "avec la pierre"). Folded.
 */
const BEFORE_SOMEONE = new Set(['puis', 'avec', 'vu', 'vue', 'revu', 'revue', 'chez', 'selon', 'appele', 'appelle', 'rappele', 'rappelle', 'contacte', 'croise', 'croisee']);

/** Verbs of a subject in the third person, which no modal, no noun and no adjective is followed by. */
const THIRD_PERSON_VERBS = new Set(['feels', 'says', 'said', 'wants', 'wanted', 'thinks', 'thought', 'needs', 'has', 'had', 'is', 'was', 'told', 'asked', 'wrote', 'called', 'agreed', 'seems', 'knows']);

/**
 * "Will Hunter … will feels stuck", "Pat Brown … pat's goals": a name that is also a word, typed
 * again in lower case, is hers where it owns something, acts as a subject in the third person,
 * or follows a French word after which a noun would need its article ("puis olivier", not
 * "puis un olivier"); "will" the modal is never followed by "feels", nor "pat" the verb by "'s".
 */
function ownsOrActs(tokens: Token[], i: number): boolean {
  // "Elle a vu Olivier puis olivier", "avec pierre": in French, after these a word without its article is someone.
  const before = tokens[i - 1];
  if (before?.word && before.end >= tokens[i]!.start - 1 && BEFORE_SOMEONE.has(before.folded)) return true;
  const next = tokens[i + 1];
  if (!next || next.lineStart) return false;
  if (ownsNext(tokens, i)) return true;
  return next.word && next.start === tokens[i]!.end + 1 && THIRD_PERSON_VERBS.has(next.folded);
}

/** A number right before or after token `i`: "Mai 2024", "1er Mai", "15 May". */
function nextToNumber(tokens: Token[], i: number): boolean {
  const isNumber = (t: Token | undefined) => !!t && !t.word && /^\d/u.test(t.text);
  const before = tokens[i - 1];
  // "1er Mai", "21st May": the ordinal's letters are a token of their own, glued to its number.
  const ordinal = !!before && /^(?:er|re|e|eme|st|nd|rd|th)$/u.test(before.folded) && isNumber(tokens[i - 2]) && tokens[i - 2]!.end === before.start;
  return isNumber(tokens[i + 1]) || isNumber(before) || ordinal;
}

/**
 * "M. Le Goff" then "face à LE GOFF": where the text names a person with a capitalised particle,
 * a mention of the rest of the name right after that particle takes it in, so that the
 * replacement does not leave "LE G." behind. `detections` are sorted and do not overlap.
 */
function withTheirParticles(tokens: Token[], detections: Detection[], particles: Map<string, string>): Detection[] {
  return withParticleTaken(tokens, detections, (p, t) => p.folded === particles.get(t.folded) && t.start - p.end <= 1);
}

/** Particles that are also articles or prepositions: first in a sentence, "Le" or "De" may be just that ("De Marc, elle dit…"). */
const ARTICLE_PARTICLES = new Set(['de', 'du', 'des', "d'", 'la', 'le']);

/**
 * "Les Van Damme", "avec De Gaulle", "chez VAN DAMME": a particle written with a capital right
 * before a person's name is part of that name (a particle that belongs to no name is written in
 * lower case), and goes with it, so the replacement does not leave "Van D." behind. First in a
 * sentence or in capitals, an article ("Le", "DE") is taken only where the text found it with
 * the name (withTheirParticles). `detections` are sorted and do not overlap.
 */
function withParticlesBefore(tokens: Token[], detections: Detection[]): Detection[] {
  return withParticleTaken(tokens, detections, (p, t) => {
    if (!NAME_PARTICLES.has(p.folded) || t.start - p.end !== 1 || t.lineStart) return false;
    if (p.shape !== 'title' && p.shape !== 'upper') return false;
    return !(ARTICLE_PARTICLES.has(p.folded) && (p.sentenceStart || p.shape === 'upper'));
  });
}

/** Each person's detection starts at the word before it where `takes(that word, the name's first)`, unless another detection holds that word. */
function withParticleTaken(tokens: Token[], detections: Detection[], takes: (particle: Token, name: Token) => boolean): Detection[] {
  let i = 0;
  return detections.map((d, k) => {
    if (d.type !== 'person') return d;
    while (i < tokens.length && tokens[i]!.start < d.start) i++;
    const t = tokens[i];
    const p = tokens[i - 1];
    if (!t || t.start !== d.start || !p?.word || !takes(p, t)) return d;
    if (k > 0 && detections[k - 1]!.end > p.start) return d;
    return { ...d, start: p.start };
  });
}

/**
 * A word the text surely uses as a person's name ("M. d'Artagnan", "Mme Rochefort") is
 * that person where a single-word finding took it for a place or an organisation ("chez
 * d'Artagnan", "de Rochefort"): one name, one type, so that one replacement serves all.
 * So is a word `outvoted`: named as a person twice as often as anything else in the text.
 * Recorded names and legal forms keep their type.
 */
function asPeopleNamed(tokens: Token[], detections: Detection[], sources: Map<string, Detection>, outvoted: Set<string>): Detection[] {
  let t = 0;
  return detections.map((d) => {
    if ((d.type !== 'place' && d.type !== 'organisation') || d.source === 'records' || d.source === 'legal-forms') return d;
    while (t < tokens.length && tokens[t]!.start < d.start) t++;
    const token = tokens[t];
    if (!token || token.start !== d.start || token.end !== d.end) return d;
    const named = sources.get(token.folded);
    if (!named || named.type !== 'person' || (named.confidence < SURE_PERSON && !outvoted.has(token.folded))) return d;
    const person: Detection = { start: d.start, end: d.end, type: 'person', source: 'elsewhere', confidence: Math.round(named.confidence * 90) / 100 };
    if (named.gender) person.gender = named.gender;
    return person;
  });
}


/** The word before an organisation's name in a role: "CEO of Greggs", "DRH de Vinci", "chez". */
const ORGANISATION_AFTER = new Set(['of', 'at', 'for', 'de', 'du', 'des', "d'", 'chez']);

/**
 * "She left the BBC" then "her old boss from the BBC", "Brightwater Logistics LLC" then
 * "Brightwater Logistics is growing", "the CEO of Greggs" then "Greggs' CEO": words the text
 * surely names as an organisation (or as the organisation a role is of) are that organisation
 * where a less sure finding took them for a person, so that one organisation gets one
 * replacement, not "company A" here and "B." there. Recorded names keep their type.
 * `detections` are sorted and do not overlap.
 */
function asOrganisationsNamed(tokens: Token[], detections: Detection[]): Detection[] {
  // Most texts name no organisation and no role: nothing to read then.
  if (!detections.some((d) => d.type === 'organisation' || d.type === 'role')) return detections;
  /** The folded words a detection covers. */
  const wordsOf = (d: Detection): string[] => {
    const words: string[] = [];
    for (let k = lowerBound(tokens, d.start); k < tokens.length && tokens[k]!.start < d.end; k++) if (tokens[k]!.word) words.push(withoutFinalStop(tokens[k]!.folded));
    return words;
  };
  /** Every run of words of an organisation's name, with the surest confidence it was found with. */
  const named = new Map<string, number>();
  for (const d of detections) {
    if (d.type !== 'organisation' && d.type !== 'role') continue;
    let words = wordsOf(d);
    if (d.type === 'role') {
      const of = words.findIndex((w) => ORGANISATION_AFTER.has(w));
      words = of < 0 ? [] : words.slice(of + 1);
    }
    for (let from = 0; from < words.length; from++) {
      for (let to = from + 1; to <= words.length; to++) {
        const run = words.slice(from, to).join(' ');
        named.set(run, Math.max(named.get(run) ?? 0, d.confidence));
      }
    }
  }
  if (!named.size) return detections;
  return detections.map((d) => {
    if (d.type !== 'person' || d.source === 'records' || d.confidence >= SURE_PERSON) return d;
    const sure = named.get(wordsOf(d).join(' '));
    if (sure === undefined || sure <= d.confidence) return d;
    return { start: d.start, end: d.end, type: 'organisation', source: 'elsewhere', confidence: Math.round(sure * 90) / 100 };
  });
}
