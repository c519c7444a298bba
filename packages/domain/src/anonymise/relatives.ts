import type { Token } from './text.js';
import type { Detection, Language } from './types.js';
import { POSSESSIVES } from './vocabulary.js';

/** Words for the people of one's life, folded, after which a capitalised word is their name. */
export const RELATIVES: Record<Language, ReadonlySet<string>> = {
  fr: new Set([
    'soeur', 'frere', 'fils', 'fille', 'mere', 'pere', 'mari', 'femme', 'epouse', 'epoux', 'conjoint', 'conjointe', 'compagnon', 'compagne',
    'cousin', 'cousine', 'oncle', 'tante', 'neveu', 'niece', 'grand-mere', 'grand-pere', 'belle-mere', 'beau-pere', 'belle-soeur', 'beau-frere',
    'collegue', 'binome', 'ami', 'amie', 'voisin', 'voisine', 'fiance', 'fiancee', 'filleul', 'filleule', 'parrain', 'marraine', 'ex', 'petit', 'petite',
  ]),
  en: new Set([
    'sister', 'brother', 'son', 'daughter', 'mother', 'father', 'husband', 'wife', 'partner', 'cousin', 'aunt', 'uncle', 'niece', 'nephew',
    'colleague', 'friend', 'neighbour', 'neighbor', 'fiance', 'fiancee', 'grandmother', 'grandfather', 'godson', 'goddaughter', 'ex',
  ]),
};

/** Who a coach names after "mon", "sa", "his": "mon client Jordan", "her manager Georgia". */
const PEOPLE_OF_ONES_WORK: Record<Language, ReadonlySet<string>> = {
  fr: new Set(['client', 'cliente', 'coache', 'coachee', 'manager', 'boss', 'chef', 'patron', 'patronne', 'assistant', 'assistante', 'stagiaire', 'associe', 'associee']),
  en: new Set(['client', 'coachee', 'manager', 'boss', 'assistant', 'mentor', 'mentee']),
};

/** The articles of a relative named after "de": "le fils de karim". Folded. */
const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une']);

/** Verbs that are also first names, which follow a subject in lower case ("her husband will come", "his son may"). Folded. */
const VERBS_AFTER_SUBJECTS = new Set(['will', 'may', 'can', 'did', 'does', 'said', 'says', 'had', 'has', 'was', 'is', 'would', 'could', 'should', 'must', 'might', 'gave', 'got', 'went', 'sat']);
/** Adjectives that follow a relative and are also first names somewhere ("son frère aîné", "sa fille aimée"). Folded. */
const ADJECTIVES_AFTER_RELATIVES = new Set(['aine', 'ainee', 'cadet', 'cadette', 'benjamin', 'benjamine', 'unique', 'jumeau', 'jumelle', 'aime', 'aimee', 'bien-aime', 'bien-aimee', 'cheri', 'cherie', 'adore', 'adoree', 'defunt', 'defunte']);

/**
 * "sa sœur Mai", "son fils Bao", "her daughter Grace": the capitalised word right after a
 * word for a relative, a colleague or a friend is that person's name, even where it is also
 * a word ("Mai" is May) that every other reading lets through. So it is after "mon client",
 * "her manager". `spans`: what was found already, sorted; a word it covers is left to it,
 * unless the lists took a popular first name for the country or the town it also is ("son
 * mari Dominique", "his sister Jordan").
 */
export function namedRelatives(tokens: Token[], language: Language, spans: Detection[], isPopularFirstName: (folded: string) => boolean = () => false): Detection[] {
  const found: Detection[] = [];
  let s = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.sentenceStart) continue;
    // "sa sœur laure", "son mari pierre", "her sister rose": typed in lower case, a popular first
    // name after a possessive and a relative is hers though it is also a word; so between commas
    // ("son ex, marc."). Not a verb ("her husband will…").
    const lower = t.shape === 'lower' && !t.elided && isPopularFirstName(t.folded) && !VERBS_AFTER_SUBJECTS.has(t.folded) && !ADJECTIVES_AFTER_RELATIVES.has(t.folded);
    if (t.shape !== 'title' && !lower) continue;
    const apposition = lower && tokens[i - 1]?.text === ',' && /^[,.;!?)]?$/u.test(tokens[i + 1]?.lineStart ? '' : (tokens[i + 1]?.text ?? ''));
    // "le fils de karim", "la petite de mélanie": the relative of someone named in lower case.
    const ofSomeone = lower && !apposition && (tokens[i - 1]?.folded === 'de' || tokens[i - 1]?.folded === "d'") && RELATIVES[language].has(tokens[i - 2]?.folded ?? '');
    const k = apposition || ofSomeone ? i - 2 : i - 1;
    const before = tokens[k];
    if (!before?.word || t.start - before.end > (ofSomeone ? 4 : apposition ? 2 : 1)) continue;
    const possessive = POSSESSIVES.has(tokens[k - 1]?.folded ?? '') || (ofSomeone && DETERMINERS.has(tokens[k - 1]?.folded ?? ''));
    // ("sa fille rose de plaisir": a colour and its cause.)
    if (lower && (!possessive || /^d(?:e|u|es|')$/u.test(tokens[i + 1]?.folded ?? ''))) continue;
    const ofWork = PEOPLE_OF_ONES_WORK[language].has(before.folded) && possessive;
    if (!ofWork && !RELATIVES[language].has(before.folded)) continue;
    while (s < spans.length && spans[s]!.end <= t.start) s++;
    const covering = s < spans.length && spans[s]!.start < t.end ? spans[s]! : undefined;
    const placeNotPerson = covering?.type === 'place' && covering.start === t.start && covering.end === t.end && isPopularFirstName(t.folded);
    if (covering && !placeNotPerson) continue;
    found.push({ start: t.start, end: t.end, type: 'person', source: 'context', confidence: placeNotPerson ? 0.9 : 0.8 });
  }
  return found;
}
