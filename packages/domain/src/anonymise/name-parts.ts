import { isInitial, lowerBound, type Token, withoutFinalStop } from './text.js';
import type { Detection } from './types.js';
import { isFormOfAddress, isTitleThatNames, NAME_PARTICLES, POSSESSIVES, ROLE_WORDS, SUBJECT_PRONOUNS, TITLES, titleGender } from './vocabulary.js';

/**
 * Irish and Scottish particles between a first name and a surname: "Seán Ó Briain",
 * "Siobhán Ní Dhomhnaill", "Máire Nic Giolla". Read by their written form, accent and
 * capital included: folded, "ni" and "o" are French words.
 */
const GAELIC_PARTICLES = new Set(['Ó', 'Ní', 'NÍ', 'Nic', 'NIC', 'Mhic', 'Uí', 'UÍ', 'Ua']);

/** The most frequent Vietnamese surnames, folded, written without their diacritics as French records have them. */
const VIETNAMESE_SURNAMES = new Set(['nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'truong', 'dinh', 'lam', 'trinh', 'luong', 'doan', 'luu', 'quach', 'ta', 'chau']);
/** The middle names "Văn" (men) and "Thị" (women), folded: what follows is the given name, a word or not ("Nguyen Van An", "Tran Thi Mai"). */
const VIETNAMESE_MIDDLE = new Set(['van', 'thi']);

const isCapitalised = (t: Token | undefined): t is Token => !!t && t.word && (t.shape === 'title' || t.shape === 'upper');
/** One space or a line's wrap between two tokens: "Nguyen Van\nAn" in wrapped prose, not a new paragraph. */
const next = (a: Token, b: Token | undefined): b is Token => !!b && b.start - a.end <= 2 && !b.paragraphStart;

/**
 * A person's name the runs of capitalised words cut short at a word of it: a Gaelic particle
 * ("Seán [Ó] Briain" gave two people and the particle in clear), a Vietnamese middle name and
 * the given name after it, which is often a word ("Nguyen Van [An]": "An" is a year in French,
 * an article in English), a surname that is a title ("Louis [Pasteur]", "Paul [Baron]"); so
 * is an organisation whose name ends on a title ("Sanofi [Pasteur]"). Each such name is made
 * whole; the detections it then covers are dropped. `found` in any order.
 */
export function wholePersonNames(tokens: Token[], found: Detection[], isFirstName: (folded: string) => boolean): Detection[] {
  if (!found.some((d) => d.type === 'person' || d.type === 'organisation')) return found;
  const grown = new Map<Detection, Detection>();
  for (const d of found) {
    if (d.type !== 'person' && d.type !== 'organisation') continue;
    // The tokens the detection begins and ends with; one that cuts a token is left as it is.
    const first = lowerBound(tokens, d.start);
    const end = lowerBound(tokens, d.end - 1);
    if (tokens[first]?.start !== d.start || tokens[end]?.end !== d.end) continue;
    // "chez Sanofi Pasteur": a title closing an organisation's name is the name's last word.
    if (d.type === 'organisation') {
      if (titleEnds(tokens[end]!, tokens[end + 1], tokens[end + 2])) grown.set(d, { ...d, end: tokens[end + 1]!.end });
      continue;
    }
    let last = end;
    for (;;) {
      const t = tokens[last]!;
      const after = tokens[last + 1];
      if (!next(t, after) || !after.word) break;
      const then = tokens[last + 2];
      if (GAELIC_PARTICLES.has(after.text) && next(after, then) && isCapitalised(then)) {
        last += 2;
        continue;
      }
      if (isCapitalised(after) && vietnameseGoesOn(tokens.slice(first, last + 1).filter((w) => w.word), after)) {
        last += 1;
        continue;
      }
      if (last === end && titleAsSurname(t, after, then, isFirstName)) last += 1;
      break;
    }
    // "LE BIHAN Gwenaëlle", "DE LA SALLE Anne": a particle in capitals right before a surname in
    // capitals, before the given name, is the surname's ("C'EST LE MARTIN DU JOUR" is a heading).
    let from = first;
    const givenAfter = tokens.slice(first, end + 1).some((t) => t.word && t.shape === 'title');
    while (givenAfter && from > 0 && tokens[from]!.shape === 'upper' && next(tokens[from - 1]!, tokens[from]) && tokens[from - 1]!.shape === 'upper' && NAME_PARTICLES.has(tokens[from - 1]!.folded) && !tokens[from]!.lineStart) from--;
    if (last !== end || from !== first) grown.set(d, { ...d, start: tokens[from]!.start, end: tokens[last]!.end });
  }
  if (!grown.size) return found;
  const wide = [...grown.values()];
  return found.map((d) => grown.get(d) ?? d).filter((d) => wide.includes(d) || !wide.some((w) => w.start <= d.start && d.end <= w.end));
}

/**
 * "Louis Pasteur", "Paul Baron", "Julie Marquis", "Pierre Juge": a title of the Church, of
 * nobility or of an office, capitalised right after a first name and before no other name,
 * is that person's surname; a title begins a name only before one ("Paul, Docteur Martin").
 * A form of address never ends one ("Claire Madame" is no one).
 */
function titleAsSurname(t: Token, after: Token, then: Token | undefined, isFirstName: (folded: string) => boolean): boolean {
  return isCapitalised(t) && isFirstName(t.folded) && titleEnds(t, after, then);
}

/**
 * `after`, right after `t`, is a capitalised title, no form of address, that announces no name
 * after it on its line: a signature's "Christophe Baron\nResponsable commercial" ends with him.
 */
function titleEnds(t: Token, after: Token | undefined, then: Token | undefined): boolean {
  if (!next(t, after) || !isCapitalised(after) || !isTitleThatNames(after.folded)) return false;
  return !(then && next(after, then) && !then.lineStart && isCapitalised(then));
}

/**
 * Whether a Vietnamese name of `words` so far goes on at `word`: a capitalised surname first,
 * then the middle name, then the one or two words of the given name ("Nguyen Thi Thu Ha").
 */
function vietnameseGoesOn(words: Token[], word: Token): boolean {
  if (!VIETNAMESE_SURNAMES.has(words[0]!.folded) || words[0]!.shape === 'lower') return false;
  const middle = words.findIndex((w) => VIETNAMESE_MIDDLE.has(w.folded));
  if (middle < 0) return words.length === 1 && VIETNAMESE_MIDDLE.has(word.folded);
  return words.length - middle - 1 < 2;
}

/**
 * "M. Pasteur", "Mme Juge", "Madame Marquis,": right after a form of address, a capitalised
 * title that announces no name after it is the surname, which the runs of names, taking it
 * for a title, leave in clear.
 */
export function titlesAfterAddress(tokens: Token[]): Detection[] {
  const found: Detection[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const address = tokens[i - 1]!;
    if (!address.word || address.shape === 'lower' || !isFormOfAddress(address.folded) || !titleEnds(address, tokens[i], tokens[i + 1])) continue;
    const t = tokens[i]!;
    const gender = titleGender(address.folded);
    found.push({ start: t.start, end: t.end, type: 'person', source: 'context', confidence: 0.9, ...(gender ? { gender } : {}) });
  }
  return found;
}

/** The forms of address that only ever stand before a surname (folded, without the full stop): not "Me", also a pronoun, nor "Sir" or "Lord". */
const BEFORE_SURNAMES = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'monsieur', 'madame', 'mademoiselle', 'dr', 'pr', 'mr', 'mrs', 'ms', 'mx']);

