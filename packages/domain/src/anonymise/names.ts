import { isJobTitle } from './job-titles.js';
import { attendanceLists } from './attendance.js';
import { caselessScriptNames } from './caseless-scripts.js';
import { initialsInContext } from './initials-in-context.js';
import { employersAfterVerbs } from './employer-verbs.js';
import { englishPopular, genderOf, isWellKnownPlace, type Lexicon, mayBeIn, placeSource, TokenFacts, WORD } from './lexicon.js';
import { acronymsKept, afterDeterminers, employersKept, articlesOfNames, livingPlacesKept, englishTitles, monthsOpeningNames, placesBeforeNames, withOrdinals } from './model-corrections.js';
import { placeAfterParticle } from './of-place.js';
import { headsALetter, livesAt, wordTownAt } from './word-towns.js';
import { quotedEmployer, quotedTitles } from './quoted-titles.js';
import { namedKinds } from './kind-nouns.js';
import { inListsOfNames, placesInLists, popularNamesInLists } from './lists.js';
import { knownOrganisation, knownOrganisationNames } from './known-organisation-names.js';
import { capitalLinesInLowerCase } from './capital-lines.js';
import { inOrganisationInCapitals } from './organisations-in-capitals.js';
import { namedBesideRole } from './role-labels.js';
import { formerEmployers, organisationPhrases } from './organisation-phrases.js';
import { lowerCaseNames } from './lower-case-names.js';
import { lowerCasePlaces } from './lower-case-places.js';
import { placeAfterContraction, placeWithArticle } from './place-articles.js';
import { namedRelatives } from './relatives.js';
import { signedInCapitals, surnamesAfterAddress, titlesAfterAddress, wholePersonNames, withBareInitials } from './name-parts.js';
import { roles } from './roles.js';
import { isCapitalised, looksLikeNameIn } from './model/features.js';
import { type Model, namesByModel, parseModel } from './model/model.js';
import { WEIGHTS } from './model/weights.js';
import { nameRuns, type Run, sameLine } from './name-runs.js';
import { KINSHIP, officeComplement, opensOnOfThe, placeOpening } from './offices.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { fold, hasForeignAccent, isInitial, isShortCapitals, lowerBound, ownsNext, type Token, withoutFinalStop } from './text.js';
import type { Detection, Gender, Language } from './types.js';
import { adjectiveBeforeItsNoun, beforeItsVerb, DAYS_AND_MONTHS, EMPLOYER_PREPOSITIONS, FIRM_ENDINGS, FORMS_OF_ADDRESS, FRENCH_ARTICLES, GREETINGS, IMPERATIVE_WITH_PRONOUN, LEGAL_FORMS, LOCUTION_HEADS, NAME_PARTICLES, NEVER_NAMES, OFFICES, ORGANISATION_HEADS, ORGANISATION_NOUNS, PLACE_PREPOSITIONS, ROLE_WORDS, SUBJECT_VERBS, TITLES, titleGender } from './vocabulary.js';

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAcronym = (t: Token, lexicon: Lexicon) => isShortCapitals(t) && !lexicon.firstNames.has(t.folded);

/**
 * Names of people, organisations and places found from the words themselves: titles
 * and forms of address, first names, legal forms, place names, the prepositions
 * around them, and, last, capitals where a common word would not have them. In French
 * the last word is the model's (model/): a classifier trained on annotated text, which
 * reads what these rules found among the rest.
 */
export function findNames(text: string, tokens: Token[], lexicon: Lexicon, language: Language, things: ReadonlySet<number> = new Set()): Detection[] {
  const facts = new TokenFacts(tokens, lexicon);
  const rules = ruleNames(text, tokens, lexicon, language, facts);
  // The model learnt French; English text keeps the hand rules alone.
  const found = language === 'fr' ? namesByModel(text, tokens, lexicon, language, rules, shippedModel(), facts) : rules;
  const read = withOrdinals(tokens, language === 'fr' ? afterDeterminers(text, tokens, placesBeforeNames(tokens, englishTitles(tokens, monthsOpeningNames(tokens, livingPlacesKept(tokens, employersKept(tokens, acronymsKept(text, found, rules), rules, lexicon), rules), rules, lexicon), lexicon), lexicon), lexicon) : found, lexicon);
  const unthought = things.size ? read.filter((d) => !allThings(tokens, d, things)) : read;
  // (After the things: "Le Brexit" is no one's name with its article either.)
  const kept = namedKinds(tokens, quotedTitles(text, tokens, language === 'fr' ? articlesOfNames(tokens, unthought, lexicon) : unthought, lexicon), lexicon, language);
  const isPopular = (w: string) => lexicon.popularFirstNames.has(w);
  const wellKnownPlace = (w: string) => {
    const place = lexicon.places.get(w);
    return isWellKnownPlace(place) ? place : undefined;
  };
  const isFirstName = (w: string) => lexicon.firstNames.has(w);
  const named = withBareInitials(tokens, wholePersonNames(tokens, [...kept, ...popularNamesInLists(text, kept, isPopular), ...placesInLists(text, kept, wellKnownPlace, isPopular, (w) => !isFirstName(w) && !SURNAMES.has(w) && !lexicon.commonWords[language].has(w) && !lexicon.englishDictionary.has(w)), ...titlesAfterAddress(tokens), ...surnamesAfterAddress(tokens, isFirstName)], isFirstName), isFirstName);
  // A line in capitals is read as lower case by the readers of lower-case names (capital-lines.ts).
  const caseless = capitalLinesInLowerCase(tokens);
  return [...named, ...roles(tokens, named), ...lowerCaseNames(caseless, lexicon, language, named, facts), ...namedRelatives(caseless, language, named, (w) => lexicon.popularFirstNames.has(w)), ...lowerCasePlaces(caseless, lexicon, language, named, facts), ...organisationPhrases(tokens, lexicon, language), ...formerEmployers(tokens, lexicon, language), ...employersAfterVerbs(caseless, lexicon, language), ...attendanceLists(tokens, lexicon, language), ...knownOrganisationNames(text, tokens, lexicon.organisations), ...caselessScriptNames(tokens), ...initialsInContext(tokens, lexicon, language), ...signedInCapitals(tokens, (f) => lexicon.popularFirstNames.has(f))];
}

