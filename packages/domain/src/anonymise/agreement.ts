import { fold } from './text.js';
import type { Gender } from './types.js';

/** "est", "était", "n'est pas"…: the verb whose participle or adjective agrees with its subject. */
const COPULA = /^\s+(?:n['’])?(?:s['’])?(?:est|etait|sera|serait|fut|a ete|avait ete|semble|semblait|reste|restait|parait|paraissait)\s+/u;
/** Words between the verb and the word that agrees: "n'est pas encore venue". */
const BETWEEN = new Set(['pas', 'plus', 'jamais', 'tres', 'bien', 'deja', 'toujours', 'encore', 'vraiment', 'si', 'trop', 'tout', 'aussi', 'alors', 'donc']);
/** A determiner says the gender by itself: "elle est une collègue", "Lorraine, sa collègue". */
const ARTICLES: Record<string, Gender> = { un: 'm', le: 'm', une: 'f', la: 'f', sa: 'f', ma: 'f', ta: 'f' };
/** Those that begin a noun phrase only, so tell it in apposition too ("Camille, le matin, …" is no apposition). */
const POSSESSIVES = new Set(['sa', 'ma', 'ta']);
/** Words that go on with the sentence after a comma, which no apposition begins with. Folded. */
const CLAUSE_WORDS = new Set(['puis', 'et', 'mais', 'ou', 'donc', 'car', 'alors', 'ensuite', 'qui', 'que', 'quand', 'comme', 'lorsque', 'puisque', 'si', 'ni', 'or', 'enfin', 'aussi', 'meme', 'sinon']);
/** A name after one of these is a complement, whatever its sentence says of its subject. */
const AFTER_PREPOSITION = /(?:^|[^\p{L}])(?:de|du|des|d'|a|au|aux|avec|pour|chez|par|sans|contre|entre)\s*$/u;
/** Feminine endings and the masculine they stand for: "directrice"/"directeur", "heureuse"/"heureux". */
const ENDINGS: [string, string][] = [['rice', 'eur'], ['euse', 'eur'], ['euse', 'eux'], ['ive', 'if'], ['enne', 'en'], ['ere', 'er'], ['e', '']];

/**
 * The gender a French sentence gives the person named just before `end`: the participle
 * or adjective after "est" ("Yannick est venu"), or a word in apposition ("Laurence
 * Brunet, avocate"). A word is feminine when the lists also hold its masculine
 * ("venue"/"venu", "avocate"/"avocat"), masculine when they hold its feminine. None
 * when the sentence tells nothing ("Georges aussi"), or tells it of another ("la sœur de
 * Yannick est venue").
 */
export function genderTold(text: string, start: number, end: number, words: ReadonlySet<string>): Gender | undefined {
  // "La sœur de Yannick est venue": after a preposition the name is not what agrees.
  if (AFTER_PREPOSITION.test(fold(text.slice(Math.max(0, start - 8), start)))) return undefined;
  const after = text.slice(end, end + 80);
  const apposition = /^\s*,\s+/u.exec(after);
  const copula = apposition ? null : COPULA.exec(fold(after));
  const lead = apposition ?? copula;
  if (!lead) return undefined;
  // Word by word, folded one at a time ("là" is no article, "la" is).
  const following = after.slice(lead[0].length).split(/[^\p{L}'’]+/u).slice(0, 5);
  let article: Gender | undefined;
  let possessive = false;
  for (const raw of following) {
    const word = fold(raw.replace(/^l['’]/iu, ''));
    if (!word) return undefined;
    if (ARTICLES[raw.toLowerCase()] && !article) {
      article = ARTICLES[raw.toLowerCase()];
      possessive = POSSESSIVES.has(raw.toLowerCase());
      continue;
    }
    if (BETWEEN.has(word) && copula && !article) continue;
    // "Colombe Mercier, puis Colombe est partie": after the comma a clause goes on, no apposition ("puise" is a word).
    if (apposition && !article && CLAUSE_WORDS.has(word)) return undefined;
    // "une collègue": the determiner tells where the noun does not.
    return wordGender(word, words) ?? (copula || possessive ? article : undefined);
  }
  return undefined;
}

function wordGender(word: string, words: ReadonlySet<string>): Gender | undefined {
  if (word.length < 3 || !words.has(word)) return undefined;
  for (const [feminine, masculine] of ENDINGS) {
    if (word.endsWith(feminine) && words.has(word.slice(0, -feminine.length) + masculine)) return 'f';
  }
  for (const [feminine, masculine] of ENDINGS) {
    if ((masculine === '' || word.endsWith(masculine)) && words.has(word.slice(0, word.length - masculine.length) + feminine)) return 'm';
  }
  return undefined;
}

/**
 * What English says of the gender of the person named just before `end`: "Sam and her
 * husband", "Alex said he would call", "Robin (she/her)". English agrees nothing with its
 * subject but its pronouns, and these are the ones a note puts right after a name.
 */
const ENGLISH_PRONOUN_AFTER = /^(?:\s+and\s+(her|his)\b|\s+(?:said|says|told\s+me|thinks|thought|feels|felt|explained|mentioned|admitted|realised|realized|knows|knew)\s+(?:that\s+)?(she|he)\b|\s*\((she|he)\s*\/\s*(?:her|him)\))/iu;

export function englishGenderTold(text: string, end: number): Gender | undefined {
  const m = ENGLISH_PRONOUN_AFTER.exec(text.slice(end, end + 40));
  const pronoun = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
  return pronoun === 'her' || pronoun === 'she' ? 'f' : pronoun === 'his' || pronoun === 'he' ? 'm' : undefined;
}
