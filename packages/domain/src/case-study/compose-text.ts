/**
 * Small pieces of writing the composer needs to join the coach's recorded words to
 * its own framing sentences without bending them: a sentence ended once, a first
 * word lowered only when it cannot be a name, and the bracketed prompts it leaves
 * where a record is missing.
 */

import type { CaseLanguage } from './compose.js';

/** Ends a sentence once: "…changement." and "« …détendue. »" stay, "…marketing" gets its full stop. */
export const sentence = (s: string): string => {
  const t = s.trim();
  return /[.!?…](?:\s*[»”"')])?$/.test(t) ? t : `${t}.`;
};

/**
 * Words that begin a recorded note and are never a name: after "Claire me raconte :"
 * they read in lower case ("… : les relations se sont dégradées"). Any other first
 * word keeps its capital, because a lowered name ("olivier") is one the anonymiser
 * might not see as a name.
 */
const FUNCTION_WORDS: Record<CaseLanguage, ReadonlySet<string>> = {
  fr: new Set(
    (
      "le la les l' un une des du de d' au aux à ce cet cette ces c' ça cela ceci il ils elle elles on nous vous je j' " +
      "son sa ses mon ma mes ton ta tes notre nos votre vos leur leurs quelque quelques chaque plusieurs tout toute tous toutes " +
      "aucun aucune depuis après avant pendant dans en pour par avec sans sur sous chez entre vers lors quand lorsque comme si " +
      "mais et ou donc car puis ensuite enfin alors ici là que qu' s' n' m' très trop plus moins peu encore déjà toujours jamais rien"
    ).split(' '),
  ),
  en: new Set(
    (
      'the a an this that these those it its he she they we you her his their our my your some any every each no nothing something ' +
      'since after before during in on at for with without from by when while as if but and or so then there here all both many much more most several few'
    ).split(' '),
  ),
};

/** The note with its first word in lower case when that word is a function word ("Elle retrouve…" → "elle retrouve…"). */
export function lowerLead(text: string, language: CaseLanguage): string {
  const t = text.trim();
  const first = /^(\p{Lu}\p{Ll}*['’]?)/u.exec(t)?.[1];
  if (!first) return t;
  const key = first.toLowerCase().replace('’', "'");
  return FUNCTION_WORDS[language].has(key) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/**
 * "Lead : recorded words." with the recorded words unchanged but for a lowered function
 * word. Recorded words that keep their capital start a line of their own: after a colon
 * in mid-line the anonymiser reads a capital as a name ("… : Préparer l'entretien" →
 * "P."), at a line's start as a sentence's first word. Markdown shows one paragraph.
 */
export function follow(lead: string, text: string, language: CaseLanguage): string {
  const words = lowerLead(text, language);
  return sentence(`${lead}${language === 'fr' ? ' :' : ':'}${/^\p{Lu}/u.test(words) ? '\n' : ' '}${words}`);
}

/** A Markdown list of recorded items, one a line, each ended once. */
export const list = (items: string[]): string => items.map((i) => `- ${sentence(i)}`).join('\n');

/**
 * A prompt the composer leaves where the records say nothing: `[À compléter : …]` or
 * `[To write: …]`. Publication is refused while one remains, so it cannot reach a
 * reader unnoticed.
 */
export const PROMPT_LEAD: Record<CaseLanguage, string> = { fr: 'À compléter :', en: 'To write:' };
export const prompt = (language: CaseLanguage, what: string): string => `[${PROMPT_LEAD[language]} ${what}]`;
const PROMPT = /\[(?:À compléter :|To write:)[^\]\n]*\]/gu;

/** The composer's prompts still in a text, in order: what the coach has yet to write or delete. */
export function coachPrompts(text: string): string[] {
  return [...text.normalize('NFC').matchAll(PROMPT)].map((m) => m[0]);
}

/** "deux", "two": small counts in words, as the seeds write them ("deux journées"). */
export function countWord(n: number, language: CaseLanguage, feminine = false): string {
  const fr = [feminine ? 'une' : 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];
  const en = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return (language === 'fr' ? fr : en)[n - 1] ?? String(n);
}