/** "sur Teams", "son profil MBTI": every word of the name is a thing of known-things.ts, which identifies no one. */
function allThings(tokens: Token[], d: Detection, things: ReadonlySet<number>): boolean {
  let i = lowerBound(tokens, d.start);
  let any = false;
  for (; i < tokens.length && tokens[i]!.start < d.end; i++) {
    if (!tokens[i]!.word) continue;
    if (!things.has(i)) return false;
    any = true;
  }
  return any;
}

let model: Model | null = null;
/** The trained model (model/weights.ts), read once. */
function shippedModel(): Model {
  model ??= parseModel(WEIGHTS);
  return model;
}

/** The hand rules alone: people, places and organisations, without the roles joined to them. */
export function ruleNames(text: string, tokens: Token[], lexicon: Lexicon, language: Language, facts = new TokenFacts(tokens, lexicon)): Detection[] {
  const found: Detection[] = [];
  const common = lexicon.commonWords[language];
  // What the lists say of a token, asked of them once per text (lexicon.ts, TokenFacts).
  const has = (t: Token, bit: number) => (facts.of(t) & bit) !== 0;
  const looksLikeName = (t: Token) => looksLikeNameIn(facts, t);
  // A token's index without a search: every token asked of here is one of the text's.
  const indexOf = (t: Token) => {
    const i = facts.indexOf(t);
    return i >= 0 ? i : lowerBound(tokens, t.start);
  };
  const mayBePlace = mayBeIn(lexicon, 'places');
  const [COMMON, OTHER] = language === 'fr' ? [WORD.commonFr, WORD.englishWord] : [WORD.commonEn, WORD.commonFr];
  // "Follow-up:", "Check-in" opening a line: a compound of common words is one, unless the lists know it as a first name ("Jean-Pierre").
  const compoundOfWords = (t: Token) => t.folded.includes('-') && !has(t, WORD.firstName) && t.folded.split('-').every((p) => p.length > 0 && common.has(p));
  // "The client tells me:\nQuelque chose coince": a line of the other language opens on one of its words.
  const otherAtStart = (t: Token) => t.sentenceStart && has(t, OTHER) && !has(t, WORD.firstName);
  const isCommon = (t: Token) => has(t, COMMON) || (t.shape === 'upper' && has(t, OTHER)) || otherAtStart(t) || compoundOfWords(t);
  /** Common, and no popular first name of the text's language ("Line" is a French one, rare in English). */
  const popularHere = language === 'en' ? englishPopular(lexicon) : lexicon.popularFirstNames;
  const rareHere = (t: Token) => isCommon(t) && !popularHere.has(t.folded);

  // A common word in capitals ("RÉUNION AVEC MARC DURAND") is a heading, not part of a name.
  // Nor are letters glued to a number ("NW1 6XE", "A4"): a code, which the patterns read.
  // First on its line, a common word that is no frequent surname ("Moreau") is a label's or a
  // heading's ("Le DG de Renault\nÉquipe marketing").
  // "April Jones", "June Carter": a month or a day right before a capitalised word that is no
  // word, no popular first name and no place is a given name ("In May Paul came" stays a date).
  // French writes its months in lower case: there a month that is a given name is one before a
  // surname the lists also hold as a first name ("Mai Nguyen", "Avril Martin").
  const monthAsName = (t: Token) => {
    if (t.shape !== 'title' || !DAYS_AND_MONTHS.has(t.folded)) return false;
    // "May said she's quitting", "June wants a report": an English month that is a given name, before a verb of speech or will.
    if (language === 'en' && GIVEN_MONTHS.has(t.folded)) {
      const verb = tokens[lowerBound(tokens, t.end)];
      if (verb?.word && verb.shape === 'lower' && verb.start === t.end + 1 && SUBJECT_VERBS.has(verb.folded) && !BEING.has(verb.folded)) return true;
    }
    const next = capitalisedAfter(tokens, indexOf(t));
    const frenchGivenName = language === 'fr' && has(t, WORD.firstName);
    // "April King", "June Baker": a frequent surname after the month is hers, though it is also a word.
    const surname = !!next && has(next, WORD.surname) && !DAYS_AND_MONTHS.has(next.folded);
    return !!next && (!isCommon(next) || surname) && (frenchGivenName || surname || !has(next, WORD.popularFirstName)) && !has(next, WORD.place);
  };
  // "BLANC Pierre", "Coachée : FONTAINE Julie": a word in capitals right before a popular first name
  // on its line is her surname written as lists write it, though in capitals a word is a heading's.
  // So is a frequent surname that is also a word, first on its line, before a first name that ends
  // the name ("Fontaine Julie - séance 2"), though first on a line or in a sentence a word is a label's.
  const surnameFirst = (t: Token) => {
    const capitals = t.shape === 'upper';
    if (!(capitals || (t.shape === 'title' && (t.lineStart || t.sentenceStart)))) return false;
    // (The word after it first: it is read from the tokens alone, where the rest are lookups.)
    const next = capitalisedAfter(tokens, indexOf(t));
    if (!next || (!capitals && !has(t, WORD.surname)) || t.text.length < 3 || !looksLikeName(t) || (isCommon(t) && !has(t, WORD.surname))) return false;
    if (!has(next, WORD.popularFirstName)) return false;
    if (capitals) return true;
    const after = tokens[lowerBound(tokens, next.end)];
    return !after || after.lineStart || !after.word;
  };
  // "chez AXA", "ORANGE a validé", "la SOCIÉTÉ GÉNÉRALE": a known organisation written in
  // capitals, though its words are common ones, which capitals alone do not make a name. Of
  // several words it is whole; of one, it needs a word that says so around it: an employer's
  // preposition, an organisation noun before, a verb after, or a label's colon before words
  // ("TOTAL : 450 €" stays a word).
  const organisationInCapitals = (t: Token) => {
    if (t.shape !== 'upper' || !isCommon(t)) return false;
    const i = indexOf(t);
    if (inOrganisationInCapitals(tokens, i, lexicon.organisations)) return true;
    if (!has(t, WORD.organisation)) return false;
    const before = previousWord(tokens, i)?.folded;
    const after = tokens[i + 1];
    // "AXA : point sur le contrat": a label first on its line, before words, is the organisation the note is about.
    const label = (i === 0 || !!t.lineStart) && after?.text === ':' && !!tokens[i + 2]?.word;
    return label || (!!before && (EMPLOYER_PREPOSITIONS.has(before) || ORGANISATION_NOUNS.has(before) || before === 'pour')) || (!!after && after.start === t.end + 1 && beforeItsVerb(after));
  };
  // "Tours, le 3 mars 2024": a town that is also a word, heading a letter before its date.
  // (The letter's shape first: it is read from the tokens alone, where the place is a lookup.)
  const datedFrom = (t: Token) => t.shape === 'title' && headsALetter(tokens, indexOf(t)) && has(t, WORD.place);
  // "Petit (N+1)", "Rivière, le DAF, refuse": a word named beside a role (role-labels.ts).
  // Not a common word, unless a frequent surname or a first name: "Priorité (N+1) : clarifier" is a heading's.
  const nameLike = (t: Token) => !isCommon(t) || has(t, WORD.surname) || has(t, WORD.firstName);
  // (The role first: most words have none beside them, and it is read from the next tokens alone.)
  const besideRole = (t: Token) => isCapitalised(t) && namedBesideRole(tokens, indexOf(t), language) && looksLikeName(t) && nameLike(t);
  // Every way a name starts asks for capitals: most tokens are lower-case words or signs, answered at once.
  const nameStart = (t: Token) => (t.shape === 'title' || t.shape === 'upper') && (datedFrom(t) || monthAsName(t) || surnameFirst(t) || organisationInCapitals(t) || besideRole(t) || looksLikeName(t) && !((t.shape === 'upper' || (t.lineStart && !has(t, WORD.surname))) && isCommon(t) && !has(t, WORD.firstName) && !isInitial(t)) && !isDigit(text.charCodeAt(t.end)));
  /** Capitalised common words ("Meunier", "Charpentier") set aside unless they stand among names. */
  const listed: { start: number; end: number }[] = [];
  /** Known organisations of one word, which a list of people makes one of them. */
  const knownInLists: Detection[] = [];
  // "Objet : Absence de Benjamin Gros", "Retour de Julie Petit": a capitalised common word, then "de",
  // is no name of which a popular first name is the rest; the first name begins the person's.
  const particleJoins = (from: number, to: number, name: number) => {
    const first = tokens[from]!;
    const given = tokens[name]!.folded;
    return !(from === to && first.shape === 'title' && isCommon(first) && !TITLES.has(first.folded) && !has(first, WORD.firstName) && lexicon.popularFirstNames.has(given) && !lexicon.places.has(given));
  };
  for (const run of runs(tokens, nameStart, (t) => !(t.sentenceStart && isCommon(t)), particleJoins)) {
    const words = tokens.slice(run.from, run.to + 1);
    const first = words[0]!;
    const before = previousWord(tokens, run.from);
    const beforeFolded = withoutFinalStop(before?.folded ?? '');
    const after = tokens[run.to + 1];
    const span = { start: first.start, end: tokens[run.to]!.end };
    // "Senior Marketing Manager", "Chief Operating Officer": English capitalises a job's title, whose
    // words are words, no one's name, though the lists know "Chief" as someone's first name somewhere.
    if (language === 'en' && isJobTitle(words, after, (w) => isCommon(w) && !has(w, WORD.popularFirstName))) continue;
    // (One token's text is the run's: its folded form is already made.)
    const folded = words.length === 1 ? first.folded : fold(text.slice(span.start, span.end));
    // "La Grèce", "Le Havre", "Maison Lemoine": before another capitalised word, the article or a firm's
    // head is one, though the lists hold "La", "Le", "Les" and "Maison" as first names somewhere in the world.
    const firstName = language === 'fr' && words.length > 1 && (FRENCH_ARTICLES.has(first.folded) || ORGANISATION_HEADS.has(first.folded)) ? undefined : genderOf(facts.of(first));
    // (A run of one token is folded as its token is, whose facts say whether it is a place; the filter says so of most longer runs.)
    const place = ((words.length === 1 ? has(first, WORD.place) : mayBePlace(folded)) ? lexicon.places.get(folded) : undefined) ?? placeAfterContraction(folded, before, lexicon);
    const titled = before && !hasForeignAccent(before.text) && (TITLES.has(before.folded) || TITLES.has(beforeFolded));
    const withArticle = placeWithArticle(folded, before, first, lexicon);
    if (withArticle) {
      found.push({ start: before!.start, end: span.end, type: 'place', source: placeSource(withArticle), confidence: 0.85, place: withArticle });
      continue;
    }

    if (words.length === 1 && place && datedFrom(first)) {
      found.push({ start: span.start, end: span.end, type: 'place', source: placeSource(place), confidence: 0.85, place });
      continue;
    }
    if (words.length === 1 && nameLike(first) && namedBesideRole(tokens, run.to, language)) {
      found.push({ start: span.start, end: span.end, type: 'person', source: 'context', confidence: 0.85, ...(firstName ? { gender: firstName } : {}) });
      continue;
    }

    // "Président du Conseil", "Monsieur le Commissaire": the office's complement, no one's name.
    const complement = titled ? officeComplement(tokens, run.from, beforeFolded, words) : undefined;
    // A town that is also a word is still the town the office serves ("le maire de Tours").
    const townServed = complement?.head && lexicon.places.get(complement.head.folded);
    if (complement?.head && townServed && isWellKnownPlace(townServed) && isCommon(complement.head) && (beforeFolded === 'maire' || beforeFolded === 'prefet' || beforeFolded === 'depute' || beforeFolded === 'deputee')) {
      found.push({ start: complement.head.start, end: complement.head.end, type: 'place', source: placeSource(townServed), confidence: 0.85, place: townServed });
      continue;
    }
    if (complement && (!complement.head || (isCommon(complement.head) && !has(complement.head, WORD.firstName)))) continue;
    if (titled && OFFICES.has(beforeFolded)) {
      // "le procureur général de Paris", "conseiller général des Hauts-de-Seine": an office
      // and the place it serves; "ministre RPR": an office and its party. Not a person's name.
      // "l'ancien président de Serbie Milan Milutinovic": the place, then the man who held it.
      const at = first.shape === 'lower' ? words.find((w) => !NAME_PARTICLES.has(w.folded)) : undefined;
      const served = at && at !== first ? placeOpening(words.slice(words.indexOf(at)), text, lexicon) : undefined;
      if (served) {
        found.push({ start: at!.start, end: served.end, type: 'place', source: placeSource(served.place), confidence: 0.85, place: served.place });
        if (served.next) found.push({ start: served.next.start, end: span.end, type: 'person', source: 'context', confidence: 0.9 });
        continue;
      }
      // "le président du Medef", "directeur général de la Juventus": "of the", then a name
      // that is no one's first name, is the body the office serves.
      if (complement?.head && opensOnOfThe(words) && !has(complement.head, WORD.firstName)) {
        found.push({ start: complement.head.start, end: span.end, type: 'organisation', source: 'context', confidence: 0.8 });
        continue;
      }
      if (words.length === 1 && isAcronym(first, lexicon)) {
        found.push({ start: span.start, end: span.end, type: 'organisation', source: 'capitalisation', confidence: 0.7 });
        continue;
      }
    }
    // "le frère de Charles Martel", "le père de Jean Valjean": a title that is also a noun, then
    // "de" and a first name, is a kinsman or an office of that person; the name begins at the
    // first name. ("M. de Rênal", "Mme de Marelle": after a form of address "de" is the name's.)
    // So is "le frère de Mody Traoré", whatever his first name: after a word of kinship, "de" is "of".
    const kinsman = KINSHIP.has(beforeFolded) && (first.folded === 'de' || first.folded === "d'");
    if (titled && !FORMS_OF_ADDRESS.has(beforeFolded) && first.shape === 'lower' && NAME_PARTICLES.has(first.folded) && words[1] && (kinsman || has(words[1], WORD.popularFirstName))) {
      const gender: Gender | undefined = lexicon.firstNames.get(words[1].folded);
      found.push({ start: words[1].start, end: span.end, type: 'person', source: 'first-names', confidence: 0.9, ...(gender ? { gender } : {}) });
      continue;
    }
    if (titled) {
      const gender: Gender | undefined = titleGender(before!.folded) ?? firstName;
      found.push({ start: span.start, end: span.end, type: 'person', source: 'context', confidence: 0.95, ...(gender ? { gender } : {}) });
      continue;
    }
    const last = words[words.length - 1]!;
    // "SARL Lemoine Conseil", "SAS Kerbrat": a legal form in capitals opens the firm's name too.
    if (words.length > 1 && first.shape === 'upper' && LEGAL_FORMS.has(first.folded) && !LEGAL_FORMS.has(last.folded)) {
      found.push({ start: span.start, end: span.end, type: 'organisation', source: 'legal-forms', confidence: 0.95 });
      continue;
    }
    if (words.length > 1 && LEGAL_FORMS.has(last.folded)) {
      // "Then Acme Ltd.", "Puis Dupont SARL": a common word opening the sentence is not the company's.
      const from = words.length > 2 && first.sentenceStart && isCommon(first) && !has(first, WORD.firstName) ? 1 : 0;
      found.push({ start: words[from]!.start, end: span.end, type: 'organisation', source: 'legal-forms', confidence: 0.95 });
      continue;
    }
    // "Lemoine et Fils", "Durand & Cie", "Martin Frères": a family firm, not its family.
    const partners = after && (after.folded === 'et' || after.text === '&') ? tokens[run.to + 2] : undefined;
    const firm = partners && partners.shape === 'title' && FIRM_ENDINGS.has(partners.folded) && sameLine(after!, partners) ? partners : words.length > 1 && FIRM_ENDINGS.has(last.folded) && last.shape === 'title' ? last : undefined;
    // "Jean et Fils": a first name alone before them is a man and his son.
    if (firm && !(firm !== last && words.length === 1 && has(first, WORD.popularFirstName))) {
      found.push({ start: span.start, end: firm.end, type: 'organisation', source: 'legal-forms', confidence: 0.9 });
      continue;
    }
    // (On its line: "Marc Lemoine\nSARL Lemoine" signs a man, then his firm.)
    if (after && LEGAL_FORMS.has(after.folded) && after.shape === 'upper' && !after.lineStart) {
      found.push({ start: span.start, end: after.end, type: 'organisation', source: 'legal-forms', confidence: 0.95 });
      continue;
    }
    // "la société Kerbrat"; "la SAS Kerbrat", whose legal form is part of the name.
    const legalBefore = before?.shape === 'upper' && LEGAL_FORMS.has(before.folded);
    if (before && (ORGANISATION_NOUNS.has(before.folded) || legalBefore)) {
      found.push({ start: legalBefore ? before.start : span.start, end: span.end, type: 'organisation', source: 'context', confidence: 0.9 });
      continue;
    }
    // "chez Orange", "chez Zoom": one is "chez" a person or a company, never a town, nor a
    // common word (nor the software of known-things.ts: there, the company that makes it).
    if (before?.folded === 'chez' && !firstName && (place || words.every(isCommon))) {
      found.push({ start: span.start, end: span.end, type: 'organisation', source: 'context', confidence: 0.8 });
      continue;
    }
    // "she was at Orange", "works for Target": after these, a company every reader knows
    // before the town of its name, which "à Orange" still is.
    if (place && before && EMPLOYER_PREPOSITIONS.has(before.folded) && knownOrganisation(folded, words, undefined, lexicon)) {
      found.push({ start: span.start, end: span.end, type: 'organisation', source: 'context', confidence: 0.85 });
      continue;
    }
    if (place && before && PLACE_PREPOSITIONS.has(before.folded)) {
      found.push({ start: span.start, end: span.end, type: 'place', source: placeSource(place), confidence: 0.95, place });
      continue;
    }
    const wordTown = wordTownAt(text, lexicon, found, before, first, span, after);
    if (wordTown) {
      found.push({ start: span.start, end: span.end, type: 'place', source: 'places', confidence: 0.8, place: wordTown });
      continue;
    }
    // "Thomson", "Sony", "Le Monde", "l'Équipe": an organisation every reader knows, though
    // it is also a first name or, after its article, a common word. Not a common word first
    // in its sentence ("Free trial…"); "Thomas Orange" began with a first name, and is read so below.
    if ((!(first.sentenceStart && isCommon(first) && words.length === 1) || organisationInCapitals(first)) && knownOrganisation(folded, words, before, lexicon)) {
      const from = before && before.end === first.start - 1 && FRENCH_ARTICLES.has(before.folded) && !first.elided ? before.start : span.start;
      const known: Detection = { start: from, end: span.end, type: 'organisation', source: 'context', confidence: 0.85 };
      found.push(known);
      // "Clemenceau, Georges Leygues, Thomson": in a list of people, the surname of one more.
      if (words.length === 1 && from === span.start) knownInLists.push(known);
      continue;
    }
    // "La Grèce", "Le Portugal" capitalised in a heading: the article, then a place the lists know by
    // the rest ("Le Havre", whose article is part of its name, was found whole above).
    if (!place && language === 'fr' && words.length > 1 && FRENCH_ARTICLES.has(first.folded)) {
      const rest = lexicon.places.get(fold(text.slice(words[1]!.start, span.end)));
      if (rest && isWellKnownPlace(rest)) {
        found.push({ start: words[1]!.start, end: span.end, type: 'place', source: placeSource(rest), confidence: 0.85, place: rest });
        continue;
      }
    }
    // "Paris", "France", "Florence": a well-known place is a place unless the words around say otherwise.
    // "Réunion avec le DG": a common word first in its sentence is that word, not the island.
    const commonAtStart = words.length === 1 && first.sentenceStart && isCommon(first);
    if (place && words.length === 1 && !commonAtStart && isWellKnownPlace(place)) {
      found.push({ start: span.start, end: span.end, type: 'place', source: placeSource(place), confidence: 0.75, place });
      continue;
    }
    // "Le Havre", "La Rochelle": a place's whole name of several words is that place, whatever
    // odd first name its first word also is ("Le"); "Jean Jaurès" is not a place's name, but a
    // great city's or a country's whole name is that place, "Rio de Janeiro" among others.
    if (place && words.length > 1 && (!has(first, WORD.popularFirstName) || (isWellKnownPlace(place) && place.kind !== 'commune'))) {
      found.push({ start: span.start, end: span.end, type: 'place', source: placeSource(place), confidence: 0.85, place });
      continue;
    }
    // "Cher Monsieur,": a greeting alone first in its sentence ("Cher" is also a department, and a first name).
    if (words.length === 1 && first.sentenceStart && GREETINGS.has(first.folded)) continue;
    if (words.length === 2 && surnameFirst(first)) {
      found.push({ start: span.start, end: span.end, type: 'person', source: 'surnames', confidence: 0.9, gender: lexicon.firstNames.get(words[1]!.folded) });
      continue;
    }
    // "les Canadiens de Montréal", "les Rangers de New York", "Biscuits de Nantes": words with
    // no first name among them, then "de" and a well-known place, are a team, a firm or a
    // product of that place, not a person; the place stays a place.
    const ofPlace = words.length >= 3 && (!firstName || isShortCapitals(first)) ? placeAfterParticle(text, words, lexicon) : null;
    if (ofPlace) {
      found.push({ start: span.start, end: ofPlace.headEnd, type: 'organisation', source: 'context', confidence: 0.6 });
      found.push({ start: ofPlace.start, end: span.end, type: 'place', source: placeSource(ofPlace.place), confidence: 0.8, place: ofPlace.place });
      continue;
    }
    // "Merci", "Signé" first in a sentence: a rare first name that is also a word is the word;
    // not where a verb follows as it follows a subject ("Aimé a appelé", "Prudence dit"). Rare in
    // English text is rare among English names ("Line manager": Line is a French one).
    // "Morning Aisha!": such a word opening an English sentence greets the name after it; so does
    // a greeting in either language ("Merci Colombe", though "Merci" is a first name).
    const greeting = words.length > 1 && first.sentenceStart && (GREETINGS.has(first.folded) || (language === 'en' && rareHere(first) && has(words[1]!, WORD.popularFirstName)));
    if (greeting) {
      const gender: Gender | undefined = lexicon.firstNames.get(words[1]!.folded);
      found.push({ start: words[1]!.start, end: span.end, type: 'person', source: 'first-names', confidence: 0.9, ...(gender ? { gender } : {}) });
      continue;
    }
    // "Belle journée !", "Petite question": an adjective before its noun, though a given name too.
    const adjective = words.length === 1 && first.sentenceStart && adjectiveBeforeItsNoun(first, after);
    // "Hope you're well.", "Hope this helps": an English message's opening verb, though a given name too.
    const opener = language === 'en' && words.length === 1 && first.sentenceStart && ENGLISH_OPENERS.has(first.folded) && after?.word && after.shape === 'lower' && OPENER_OBJECTS.has(after.folded);
    // "Will send the invoice", "May I ask": a modal opening an English sentence before a bare verb or a
    // pronoun, not before the verb of its subject ("Will said yes", "Will went home").
    const modal = language === 'en' && words.length === 1 && first.sentenceStart && (first.folded === 'will' || first.folded === 'may') && !!after?.word && (after.shape === 'lower' || after.text === 'I') && after.start === first.end + 1 && (OPENER_OBJECTS.has(after.folded) || isBareVerb(after.folded));
    // "Mark the date", "Bill the client", "Dawn of a new era": a word opening an English sentence before a
    // determiner or "of" is a verb or a noun there, though a given name too.
    const wordBefore = language === 'en' && words.length === 1 && first.sentenceStart && isCommon(first) && !!after?.word && after.shape === 'lower' && after.start === first.end + 1 && WORD_BEFORE.has(after.folded);
    if (adjective || opener || modal || wordBefore) continue;
    const rareAtStart = firstName && words.length === 1 && first.sentenceStart && rareHere(first) && !SUBJECT_VERBS.has(after?.text.toLowerCase() ?? '');
    if (firstName && !rareAtStart) {
      // "Claire a dit…": a first name that is also a word, first in its sentence, is still most likely her.
      const ambiguous = words.length === 1 && isCommon(first) && first.sentenceStart;
      found.push({ start: span.start, end: span.end, type: 'person', source: 'first-names', confidence: words.length > 1 ? 0.95 : ambiguous ? 0.55 : 0.85, gender: firstName });
      continue;
    }
    // "VP Sales": a village of France whose name is a word of the text's language is that word,
    // unless a preposition of place stands before it (taken above).
    if (place && !commonAtStart && !(words.length === 1 && !isWellKnownPlace(place) && isCommon(first))) {
      found.push({ start: span.start, end: span.end, type: 'place', source: placeSource(place), confidence: 0.8, place });
      continue;
    }
    if (ORGANISATION_HEADS.has(first.folded) && words.length > 1) {
      found.push({ start: span.start, end: span.end, type: 'organisation', source: 'context', confidence: 0.8 });
      continue;
    }
    // Capitals alone: a name unless a common word explains them.
    // "Picard", "Meunier": a frequent surname that is also a word, capitalised inside a sentence.
    if (words.length === 1 && !first.sentenceStart && first.shape === 'title' && has(first, WORD.surname)) {
      found.push({ start: span.start, end: span.end, type: 'person', source: 'surnames', confidence: 0.7 });
      continue;
    }
    // "Boucher a dit non", "- Fontaine est partie": a frequent surname that is also a word, first
    // in its sentence, before a verb that follows its subject, is someone; not before "est" and
    // a determiner, which says what the word is ("Picard est un mot").
    const defines = (after?.folded === 'est' || after?.folded === 'is') && (PREDICATE_DETERMINERS.has(tokens[run.to + 2]?.folded ?? '') || !!tokens[run.to + 2]?.elided);
    // "Brown's team missed it": in English a frequent surname that owns something, wherever it stands.
    const owns = language === 'en' && ownsNext(tokens, run.to);
    if (words.length === 1 && first.shape === 'title' && has(first, WORD.surname) && owns) {
      found.push({ start: span.start, end: span.end, type: 'person', source: 'surnames', confidence: 0.6 });
      continue;
    }
    if (words.length === 1 && first.sentenceStart && first.shape === 'title' && has(first, WORD.surname) && beforeItsVerb(after) && !defines) {
      found.push({ start: span.start, end: span.end, type: 'person', source: 'surnames', confidence: 0.6 });
      continue;
    }
    // A lone capitalised common word ("Conseil", "Allemands", "Puis") is rarely a name by
    // itself; a surname that is also a word ("Petit") is still caught by a title or a first name.
    const allCommon = words.every((w) => isCommon(w) || NEVER_NAMES.has(w.folded));
    if (language === 'fr' && quotedEmployer(tokens, run.from)) {
      found.push({ start: span.start, end: span.end, type: 'organisation', source: 'context', confidence: 0.8 });
      continue;
    }
    // "elle a grandi à Percé", "grew up in Dingle": where someone lives is a place, though its name is a word; not a month ("born in May").
    if (allCommon && !first.sentenceStart && first.shape === 'title' && livesAt(tokens, indexOf(first)) && !words.some((w) => NEVER_NAMES.has(w.folded))) {
      found.push({ start: span.start, end: span.end, type: 'place', source: 'context', confidence: 0.6 });
      continue;
    }
    if (allCommon && (first.sentenceStart || first.shape === 'upper' || words.length === 1)) {
      // First in its sentence only a frequent surname may stand in a list ("Marchand et Boulanger sont venus").
      const opensList = has(first, WORD.surname) && (after?.folded === 'et' || after?.text === ',');
      // "Bonjour Laure, Suite à notre échange": a locution after the name's comma is none of a list's.
      const locution = LOCUTION_HEADS.has(first.folded) && /^(?:à|au|aux)$/u.test(after?.text ?? '');
      if ((!first.sentenceStart || opensList) && !locution && words.length === 1 && first.shape === 'title') listed.push(span);
      // "Facing Mark, she…": the sentence's first word is a word, the first name after it a person.
      const named = first.sentenceStart && first.shape === 'title' ? words.findIndex((w, k) => k > 0 && w.shape === 'title' && has(w, WORD.popularFirstName)) : -1;
      if (named > 0) {
        const gender: Gender | undefined = lexicon.firstNames.get(words[named]!.folded);
        found.push({ start: words[named]!.start, end: span.end, type: 'person', source: 'first-names', confidence: 0.8, ...(gender ? { gender } : {}) });
      }
      continue;
    }
    if (words.length === 1 && isAcronym(first, lexicon)) {
      found.push({ start: span.start, end: span.end, type: 'organisation', source: 'capitalisation', confidence: 0.6 });
      continue;
    }
    if (before && PLACE_PREPOSITIONS.has(before.folded) && !allCommon) {
      found.push({ start: span.start, end: span.end, type: 'place', source: 'context', confidence: 0.6 });
      continue;
    }
    // "Then James' team", "Yesterday Wellings called": the sentence's first word is a word, not
    // the name's. (In French the model reads the run word by word, and its guard says so.)
    const opensSentence = language === 'en' && words.length > 1 && first.sentenceStart && first.shape === 'title' && isCommon(first) && !has(first, WORD.firstName);
    found.push({ start: opensSentence ? words[1]!.start : span.start, end: span.end, type: 'person', source: 'capitalisation', confidence: allCommon ? 0.4 : 0.6 });
  }
  const people = inListsOfNames(text, [...listed, ...knownInLists].sort((a, b) => a.start - b.start), found);
  const asPeople = new Set(people.map((p) => p.start));
  return [...found.filter((d) => !(knownInLists.includes(d) && asPeople.has(d.start))), ...people];
}

