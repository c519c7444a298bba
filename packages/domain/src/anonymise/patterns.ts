import { belgianNationalNumbers } from './belgian-national-number.js';
import { credentials } from './credentials.js';
import { namedPlaces } from './named-places.js';
import { obfuscatedEmails } from './obfuscated-emails.js';
import { dates } from './dates.js';
import { identifiers } from './identifiers.js';
import { phones } from './phones.js';
import type { Detection, Language } from './types.js';
import { postcodesAbroad } from './postcodes-abroad.js';
import { locators } from './locators.js';
import { digitWindows, isSpace, matchesFromNumbers, matchesIn, matchesOpeningOn, matchesWithin, readsAlikeWithoutUnicode, windowsAround } from './windows.js';

export { ibanValid, luhn } from './identifiers.js';

/**
 * The detectors that need no dictionary: e-mail addresses, links, phone numbers
 * (phones.ts), identifiers and handles (identifiers.ts), addresses and postcodes, dates
 * and precise times (dates.ts). Each returns what it is sure of with a high confidence
 * and what merely looks right with a lower one: recall comes first.
 */
export function findPatterns(text: string, language: Language): Detection[] {
  // Most patterns hold a digit: they read only the text around the digits, found once here.
  const near = digitWindows(text);
  const phoneNumbers = phones(text, language, near);
  return [...emails(text), ...obfuscatedEmails(text), ...urls(text), ...phoneNumbers, ...identifiers(text, phoneNumbers, near), ...credentials(text), ...addresses(text, near), ...postcodesAbroad(text, near), ...belgianNationalNumbers(text, near), ...locators(text, near), ...namedPlaces(text), ...dates(text, language, near)];
}

