import { fold } from './text.js';
import type { Detection, PlaceFacts } from './types.js';

/** What joins the items of a list of names or places: "Limon et Meunier", "to Reading and Slough", "Durand & Fils". */
export const LIST_JOINT = /^\s*(?:,|et|and|&|ou|or)\s*$/iu;

/** The English pronouns a clause opens with, capitalised or not: "I", "I'm", "We'll". */
const PRONOUN = /^(?:i|i['’](?:m|ll|ve|d)|we|we['’](?:re|ll|ve|d)|you|you['’](?:re|ll|ve|d)|he|she|it|they|they['’](?:re|ll|ve|d))$/iu;

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
    // "Tom, I'm sorry": a pronoun after the comma of an address is no one else.
    if (PRONOUN.test(text.slice(c.start, c.end))) continue;
    while (j < people.length && people[j]!.end <= c.start) j++;
    const before = people[j - 1];
    const after = people[j];
    if ((before && joined(before.end, c.start)) || (after && joined(c.end, after.start))) out.push({ ...c, type: 'person', source: 'context', confidence: 0.6 });
  }
  return out;
}

/** "et", "and", "ou": what joins two people named one after the other. */
const AND = /^\s*(?:et|and|&|ou|or)\s*$/iu;

/**
 * "Florence et Dominique sont venues", "Jordan and Georgia": a popular first name that the lists
 * took for the town or the country it also is, in a list with a person named by a popular first
 * name too, is a person ("Plon, Paris, 1979" stays a publisher and a town). `found` is sorted.
 */
export function popularNamesInLists(text: string, found: Detection[], isPopularFirstName: (folded: string) => boolean): Detection[] {
  const out: Detection[] = [];
  // Not a comma: "la Ville de Paris, Jean Tiberi" is an apposition. Nor a capital of a million.
  const joined = (from: number, to: number) => from <= to && AND.test(text.slice(from, to));
  const person = (d: Detection | undefined) => d?.type === 'person' && isPopularFirstName(fold(text.slice(d.start, d.end)).split(/[\s-]/u)[0]!);
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    if (d.type !== 'place' || (d.place?.population ?? 0) >= 1_000_000 || /\s/u.test(text.slice(d.start, d.end)) || !isPopularFirstName(fold(text.slice(d.start, d.end)))) continue;
    const [before, after] = [found[i - 1], found[i + 1]];
    if ((person(before) && joined(before!.end, d.start)) || (person(after) && joined(d.end, after!.start))) out.push({ start: d.start, end: d.end, type: 'person', source: 'context', confidence: 0.9 });
  }
  return out;
}

/** What joins the places of a list, with the article a country takes: "Israël, l'Égypte et le Japon". */
const ARTICLE_OF_A_PLACE = String.raw`\s*(?:(?:le|la|les|l['’]|du|des|au|aux|en)\s*)?$`;
const AND_AN_ARTICLE = new RegExp(String.raw`^\s*(?:et|and|ou|or)${ARTICLE_OF_A_PLACE}`, 'iu');
const PLACES_JOINT = new RegExp(String.raw`^\s*(?:,|et|and|&|ou|or)${ARTICLE_OF_A_PLACE}`, 'iu');

/**
 * "Paris et Lyon sont loin", "entre Lyon et Florence", "par Israël, l'Égypte et le Japon": a word
 * the lists know both as a first name and as a well-known place, read as a person by the lists or
 * the model, in a list with a place that is no one's first name, is the place too ("Florence et
 * Dominique" stay two women). So is a word that no list knows, joined by "et" to a place. `found` is sorted.
 */
export function placesInLists(
  text: string,
  found: Detection[],
  wellKnownPlace: (folded: string) => PlaceFacts | undefined,
  isPopularFirstName: (folded: string) => boolean,
  isInNoList: (folded: string) => boolean = () => false,
): Detection[] {
  const out: Detection[] = [];
  const joined = (from: number, to: number) => from <= to && PLACES_JOINT.test(text.slice(from, to));
  const place = (d: Detection | undefined) => d?.type === 'place' && !isPopularFirstName(fold(text.slice(d.start, d.end)));
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    const words = text.slice(d.start, d.end);
    if (d.type !== 'person' || (d.source !== 'first-names' && d.source !== 'model' && d.source !== 'capitalisation') || /\s/u.test(words)) continue;
    const facts = wellKnownPlace(fold(words));
    const [before, after] = [found[i - 1], found[i + 1]];
    // "Luçon, les Visayas et Mindanao": a word no list knows, with "et" to a place, is one too (not a comma: "Marc Kerbrat, Lyon" is she and her town).
    if (!facts && isInNoList(fold(words)) && ((place(before) && AND_AN_ARTICLE.test(text.slice(before!.end, d.start))) || (place(after) && AND_AN_ARTICLE.test(text.slice(d.end, after!.start))))) {
      out.push({ start: d.start, end: d.end, type: 'place', source: 'context', confidence: 0.7 });
      continue;
    }
    if (!facts || d.source === 'capitalisation') continue;
    if ((place(before) && joined(before!.end, d.start)) || (place(after) && joined(d.end, after!.start))) out.push({ start: d.start, end: d.end, type: 'place', source: 'context', confidence: 0.9, place: facts });
  }
  return out;
}
