import { sameLine } from './name-runs.js';
import { initialsOfName } from './initials.js';
import { fold, isInitial, shapeOf, type Token } from './text.js';
import type { Detection, KnownEntity } from './types.js';
import { NAME_PARTICLES } from './vocabulary.js';


interface Variant {
  words: string[];
  entity: KnownEntity;
  /** Initials ("JF", "J.-F."): found in capitals only, never the lower-case word they also spell. */
  capitals?: true;
  /** Which part of the name this variant is, for a consistent pseudonym. */
  part: 'full' | 'first' | 'last' | 'alias';
}

/**
 * The practice's own records come first: the client, her organisation, the sponsor,
 * every person named in contacts, sessions and board labels. A recorded name is found
 * whole or in part, in any case, with or without accents, hyphen or space, elided
 * ("d'Anne"), possessive ("Anne's"), and with one letter wrong or missing in a longer
 * name, so that a typo in a note does not let it through.
 */
export function findRecorded(tokens: Token[], known: KnownEntity[], commonWords: Set<string>): Detection[] {
  const variants = known.flatMap(variantsOf).sort((a, b) => b.words.length - a.words.length);
  if (!variants.length) return [];
  const found: Detection[] = [];
  const words = tokens.filter((t) => t.word).flatMap(hyphenParts).map((t) => ({ t }));
  for (let w = 0; w < words.length; w++) {
    for (const v of variants) {
      if (w + v.words.length > words.length) continue;
      let ok = true;
      // In a name of several words, a lower-case word that is also a common word ("claire
      // vasseur", "direction des ressources humaines") counts, as long as another word of
      // the name is capitalised or no common word.
      const several = v.words.length > 1;
      let anchored = !several;
      for (let k = 0; k < v.words.length && ok; k++) {
        const t = words[w + k]!.t;
        ok = matchesWord(t, v.words[k]!, commonWords, several) && (k === 0 || sameLine(words[w + k - 1]!.t, t)) && (!v.capitals || t.shape === 'upper');
        if (ok && (t.shape !== 'lower' || !commonWords.has(t.folded.replace(/\.$/, '')))) anchored = true;
      }
      if (!ok || !anchored) continue;
      let from = words[w]!.t;
      let to = words[w + v.words.length - 1]!.t;
      // "C. VASSEUR" for Claire Vasseur: her initial before her surname is hers too.
      const before = words[w - 1]?.t;
      if (v.part === 'last' && before && isInitial(before) && sameLine(before, from) && from.start - before.end <= 2 && fold(before.text.charAt(0)) === fold(v.entity.name).charAt(0)) from = before;
      // "Claire V." (a board label, a signature): the initial of her surname after her first name is hers too.
      const after = words[w + v.words.length]?.t;
      if (v.part === 'first' && after && isInitial(after) && sameLine(to, after) && after.start - to.end <= 2 && fold(after.text.charAt(0)) === surnameInitial(v.entity.name)) {
        to = after;
        w++;
      }
      found.push({
        start: from.start,
        end: to.end,
        type: v.entity.type,
        source: 'records',
        confidence: 1,
        key: `record:${v.entity.id}:${v.part}`,
        ...(v.entity.gender ? { gender: v.entity.gender } : {}),
        ...(v.entity.role ? { role: v.entity.role } : {}),
      });
      w += v.words.length - 1;
      break;
    }
  }
  return found;
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
    if (part) parts.push({ ...t, text: part, start: at, end: at + part.length, folded: fold(part), shape: shapeOf(part) });
    at += part.length + 1;
  }
  return parts;
}

function variantsOf(entity: KnownEntity): Variant[] {
  // Letters only: "Vasseur (démo)" is the words "vasseur" and "demo".
  const words = (name: string) => fold(name).split(/[^\p{L}\d']+/u).filter((w) => w.length > 0);
  const name = words(entity.name);
  const out: Variant[] = [{ words: name, entity, part: 'full' }];
  for (const alias of entity.aliases ?? []) if (words(alias).length) out.push({ words: words(alias), entity, part: 'alias' });
  // "Direction des ressources humaines" is a description, not a person's name: only the whole of it is that person.
  const describes = entity.name.split(/\s+/).some((w) => /^\p{Ll}{3,}/u.test(w) && !NAME_PARTICLES.has(fold(w)));
  if (entity.type === 'person' && name.length > 1 && !describes) {
    // Every run of the name's words is the name: "Marie Claire", "Dubois", "Claire Dubois".
    for (let from = 0; from < name.length; from++) {
      for (let to = from + 1; to <= name.length; to++) {
        if (from === 0 && to === name.length) continue;
        // "Le" of "Kerbrat-Le Gall" is no name by itself ("Le Directeur…"), nor is "Kerbrat-Le".
        if (NAME_PARTICLES.has(name[to - 1]!)) continue;
        const part: Variant['part'] = from === 0 ? (to === 1 ? 'first' : 'full') : 'last';
        out.push({ words: name.slice(from, to), entity, part });
      }
    }
  }
  // "JF", "J.-F.", "NBS": the initials of the name ("Jean-François", "Nadia Ben Salah") are what
  // colleagues call her, in notes and on board labels; in capitals only.
  if (entity.type === 'person' && !describes) {
    for (const initials of initialsOfName(entity.name)) out.push({ words: [initials], entity, part: 'first', capitals: true }, { words: [...initials], entity, part: 'first', capitals: true });
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
