import * as chrono from 'chrono-node';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { Detection, Language } from './types.js';

/**
 * The detectors that need no dictionary: e-mail addresses, links, phone numbers,
 * identifiers (IBAN, French social security numbers, SIRET/SIREN), addresses and
 * postcodes, dates and precise times. Each returns what it is sure of with a high
 * confidence and what merely looks right with a lower one: recall comes first.
 */
export function findPatterns(text: string, language: Language): Detection[] {
  return [...emails(text), ...urls(text), ...phones(text, language), ...identifiers(text), ...addresses(text), ...dates(text, language)];
}

const EMAIL = /[\p{L}\d._%+'-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
const URL_ = /\b(?:https?:\/\/|www\.)[^\s<>"'«»]+[^\s<>"'«».,;:!?)\]]|\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:fr|com|org|net|io|eu|be|ch|ca|uk|de|co|info|biz|coach)\/[^\s<>"'«»]*[^\s<>"'«».,;:!?)\]]/giu;
const BARE_DOMAIN = /(?<![@\p{L}\d.-])(?:[\p{L}\d-]+\.)+(?:fr|com|org|net|io|eu|coach)\b(?!\.\p{L})/giu;
/** French numbers and international ones, with any of the usual separators. */
const PHONE_LIKE = /(?<![\d+])(?:(?:\+|00)\s?\d{1,3}[\s.\-]?(?:\(0\)\s?)?\d(?:[\s.\-]?\d){6,11}|0\s?[1-9](?:[\s.\-]?\d{2}){4})(?!\d)/g;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
const NIR = /(?<!\d)[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}(?:[ .]?\d{2})?(?!\d)/g;
const LONG_NUMBER = /(?<!\d)(?<!\d[.,])\d(?:[ .]?\d){8,}(?!\d)(?![.,]\d)/g;
const FR_ADDRESS = /\b\d{1,4}(?:\s?(?:bis|ter|[abc]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|all[ée]e|chemin|impasse|quai|route|cours|square|passage|faubourg|cit[ée]|r[ée]sidence|villa|sentier)\b[^\n,.;:()]{2,60}/giu;
const EN_ADDRESS = /\b\d{1,5}[A-Z]?\s+(?:[A-Z][\p{L}'-]+\s){1,3}(?:Street|St\.?|Road|Rd\.?|Lane|Ln\.?|Avenue|Ave\.?|Drive|Dr\.?|Way|Court|Ct\.?|Terrace|Crescent|Close|Boulevard|Blvd\.?|Place|Square)(?![\p{L}])/gu;
const POSTCODE_CITY = /(?<!\d)(?:\d{5}|\d{2} \d{3})\s+\p{Lu}[\p{L}'’-]*(?:[ -](?:sur|sous|en|lès|les|le|la|de|du|d'|\p{Lu}[\p{L}'’-]*))*(?:\s+(?:CEDEX|Cedex)(?:\s\d{1,2})?)?/gu;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g;
const TIME = /(?<![\d:])(?:[01]?\d|2[0-3])\s?(?:h|H)\s?(?:[0-5]\d)?(?![\p{L}\d])|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:am|pm|AM|PM))?(?!\d)|(?<!\d)(?:1[0-2]|[1-9])\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/gu;
const IDENTIFYING_DATE = /\d{1,2}(?:er)?\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|juil|sept|déc)\w*\.?\s+\d{1,2}|\b(?:1[89]|20)\d{2}\b|\d{1,2}\s*[h:]\s*\d{0,2}|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*\d/iu;
/** A year after "en", "depuis", "in", "since"…: "depuis 2019". */
/** A street named without its number: "rue Carnot", "boulevard de la Liberté" (a capital after the street word). */
// ("place" is left out: "sa place", "à la place de" are far commoner than a square's name.)
const FR_STREET = /(?<!\d,?\s?)\b(?:rue|avenue|boulevard|all[ée]e|impasse|quai|chemin)[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|d['’])[ \t]*)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}/gu;
/** A month with its year: "mars 2023", "in March 2023". */
// Read from the year back: years are few, and a case-insensitive Unicode scan of every
// position for twenty month names cost more than the rest of the date search.
const YEAR_ANYWHERE = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
const MONTH_BEFORE = /(?:^|[^\p{L}])(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+$/iu;
/** What a time leaves after a date the library read: the " h" of "à 14 h", " h 30". */
const HOUR_TAIL = /^\s?[hH](?:\s?[0-5]\d)?(?![\p{L}\d])/u;
const YEAR = /(?<=\b(?:en|depuis|dès|avant|après|jusqu'en|in|since|from|until|before|after)\s)(?:19|20)\d{2}(?!\d)/giu;
const NUMERIC_DATE = /(?<![\d/.-])(?:[0-3]?\d[/.-][01]?\d[/.-](?:\d{4}|\d{2})|\d{4}-[01]\d-[0-3]\d)(?![\d/.-])/g;
/** "l'atelier du 14/11", "on 14/11": a day and a month without a year, after a word that announces a date (not "noté 7/10"). */
const DAY_MONTH = /(?<=(?:^|[^\p{L}])(?:le|du|au|dès|depuis|jusqu'au|on|from|until|since|by)\s)(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])(?![\d/])/giu;

function* matches(re: RegExp, text: string, make: (m: RegExpMatchArray) => Omit<Detection, 'start' | 'end'> | null): Generator<Detection> {
  for (const m of text.matchAll(re)) {
    const d = make(m);
    if (d) yield { start: m.index!, end: m.index! + m[0].length, ...d };
  }
}

/** Digits with the separators of a phone number between them. */
const DIGIT_RUN = /[+(\d][\d\s().\/-]{3,}\d/g;

/**
 * The stretches of text the phone library needs to read: each match of `re` holding at
 * least `minDigits` digits, with `margin` characters either side, widened to whole
 * words, overlapping ones merged. Reading only these gives the library's own answer
 * at a fraction of the cost.
 */
function windowsAround(text: string, re: RegExp, minDigits: number, margin: number): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of text.matchAll(re)) {
    let digits = 0;
    for (const c of m[0]) if (c >= '0' && c <= '9') digits++;
    if (digits < minDigits) continue;
    let from = Math.max(0, m.index! - margin);
    let to = Math.min(text.length, m.index! + m[0].length + margin);
    while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    while (to < text.length && !/\s/.test(text[to]!)) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Only the neighbourhood of each "@" is searched: the pattern is costly to run over a whole text. */
function emails(text: string): Detection[] {
  const found: Detection[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const from = Math.max(0, at - 80);
    if (found.length && found[found.length - 1]!.end > at) continue;
    EMAIL.lastIndex = 0;
    for (const m of text.slice(from, at + 256).matchAll(EMAIL)) {
      const start = from + m.index!;
      if (start <= at && at < start + m[0].length) found.push({ start, end: start + m[0].length, type: 'email', source: 'pattern', confidence: 0.99 });
    }
  }
  return found;
}

/** Links start with "http" or "www." or hold a known domain ending: only those places are searched. */
function urls(text: string): Detection[] {
  const found: Detection[] = [];
  const around = (re: RegExp, at: number, confidence: number) => {
    const from = Math.max(0, at - 120);
    for (const m of text.slice(from, at + 2048).matchAll(re)) {
      const start = from + m.index!;
      const end = start + m[0].length;
      if (start <= at && at < end && !found.some((f) => f.start === start)) found.push({ start, end, type: 'url', source: 'pattern', confidence });
    }
  };
  for (const m of text.matchAll(/https?:\/\/|www\.|\.(?:fr|com|org|net|io|eu|be|ch|ca|uk|de|co|info|biz|coach)\b/giu)) {
    around(URL_, m.index!, 0.95);
    if (m[0].startsWith('.')) around(BARE_DOMAIN, m.index!, 0.8);
  }
  // A bare domain inside a link found above is that link.
  return found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start));
}

/** Where a number written without its country code is read from: an English note may be British or American. */
const HOME_COUNTRIES = { fr: ['FR'], en: ['GB', 'US'] } as const;

function phones(text: string, language: Language): Detection[] {
  const found: Detection[] = [];
  for (const [from, to] of windowsAround(text, DIGIT_RUN, 5, 40)) {
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
  // What the library thinks invalid (a made-up number, a typo) still identifies: keep it.
  for (const m of text.matchAll(PHONE_LIKE)) {
    const start = m.index!;
    const end = start + m[0].trimEnd().length;
    if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, type: 'phone', source: 'pattern', confidence: 0.85 });
  }
  return found;
}

function identifiers(text: string): Detection[] {
  const found: Detection[] = [];
  const add = (start: number, end: number, confidence: number) => {
    if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, type: 'identifier', source: 'pattern', confidence });
  };
  for (const m of text.matchAll(IBAN)) add(m.index!, m.index! + m[0].length, ibanValid(m[0]) ? 0.99 : 0.7);
  for (const m of text.matchAll(NIR)) add(m.index!, m.index! + m[0].length, 0.95);
  for (const m of text.matchAll(LONG_NUMBER)) {
    const digits = m[0].replace(/\D/g, '');
    // Phone numbers are the phone detector's; a SIRET (14) or SIREN (9) passes Luhn.
    if (/^0[1-9]\d{8}$/.test(digits)) continue;
    add(m.index!, m.index! + m[0].length, (digits.length === 9 || digits.length === 14) && luhn(digits) ? 0.95 : 0.6);
  }
  return found;
}

function addresses(text: string) {
  return [
    ...matches(FR_ADDRESS, text, () => ({ type: 'place', source: 'pattern', confidence: 0.9, place: { kind: 'commune' } })),
    ...matches(FR_STREET, text, () => ({ type: 'place', source: 'pattern', confidence: 0.85, place: { kind: 'commune' } })),
    ...matches(EN_ADDRESS, text, () => ({ type: 'place', source: 'pattern', confidence: 0.9 })),
    ...matches(POSTCODE_CITY, text, () => ({ type: 'place', source: 'pattern', confidence: 0.9 })),
    ...matches(UK_POSTCODE, text, () => ({ type: 'place', source: 'pattern', confidence: 0.8 })),
  ].map((d) => ({ ...d, end: d.start + text.slice(d.start, d.end).trimEnd().length }));
}

/** The numbers a kept date is made of: a day, a month or an hour (one or two digits), a year. */
const DATE_NUMBER = /(?<!\d)(?:\d{1,2}|1[89]\d\d|20\d\d)(?!\d)/g;
/** Enough for the words a date spreads over either side of its numbers: "le mercredi 12 septembre". */
const DATE_MARGIN = 32;
const REFERENCE_DATE = new Date(2000, 0, 1);

/** Between two windows read as one text: a sign no date pattern reads across. */
const WINDOW_BREAK = '\n\u2016\n';

/**
 * The library's dates in `text`, read only where a kept date could be: every one holds
 * a day, an hour or a year in digits, so the library reads the neighbourhood of those,
 * all joined in one text (one call costs more than a short window), and none crosses
 * from one window to the next. The same answers, at a fraction of reading whole pages.
 */
function parseInWindows(text: string, parser: Pick<typeof chrono.fr, 'parse'>): { start: number; text: string }[] {
  const windows = windowsAround(text, DATE_NUMBER, 1, DATE_MARGIN).filter(([from, to]) => IDENTIFYING_DATE.test(text.slice(from, to)));
  const joinedAt: number[] = [];
  let joined = '';
  for (const [from, to] of windows) {
    if (joined) joined += WINDOW_BREAK;
    joinedAt.push(joined.length);
    joined += text.slice(from, to);
  }
  const out: { start: number; text: string }[] = [];
  let w = 0;
  for (const r of parser.parse(joined, REFERENCE_DATE)) {
    while (w + 1 < windows.length && joinedAt[w + 1]! <= r.index) w++;
    const [from, to] = windows[w]!;
    const start = from + r.index - joinedAt[w]!;
    if (start + r.text.length <= to) out.push({ start, text: r.text });
  }
  return out;
}

function dates(text: string, language: Language): Detection[] {
  const found: Detection[] = [];
  const parser = language === 'fr' ? chrono.fr : chrono.en;
  for (const r of parseInWindows(text, parser)) {
    // What identifies is a day with a month or a year, or a precise time; "jeudi",
    // "dans quelques jours" or "7/10" (a rating) do not.
    if (!IDENTIFYING_DATE.test(r.text)) continue;
    const end = r.start + r.text.length;
    // "le 19/03/2024 à 14 h": the library stops before the "h"; the time is masked whole.
    const tail = /\d$/.test(r.text) ? HOUR_TAIL.exec(text.slice(end)) : null;
    found.push({ start: r.start, end: end + (tail ? tail[0].length : 0), type: 'date', source: 'date-library', confidence: 0.9 });
  }
  const free = (s: number, e: number) => !found.some((f) => f.start < e && s < f.end);
  for (const m of text.matchAll(NUMERIC_DATE)) if (free(m.index!, m.index! + m[0].length)) found.push({ start: m.index!, end: m.index! + m[0].length, type: 'date', source: 'pattern', confidence: 0.9 });
  for (const m of text.matchAll(DAY_MONTH)) if (free(m.index!, m.index! + m[0].length)) found.push({ start: m.index!, end: m.index! + m[0].length, type: 'date', source: 'pattern', confidence: 0.8 });
  for (const m of text.matchAll(YEAR_ANYWHERE)) {
    const month = MONTH_BEFORE.exec(text.slice(Math.max(0, m.index! - 12), m.index!));
    if (!month) continue;
    const start = m.index! - month[0].length + (/^[^\p{L}]/u.test(month[0]) ? 1 : 0);
    if (free(start, m.index! + 4)) found.push({ start, end: m.index! + 4, type: 'date', source: 'pattern', confidence: 0.85 });
  }
  for (const m of text.matchAll(YEAR)) if (free(m.index!, m.index! + m[0].length)) found.push({ start: m.index!, end: m.index! + m[0].length, type: 'date', source: 'pattern', confidence: 0.7 });
  for (const m of text.matchAll(TIME)) if (free(m.index!, m.index! + m[0].length)) found.push({ start: m.index!, end: m.index! + m[0].length, type: 'date', source: 'pattern', confidence: 0.8 });
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
