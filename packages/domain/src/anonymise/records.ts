import { sameLine } from './name-runs.js';
import { initialsOfName } from './initials.js';
import { fold, isInitial, shapeOf, type Token } from './text.js';
import type { Detection, KnownEntity } from './types.js';
import { LEGAL_FORMS, NAME_PARTICLES, TITLES } from './vocabulary.js';


interface Variant {
  words: string[];
  entity: KnownEntity;
  /** Initials ("JF", "J.-F."): found in capitals only, never the lower-case word they also spell. */
  capitals?: true;
  /** Which part of the name this variant is, for a consistent pseudonym. */
  part: 'full' | 'first' | 'last' | 'alias';
  /** Some of the name's words, not all: "Thi" of "Nguyen Thi Thu Trang", "Saint" of "Saint-Exupéry". */
  partial?: true;
  /** Every word of the entity's names, folded: what is hers around a partial match. */
  own: Set<string>;
}

/** A word, or one half of a hyphenated word, with the index of the token it is of. */
interface Word {
  t: Token;
  token: number;
}

/** "Jr.", "Sr.", "III" after a person's name are his, not another person. */
const SUFFIX = /^(?:Jr|Sr|JR|SR)\.?$|^(?:II|III|IV)$/u;
/** A middle initial between a recorded first name and surname ("Marcus T. Washington"). */
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;

/**
 * The practice's own records come first: the client, her organisation, the sponsor,
 * every person named in contacts, sessions and board labels. A recorded name is found
 * whole or in part, in any case, with or without accents, hyphen or space, elided
 * ("d'Anne"), possessive ("Anne's"), and with one letter wrong or missing in a longer
 * name, so that a typo in a note does not let it through. A person's name takes in a
 * middle initial and a suffix ("Marcus T. Washington Jr."), an organisation's its legal
 * form ("Brightwater Logistics LLC"): one span, one replacement.
 */
export function findRecorded(tokens: Token[], known: KnownEntity[], commonWords: Set<string>): Detection[] {
  const variants = known.flatMap(variantsOf).sort((a, b) => b.words.length - a.words.length);
  if (!variants.length) return [];
  const found: Detection[] = [];
  const words: Word[] = [];
  tokens.forEach((t, token) => {
    if (t.word) for (const part of hyphenParts(t)) words.push({ t: part, token });
  });
  /** Two words follow each other in one name: on one line, nothing but a hyphen between ("Bob (Robert)" is no "Bob Robert"). */
  const joined = (a: Word, b: Word) => sameLine(a.t, b.t) && (a.token === b.token || tokens.slice(a.token + 1, b.token).every((x) => x.text === '-'));
  for (let w = 0; w < words.length; w++) {
    for (const v of variants) {
      const matched = matchAt(words, w, v, commonWords, joined);
      if (!matched) continue;
      let last = matched[matched.length - 1]!;
      let from = words[w]!.t;
      let to = words[last]!.t;
      // "C. VASSEUR" for Claire Vasseur: her initial before her surname is hers too.
      const before = words[w - 1]?.t;
      if (v.part === 'last' && before && isInitial(before) && sameLine(before, from) && from.start - before.end <= 2 && fold(before.text.charAt(0)) === fold(v.entity.name).charAt(0)) from = before;
      // "Claire V." (a board label, a signature): the initial of her surname after her first name is hers too.
      const after = words[last + 1]?.t;
      if (v.part === 'first' && after && isInitial(after) && sameLine(to, after) && after.start - to.end <= 2 && fold(after.text.charAt(0)) === surnameInitial(v.entity.name)) {
        to = after;
        last++;
      }
      const tail = tailOf(tokens, words[last]!.token, v);
      if (tail) {
        to = tail.t;
        while (words[last + 1] && words[last + 1]!.token <= tail.token) last++;
      }
      // "Thi" of Nguyen Thi Thu Trang in "Ms Le Thi Hoa", "Saint" of Saint-Exupéry in "Faubourg Saint-Honoré":
      // a part of her name glued to a name that is not hers is a piece of that other name. It is
      // still masked (a guess the other name's finding overrides), but it is not her.
      const elsewhere = v.partial && (foreignNeighbour(words[w - 1], words[w]!, v, commonWords, joined) || foreignNeighbour(words[last + 1], words[last]!, v, commonWords, joined));
      found.push(
        elsewhere
          ? { start: from.start, end: to.end, type: v.entity.type, source: 'records', confidence: 0.5 }
          : {
              start: from.start,
              end: to.end,
              type: v.entity.type,
              source: 'records',
              confidence: 1,
              key: `record:${v.entity.id}:${v.part}`,
              ...(v.entity.gender ? { gender: v.entity.gender } : {}),
              ...(v.entity.role ? { role: v.entity.role } : {}),
            },
      );
      w = last;
      break;
    }
  }
  return found;
}

