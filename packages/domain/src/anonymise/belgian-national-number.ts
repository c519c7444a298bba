import type { Detection } from './types.js';
import { matchesWithin } from './windows.js';

/**
 * The Belgian national register number ("85.07.30-033.28"), which holds its bearer's date of
 * birth: an identifier where its check holds or its label stands before it. Read only in
 * `near`, the windows around the text's digits (windows.ts).
 */
export function belgianNationalNumbers(text: string, near: readonly [number, number][]): Detection[] {
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
