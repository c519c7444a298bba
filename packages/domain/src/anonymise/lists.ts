import type { Detection } from './types.js';

/** What joins the items of a list of names or places: "Limon et Meunier", "to Reading and Slough", "Durand & Fils". */
export const LIST_JOINT = /^\s*(?:,|et|and|&|ou|or)\s*$/iu;

/**
 * "MM. Limon et Meunier", "Dupont, Charpentier, …": a capitalised word that is also a
 * common word is a surname when it stands in a list with a name.
 */
export function inListsOfNames(text: string, candidates: { start: number; end: number }[], found: Detection[]): Detection[] {
  const people = found.filter((d) => d.type === 'person').sort((a, b) => a.start - b.start);
  const joined = (from: number, to: number) => from <= to && LIST_JOINT.test(text.slice(from, to));
  const out: Detection[] = [];
  let j = 0;
  for (const c of candidates) {
    while (j < people.length && people[j]!.end <= c.start) j++;
    const before = people[j - 1];
    const after = people[j];
    if ((before && joined(before.end, c.start)) || (after && joined(c.end, after.start))) out.push({ ...c, type: 'person', source: 'context', confidence: 0.6 });
  }
  return out;
}
