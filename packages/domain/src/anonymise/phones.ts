import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { Detection, Language } from './types.js';
import { digitWindows, matchesFromNumbers, matchesWithin, windowsAround } from './windows.js';

/** French numbers and international ones, with any of the usual separators. */
const PHONE_LIKE = /(?<![\d+])(?:(?:\+|00)\s?\d{1,3}[\s.\-]?(?:\(0\)\s?)?\d(?:[\s.\-]?\d){6,11}|0\s?[1-9](?:[\s.\-]?\d{2}){4}|0[1-9](?:\/\d{2}){4})(?![\d/])/g;
/**
 * The North American shape, three digits, three, four, with or without the country's 1:
 * "312-555-0148", "1-800-555-0199", "555.867.5309", "(617) 555-0123". Amounts are grouped
 * by threes, so a last group of four is a phone's.
 */
const NORTH_AMERICAN = /(?<![\d+][\s.-]?)(?:1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\s.-]?\d)/g;
/**
 * A number dialled with the trunk 0, as in Britain and Ireland, in any grouping:
 * "07700 900123", "07700-900-982", "087 123 4567", "01 555 1234". Nothing else is
 * written with a leading 0 and nine to eleven digits.
 */
const TRUNK_ZERO = /(?<![\d+][\s.-]?)0\d{1,4}(?:[ .-]\d{2,6}){1,4}(?![\s.-]?\d)|(?<![\d+])0\d{8,10}(?!\d)/g;
/**
 * The area code with its trunk 0 in brackets, as Australians and Britons write a landline:
 * "(02) 9876 5432", "(020) 7946 0958". Nine to eleven digits in all.
 */
const AREA_IN_BRACKETS = /(?<![\d+])\(0\d{1,4}\)\s?\d{2,6}(?:[ .-]\d{2,6}){0,3}(?![\s.-]?\d)/g;

/** Digits with the separators of a phone number between them. */
const DIGIT_RUN = /[+(\d][\d\s().\/-]{3,}\d/g;

/** Where a number written without its country code is read from: an English note may be British or American. */
const HOME_COUNTRIES = { fr: ['FR'], en: ['GB', 'US'] } as const;

/** `near`: where a digit is (windows.ts). */
export function phones(text: string, language: Language, near = digitWindows(text)): Detection[] {
  const found: Detection[] = [];
  // No phone has fewer than seven digits: shorter runs (prices, years, counts) are not read.
  for (const [from, to] of windowsAround(text, DIGIT_RUN, 7, 40, near)) {
    const window = text.slice(from, to);
    for (const p of HOME_COUNTRIES[language].flatMap((defaultCountry) => findPhoneNumbersInText(window, { defaultCountry }))) {
      // "(617) 555-0123": the library starts after the bracket it reads the area code in.
      const start = from + p.startsAt - (text[from + p.startsAt - 1] === '(' && text.slice(from + p.startsAt, from + p.endsAt).includes(')') ? 1 : 0);
      let end = from + p.endsAt;
      // A number written without 0 or + in front is an identifier or an amount, not a phone.
      if (!/^[+0(]/.test(text.slice(start, end))) continue;
      // The library reads a comma as a pause before an extension: in a list, "06 12 34 56 78, 01 42…"
      // are two numbers, and the second would lose its first digits to the first.
      const comma = text.slice(start, end).indexOf(',');
      if (comma > 0) end = start + comma;
      // Read as British and as American, one number is found twice.
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, type: 'phone', source: 'phone-library', confidence: 0.99 });
    }
  }
  // What the library thinks invalid (a made-up number, a drama or 555 number, a typo) still
  // identifies: a number shaped like a phone is a phone, in either language (a French
  // note may quote a London number).
  const shaped = (re: RegExp, digits: (n: number) => boolean, opens?: (window: string, at: number) => boolean) => {
    for (const m of opens ? matchesFromNumbers(text, near, re, opens) : matchesWithin(text, near, re)) {
      const start = m.index!;
      const end = start + m[0].trimEnd().length;
      if (!digits(m[0].replace(/\D/g, '').length)) continue;
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, type: 'phone', source: 'pattern', confidence: 0.85 });
    }
  };
  shaped(PHONE_LIKE, () => true);
  shaped(NORTH_AMERICAN, () => true);
  shaped(TRUNK_ZERO, (n) => n >= 9 && n <= 11, (w, at) => w[at] === '0');
  shaped(AREA_IN_BRACKETS, (n) => n >= 9 && n <= 11);
  return found;
}