/**
 * The indexes in `words` of the variant's words matched from `w`, or null. A person's name
 * of several words may have middle initials between them ("Marcus T. Washington").
 */
function matchAt(words: Word[], w: number, v: Variant, commonWords: Set<string>, joined: (a: Word, b: Word) => boolean): number[] | null {
  // In a name of several words, a lower-case word that is also a common word ("claire
  // vasseur", "direction des ressources humaines") counts, as long as another word of
  // the name is capitalised or no common word.
  const several = v.words.length > 1;
  let anchored = !several;
  const at: number[] = [];
  let i = w;
  for (let k = 0; k < v.words.length; k++, i++) {
    if (k > 0 && v.entity.type === 'person') {
      while (words[i] && words[i + 1] && MIDDLE_INITIAL.test(words[i]!.t.text) && words[i]!.t.folded.replace(/\.$/, '') !== v.words[k] && joined(words[i - 1]!, words[i]!)) i++;
    }
    const word = words[i];
    if (!word) return null;
    const t = word.t;
    if (!matchesWord(t, v.words[k]!, commonWords, several) || (k > 0 && !joined(words[i - 1]!, word)) || (v.capitals && t.shape !== 'upper')) return null;
    if (t.shape !== 'lower' || !commonWords.has(t.folded.replace(/\.$/, ''))) anchored = true;
    at.push(i);
  }
  return anchored ? at : null;
}

/** A suffix after a person's name ("Jr.", "III"), a legal form after an organisation's ("LLC", "SAS"): the token that ends the name there. */
function tailOf(tokens: Token[], last: number, v: Variant): { t: Token; token: number } | undefined {
  // "Martin Luther King, Jr.": a suffix may follow a comma.
  const next = tokens[last + 1]?.text === ',' && v.entity.type === 'person' ? last + 2 : last + 1;
  const t = tokens[next];
  if (!t?.word || !sameLine(tokens[last]!, t) || t.shape === 'lower') return undefined;
  if (v.entity.type === 'person' ? SUFFIX.test(t.text) : v.entity.type === 'organisation' && LEGAL_FORMS.has(t.folded)) return { t, token: next };
  return undefined;
}

/**
 * Whether the word glued to a partial match (before or after it) is a name that is not the
 * entity's: capitalised, not an initial, a title or one of her own words; joined by a hyphen
 * ("Saint-Honoré"), or by a space where its capital says a name (not a common word opening a
 * sentence or written in capitals: "Met Trang", "RDV AVEC CLAIRE").
 */
function foreignNeighbour(n: Word | undefined, of: Word, v: Variant, commonWords: Set<string>, joined: (a: Word, b: Word) => boolean): boolean {
  if (!n) return false;
  const t = n.t;
  if (!(n.token < of.token ? joined(n, of) : joined(of, n))) return false;
  if ((t.shape !== 'title' && t.shape !== 'upper') || MIDDLE_INITIAL.test(t.text) || SUFFIX.test(t.text)) return false;
  const bare = t.folded.replace(/\.$/, '');
  if (v.own.has(bare) || TITLES.has(bare) || TITLES.has(t.folded)) return false;
  if (n.token === of.token) return true;
  return !(commonWords.has(bare) && (t.sentenceStart || t.shape === 'upper'));
}

/**
 * The initial a surname is written with, folded: its first capital after the first name
 * ("Le Gall" l, "de Rênal" r), an aside in brackets left out ("Vasseur (démo)" v); none
 * when nothing after the first name is capitalised ("Direction des ressources humaines").
 */
