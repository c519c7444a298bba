import type { Detection, Language } from './types.js';
import { isTitleAlone, leadingTitle } from './kept-titles.js';
import { liaison } from './liaison.js';
import { roleSaidBefore } from './role-said.js';
import { fold } from './text.js';
import { ADDRESS_TITLES, ORGANISATION_NOUNS } from './vocabulary.js';

/**
 * A replacement that brings its own determiner: "la consultante", "son organisation", "l'entreprise A",
 * "une grande ville…"; a whole word, so "large-city" or a pseudonym "Théo" is none.
 */
const DETERMINED = /^(?:(?:le|la|les|un|une|des|son|sa|ses|leur|leurs|the|a|an|her|his|their)\s+|l['’])\S/iu;
/** The article the text already had before the name: "la Biscuiterie", "de la Biscuiterie", "du Groupe", "au Cabinet". */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])((?:le|la|les|the)\s+|l['’]|(?:du|des|au|aux)\s+)$/iu;
/** An organisation noun already before the name, with its article: "la société Nexalis", "le cabinet Arvel", "du groupe Casino". */
const NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:(?:le|la|les|l['’]|une?|du|des|au|aux)\\s*)?(?:${[...ORGANISATION_NOUNS].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s+)$`, 'iu');
/** A form of address right before the name: "Mme " in "Mme Martin". */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${ADDRESS_TITLES})\\.?)\\s+$`, 'u');
/** A form of address with its full stop ends the stretch: "Dr.", "Mgr.". */
const TITLE_ENDS = new RegExp(`(?:^|[^\\p{L}])(?:${ADDRESS_TITLES}|Mgr|St)\\.$`, 'u');
/**
 * The noun of a natural place, with its article, before its name: "du lac " in "près du lac
 * Léman", "le mont " in "le mont Ventoux". The replacement says the kind ("un lac") and takes them.
 */
const NATURE_NOUN_BEFORE = /(?:^|[^\p{L}])((?:(?:le|la|les|the)\s+|l['’]|(?:du|des|au|aux)\s+)?(?:lac|lacs|mont|monts|massif|chaîne|fleuve|rivière|île|îles|mer|océan|golfe|désert|forêt|lake|mount|mountains|river|island|islands|sea|ocean|gulf|desert|forest|the)\s+)$/iu;

/** Words after which "d'" is no preposition but the particle of a name: "chez d'Almeida", "M. d'Ornano". */
const PARTICLE_AFTER = /(?:^|[^\p{L}])(?:chez|avec|pour|par|sans|contre|selon|vers|envers|entre|et|ou|M\.|Mme|Mlle|Dr|Me|monsieur|madame)\s+$/iu;

/** A straight or a curly apostrophe. */
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** The `n` characters before `start`. */
const textBefore = (text: string, start: number, n: number) => text.slice(Math.max(0, start - n), start);

/** What "du", "au"… become before a replacement that has its own determiner. */
const CONTRACTED: Record<string, string> = { du: 'de ', des: 'de ', au: 'à ', aux: 'à ' };

/** "du Texas" → "d'une région…", "au Cabinet" → "à son organisation": the contraction's preposition stays, elided before a vowel. */
function contracted(article: string, replacement: string): string {
  const preposition = CONTRACTED[fold(article.trim().split(/\s+/)[0]!)];
  if (!preposition) return replacement;
  return preposition === 'de ' && /^[aeiouyhàâéèêëîïôû]/iu.test(replacement) ? `d'${replacement}` : `${preposition}${replacement}`;
}

/**
 * Fits a replacement into the sentence around the span it replaces, so the text stays
 * French: "d'Anne" → "de S."; "à Montpellier" → "dans une grande ville…"; "de la Biscuiterie
 * Lemoine" → "de son organisation", not "de la son organisation"; "la société Nexalis" →
 * "l'entreprise A"; "Mme Martin" as a role → "la consultante"; "Mme L." ending a sentence
 * keeps one full stop. Returns where the replaced stretch now starts and ends, what replaces
 * it, and where the name itself starts (past an elision the detection took).
 */
export function fitReplacement(
  text: string,
  d: Detection,
  replacement: string,
  o: {
    language: Language;
    roleMode: boolean;
    floor?: number;
  },
): { start: number; end: number; nameStart: number; replacement: string } {
  let start = d.start;
  let end = d.end;
  const span = text.slice(start, d.end);
  // "Sgt" taken for a person names no one: it stays as written.
  if (d.type === 'person' && isTitleAlone(span)) return { start, end, nameStart: start, replacement: span };
  // "d'Antoine" found whole (after "le père"): the elision stays the text's, the name is replaced;
  // in capitals too, "D'AIRBUS", but not "L'ORÉAL", whose article is its name's.
  // The expressions run only where the apostrophe they need is there (second or third character): most spans have none.
  const own = isApostrophe(span.charCodeAt(1)) || isApostrophe(span.charCodeAt(2)) ? (/^(d|l|qu)['’](?=\p{L})/u.exec(span) ?? /^(D|QU)['’](?=\p{Lu}{2})/u.exec(span)) : null;
  if (own) start += own[0].length;
  // "Sgt. Mike Ruiz", "Mx Jordan Blake": the title stays the text's, the name is replaced.
  // A title is followed by a space: a span without one begins with none.
  if (d.type === 'person') {
    const rest = text.slice(start, d.end);
    if (/\s/.test(rest)) start += leadingTitle(rest);
  }
  const nameStart = start;

  // Only an apostrophe right before the name can end an elision.
  const elided = start > 0 && isApostrophe(text.charCodeAt(start - 1)) ? /(?:^|[^\p{L}])(d|qu)['’]$/iu.exec(textBefore(text, start, 4)) : null;
  // "chez d'Almeida", "avec Mme d'Ornano": after a word no "de" follows, the "d'" is the name's particle, replaced with it.
  const particle = elided?.[1] === 'd' && PARTICLE_AFTER.test(text.slice(Math.max(0, start - 12), start - 2));
  // "ex-Danone": a former employer glued to "ex-" takes the replacement without its article ("ex-entreprise A").
  if (d.type === 'organisation' && text.charCodeAt(start - 1) === 45 && /(?:^|[^\p{L}])ex-$/iu.test(textBefore(text, start, 4))) replacement = replacement.replace(/^(?:l['’]|les? |la |the )/iu, '');
  else if (elided && /^[^aeiouyhàâéèêëîïôûAEIOUYHÉ]/u.test(replacement)) {
    start -= elided[1]!.length + 1;
    if (!particle) replacement = `${elided[1]!.toLowerCase() === 'qu' ? 'que' : 'de'} ${replacement}`;
  } else if (d.type === 'place' && /^(une?|an?|dans|in) /u.test(replacement)) {
    const prep = /(?:^|\s)(à|a|en|au|aux|in|at)\s+$/iu.exec(textBefore(text, start, 4));
    if (prep) {
      start -= prep[0].trimStart().length;
      replacement = `${o.language === 'fr' ? 'dans' : 'in'} ${replacement}`;
    } else {
      // "pour la Floride", "du Texas": the place's own article gives way to the replacement's;
      // "près du lac Léman": so does the noun that says the place's kind.
      const article = (d.place?.kind === 'natural' ? NATURE_NOUN_BEFORE.exec(textBefore(text, start, 20)) : null) ?? ARTICLE_BEFORE.exec(textBefore(text, start, 8));
      if (article) {
        start -= article[1]!.length;
        replacement = contracted(article[1]!, replacement);
      }
    }
  } else if (DETERMINED.test(replacement)) {
    // Folded (accents off, one character for one) to meet the folded nouns: "société" is "societe".
    const noun = d.type === 'organisation' ? NOUN_BEFORE.exec(fold(textBefore(text, start, 40))) : null;
    const article = ARTICLE_BEFORE.exec(textBefore(text, start, 8));
    const absorbed = noun ?? article;
    if (absorbed) {
      const words = absorbed[1]!;
      start -= words.length;
      // "du Groupe Arvel", "du groupe Casino" → "de son organisation": the contraction's preposition stays.
      replacement = contracted(words, replacement);
    }
  }
  // "Mme Martin" as a role reads "la consultante", not "Mme la consultante".
  if (o.roleMode && d.role && replacement === d.role[o.language]) {
    // "her HR partner Olu Adeyemi" with the role "the HR partner": the words before say it
    // already; they are the replacement, and the name goes. (Between commas, replace.ts gave
    // the initial instead, and the role is not the replacement.)
    const said = roleSaidBefore(text, start, d.end, replacement);
    if (said) return { start: said.at, end, nameStart, replacement: text.slice(said.at, said.nounEnd) };
    const title = TITLE_BEFORE.exec(textBefore(text, start, 14));
    if (title) start -= title[0].length - title[0].indexOf(title[1]!);
  }
  if (o.language === 'fr') ({ start, replacement } = liaison(text, start, replacement, o.floor ?? 0));
  // "Mme L." at the end of a sentence: one full stop, not two.
  if (replacement.endsWith('.') && text[d.end] === '.') replacement = replacement.slice(0, -1);
  // "Acme Ltd." or "S." ending a sentence: its full stop was also the sentence's, which must stay.
  else if (text[d.end - 1] === '.' && !replacement.endsWith('.') && sentenceFollows(text, d.end, endsWithInitial(text, d.end))) replacement += '.';
  if (sentenceStartAt(text, start)) replacement = replacement.charAt(0).toUpperCase() + replacement.slice(1);
  // "James' team": the possessive takes its "s" again after a replacement that has none ("Bogdan's",
  // "J.'s"); the `end` returned then takes in the apostrophe, which the caller replaces too.
  if (o.language === 'en' && possessiveAfter(text, d) && !/s$/iu.test(replacement)) {
    replacement += `${text[d.end]}s`;
    end += 1;
  }
  // A line in capitals keeps them: "À TOULOUSE" → "DANS UNE GRANDE VILLE DU SUD DE LA FRANCE".
  if (inCapitals(text, d) && !/^\[.*\]$/u.test(replacement)) replacement = replacement.toUpperCase();
  return { start, end, nameStart, replacement };
}

/**
 * "James' team", "the Harrises' house": an apostrophe right after a name ending in "s", then
 * a word; not the closing quotation mark of "'James'" (opened right before the name).
 */
function possessiveAfter(text: string, d: Detection): boolean {
  return /s$/iu.test(text.slice(d.start, d.end)) && /^['’][ \t]+\p{L}/u.test(text.slice(d.end, d.end + 3)) && !/['‘]$/u.test(text.slice(0, d.start));
}

/**
 * The name written in capitals on a line in capitals, which has another word of them and no
 * small letter: a heading, a board label, notes typed in capitals. An acronym in a sentence
 * ("chez IBM") is not.
 */
function inCapitals(text: string, d: Detection): boolean {
  const span = text.slice(d.start, d.end);
  if (/\p{Ll}/u.test(span) || !/\p{Lu}.*\p{Lu}/u.test(span)) return false;
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  const lineEnd = text.indexOf('\n', d.end);
  const rest = text.slice(lineStart, d.start) + ' ' + text.slice(d.end, lineEnd < 0 ? text.length : lineEnd);
  return !/\p{Ll}/u.test(rest) && /\p{Lu}{2}/u.test(rest);
}

/**
 * Looks on from `at` past spaces: a capital begins another sentence, and so does the end
 * of the text or of a line, unless what ends there is an initial ("Claire V." on a board
 * label or under a signature, where the full stop is the initial's alone).
 */
function sentenceFollows(text: string, at: number, initial: boolean): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i >= text.length || text[i] === '\n') return !initial;
  return i > at && /\p{Lu}/u.test(text[i]!);
}

/** "V." ends the stretch before `end`: one letter and its full stop. */
const endsWithInitial = (text: string, end: number) => /(?:^|[^\p{L}\d])\p{L}\.$/u.test(text.slice(Math.max(0, end - 3), end));

/** Looks back from `at` past spaces and markup: a line start or a full stop begins a sentence. */
function sentenceStartAt(text: string, at: number): boolean {
  let i = at - 1;
  // A dash too: "> — Sonia", a testimonial's signature on its own line.
  while (i >= 0 && /[ \t>*_#"»”)\]—–-]/.test(text[i]!)) i--;
  // "M. de R.", "J. de La Salle", "Dr. du Roy": the full stop of a title or an initial ends no sentence.
  if (i >= 0 && text[i] === '.' && (endsWithInitial(text, i + 1) || TITLE_ENDS.test(text.slice(Math.max(0, i - 12), i + 1)))) return false;
  return i < 0 || /[\n.!?…]/.test(text[i]!);
}
