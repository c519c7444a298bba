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
  const words = dashForColons(lowerLead(text, language));
  return sentence(`${lead}${language === 'fr' ? ' :' : ':'}${/^\p{Lu}/u.test(words) ? '\n' : ' '}${words}`);
}

/** Quotations in a recorded text: her words, kept exactly as they are. */
const QUOTED = /«[^»]*»|“[^”]*”|"[^"\n]*"/gu;
/** A colon that introduces words (" : ", ": "), not the one in "14:30" or "https://". */
const OWN_COLON = /[ \u00a0\u202f]*:(?=[ \t\u00a0\u202f])/gu;

/**
 * The recorded text's own colons as dashes, outside quotations. After the composer's
 * colon ("Ce qui est en jeu : …") a second one reads as a chain of labels ("… : une
 * réunion dans quelques jours : la relation…"); the dash introduces what follows just
 * as the colon did, and no word of the record changes.
 */
export function dashForColons(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(QUOTED)) {
    out += text.slice(at, m.index).replace(OWN_COLON, ' —') + m[0];
    at = m.index + m[0].length;
  }
  return out + text.slice(at).replace(OWN_COLON, ' —');
}

/**
 * "je", "j'", "mes", "I", "my"… outside quotations: words she wrote about herself. Both
 * languages are read whatever the draft's: an English draft may tell French records.
 */
const FIRST_PERSON = [/(?:^|[^\p{L}])(?:(?:je|me|moi|mon|ma|mes)(?!\p{L})|[jm]['’]\p{L})/iu, /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|ll|d)|[Mm]y|[Mm]ine|[Mm]yself)(?!\p{L})/u];
export const speaksFirstPerson = (text: string): boolean => {
  const unquoted = text.replace(QUOTED, '');
  return FIRST_PERSON.some((p) => p.test(unquoted));
};

/**
 * Her own words, quoted as hers: in the coach's sentence about her, "Ses engagements :
 * Écrire les frontières de mes responsabilités" would switch voices mid-line. Words she
 * already quoted stay as they are.
 */
export function herWords(text: string, language: CaseLanguage): string {
  const t = text.trim();
  if (/^[«“"]/u.test(t)) return t;
  return language === 'fr' ? `« ${t} »` : `“${t}”`;
}

/**
 * Verbs, in the third person, that say what someone does at work. A role recorded as
 * "Consultante. Accompagne une PME." has her for the subject of "Accompagne": the
 * composer joins it to "Claire est consultante" rather than leave a sentence without
 * one. The list holds no word that also begins a noun phrase ("Programme de…", "Code
 * du…"), and a word not in it stays where it is: it may be a name ("Olivier est…"),
 * and a name lowered is one the anonymiser might not see.
 */
const ACTIVITY_VERBS = new Set(
  (
    'accompagne accueille aide analyse anime appuie apprend assiste assure audite cherche coache collabore conçoit conduit conseille construit ' +
    'contrôle coordonne crée débute défend dessine développe dirige dispense doit donne écrit élabore encadre enseigne entraîne est étudie exerce ' +
    'facilite fait forme gère guide installe intervient lance mène met monte négocie occupe organise paramètre participe peut pilote planifie prend ' +
    'prépare produit propose quitte réalise recrute rédige rejoint représente reprend répond soigne soutient souhaite suit supervise traite transmet ' +
    'travaille va vend vérifie veut vient vit'
  ).split(' '),
);
/** "S'occupe…", "N'a pas…", "Se forme…": a pronoun that only a verb follows. */
const VERB_CLITIC = /^(?:[sn]['’]\p{L}|(?:se|ne|y)\s)/iu;
/** "A rejoint…", "A créé…": "a" before a past participle; "A Lyon", "A la suite" (an "À" written without its accent) are not verbs. */
const HAS_DONE = /^a\s+\p{Ll}+(?:é|i|u|is|it|int|ert)(?!\p{L})/iu;
const startsWithActivity = (s: string) => VERB_CLITIC.test(s) || HAS_DONE.test(s) || ACTIVITY_VERBS.has(/^\p{L}+/u.exec(s)?.[0].toLowerCase() ?? '');
const unended = (s: string) => s.trim().replace(/[.!?…]+$/u, '').trimEnd();

/**
 * A French role split into the job, the activities that have her for their subject, and
 * the rest: "Salariée d'un éditeur : appuie les commerciaux. Elle aime son travail." →
 * job "Salariée d'un éditeur", activities ["appuie les commerciaux"], rest "Elle aime
 * son travail.". Activities are the words after a colon, then whole sentences, that
 * begin with a verb of work; they and the job lose their full stop, the activities
 * their capital.
 */
export function jobAndActivities(role: string): { job: string; activities: string[]; rest: string } {
  // A full stop after a word of two letters at least: "M. Dupont" is not two sentences.
  const sentences = role.trim().split(/(?<=\p{L}{2}[.!?…])\s+/u);
  const first = sentences[0] ?? '';
  const colon = /^(.*?)\s*:\s+(.*)$/su.exec(first);
  const activities: string[] = [];
  let job = first;
  if (colon && startsWithActivity(colon[2]!)) {
    job = colon[1]!;
    activities.push(colon[2]!);
  }
  let i = 1;
  for (; i < sentences.length && startsWithActivity(sentences[i]!); i++) activities.push(sentences[i]!);
  return {
    job: unended(job),
    activities: activities.map((a) => unended(a.charAt(0).toLowerCase() + a.slice(1))),
    rest: sentences.slice(i).join(' '),
  };
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