/** Words a surname does not go on with, though in capitals: "M. MARTIN ET SA FILLE", "MME DUPONT A APPELÉ". Folded. */
const ENDS_A_SURNAME = new Set([...POSSESSIVES, ...SUBJECT_PRONOUNS, 'et', 'ou', 'avec', 'pour', 'chez', 'and', 'or', 'with', 'for', 'a', 'est', 'va', 'sera', 'etait', 'avait', 'has', 'is', 'was', 'will']);

/**
 * "Mme Lê", "M. Le Du", "Mrs May", "M. Ma": right after a form of address, the capitalised words
 * on its line (three at most) are the surname, though folded they are an article, a possessive
 * or a month, which the runs of names leave out. Not a title or a role ("Monsieur Le Maire",
 * "Madame La Directrice"), nor a pronoun opening a sentence. Overlaps with what the runs found
 * are resolved later, the longer name first.
 */
export function surnamesAfterAddress(tokens: Token[], isFirstName: (folded: string) => boolean): Detection[] {
  const found: Detection[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const address = tokens[i - 1]!;
    if (!address.word || address.shape === 'lower' || !BEFORE_SURNAMES.has(withoutFinalStop(address.folded))) continue;
    // "J. M. Lefort" (an "M" among initials, initials.ts), "Julie M. Le lendemain…" (after a first
    // name, her surname's initial, withBareInitials): that "M." is no "Monsieur".
    const before = tokens[i - 2];
    if (address.folded.startsWith('m') && address.text.length <= 2 && before && address.start - before.end <= 1 && (isInitial(before) || (isCapitalised(before) && isFirstName(before.folded)))) continue;
    // (The tokenizer keeps each of these addresses' full stop on it: "M.", "Mx.".)
    const from = i;
    let k = i;
    let previous = address;
    while (k < from + 3 && isCapitalised(tokens[k]) && next(previous, tokens[k]) && !tokens[k]!.lineStart && !(k > from && ENDS_A_SURNAME.has(tokens[k]!.folded))) previous = tokens[k++]!;
    if (k === from) continue;
    const words = tokens.slice(from, k);
    if (SUBJECT_PRONOUNS.has(words[0]!.folded) || words.some((w) => isInitial(w) || TITLES.has(w.folded) || ROLE_WORDS.has(w.folded))) continue;
    const gender = titleGender(address.folded);
    found.push({ start: words[0]!.start, end: words[words.length - 1]!.end, type: 'person', source: 'context', confidence: 0.9, ...(gender ? { gender } : {}) });
  }
  return found;
}

