import type { Detection } from './types.js';
import { digitWindows, matchesFromNumbers, matchesIn, matchesWithin, windowsAround } from './windows.js';

const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
const NIR = /(?<!\d)[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{2})?(?!\d)/g;
const LONG_NUMBER = /(?<!\d)(?<!\d[.,])\d(?:[ .]?\d){8,}(?!\d)(?![.,]\d)/g;
/** An American Social Security number: "123-45-6789". */
const SSN = /(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])/g;
/** A British National Insurance number: "QQ 12 34 56 C". */
const NI_NUMBER = /\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g;
/** An Irish Eircode, which names one dwelling: "A98 X7Y2", "D6W XY12". */
const EIRCODE = /\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}\b/g;
/** A French number plate: "AB-123-CD". */
const NUMBER_PLATE = /\b[A-HJ-NP-TV-Z]{2}[- ]\d{3}[- ][A-HJ-NP-TV-Z]{2}\b/g;
/**
 * A reference of capitals and digits joined by hyphens or slashes ("OPCO-2024-000583",
 * "CL-88213"), or run together ("12AB34567"): a file, an employee, a passport. Held to
 * three digits or more joined, four run together, so that "COVID-19", "CAC-40" and "A380" stay.
 */
const REFERENCE = /\b[A-Z\d]+(?:[-/][A-Z\d]+)+\b|\b[A-Z\d]{6,}\b/g;
/** "#88213": a number given as one, long enough not to be a rank ("#1"). */
const HASH_NUMBER = /(?<![\p{L}\d&#])#\d{3,}\b/gu;
/**
 * A code after the word that says it is one: "sort code 20-20-15", "account 55555555",
 * "réf. client CL-88213", "matricule 4521", a court's "n° RG 23/01234". The words between
 * ("n°", "number", "client") may be left out or repeated. A number of sessions ("séance n° 3") has no such word.
 */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}])(?:sort\s+code|account|acct\.?|ID|RG|badge|passport|passeport|licen[cs]e|policy|ref\.?|reference|réf\.?|référence|invoice|facture|matricule|dossier|contrat|membership|adhérent|permis|compte\s+bancaire|(?:staff|employee|payroll|company|co\.|client|customer|member|patient|GMC|NMC|HCPC|registration|reg\.?)\s*(?:no\.?|number|#|num\.?)|(?:n°|nº|numéro|numero|number)\s+(?:de\s+|d['’]\s*)?(?:compte|client|adhérent|dossier|contrat|badge|passeport|sécurité\s+sociale|sécu|permis|police|facture|salarié|salariée|employé|employée|agent|patient|patiente|allocataire|fiscal|account|employee|customer|member|policy|case))` +
    // "dossier MDPH 974-2023-11234", "numéro allocataire CAF est 1234567": the body's acronym, and "est", may stand between
    // (named: under the regular expression's "i", a pattern of capitals would take any short word).
    String.raw`(?:[\s:]+(?:n°|nº|no\.|num\.|number|numéro|#|client|customer|employee|ID|est|MDPH|CAF|CPAM|MSA|CNAV|ANTS|RG|NHS)(?![\p{L}]))*[\s:]*(?<code>[A-Z\d](?:[A-Z\d./-]*[A-Z\d])?)(?![\p{L}\d])`,
  // The words are written any case ("Sort code", "ID"); the code must still hold three digits.
  'giu',
);
/** A word LABELLED opens on, looked for first because it is cheap to find. */
const LABEL_WORD = /code|account|acct|ID|RG|badge|passport|passeport|licen[cs]e|policy|r[eé]f|invoice|facture|matricule|dossier|contrat|membership|adh[eé]rent|permis|compte|salari[eé]e?|employ[eé]e?|agent|patiente?|n°|nº|num[eé]ro|number|staff|payroll|company|co\.|client|customer|member|GMC|NMC|HCPC|reg/gi;

/**
 * A social-network handle: "@JMartin75", "@julie.martin_coaching". It names an account
 * the way a login does (an "identifiant"): it is neither a link nor an e-mail, which has
 * letters before its "@". Two letters at least, so that "@15h" stays a time.
 */
const HANDLE = /(?<![\p{L}\d._%+-])@(?=(?:[\p{L}\d_.]*?\p{L}){2})[\p{L}\d_](?:[\p{L}\d_.]*[\p{L}\d_])?/gu;

const digitCount = (s: string) => s.replace(/\D/g, '').length;

/**
 * `taken`: what another detector already read (phone numbers), which no identifier claims.
 * `near`: where a digit is (windows.ts); every identifier but a handle holds one.
 */
export function identifiers(text: string, taken: readonly Detection[] = [], near = digitWindows(text)): Detection[] {
  const found: Detection[] = [];
  const add = (start: number, end: number, confidence: number) => {
    if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, type: 'identifier', source: 'pattern', confidence });
  };
  const free = (start: number, end: number) => !taken.some((t) => t.start < end && start < t.end);
  for (const m of matchesWithin(text, near, IBAN)) add(m.index!, m.index! + m[0].length, ibanValid(m[0]) ? 0.99 : 0.7);
  for (const m of matchesFromNumbers(text, near, NIR, (w, at) => (w[at] === '1' || w[at] === '2') && digitCount(w.slice(at, at + 18)) >= 12)) add(m.index!, m.index! + m[0].length, 0.95);
  for (const m of matchesFromNumbers(text, near, LONG_NUMBER, (w, at, digits) => digits >= 9 || ((w[at + digits] === ' ' || w[at + digits] === '.') && /\d/.test(w[at + digits + 1] ?? '')))) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    const digits = m[0].replace(/\D/g, '');
    // Phone numbers are the phone detector's; a SIRET (14) or SIREN (9) passes Luhn.
    if (/^0[1-9]\d{8}$/.test(digits)) continue;
    add(m.index!, m.index! + m[0].length, (digits.length === 9 || digits.length === 14) && luhn(digits) ? 0.95 : 0.6);
  }
  const codes = [
    matchesFromNumbers(text, near, SSN, (w, at, digits) => digits === 3 && (w[at + 3] === '-' || w[at + 3] === ' ')),
    matchesWithin(text, near, NI_NUMBER),
    matchesWithin(text, near, EIRCODE),
    matchesWithin(text, near, NUMBER_PLATE),
  ];
  for (const found of codes) {
    for (const m of found) if (free(m.index!, m.index! + m[0].length)) add(m.index!, m.index! + m[0].length, 0.9);
  }
  for (const m of matchesWithin(text, near, REFERENCE)) {
    const joined = /[-/]/.test(m[0]);
    if (!/[A-Z]/.test(m[0]) || digitCount(m[0]) < (joined ? 3 : 4)) continue;
    if (free(m.index!, m.index! + m[0].length)) add(m.index!, m.index! + m[0].length, 0.85);
  }
  // The pattern opens on a lookbehind, so it would try every character: it reads only around its words.
  for (const m of matchesWithin(text, windowsAround(text, LABEL_WORD, 0, 64, near), LABELLED)) {
    const code = m.groups!.code!;
    const start = m.index! + m[0].length - code.length;
    // A year after "dossier" or "ref" is a date's; a count ("compte 3") too short to be a code.
    if (digitCount(code) < 3 || /^(?:19|20)\d{2}$/.test(code) || !free(start, start + code.length)) continue;
    add(start, start + code.length, 0.85);
  }
  // After the labelled codes: "Invoice #2024-031" is the whole reference, not "#2024".
  for (const m of matchesWithin(text, near, HASH_NUMBER)) if (free(m.index!, m.index! + m[0].length)) add(m.index!, m.index! + m[0].length, 0.9);
  // A handle holds an "@": most texts have none.
  if (text.includes('@')) for (const m of matchesIn(text, HANDLE)) if (free(m.index!, m.index! + m[0].length)) add(m.index!, m.index! + m[0].length, 0.9);
  return found;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of v) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}