const EMAIL = /[\p{L}\d._%+'-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
/** "écris à raj.patel@outlook": an address at a great provider, its ending left out as a quick note leaves it. */
const EMAIL_AT_PROVIDER = /[\p{L}\d._%+'-]+@(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|orange|free|wanadoo|laposte|sfr|neuf|bbox|protonmail|proton|gmx|aol)(?![\p{L}\d-]|\.[\p{L}\d])/giu;
const URL_ = /\b(?:https?:\/\/|www\.)[^\s<>"'«»]+[^\s<>"'«».,;:!?)\]]|\b[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:fr|com|org|net|io|eu|be|ch|ca|uk|de|co|info|biz|coach)\/[^\s<>"'«»]*[^\s<>"'«».,;:!?)\]]/giu;
/** A domain without "http" or "www.": under a common ending, or a country's two-level one ("co.uk", "org.uk", "com.au"). */
const BARE_DOMAIN = /(?<![@\p{L}\d.-])(?:[\p{L}\d-]+\.)+(?:(?:co|com|org|net|ac|gov|edu|ltd|plc|nhs|sch|me)\.[a-z]{2}|fr|com|org|net|io|eu|coach)\b(?!\.\p{L})/giu;
const FR_ADDRESS = /\b\d{1,4}(?:\s?(?:bis|ter|[abc]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|all[ée]e|chemin|impasse|quai|route|cours|square|passage|faubourg|cit[ée]|r[ée]sidence|villa|sentier)\b[^\n,.;:()]{2,60}/giu;
/** FR_ADDRESS without the Unicode flag, for a text it reads alike (windows.ts, readsAlikeWithoutUnicode): several times faster. */
const FR_ADDRESS_UNFOLDED = new RegExp(FR_ADDRESS.source, 'gi');
/** "3 impasse des Mouettes, 29000": the postcode after the street, its town left out, is the address's. */
const FR_ADDRESS_POSTCODE = new RegExp(`${FR_ADDRESS.source},\\s*(?:0[1-9]|[1-8]\\d|9[0-5]|97|98)\\d{3}(?!\\d|\\s*(?:€|euros?\\b|[kK]€)|\\s+\\p{Lu})`, FR_ADDRESS.flags);
/** The street words FR_ADDRESS reads after the number: found first, being cheap to find. */
const STREET_WORD = /rue|av|bd|boulevard|place|all[ée]e|chemin|impasse|quai|route|cours|square|passage|faubourg|cit[ée]|r[ée]sidence|villa|sentier/gi;
/** "221B Baker Street", "350 5th Ave": a number, the street's name (an ordinal too), the street word. */
const EN_ADDRESS = /\b\d{1,5}[A-Z]?\s+(?:(?:[A-Z][\p{L}'-]+|\d{1,3}(?:st|nd|rd|th))\s){1,3}(?:Street|St\.?|Road|Rd\.?|Lane|Ln\.?|Avenue|Ave\.?|Drive|Dr\.?|Way|Court|Ct\.?|Terrace|Crescent|Close|Boulevard|Blvd\.?|Place|Square)(?![\p{L}])/gu;
// "Cedex" is not a word of the town: it is read with its number ("Cedex 6"), which would be left behind.
const POSTCODE_CITY_SOURCE = String.raw`(?<!\d)(?:\d{5}|\d{2} \d{3})\s+(?!(?:HT|TTC|EUR|USD|GBP)\b)\p{Lu}[\p{L}'’-]*(?:[ -](?:sur|sous|en|lès|les|le|la|de|du|d'|(?!CEDEX\b|Cedex\b)\p{Lu}[\p{L}'’-]*))*(?:\s+(?:CEDEX|Cedex)(?:\s\d{1,2})?)?`;
const POSTCODE_CITY = new RegExp(POSTCODE_CITY_SOURCE, 'gu');
/** A post-office box, with the postcode and town after it: "BP 47, 31012 Toulouse Cedex 6". */
const POSTAL_BOX = new RegExp(String.raw`\b(?:BP|B\.P\.|CS|TSA)\s?\d{1,6}(?!\d)(?:,?\s+${POSTCODE_CITY_SOURCE})?`, 'gu');
/**
 * A postcode without its town where the sentence makes it a place: "dans le 75011",
 * "à 69003". Not an amount or a count: "à 35000 euros", "à 45000 €", "à 12000 salariés"
 * have a unit or a noun after them.
 */
const POSTCODE_ALONE =
  /(?<=(?:^|[^\p{L}])(?:[àÀ]|au|aux|[dD]ans le|[vV]ers|[pP]rès de|[qQ]uartier|[sS]ecteur|[cC]ode postal|CP)\s+)(?:0[1-9]|[1-8]\d|9[0-5]|97|98)\d{3}(?![\d,.]\d|[\s\u00a0]*(?:[€$£%]|(?:HT|TTC|EUR|USD|GBP|[kKmM])\b|[kKmM]€|(?!(?:et|ou|puis|où)\b)\p{Ll}))/gu;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g;
/** An American state and its ZIP code: "Boston, MA 02116", "New York, NY 10118-0110"; not "CA 35000 €", a turnover. */
const US_STATE_ZIP =
  /\b(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s\d{5}(?:-\d{4})?(?![\d,.]\d|\s*(?:[€$£%]|[kKmM]€|(?:HT|TTC|EUR|USD|GBP|[kKmM])\b))/g;
/** A Canadian postcode ("M5H 2M9"), an Australian state and postcode ("NSW 2000"), a ZIP code after its label. */
const CA_POSTCODE = /\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d\b/g;
const AU_STATE_POSTCODE = /\b(?:NSW|VIC|QLD|TAS|ACT|NT|WA|SA)\s\d{4}\b(?![\d,.]\d|\s*(?:[€$£%]|[kKmM]\b))/g;
const ZIP_LABELLED = /(?<=\b(?:ZIP|[Zz]ip)(?:\s+[Cc]ode)?:?\s)\d{5}(?:-\d{4})?(?!\d)/g;
/** A street named without its number: "rue Carnot", "boulevard de la Liberté" (a capital after the street word). */
// ("place" is left out: "sa place", "à la place de" are far commoner than a square's name.)
/** The words FR_STREET opens on, found first, being cheap to find. */
const FR_STREET_WORD = /rue|avenue|boulevard|all[ée]e|impasse|quai|chemin/g;
const FR_STREET = /(?<!\d,?\s?)\b(?:rue|avenue|boulevard|all[ée]e|impasse|quai|chemin)[ \t]+(?:(?:de[ \t]+la|de[ \t]+l['’]|des|du|de|d['’])[ \t]*)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3}/gu;

/**
 * `near`: the windows to read (windows.ts), for a pattern that holds a digit; the whole text otherwise.
 * `opens`: for a pattern that opens on a number, where it may start (windows.ts, matchesFromNumbers).
 */
function* matches(
  re: RegExp,
  text: string,
  make: (m: RegExpMatchArray) => Omit<Detection, 'start' | 'end'> | null,
  near?: readonly [number, number][],
  opens?: (window: string, at: number, digits: number) => boolean,
): Generator<Detection> {
  for (const m of near ? (opens ? matchesFromNumbers(text, near, re, opens) : matchesWithin(text, near, re)) : matchesIn(text, re)) {
    const d = make(m);
    if (d) yield { start: m.index!, end: m.index! + m[0].length, ...d };
  }
}

/**
 * The windows in which one of `found` starts. FR_ADDRESS_POSTCODE opens with FR_ADDRESS: where
 * the address alone matches nowhere in a window, the address with its postcode cannot either.
 */
function windowsHolding(windows: readonly [number, number][], found: readonly Detection[]): [number, number][] {
  return windows.filter(([from, to]) => found.some((f) => from <= f.start && f.start < to));
}

/** FR_STREET's streets, tried only where a street word is written: the expression opens on a lookbehind, which would try every character. */
function streetsNamed(text: string): Detection[] {
  return [...matchesOpeningOn(text, FR_STREET, FR_STREET_WORD)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    type: 'place',
    source: 'pattern',
    confidence: 0.85,
    place: { kind: 'commune' },
  }));
}

/** EN_ADDRESS: a number of five digits at most, a capital perhaps, spaces, a capital or a digit. */
function numberBeforeStreetName(w: string, at: number, digits: number): boolean {
  if (digits > 5) return false;
  let p = at + digits;
  if (/[A-Z]/.test(w[p] ?? '')) p++;
  if (!isSpace(w.charCodeAt(p))) return false;
  while (isSpace(w.charCodeAt(p))) p++;
  return /[A-Z\d]/.test(w[p] ?? '');
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
    if (found.length && found[found.length - 1]!.end > at) continue;
    EMAIL_AT_PROVIDER.lastIndex = 0;
    for (const m of text.slice(from, at + 40).matchAll(EMAIL_AT_PROVIDER)) {
      const start = from + m.index!;
      if (start <= at && at < start + m[0].length) found.push({ start, end: start + m[0].length, type: 'email', source: 'pattern', confidence: 0.9 });
    }
  }
  return found;
}

/** A profile's path without its site: "/in/sophie-marchand" (LinkedIn), "/company/acme". */
const PROFILE_PATH = /(?<![\p{L}\d./])\/(?:in|pub|company)\/[\p{L}\d_%-]{2,}\/?/gu;

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
  for (const m of matchesIn(text, /https?:\/\/|www\.|\.(?:fr|com|org|net|io|eu|be|ch|ca|uk|de|co|info|biz|coach|au|nz|ie|za)\b/giu)) {
    around(URL_, m.index!, 0.95);
    if (m[0].startsWith('.')) around(BARE_DOMAIN, m.index!, 0.8);
  }
  // "Son LinkedIn : /in/sophie-marchand": a profile's path, its site left out, names its owner.
  if (/\/(?:in|pub|company)\//u.test(text)) {
    for (const m of matchesIn(text, PROFILE_PATH)) {
      const start = m.index!;
      if (!found.some((f) => f.start <= start && start < f.end)) found.push({ start, end: start + m[0].length, type: 'url', source: 'pattern', confidence: 0.9 });
    }
  }
  // A bare domain inside a link found above is that link.
  return found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start));
}

function addresses(text: string, near: readonly [number, number][]) {
  const streets = windowsAround(text, STREET_WORD, 0, 80, near);
  const numbered = [...matches(readsAlikeWithoutUnicode(text) ? FR_ADDRESS_UNFOLDED : FR_ADDRESS, text, () => ({ type: 'place', source: 'pattern', confidence: 0.9, place: { kind: 'commune' } }), streets)];
  return [
    ...numbered,
    ...matches(FR_ADDRESS_POSTCODE, text, () => ({ type: 'place', source: 'pattern', confidence: 0.9, place: { kind: 'commune' } }), windowsHolding(streets, numbered)),
    ...streetsNamed(text),
    ...matches(EN_ADDRESS, text, () => ({ type: 'place', source: 'pattern', confidence: 0.9 }), near, numberBeforeStreetName),
    ...matches(POSTCODE_CITY, text, () => ({ type: 'place', source: 'pattern', confidence: 0.9 }), near, (w, at, digits) => digits === 5 || (digits === 2 && w[at + 2] === ' ')),
    ...matches(POSTAL_BOX, text, () => ({ type: 'place', source: 'pattern', confidence: 0.9 }), near),
    ...matches(POSTCODE_ALONE, text, () => ({ type: 'place', source: 'pattern', confidence: 0.8 }), windowsAround(text, /\d{5}/g, 0, 24, near)),
    ...matches(UK_POSTCODE, text, () => ({ type: 'place', source: 'pattern', confidence: 0.8 }), near),
    ...matches(US_STATE_ZIP, text, () => ({ type: 'place', source: 'pattern', confidence: 0.85 }), near),
    ...matches(CA_POSTCODE, text, () => ({ type: 'place', source: 'pattern', confidence: 0.8 }), near),
    ...matches(AU_STATE_POSTCODE, text, () => ({ type: 'place', source: 'pattern', confidence: 0.8 }), near),
    ...matches(ZIP_LABELLED, text, () => ({ type: 'place', source: 'pattern', confidence: 0.85 }), windowsAround(text, /zip/gi, 0, 24, near)),
  ].map((d) => ({ ...d, end: d.start + text.slice(d.start, d.end).trimEnd().length }));
}