/** Capitals that, alone after a name, are words rather than the initial of a surname: "à" typed without its accent, the English "I", "y". */
const NOT_INITIALS = new Set(['A', 'I', 'Y', 'À', 'O']);

/**
 * "Karim B et Julie D", "Vu Sophie M hier", "Thomas B:", "Julie M.": notes write the initial of a surname
 * without its full stop; after a first name, one space away, a capital alone is hers, and left
 * in clear it still points at her. `found` is sorted.
 */
export function withBareInitials(tokens: Token[], found: Detection[], isFirstName: (folded: string) => boolean): Detection[] {
  return found.map((d) => {
    if (d.type !== 'person') return d;
    const k = lowerBound(tokens, d.end);
    const last = tokens[k - 1];
    const initial = tokens[k];
    if (!last || last.end !== d.end || !last.word || !isFirstName(last.folded) || !initial || initial.start !== last.end + 1 || initial.lineStart) return d;
    const after = tokens[k + 1];
    // "Julie M. a appelé": "M." after a first name is her surname's initial, not "Monsieur", where no name follows it.
    if (initial.text === 'M.' && !(after?.word && after.shape !== 'lower' && after.start === initial.end + 1)) return { ...d, end: initial.end };
    if (!initial.word || initial.text.length !== 1 || initial.shape !== 'upper' || NOT_INITIALS.has(initial.text)) return d;
    // A letter that begins a word after an apostrophe or a hyphen is no initial ("L'", "J-"); nor one before a digit ("B2").
    if (after && after.start === initial.end && (after.word || /^[\d'’-]/u.test(after.text))) return d;
    return { ...d, end: initial.end };
  });
}

/**
 * "MARC PETIT\nRESPONSABLE LOGISTIQUE", "LOUIS GROS, DIRECTEUR": a signature in capitals. A
 * popular first name and one word after it, one space apart, that end the name on their line
 * are that person, though in capitals a word is a heading's and the readings of capitals leave
 * "PETIT" or the whole of "MARC NOIR" in clear. Not where more words follow ("PIERRE ANGULAIRE DU PROJET").
 */
export function signedInCapitals(tokens: Token[], isPopularFirstName: (folded: string) => boolean): Detection[] {
  const found: Detection[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [first, last, after] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]];
    if (!first.word || first.shape !== 'upper' || first.text.length < 3 || !isPopularFirstName(first.folded)) continue;
    if (!last.word || last.shape !== 'upper' || last.text.length < 3 || last.lineStart || last.start !== first.end + 1 || NAME_PARTICLES.has(last.folded)) continue;
    if (after && !after.lineStart && after.word) continue;
    found.push({ start: first.start, end: last.end, type: 'person', source: 'context', confidence: 0.8 });
    i++;
  }
  return found;
}