function surnameInitial(name: string): string | undefined {
  const surname = name.trim().replace(/\([^)]*\)/g, ' ').split(/\s+/).slice(1).join(' ');
  const capital = /\p{Lu}/u.exec(surname)?.[0];
  return capital ? fold(capital) : undefined;
}

/** "Marie-Claire" is matched as "Marie" then "Claire", so either spelling of the record finds it. */
function hyphenParts(t: Token): Token[] {
  if (!t.text.includes('-')) return [t];
  const parts: Token[] = [];
  let at = t.start;
  for (const part of t.text.split('-')) {
    // Only the first half opens a paragraph, a line or a sentence: "Marc-Antoine" first after a heading is one name.
    const opens = parts.length ? { sentenceStart: false, paragraphStart: undefined, lineStart: undefined } : {};
    if (part) parts.push({ ...t, ...opens, text: part, start: at, end: at + part.length, folded: fold(part), shape: shapeOf(part) });
    at += part.length + 1;
  }
  return parts;
}

function variantsOf(entity: KnownEntity): Variant[] {
  // Letters only: "Vasseur (démo)" is the words "vasseur" and "demo".
  const words = (name: string) => fold(name).split(/[^\p{L}\d']+/u).filter((w) => w.length > 0);
  const name = words(entity.name);
  const own = new Set([...name, ...(entity.aliases ?? []).flatMap(words)]);
  const out: Variant[] = [{ words: name, entity, part: 'full', own }];
  for (const alias of entity.aliases ?? []) if (words(alias).length) out.push({ words: words(alias), entity, part: 'alias', own });
  // "Direction des ressources humaines" is a description, not a person's name: only the whole of it is that person.
  const describes = entity.name.split(/\s+/).some((w) => /^\p{Ll}{3,}/u.test(w) && !NAME_PARTICLES.has(fold(w)));
  if (entity.type === 'person' && name.length > 1 && !describes) {
    // "Marc-Antoine" is one first name of two words: either half, or both, is his first name.
    const firstName = words(entity.name.trim().split(/\s+/)[0] ?? '').length;
    // Every run of the name's words is the name: "Marie Claire", "Dubois", "Claire Dubois".
    for (let from = 0; from < name.length; from++) {
      for (let to = from + 1; to <= name.length; to++) {
        if (from === 0 && to === name.length) continue;
        // "Le" of "Kerbrat-Le Gall" is no name by itself ("Le Directeur…"), nor is "Kerbrat-Le".
        if (NAME_PARTICLES.has(name[to - 1]!)) continue;
        const part: Variant['part'] = to <= firstName ? 'first' : from < firstName ? 'full' : 'last';
        out.push({ words: name.slice(from, to), entity, part, partial: true, own });
      }
    }
  }
  // "JF", "J.-F.", "NBS": the initials of the name ("Jean-François", "Nadia Ben Salah") are what
  // colleagues call her, in notes and on board labels; in capitals only.
  if (entity.type === 'person' && !describes) {
    for (const initials of initialsOfName(entity.name)) out.push({ words: [initials], entity, part: 'first', capitals: true, own }, { words: [...initials], entity, part: 'first', capitals: true, own });
  }
  return out.filter((v) => v.words.join('').length >= 2);
}

/** `inName`: the word is one of several of a name, where a lower-case common word may stand (the caller asks for another anchor). */
function matchesWord(t: Token, want: string, commonWords: Set<string>, inName: boolean): boolean {
  const got = t.folded.replace(/\.$/, '');
  if (got === want) return inName || t.shape !== 'lower' || !commonWords.has(got);
  // A typo only counts on a capitalised word long enough not to be another word.
  if (t.shape === 'lower' || want.length < 5 || (!inName && commonWords.has(got))) return false;
  return withinOneEdit(got, want);
}

/** Damerau–Levenshtein distance at most one (one letter added, dropped, changed or swapped). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(x) === b.slice(y);
  if (a.length === b.length) return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2));
  return a.length > b.length ? rest(i + 1, i) : rest(i, i + 1);
}
