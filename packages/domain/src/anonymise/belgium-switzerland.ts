import type { Detection } from './types.js';
import { matchesWithin } from './windows.js';

/**
 * What a French-speaking coach in Belgium or Switzerland writes that the French patterns miss:
 * a postcode of four digits before its town ("rue du Marché 12, 1204 Genève", "avenue Louise
 * 45, B-1050 Ixelles"), and the Belgian national register number ("85.07.30-033.28"), which
 * holds its bearer's date of birth. Both hold digits: they are read only in `near`, the windows
 * around the text's digits (windows.ts).
 */
export function belgianAndSwissDetails(text: string, near: readonly [number, number][]): Detection[] {
  return [...postcodesAfterStreets(text, near), ...nationalRegisterNumbers(text, near)];
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

function postcodesAfterStreets(text: string, near: readonly [number, number][]): Detection[] {
  const found: Detection[] = [];
  for (const m of matchesWithin(text, near, POSTCODE_TOWN)) {
    const start = m.index!;
    if (!AFTER_A_STREET.test(text.slice(Math.max(0, start - 80), start))) continue;
    found.push({ start, end: start + m[0].length, type: 'place', source: 'pattern', confidence: 0.9 });
  }
  return found;
}

/** Six digits of the birth date, three of a serial number, two of a check; dots and a dash as written, or none. */
const NATIONAL_NUMBER = /(?<![\d.])\d{2}\.?\d{2}\.?\d{2}[-.\s]?\d{3}\.?\d{2}(?![\d.]\d)/g;
/** The labels of the number, which make one with a wrong check digit still worth masking. */
const NATIONAL_NUMBER_LABEL = /(?:registre national|rijksregister|NISS|INSZ|n°\s*national|numéro national)[^\n]{0,24}$/iu;

/**
 * Valid where the check is 97 less the first nine digits modulo 97, or, for those born from
 * 2000, 97 less those digits after a 2 modulo 97.
 */
export function belgianNationalNumberValid(digits: string): boolean {
  if (digits.length !== 11) return false;
  const first = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (first % 97) === check || 97 - ((2_000_000_000 + first) % 97) === check;
}

function nationalRegisterNumbers(text: string, near: readonly [number, number][]): Detection[] {
  const found: Detection[] = [];
  for (const m of matchesWithin(text, near, NATIONAL_NUMBER)) {
    const start = m.index!;
    const digits = m[0].replace(/\D/g, '');
    const month = Number(digits.slice(2, 4));
    const valid = month <= 12 && belgianNationalNumberValid(digits);
    const labelled = NATIONAL_NUMBER_LABEL.test(text.slice(Math.max(0, start - 48), start));
    if (valid || labelled) found.push({ start, end: start + m[0].length, type: 'identifier', source: 'pattern', confidence: valid ? 0.95 : 0.7 });
  }
  return found;
}
