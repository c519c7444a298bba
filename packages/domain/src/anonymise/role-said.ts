import { fold } from './text.js';

/** The determiner a recorded role begins with: the text may say it with its own ("her HR partner" for "the HR partner"). */
const DETERMINER = /^(?:the|a|an|his|her|their|my|our|le|la|les|un|une|son|sa|ses|leur|mon|ma|notre)\s+|^l['’]/iu;

/**
 * Where the words right before a name already say its recorded role: "her HR partner Olu
 * Adeyemi", "son N+1, Jean-Baptiste Le Goff" with the roles "the HR partner" and "son
 * N+1". Gives where those words start and end, and whether the name stands between
 * commas ("his COO, Farah Siddiqui, before…"), where leaving it out would leave a comma
 * alone; null when the words before say something else.
 */
export function roleSaidBefore(text: string, start: number, end: number, role: string): { at: number; nounEnd: number; enclosed: boolean } | null {
  const noun = fold(role.replace(DETERMINER, '').trim());
  if (!noun) return null;
  // Folded one character for one: the offsets are the text's.
  const before = fold(text.slice(Math.max(0, start - noun.length - 6), start));
  const m = /(\s*,)?\s+$/u.exec(before);
  if (!m) return null;
  const said = before.slice(0, m.index);
  if (!said.endsWith(noun)) return null;
  // The noun whole: "partner" is not the end of "co-partner" nor "N+1" of "N+11".
  const previous = said.charAt(said.length - noun.length - 1);
  if (previous && /[\p{L}\p{N}+-]/u.test(previous)) return null;
  const offset = start - before.length;
  return { at: offset + said.length - noun.length, nounEnd: offset + said.length, enclosed: !!m[1] && /^\s*,/u.test(text.slice(end)) };
}
