import { shouted } from './capital-lines.js';
import type { Lexicon } from './lexicon.js';
import type { Token } from './text.js';
import type { Detection, Language } from './types.js';
import { DAYS_AND_MONTHS, ROLE_WORDS } from './vocabulary.js';

/**
 * Verbs after which one names an employer one joins or leaves: "a quitté Doctolib", "elle a
 * rejoint Malt", "she left Acme", "he joined Tide". Folded.
 */
const EMPLOYER_VERBS = new Set([
  'quitte', 'quittee', 'quitter', 'quittait', 'rejoint', 'rejointe', 'rejoindre', 'rejoins', 'rejoignait', 'integre', 'integree', 'integrer',
  'left', 'leave', 'leaving', 'leaves', 'joined', 'join', 'joining', 'joins', 'quit', 'quitting',
]);

/**
 * Those of them that name an employer before a platform's name too, leaving it in any form:
 * "vient de quitter Doctolib", "she's leaving Spotify". Not joining: "rejoindre LinkedIn" is to
 * sign up to it, "a rejoint Teams" a meeting.
 */
export const PLATFORM_EMPLOYER_VERBS: ReadonlySet<string> = new Set(['quitte', 'quittee', 'quitter', 'quittait', 'left', 'leave', 'leaving', 'leaves', 'quit', 'quitting']);

/** Words after which "de" names whom one worked for: "a démissionné de Doctolib", "virée de Deezer", "salarié de Malt", "DRH de Deezer". Folded. */
const LEFT_FROM = new Set(['demissionne', 'demissionnee', 'vire', 'viree', 'licencie', 'licenciee', 'salarie', 'salariee', 'employe', 'employee', 'parti', 'partie', 'sorti', 'sortie']);

/**
 * Token `i` follows "de" after a word of leaving one's employer or of employment ("a démissionné
 * de Malt"), or, where `orRole`, a job title ("DRH de Deezer": a platform's name there is the
 * employer's; a common word, "directeur de Production", a department's).
 */
function afterDe(tokens: Token[], i: number, orRole: boolean): boolean {
  const de = tokens[i - 1];
  const word = tokens[i - 2]?.folded ?? '';
  return !!de && (de.folded === 'de' || de.folded === "d'") && (LEFT_FROM.has(word) || (orRole && ROLE_WORDS.has(word)));
}

/** "a démissionné de Doctolib", "DRH de Deezer": where a platform's name is its employer's (known-things.ts). */
export const employerAfterDe = (tokens: Token[], i: number): boolean => afterDe(tokens, i, true);

/** Participles of hiring and firing, before "par" or "by": "licenciée par Tide", "hired by Acme". Folded. */
const EMPLOYED = new Set(['licencie', 'licenciee', 'embauche', 'embauchee', 'recrute', 'recrutee', 'employe', 'employee', 'engage', 'engagee', 'hired', 'fired', 'employed', 'recruited', 'sacked', 'headhunted']);

/** Verbs of working, before "at" ("works at Tide"): "at" alone also comes before a place or a time. Folded. */
const WORKING = new Set(['work', 'works', 'worked', 'working', 'employed', 'based', 'intern', 'interned', 'interning']);

/**
 * "elle a rejoint Malt", "she left Acme in May", "he works at Tide", "licenciée par Tide": a
 * capitalised common word, which the readings of capitals take for a word, is the employer
 * where a verb of joining or leaving, a verb of working and "at", a participle of hiring or
 * firing and "par" or "by", a word of leaving one and "de", or a job title and "at" or "chez"
 * stand right before it; with the capitalised words after it on its line ("Malt Community").
 * Not a first name ("a rejoint Marie" is someone), a well-known place ("a quitté Paris"),
 * a month or a day. A name that is no word is left to the readings of names.
 */
export function employersAfterVerbs(tokens: Token[], lexicon: Lexicon, language: Language): Detection[] {
  const found: Detection[] = [];
  const common = lexicon.commonWords[language];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (A word of a line in capitals comes in lower case, with its capitals: capital-lines.ts.)
    const inCapitals = shouted(t);
    if (!t.word || t.sentenceStart || t.lineStart || (t.shape !== 'title' && t.shape !== 'upper' && !inCapitals)) continue;
    if (!common.has(t.folded) && !lexicon.englishDictionary.has(t.folded)) continue;
    if (lexicon.firstNames.has(t.folded) || lexicon.places.has(t.folded) || DAYS_AND_MONTHS.has(t.folded)) continue;
    const before = tokens[i - 1]!;
    if (!before.word || before.shape !== 'lower' || t.start - before.end > 1) continue;
    const atWork = before.folded === 'at' && WORKING.has(tokens[i - 2]?.folded ?? '');
    // "licenciée par Tide", "hired by Acme".
    const byEmployer = (before.folded === 'par' || before.folded === 'by') && EMPLOYED.has(tokens[i - 2]?.folded ?? '');
    // ("at" and "chez" only: "Director of Operations", "Head of People" name a department.)
    const ofRole = (before.folded === 'at' || before.folded === 'chez') && ROLE_WORDS.has(tokens[i - 2]?.folded ?? '');
    // "LA DRH DE AIRBUS": in capitals, a known organisation after a job title and "de" (not any word: "DIRECTRICE DE PROJET").
    const leftFrom = afterDe(tokens, i, inCapitals && lexicon.organisations.has(t.folded));
    if (!EMPLOYER_VERBS.has(before.folded) && !atWork && !ofRole && !byEmployer && !leftFrom) continue;
    // "a rejoint Teams pour la réunion": a tool one joins is used, not worked for (known-things.ts).
    if (lexicon.things.has(t.folded) && EMPLOYER_VERBS.has(before.folded) && !PLATFORM_EMPLOYER_VERBS.has(before.folded)) continue;
    let end = i;
    // (Not past a full stop: "joined Acme Ltd. He wrote".)
    while (tokens[end + 1]?.word && tokens[end + 1]!.shape !== 'lower' && tokens[end + 1]!.start === tokens[end]!.end + 1 && !tokens[end + 1]!.lineStart && !tokens[end]!.text.endsWith('.')) end++;
    found.push({ start: t.start, end: tokens[end]!.end, type: 'organisation', source: 'context', confidence: 0.7 });
  }
  return found;
}
