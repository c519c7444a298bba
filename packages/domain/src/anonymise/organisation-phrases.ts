import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import type { Detection, Language } from './types.js';
import { EMPLOYER_PREPOSITIONS, FRENCH_ARTICLES, isTitleThatNames, LEGAL_FORMS, NEVER_NAMES, ORGANISATION_HEADS, ORGANISATION_NOUNS, ROLE_WORDS, TITLES } from './vocabulary.js';

/**
 * The small words inside an organisation's name: "Save the Children", "Bank of Ireland", "Marks
 * and Spencer"; "les Petits Frères des Pauvres", "Aide et Action", "Médecins sans Frontières".
 */
const INNER_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['the', 'of', 'and', '&']),
  fr: new Set(['de', 'des', 'du', "d'", 'et', '&', 'la', 'le', 'les', "l'", 'pour', 'sans', 'sur']),
};
/** Homes, centres and services of the care and social sector, named like a house ("l'EHPAD Les Magnolias", "le foyer Le Relais"). */
const CARE_HOMES = ['ehpad', 'ehpa', 'ime', 'itep', 'esat', 'sessad', 'ssiad', 'mjc', 'creche', 'residence', 'foyer', 'centre'];
/** What announces the name: in English a word for an employer ("works at", "joined"); in French the organisation's noun ("l'association", "la fondation"), a home's, or a legal form ("SAS Les Jardins de Provence"). */
const ANNOUNCERS: Record<Language, ReadonlySet<string>> = { en: EMPLOYER_PREPOSITIONS, fr: new Set([...ORGANISATION_NOUNS, ...CARE_HOMES]) };
/** An announcer written in capitals: an acronym ("EHPAD") or a legal form ("SAS"), not a word of a heading. */
const announces = (t: Token, language: Language): boolean =>
  t.word && (t.shape === 'lower' ? ANNOUNCERS[language].has(t.folded) : t.shape === 'upper' && language === 'fr' && (LEGAL_FORMS.has(t.folded) || CARE_HOMES.includes(t.folded)));

/**
 * Every word after which a phrase of this file may begin: the nouns and heads of organisations,
 * the announcers and the legal forms. Most tokens follow none, and one lookup says so.
 */
const OPENERS: Record<Language, ReadonlySet<string>> = { en: ANNOUNCERS.en, fr: new Set([...ORGANISATION_NOUNS, ...ORGANISATION_HEADS, ...ANNOUNCERS.fr, ...LEGAL_FORMS, ...CARE_HOMES]) };

const capitalised = (t: Token | undefined): boolean => !!t && t.word && (t.shape === 'title' || t.shape === 'upper');
const small = (t: Token | undefined, language: Language): boolean => !!t && (t.shape === 'lower' || t.text === '&') && INNER_WORDS[language].has(t.folded);
/** `b` follows `a` after one space, in the same sentence and on the same line ("Ltd. Her" is two sentences). */
const next = (a: Token, b: Token | undefined): b is Token => !!b && b.start === a.end + 1 && !b.lineStart && !b.sentenceStart && !a.text.endsWith('.');

/**
 * Organisations whose names hold a small word in lower case ("joined Save the Children",
 * "works at Bank of Ireland", "for the University of Leeds"; "l'association Les Petits Frères
 * des Pauvres", "l'association Aide et Action"), which the runs of capitalised words cut in two
 * and the lists do not hold: after a word that announces an employer, or in French the
 * organisation's noun, the capitalised words and the small words between them are one
 * organisation. A first name or a place opening the phrase is read by the other rules ("for
 * Mark and Julie", "at Leeds and Bradford"), a job title by roles.ts ("for the Head of People").
 */
export function organisationPhrases(tokens: Token[], lexicon: Lexicon, language: Language): Detection[] {
  const found: Detection[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1]!;
    if (!before.word || !OPENERS[language].has(before.folded)) continue;
    const named = namedAfterTitle(tokens, i, language) ?? namedAfterArticle(tokens, i, lexicon, language);
    if (named) {
      found.push(named);
      continue;
    }
    if (!announces(before, language)) continue;
    let from = i;
    if (language === 'en' && tokens[from]!.folded === 'the' && tokens[from]!.shape === 'lower' && next(tokens[from]!, tokens[from + 1])) from++;
    const first = tokens[from];
    // After a French organisation's noun the name is the organisation's, whatever its first word
    // also is ("l'association Les Petits Frères…": "Les" is a first name in English).
    if (!first || !capitalised(first) || first.sentenceStart || (language === 'en' && (lexicon.firstNames.has(first.folded) || lexicon.places.has(first.folded)))) continue;
    // "for the Head of People": a job, which roles.ts reads.
    if (ROLE_WORDS.has(first.folded) || TITLES.has(first.folded)) continue;
    let end = from;
    let inner = 0;
    for (;;) {
      const w = tokens[end + 1];
      if (!next(tokens[end]!, w)) break;
      if (capitalised(w)) {
        end++;
        continue;
      }
      // One small word or two ("Doctors of the World") before the next capitalised one.
      const skip = small(w, language) ? (next(w, tokens[end + 2]) && small(tokens[end + 2], language) ? 2 : 1) : 0;
      const after = tokens[end + 1 + skip];
      if (skip && next(tokens[end + skip]!, after) && capitalised(after)) {
        inner++;
        end += skip + 1;
        continue;
      }
      break;
    }
    // A French name that opens on its own article ("Les Magnolias", "Le Relais") is a house's or a
    // firm's, though every word of it is a word; otherwise the small word inside says so.
    const ownArticle = language === 'fr' && first.shape === 'title' && FRENCH_ARTICLES.has(first.folded) && end > from;
    if (!inner && !ownArticle) continue;
    // The French noun says it is an organisation: the whole name wins over the readings of its parts.
    // A legal form is part of the firm's name ("SAS Les Jardins de Provence"); a noun is the text's.
    const start = before.shape === 'upper' && LEGAL_FORMS.has(before.folded) ? before.start : first.start;
    found.push({ start, end: tokens[end]!.end, type: 'organisation', source: 'context', confidence: language === 'fr' ? 0.92 : 0.8 });
    i = end;
  }
  return found;
}