/** What opens a noun phrase after "est": "Picard est un mot", "Blanc est la couleur". */
const PREDICATE_DETERMINERS = new Set(['un', 'une', 'le', 'la', 'les', "l'", 'du', 'des', 'a', 'an', 'the']);

/** Verbs an English message opens with, which are given names too: "Hope you're well". */
const ENGLISH_OPENERS = new Set(['hope', 'wish', 'trust', 'glad', 'happy', 'sorry', 'please', 'thank']);
/** The English months that are given names too. */
const GIVEN_MONTHS = new Set(['april', 'may', 'june', 'august']);
/** Verbs that say what a month is as well as what a person does: "May is busy", "June was wet". */
const BEING = new Set(['is', 'was', 'has', 'a', 'est']);
/** Determiners and "of" after a word opening an English sentence: "Mark the date", "Jack of all trades". */
const WORD_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'of']);
/** English verbs in the past that do not end in "-ed", after which "Will" is a subject, not a modal. */
const IRREGULAR_PASTS = new Set(['went', 'came', 'took', 'got', 'made', 'left', 'gave', 'felt', 'said', 'saw', 'knew', 'told', 'thought', 'brought', 'sent', 'spoke', 'wrote', 'met', 'kept', 'found', 'began', 'ran', 'sat', 'stood', 'won', 'lost', 'paid', 'quit', 'put', 'let', 'set', 'cut', 'hit', 'read', 'led', 'held', 'heard', 'became', 'did', 'had', 'was']);
/** A bare English verb, as after a modal: no "-s" or "-ed" of a subject's verb, no irregular past. */
const isBareVerb = (folded: string): boolean => !/(?:s|ed)$/u.test(folded) && !IRREGULAR_PASTS.has(folded) && !SUBJECT_VERBS.has(folded);
/** What follows them there: "Hope you…", "Hope this…", "Wish we…". */
const OPENER_OBJECTS = new Set(['you', "you're", "you've", "you'll", "you'd", "it's", "we're", "we'll", 'this', 'that', 'it', 'we', 'all', 'everything', 'to', 'the', 'your', 'everyone', 'i']);

