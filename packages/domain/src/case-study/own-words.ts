import type { EntityType } from '../anonymise/types.js';
// One line of forms of address, shared with the anonymiser; nothing else of its vocabulary comes along.
import { ADDRESS_TITLES } from '../anonymise/vocabulary.js';
import { liaison } from '../anonymise/liaison.js';

/**
 * Fits the coach's own replacement for a name into each sentence that names it, as the
 * anonymiser fits its proposals (anonymise/fit.ts, which this file does not import: it
 * would bring the anonymiser's folding and organisation nouns into the web bundle,
 * which reads review.ts for its decision keys). Her decision is kept by the
 * name, so her words meet the name after an article, a preposition, a title or an
 * elision: "d'Anne" → "de S.", "à Montpellier" → "à Sète" or "dans une ville du Sud",
 * "la Biscuiterie Lemoine" → "la Biscuiterie Arvel" or "son entreprise".
 */
export interface NamedStretch {
  /** The stretch the anonymiser replaced: the name, perhaps with words before it. */
  start: number;
  end: number;
  /** The name itself; absent on spans from before names were kept apart. */
  nameStart?: number;
  nameEnd?: number;
  type: EntityType;
}

/** Words that bring their own determiner: "son entreprise", "la consultante", "une ville". */
const DETERMINED = /^(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|the|a|an|her|his|their)\s*\S/iu;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])((?:le|la|les|the)\s+|l['’]|(?:du|des|au|aux)\s+)$/iu;
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${ADDRESS_TITLES})\\.?\\s+)$`, 'u');
const CONTRACTED: Record<string, string> = { du: 'de ', des: 'de ', au: 'à ', aux: 'à ' };
const ELIDED_BEFORE = /(?:^|[^\p{L}])(d|qu)['’]$/iu;
const PLACE_PREPOSITION_BEFORE = /(?:^|\s)(à|a|en|au|aux|in|at)\s+$/iu;
/** What the anonymiser takes before a name that her words must not take: an elision, a preposition. */
const NOT_TAKEN = /^(?:(?:d|qu)['’]|(?:à|a|en|au|aux|in|at|de|que)\s+)$/iu;

/** Where her words go, and the words as the sentence reads them; nothing before `floor` (another span's words) is taken. */
export function fitOwnWords(text: string, s: NamedStretch, words: string, floor = 0): { start: number; end: number; replacement: string } {
  const nameStart = s.nameStart ?? s.start;
  const end = s.nameEnd ?? s.end;
  let out = words.trim();
  let start = nameStart;
  const before = text.slice(Math.max(floor, nameStart - 40), nameStart);
  const repeated = repeatedBefore(before, out);
  const elided = ELIDED_BEFORE.exec(before);
  const preposition = s.type === 'place' ? PLACE_PREPOSITION_BEFORE.exec(before) : null;
  const article = ARTICLE_BEFORE.exec(before);
  const title = TITLE_BEFORE.exec(before);
  if (repeated) {
    // "M. Dupont" replaced by "M. Martin": the title she wrote is not doubled.
    start -= repeated;
  } else if (elided) {
    // "d'Anne" → "de S.", "qu'Anne" → "que la consultante"; "d'Alice" keeps its elision.
    if (!/^[aeiouyhàâéèêëîïôûæœ]/iu.test(out)) {
      start -= elided[1]!.length + 1;
      out = `${elided[1]!.toLowerCase() === 'qu' ? 'que' : 'de'} ${out}`;
    }
  } else if (preposition && /^(?:une?|an?|dans|in)\s/iu.test(out)) {
    // "à Montpellier" → "dans une ville du Sud"; "à Sète" stays "à Sète".
    start -= preposition[0].trimStart().length;
    if (!/^(?:dans|in)\s/iu.test(out)) out = `${/^(?:in|at)$/iu.test(preposition[1]!) ? 'in' : 'dans'} ${out}`;
  } else if (DETERMINED.test(out)) {
    if (article) {
      // "la Biscuiterie Lemoine" → "son entreprise"; "du Groupe Arvel" → "de son entreprise".
      start -= article[1]!.length;
      out = `${CONTRACTED[article[1]!.trim().toLowerCase()] ?? ''}${out}`;
    } else if (title) {
      // "M. Dupont" → "le directeur", not "M. le directeur".
      start -= title[1]!.length;
    } else {
      // What the anonymiser took for its own determined proposal ("la société Nexalis", "Mme Martin" as a role), her determined words take too.
      const taken = text.slice(s.start, nameStart);
      if (taken && s.start >= floor && !NOT_TAKEN.test(taken)) start = s.start;
    }
  }
  // "de La Rochelle" → "d'une ville côtière", "à Antoine" → "au directeur", as the anonymiser writes its own.
  ({ start, replacement: out } = liaison(text, start, out, floor));
  // "Mme L." at the end of a sentence: one full stop, not two.
  if (out.endsWith('.') && text[end] === '.') out = out.slice(0, -1);
  if (sentenceStartAt(text, start)) out = out.charAt(0).toUpperCase() + out.slice(1);
  return { start, end, replacement: out };
}

/** How many characters at the end of `before` her words begin with, in whole words ("M. " in "M. Martin"). */
function repeatedBefore(before: string, words: string): number {
  const lower = words.toLowerCase();
  for (let n = Math.min(before.length, words.length - 1); n > 0; n--) {
    const tail = before.slice(-n);
    if (!/[\s'’]$/u.test(tail) || !/^\S/u.test(tail)) continue;
    if (n < before.length && /[\p{L}\p{N}.]/u.test(before[before.length - n - 1]!)) continue;
    if (lower.startsWith(tail.toLowerCase())) return n;
  }
  return 0;
}

/** Looks back from `at` past spaces and markup: a line start or a full stop begins a sentence. */
function sentenceStartAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t>*_#"»”)\]-]/.test(text[i]!)) i--;
  return i < 0 || /[\n.!?…]/.test(text[i]!);
}