/**
 * "le lycée Pasteur", "l'Institut Pasteur", "au Collège Prince de Ligne": a school, an institute,
 * a hospital named after someone by his title, which every other reading takes for that title
 * and leaves in clear. After the French noun of such an organisation, in lower case or as the
 * capitalised head of its name, a capitalised title that is no form of address opens the name;
 * the capitalised words and particles after it are part of it. Token `i` is the title.
 */
function namedAfterTitle(tokens: Token[], i: number, language: Language): Detection | null {
  if (language !== 'fr') return null;
  const noun = tokens[i - 1]!;
  const title = tokens[i]!;
  if (!noun.word || !(ORGANISATION_NOUNS.has(noun.folded) || (noun.shape !== 'lower' && ORGANISATION_HEADS.has(noun.folded))) || !next(noun, title)) return null;
  if (!capitalised(title) || !isTitleThatNames(title.folded)) return null;
  let end = i;
  for (;;) {
    const w = tokens[end + 1];
    if (!next(tokens[end]!, w)) break;
    if (capitalised(w)) end++;
    else if (small(w, language) && next(w, tokens[end + 2]) && capitalised(tokens[end + 2])) end += 2;
    else break;
  }
  // The capitalised noun is the name's first word ("l'Institut Pasteur"); in lower case it is the text's ("le lycée Pasteur").
  const start = noun.shape === 'lower' ? title.start : noun.start;
  // The noun says it is an organisation: the whole name wins over the person a title before "de" announces.
  return { start, end: tokens[end]!.end, type: 'organisation', source: 'context', confidence: 0.96 };
}

const FORMER = /^ex-(?=\p{Lu})/iu;

/**
 * "ex-Danone", "ex-BNP Paribas", "ex-McKinsey": a coach's bio names former employers glued to
 * "ex-", a word the runs of capitalised words never begin on. What follows is the organisation,
 * with the capitalised words after it on its line; "ex-DRH" is a job, which roles.ts reads.
 */
export function formerEmployers(tokens: Token[], lexicon: Lexicon, language: Language): Detection[] {
  const found: Detection[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !FORMER.test(t.text)) continue;
    const name = t.folded.slice(3);
    if (ROLE_WORDS.has(name) || TITLES.has(name) || NEVER_NAMES.has(name)) continue;
    let end = i;
    while (next(tokens[end]!, tokens[end + 1]) && capitalised(tokens[end + 1]) && !ROLE_WORDS.has(tokens[end + 1]!.folded)) end++;
    found.push({ start: t.start + 3, end: tokens[end]!.end, type: 'organisation', source: 'context', confidence: 0.8 });
  }
  return found;
}

/**
 * "la clinique des Cèdres", "le lycée du Parc", "l'école de la Source": after a French
 * organisation's noun and "du", "des", "de la" or "de l'", capitalised words that are no place
 * and no first name the lists know are the organisation's name (a place there is the town it
 * serves, "l'hôpital de Lyon"; a first name, its founder's, which the names read). Token `i`
 * is the article.
 */
function namedAfterArticle(tokens: Token[], i: number, lexicon: Lexicon, language: Language): Detection | null {
  if (language !== 'fr') return null;
  const noun = tokens[i - 1]!;
  if (!noun.word || noun.shape !== 'lower' || !ORGANISATION_NOUNS.has(noun.folded)) return null;
  // "du", "des" right after the noun; or "de", then "la" or "l'".
  const de = tokens[i]?.folded === 'de' && next(noun, tokens[i]);
  const k = de ? i + 1 : i;
  const article = tokens[k];
  const joins = de ? article?.folded === 'la' || article?.folded === "l'" : article?.folded === 'du' || article?.folded === 'des';
  if (!article || !joins || article.shape !== 'lower') return null;
  const first = tokens[k + 1];
  const glued = article.folded === "l'" ? first?.start === article.end : next(article, first);
  if (!first || !glued || !capitalised(first)) return null;
  if (!lexicon.commonWords[language].has(first.folded) || lexicon.places.has(first.folded) || lexicon.firstNames.has(first.folded)) return null;
  let end = k + 1;
  while (next(tokens[end]!, tokens[end + 1]) && capitalised(tokens[end + 1])) end++;
  return { start: first.start, end: tokens[end]!.end, type: 'organisation', source: 'context', confidence: 0.85 };
}