/** Runs of capitalised words that may be one name; a particle begins one capitalised inside a sentence, or after a title. */
function runs(tokens: Token[], startsName: (t: Token) => boolean, bridges?: (t: Token) => boolean, particleJoins?: (from: number, to: number, name: number) => boolean): Run[] {
  // (Whether a title comes before is only asked of a particle: it is the costlier test.)
  return nameRuns(tokens, startsName, (t, i) => (!t.sentenceStart && isCapitalised(t)) || (i > 0 && TITLES.has(withoutFinalStop(previousWord(tokens, i)?.folded ?? ''))), bridges, particleJoins);
}

/** The capitalised word one space after token `i` on its line ("Jones" of "April Jones"), or undefined. */
function capitalisedAfter(tokens: Token[], i: number): Token | undefined {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return next && next.start === t.end + 1 && next.word && next.shape === 'title' && !next.lineStart ? next : undefined;
}

function previousWord(tokens: Token[], index: number): Token | undefined {
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const t = tokens[i]!;
    // Across a full stop, only an abbreviation ("M .", "Dr ."): "… est jugé. Paris" ends one
    // sentence with a word that is also a title ("juge"), and the next does not follow it.
    if (t.word) return i === index - 1 || t.text.length <= 3 ? t : undefined;
    if (t.text !== '.') return undefined;
  }
  return undefined;
}
