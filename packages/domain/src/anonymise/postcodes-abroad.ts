import type { Detection } from './types.js';
import { matchesWithin } from './windows.js';

/**
 * Postcodes written after the French ones' fashion nowhere: of four digits before the town in
 * Belgium, Switzerland, Austria or Denmark ("rue du Marché 12, 1204 Genève", "avenue Louise
 * 45, B-1050 Ixelles"), of four after it in Australia, New Zealand or South Africa ("12 Kauri
 * Road, Ponsonby, Auckland 1011"), of five or six after it in Morocco or India ("Adresse :
 * Casablanca 20570", "Jayanagar, Bengaluru 560041"). Only in an address: anywhere else four
 * digits are a year and five an amount. Read only in `near`, the windows around the text's
 * digits (windows.ts).
 */
export function postcodesAbroad(text: string, near: readonly [number, number][]): Detection[] {
  return [
    ...postcodesAfterStreets(text, near),
    // Four digits after the town, the street earlier on the same line; five or six after an address's label or a comma.
    ...postcodesEndingAddresses(text, near, FOUR_DIGITS, ENGLISH_STREETS),
    ...postcodesEndingAddresses(text, near, FIVE_OR_SIX_DIGITS, ADDRESS_THEN_TOWN),
  ];
}

/** A postcode of four digits, a country's letter before it or not, and its town's words. */
const POSTCODE_TOWN = /(?<![\p{L}\d-])(?:(?:B|CH)-)?[1-9]\d{3}[ \t]+\p{Lu}[\p{L}'’-]*(?:[ -](?:sur|sous|en|lès|les|le|la|de|du|d'|am|an|im|bei|\p{Lu}[\p{L}'’-]*))*/gu;
/**
 * What must come before such a postcode for it to be one and not a year ("En 2024 Marie…"):
 * a street on the same line and a comma, or a street on the line before, its name or its number
 * after the street word ("la rue, 2019 Nouvelle vie" has neither). Street words in French, and the
 * endings of Dutch and German street names ("Kerkstraat 12", "Bahnhofstrasse 1").
 */
const STREET_WORDS = ['rue', 'avenue', 'av\\.', 'boulevard', 'bd', 'chaussée', 'place', 'chemin', 'route', 'quai', 'impasse', 'allée', 'allee', 'square', 'drève', 'clos', 'sentier', 'ruelle'];
/** (Not case-insensitive, which would make `\p{Lu}` any letter: each street word takes its capital by hand.) */
const AFTER_A_STREET = new RegExp(
  String.raw`(?:(?<!\p{L})(?:${STREET_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})(?!\p{L})|\p{L}(?:straat|laan|weg|plein|stra(?:ss|ß)e|gasse|platz)(?!\p{L}))[^\n,]{0,40}[\p{Lu}\d][^\n,]{0,40}(?:,[ \t]*|[ \t]*\n[ \t]*)$`,
  'u',
);

/** A postcode before its town, after a street. */
function postcodesAfterStreets(text: string, near: readonly [number, number][]): Detection[] {
  const found: Detection[] = [];
  for (const m of matchesWithin(text, near, POSTCODE_TOWN)) {
    const start = m.index!;
    if (!AFTER_A_STREET.test(text.slice(Math.max(0, start - 80), start))) continue;
    found.push({ start, end: start + m[0].length, type: 'place', source: 'pattern', confidence: 0.9 });
  }
  return found;
}

/** A street of an English address, its name or number before it, then a comma and, last, the town. */
const ENGLISH_STREETS = /(?:\d{1,5}[A-Za-z]?|\p{Lu}[\p{L}'’-]+)[ \t]+(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Crescent|Place|Terrace|Way|Close|Court|Parade|Highway|Boulevard)(?!\p{L})\.?,[^\n]{0,80}\p{Lu}[\p{L}'’-]+[ \t]+$/u;
const FOUR_DIGITS = /(?<![\p{L}\d-])\d{4}(?![\d\p{L}])/gu;
/** What may follow a postcode that ends an address: the end of the line or of the sentence. */
const ADDRESS_END = /^[ \t]*(?:[;,.)]|\n|$)/u;

const FIVE_OR_SIX_DIGITS = /(?<![\p{L}\d-])\d{5,6}(?![\d\p{L}])/gu;
/** A town's capitalised words before the postcode, after an address's label or a comma on the same line. */
const ADDRESS_THEN_TOWN = /(?:(?<!\p{L})(?:[Aa]dresse|[Aa]ddress|[Dd]omicile|[Rr]ésidence)[ \t]*:[ \t]*|,[ \t]*)(?:[^\n,:]{0,60},[ \t]*)?\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}[ \t]+$/u;

/**
 * Postcodes that end an address after its town: `digits` of the postcode's length, kept where
 * `before` holds of the 120 characters before them ("…Road, Ponsonby, Auckland 1011",
 * "…, Bengaluru 560041").
 */
function postcodesEndingAddresses(text: string, near: readonly [number, number][], digits: RegExp, before: RegExp): Detection[] {
  const found: Detection[] = [];
  for (const m of matchesWithin(text, near, digits)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (ADDRESS_END.test(text.slice(end, end + 4)) && before.test(text.slice(Math.max(0, start - 120), start))) found.push({ start, end, type: 'place', source: 'pattern', confidence: 0.85 });
  }
  return found;
}
