import * as chrono from 'chrono-node';
import type { Detection, Language } from './types.js';
import { digitWindows, isSpace, matchesAround, matchesFromNumbers, matchesIn, matchesWithin, readsAlikeWithoutUnicode, windowsAround } from './windows.js';

const TIME = /(?<![\d:])(?:[01]?\d|2[0-3])\s?(?:h|H)\s?(?:[0-5]\d)?(?![\p{L}\d])|(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:am|pm|AM|PM))?(?!\d)|(?<!\d)(?:1[0-2]|[1-9])\s?(?:am|pm|AM|PM|a\.m\.|p\.m\.)(?![\p{L}])/gu;
/** The days of the week in full, in both languages. */
const WEEKDAY = String.raw`(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
/**
 * Shortened ("Tue", "Thurs"), English only, and only before a day and month: "mer", "sam",
 * "sun" and "sat" are words, and "pleine mer à 11 h" is the tide, not Wednesday.
 */
const SHORT_WEEKDAY = String.raw`(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?=\d{1,2}\/\d{1,2}(?![\d/]))`;
const IDENTIFYING_DATE = new RegExp(
  String.raw`\d{1,2}(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|juil|sept|déc)\w*\.?\s+\d{1,2}|\b(?:1[89]|20)\d{2}\b|\d{1,2}\s*[h:]\s*\d{0,2}|\d{1,2}\s?[ap]\.?m\b|\b${WEEKDAY}\b.*\d|\b${SHORT_WEEKDAY}`,
  'iu',
);
/** The same, each match of it. */
const IDENTIFYING_DATE_ANYWHERE = new RegExp(IDENTIFYING_DATE.source, 'giu');
/** The same without the Unicode flag, for a text it reads alike (windows.ts, readsAlikeWithoutUnicode): three times faster. */
const IDENTIFYING_DATE_ANYWHERE_UNFOLDED = new RegExp(IDENTIFYING_DATE.source, 'gi');
/** A month with its year: "mars 2023", "in March 2023". */
// Read from the year back: years are few, and a case-insensitive Unicode scan of every
// position for twenty month names cost more than the rest of the date search.
const YEAR_ANYWHERE = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
// Cut short too, as CVs and LinkedIn write them: "oct. 2015 - juil. 2021", "Sep 2019".
const MONTH_BEFORE = /(?:^|[^\p{L}])(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december|(?:janv|f[ée]vr?|avr|juil|sept?|oct|nov|d[ée]c|jan|feb|mar|apr|jun|jul|aug)\.?)\s+$/iu;
/** What a time leaves after a date the library read: the " h" of "à 14 h", " h 30". */
const HOUR_TAIL = /^\s?[hH](?:\s?[0-5]\d)?(?![\p{L}\d])/u;
/** A year after "en", "depuis", "in", "since"…: "depuis 2019". */
const YEAR = /(?<=\b(?:en|depuis|dès|avant|après|jusqu'en|in|since|from|until|before|after)\s)(?:19|20)\d{2}(?!\d)/giu;
/** "née en 84", "born in '84": a year of birth of two digits identifies her as well as four. */
const BIRTH_YEAR = /(?<=(?:^|[^\p{L}])(?:n[ée]e?s?|born)\s+(?:en|in)\s+)['’]?\d{2}(?![\d\p{L}]|[.,]\d)/giu;
const MAYBE_BIRTH = /n[ée]e?s?\s+en\s|born\s+in\s/iu;
/** "le premier mars", "premier avril 2024": the first of a month written out, which the library does not read. */
const FIRST_OF_MONTH = /(?<![\p{L}])premier\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?:\s+(?:19|20)\d{2})?(?![\p{L}\d])/giu;
const MAYBE_FIRST = /premier\s/iu;
const NUMERIC_DATE = /(?<![\d/.-])(?:[0-3]?\d[/.-][01]?\d[/.-](?:\d{4}|\d{2})|\d{4}([/.-])[01]\d\1[0-3]\d)(?![\d/-]|\.\d)/g;
/**
 * "l'atelier du 14/11", "on 14/11", "Tue 5/14", "RDV le 12-03", "le 1er/03": a day and a month without a
 * year, after a word that announces a date (not "noté 7/10"). A weekday is part of the date.
 * With a hyphen, the month has its two digits: "le 12-15" is a range of days.
 */
const DAY_MONTH = new RegExp(
  String.raw`(?<=(?:^|[^\p{L}])(?:(?:le|les|du|au|dès|depuis|jusqu'au|on|the|from|until|since|by|rdv|meeting|call|lun|mar|mer|jeu|ven|sam|dim)\.?|(?:dates?|sessions?|séances?)\s?:)\s)(?<date>(?:1er|\d{1,2})\/\d{1,2}|\d{1,2}[.-](?:0[1-9]|1[0-2]))(?![\d/-]|[.,]\d)|(?<=(?:^|[^\p{L}])(?:séance|seance|réunion|reunion|atelier|entretien|session)\s)(?<session>\d{1,2}\/\d{1,2})(?![\d/]|[.,]\d)|(?<![\p{L}])${WEEKDAY}\.?,?\s+(?<dated>\d{1,2}\/\d{1,2})(?![\d/])|(?<![\p{L}])${SHORT_WEEKDAY}(?<short>\d{1,2}\/\d{1,2})`,
  'giu',
);
/**
 * "le 14 fév", "3 juin 24": a day before a month cut short, which the library does not read,
 * or before a month and a year of two digits, whose year it leaves out.
 */
const DAY_SHORT_MONTH = /(?<![\d\p{L}])(?:[12]\d|3[01]|0?[1-9])(?:er)?\s+(?:(?:janv|f[ée]vr?|avr|juil|sept?|oct|nov|d[ée]c)\.?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?:\s+(?:\d{4}|\d{2}))?(?![\p{L}\d])/giu;
/**
 * "5 Jan", "19 Feb 2024", "3rd Aug": a day before an English month cut short, which the library
 * reads only now and then; "Jan" alone is a first name as well.
 */
const EN_DAY_SHORT_MONTH = /(?<![\d\p{L}])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.?\s+(?:\d{4}|'\d{2}))?(?![\p{L}\d])/gu;
/**
 * "Friday 22nd", "Thurs 9th", "vendredi 22": a weekday with the day of its month is one day of
 * one month. In French the day has no ordinal; not an hour ("jeudi 9h").
 */
const WEEKDAY_AND_DAY = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:[12]\d|3[01]|0?[1-9])(?:er)?(?!\s?[hH:]|[\d,.]\d|\s*(?:%|€)|\s+(?:fois|ans|jours|heures|minutes|min|personnes|participants|salariés|séances|semaines|mois|euros|km|kilos)\b))(?![\p{L}\d])`,
  'giu',
);
/**
 * "juin 24 : fin de mission", "sept. 23": a French month and a year of two digits, which French
 * writes so where English would write a day ("June 24"); not an hour ("mars 20 h").
 */
const MONTH_SHORT_YEAR = /(?<![\p{L}\d])(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|janv|f[ée]vr|avr|juil|sept|oct|nov|d[ée]c)\.?\s+\d{2}(?![\p{L}\d]|\s?[hH%€]|:\d|[.,]\d)/giu;
/** "RDV 12.03 14h", "le 12.03 à 10h": a day and a month written with a full stop, before the time that proves it no decimal. */
const DOTTED_DAY_MONTH = /(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2])(?=\s+(?:à\s+)?(?:[01]?\d|2[0-3])\s?[hH:])/gu;
/**
 * "15/04 : séance 3", "Supervision 12/04": a day and a month both written with two digits are a
 * date wherever they stand, with no word before them; a rating is written "7/10", a grade "15/20".
 */
const PADDED_DAY_MONTH = /(?<![\d/.,])\d\d\/\d\d(?![\d/]|,\d)/g;
/** "Depuis 03/2022", "Période : 01/2024 – 06/2024": a month and a year. */
const MONTH_YEAR = /(?<![\d/.,])(?:0[1-9]|1[0-2])\/(?:19|20)\d\d(?![\d/])/g;
/** What joins the dates of a list: "12/02, 26/02 et 11/03", "12 et 13 octobre". */
const LIST_JOINT = String.raw`\s*(?:,|;|&|\bet\b|\band\b|\bou\b|\bor\b|\bpuis\b|\bthen\b)\s*(?:(?:le|les|the|on)\s+)?`;
const NEXT_DAY_MONTH = new RegExp(String.raw`^${LIST_JOINT}(\d{1,2}\/\d{1,2})(?![\d/])`, 'iu');
const DAY_BEFORE = new RegExp(String.raw`(?<![\d/.,])(\d{1,2})(?:er|st|nd|rd|th)?${LIST_JOINT}$`, 'iu');
/** A date that opens with the day of a month written in letters: "13 octobre", "13th October". */
const DAY_OF_MONTH = /^\d{1,2}(?:er|st|nd|rd|th)?\s+\p{L}/iu;
/** The little words that announce a date, taken with one too short to be masked alone. */
const SHORT_DATE_LEAD = /(?:^|[^\p{L}])((?:à|a|le|les|du|au|dès|vers|de|et|and|on|at|by|from|until|the|rdv|meeting|call)\s+|(?:dates?|sessions?|séances?)\s?:\s*)$/iu;

/** An hour alone ("1h30", "2 h", "de 2h" as the library reads it): a time, or how long something lasts. */
const HOURS = /^(?:\p{L}+\s+)?(\d{1,2})\s?[hH](?:eures?)?(?:\s?\d{2})?$/u;
/** The words that make an hour a time of day: "à 1h30", "dès 5h". */
const AT_TIME = /(?:^|[^\p{L}])(?:à|a|vers|dès|jusqu'à|avant|après|at|by|from|until|before|after)\s+$/iu;

/** The numbers a kept date is made of: a day, a month or an hour (one or two digits), a year. */
const DATE_NUMBER = /(?<!\d)(?:\d{1,2}|1[89]\d\d|20\d\d)(?!\d)/g;
/** Enough for the words a date spreads over either side of its numbers: "le mercredi 12 septembre". */
const DATE_MARGIN = 32;
const REFERENCE_DATE = new Date(2000, 0, 1);

/**
 * The library's readers, each with its expression made once: five of the French ones make
 * theirs anew at every call (a `new RegExp` over a long list of words), which cost a tenth
 * of the library's time on the short texts it is given here. No option we pass changes them.
 */
const PARSERS = { fr: expressionsMadeOnce(chrono.fr.casual), en: expressionsMadeOnce(chrono.en.casual) };

function expressionsMadeOnce(casual: chrono.Chrono): chrono.Chrono {
  return new chrono.Chrono({ parsers: casual.parsers.map(withExpressionMadeOnce), refiners: casual.refiners });
}

function withExpressionMadeOnce(parser: chrono.Parser): chrono.Parser {
  let made: RegExp | undefined;
  return { pattern: (context) => (made ??= parser.pattern(context)), extract: (context, match) => parser.extract(context, match) };
}

/** Between two windows read as one text: a sign no date pattern reads across. */
const WINDOW_BREAK = '\n\u2016\n';

/**
 * The library's dates in `text`, read only where a kept date could be: every one holds
 * a day, an hour or a year in digits, so the library reads the neighbourhood of those,
 * all joined in one text (one call costs more than a short window), and none crosses
 * from one window to the next. The same answers, at a fraction of reading whole pages.
 */
function parseInWindows(text: string, parser: Pick<typeof chrono.fr, 'parse'>): { start: number; text: string }[] {
  // Around what makes a date identifying, not around every number: in a page of figures (a
  // report, an old newspaper's tables) the windows around the numbers merge into the whole page.
  const identifying = readsAlikeWithoutUnicode(text) ? IDENTIFYING_DATE_ANYWHERE_UNFOLDED : IDENTIFYING_DATE_ANYWHERE;
  const windows = windowsAround(text, identifying, 0, DATE_MARGIN, windowsAround(text, DATE_NUMBER, 1, DATE_MARGIN));
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

/** "14/05" is a day and a month; in English also "5/14", a month and a day. */
function dayAndMonth(written: string, language: Language): boolean {
  // ("1er/03": the first of the month, its ordinal written.)
  const [a, b] = written.replace(/^(\d+)er/u, '$1').split(/[/.-]/).map(Number) as [number, number];
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (language === 'en' && a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

// Where the patterns that open on a number may start (windows.ts, matchesFromNumbers).
/** A day, a month or an hour: one or two digits. */
const dayOrHour = (_: string, __: number, digits: number) => digits <= 2;
const twoDigitsAndSlash = (w: string, at: number, digits: number) => digits === 2 && w[at + 2] === '/';
const isDateSign = (c: string | undefined) => c === '/' || c === '.' || c === '-';
/** DAY_SHORT_MONTH: a day, "er" perhaps, spaces, a letter that opens a month. */
function dayBeforeMonth(w: string, at: number, digits: number): boolean {
  if (digits > 2) return false;
  let p = at + digits;
  if (!isSpace(w.charCodeAt(p))) {
    if (w[p]?.toLowerCase() !== 'e' || w[p + 1]?.toLowerCase() !== 'r') return false;
    p += 2;
  }
  while (isSpace(w.charCodeAt(p))) p++;
  return p < w.length && 'jfmasondJFMASONDſ'.includes(w[p]!);
}
/** TIME: an hour before "h", ":", "am" or "pm", a space between perhaps. */
function hour(w: string, at: number, digits: number): boolean {
  if (digits > 2) return false;
  const next = w[at + digits];
  if (next === ':') return true;
  const sign = isSpace(w.charCodeAt(at + digits)) ? w[at + digits + 1] : next;
  return sign !== undefined && 'hHaApP'.includes(sign);
}
/** MONTH_SHORT_YEAR ("juin 24", "sept. 23"): the word before a year of two digits, a stop after it perhaps. */
function monthBeforeYear(w: string, at: number, digits: number, tryAt: (start: number) => void): void {
  if (digits !== 2) return;
  let end = spacesBefore(w, at);
  if (end === at) return;
  if (w[end - 1] === '.') end--;
  tryWordEnding(w, end, tryAt);
}
/** WEEKDAY_AND_DAY ("Friday 22nd", "Thurs. the 9th", "vendredi 22"): the word before the day, a stop, a comma or "the" between perhaps. */
function weekdayBeforeDay(w: string, at: number, digits: number, tryAt: (start: number) => void): void {
  if (digits > 2) return;
  const spaces = spacesBefore(w, at);
  if (spaces === at) return;
  for (const end of spaces >= 4 && w.slice(spaces - 3, spaces).toLowerCase() === 'the' ? [spaces, spacesBefore(w, spaces - 3)] : [spaces]) {
    let word = end;
    if (w[word - 1] === ',') word--;
    if (w[word - 1] === '.') word--;
    tryWordEnding(w, word, tryAt);
  }
}
/** Where the spaces before `at` begin. */
function spacesBefore(w: string, at: number): number {
  let p = at;
  while (p > 0 && isSpace(w.charCodeAt(p - 1))) p--;
  return p;
}
/**
 * The start of the word that ends at `end`, if it is as long as a month or a weekday: its letters
 * are those the expressions read without case ("ſ" is an "s" to them, "K" a "k").
 */
function tryWordEnding(w: string, end: number, tryAt: (start: number) => void): void {
  let start = end;
  while (start > 0 && isNameLetter(w.charCodeAt(start - 1))) start--;
  if (end - start >= 3 && end - start <= 9) tryAt(start);
}
const isNameLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xe9 || c === 0xc9 || c === 0xfb || c === 0xdb || c === 0x17f || c === 0x212a;

/** `near`: where a digit is (windows.ts); every date and time holds one. */
export function dates(text: string, language: Language, near = digitWindows(text)): Detection[] {
  const found: Detection[] = [];
  const parser = PARSERS[language];
  for (const r of parseInWindows(text, parser)) {
    // What identifies is a day with a month or a year, or a precise time; "jeudi",
    // "dans quelques jours" or "7/10" (a rating) do not.
    if (!IDENTIFYING_DATE.test(r.text)) continue;
    let start = r.start;
    let end = r.start + r.text.length;
    // The library may start inside a number ("03 à 18h" of "le 28/03 à 18h"): a date is
    // masked in whole numbers, or it leaves half a date in clear.
    while (start > 0 && (/\d/.test(text[start - 1]!) || (/[/.-]/.test(text[start - 1]!) && /\d/.test(text[start - 2] ?? '')))) start--;
    while (end < text.length && /\d/.test(text[end]!) && /\d/.test(text[end - 1]!)) end++;
    // "le 19/03/2024 à 14 h": the library stops before the "h"; the time is masked whole.
    const tail = /\d$/.test(text.slice(start, end)) ? HOUR_TAIL.exec(text.slice(end)) : null;
    found.push({ start, end: end + (tail ? tail[0].length : 0), type: 'date', source: 'date-library', confidence: 0.9 });
  }
  const free = (s: number, e: number) => !found.some((f) => f.start < e && s < f.end);
  const add = (start: number, end: number, confidence: number) => {
    if (free(start, end)) found.push({ start, end, type: 'date', source: 'pattern', confidence });
  };
  // "le premier [mars 2025]", "né en ’[79]": a date found inside this one is widened to it.
  const widenedOrAdded = (start: number, end: number, confidence: number) => {
    const inside = found.find((f) => f.start < end && start < f.end);
    if (!inside) add(start, end, confidence);
    else if (start <= inside.start && inside.end <= end) [inside.start, inside.end] = [start, end];
  };
  for (const m of matchesFromNumbers(text, near, NUMERIC_DATE, (w, at, digits) => (digits <= 2 || digits === 4) && isDateSign(w[at + digits]))) add(m.index!, m.index! + m[0].length, 0.9);
  // A pattern that opens on what comes before the date tries every character of the text: it reads only around a day and month.
  // Before the library's finds are widened: "3 juin" it found becomes "3 juin 24".
  for (const m of matchesFromNumbers(text, near, DAY_SHORT_MONTH, dayBeforeMonth)) {
    const start = m.index!;
    const end = start + m[0].length;
    const overlapping = found.find((f) => f.start < end && start < f.end);
    if (!overlapping) add(start, end, 0.85);
    else if (overlapping.start <= start && overlapping.end < end) overlapping.end = end;
  }
  for (const m of matchesFromNumbers(text, near, DOTTED_DAY_MONTH, (w, at, digits) => digits <= 2 && w[at + digits] === '.')) add(m.index!, m.index! + m[0].length, 0.8);
  for (const m of matchesWithin(text, windowsAround(text, /\d(?:er)?[/.-]\d/g, 0, 24, near), DAY_MONTH)) {
    // "Séance 4/6" is the fourth of six; "Séance 13/3" can only be a date: a day past the month's number.
    const session = m.groups!.session;
    if (session && Number(session.split('/')[0]) <= Number(session.split('/')[1])) continue;
    const written = m.groups!.date ?? m.groups!.dated ?? session ?? m.groups!.short!;
    if (dayAndMonth(written, language)) add(m.index!, m.index! + m[0].length, 0.8);
  }
  for (const m of matchesFromNumbers(text, near, PADDED_DAY_MONTH, twoDigitsAndSlash)) {
    // "10/10" is as likely a rating as the tenth of October.
    if (dayAndMonth(m[0], language) && m[0] !== '10/10') add(m.index!, m.index! + m[0].length, 0.75);
  }
  for (const m of matchesFromNumbers(text, near, MONTH_YEAR, twoDigitsAndSlash)) add(m.index!, m.index! + m[0].length, 0.75);
  if (language === 'fr') for (const m of matchesAround(text, near, MONTH_SHORT_YEAR, monthBeforeYear)) add(m.index!, m.index! + m[0].length, 0.75);
  if (language === 'en') for (const m of matchesFromNumbers(text, near, EN_DAY_SHORT_MONTH, dayOrHour)) add(m.index!, m.index! + m[0].length, 0.8);
  for (const m of matchesAround(text, near, WEEKDAY_AND_DAY, weekdayBeforeDay)) add(m.index!, m.index! + m[0].length, 0.8);
  for (const m of matchesIn(text, YEAR_ANYWHERE)) {
    const month = MONTH_BEFORE.exec(text.slice(Math.max(0, m.index! - 12), m.index!));
    if (!month) continue;
    add(m.index! - month[0].length + (/^[^\p{L}]/u.test(month[0]) ? 1 : 0), m.index! + 4, 0.85);
  }
  for (const m of matchesWithin(text, windowsAround(text, /(?:19|20)\d\d/g, 0, 16, near), YEAR)) add(m.index!, m.index! + m[0].length, 0.7);
  for (const m of matchesFromNumbers(text, near, TIME, hour)) add(m.index!, m.index! + m[0].length, 0.8);
  // (Each asked of the text only where its first word is in it: most notes have neither.)
  if (MAYBE_BIRTH.test(text)) for (const m of text.matchAll(BIRTH_YEAR)) widenedOrAdded(m.index!, m.index! + m[0].length, 0.8);
  if (language === 'fr' && MAYBE_FIRST.test(text)) for (const m of text.matchAll(FIRST_OF_MONTH)) widenedOrAdded(m.index!, m.index! + m[0].length, 0.85);
  withListedDates(text, language, found);
  widenShortDates(text, found);
  return found.filter((d) => !isDuration(text, d));
}

/**
 * A list is dated as a whole: "les 12/02, 26/02 et 11/03", "12 et 13 octobre". The
 * word that announces a date comes once, before the first; the others follow it,
 * a day and month each, or a day alone before the date that names the month.
 */
function withListedDates(text: string, language: Language, found: Detection[]): void {
  const free = (s: number, e: number) => !found.some((f) => f.start < e && s < f.end);
  /** The days alone the list gave ("5" and "6" of "les 5, 6 et 7 août"): a list goes on before them too. */
  const days = new Set<Detection>();
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    const next = NEXT_DAY_MONTH.exec(text.slice(d.end, d.end + 24));
    if (next && dayAndMonth(next[1]!, language)) {
      const end = d.end + next[0].length;
      if (free(end - next[1]!.length, end)) found.push({ start: end - next[1]!.length, end, type: 'date', source: 'pattern', confidence: 0.8 });
    }
    if (days.has(d) || DAY_OF_MONTH.test(text.slice(d.start, d.end))) {
      const before = DAY_BEFORE.exec(text.slice(Math.max(0, d.start - 24), d.start));
      const day = before ? Number(before[1]) : 0;
      if (before && day >= 1 && day <= 31) {
        const start = d.start - before[0].length;
        // "12 et 13 octobre": the 12 is a day of the same month.
        if (free(start, start + before[1]!.length)) {
          const day: Detection = { start, end: start + before[1]!.length, type: 'date', source: 'pattern', confidence: 0.8 };
          found.push(day);
          days.add(day);
        }
      }
    }
  }
}

/**
 * A date with no two letters or digits together ("5/4", "8 h") is too short to stand as a
 * span of its own (resolve.ts drops such scraps): the little word that announces it goes
 * with it ("le 5/4", "à 8 h"), so that it is masked at all.
 */
function widenShortDates(text: string, found: Detection[]): void {
  const byEnd = new Map(found.map((f) => [f.end, f]));
  const joined = new Set<Detection>();
  for (const d of [...found].sort((a, b) => a.start - b.start)) {
    if (/[\p{L}\d]{2}/u.test(text.slice(d.start, d.end))) continue;
    const word = SHORT_DATE_LEAD.exec(text.slice(Math.max(0, d.start - 16), d.start));
    if (word) {
      d.start -= word[1]!.length;
      continue;
    }
    // In a list, a short date goes with the date before it: "5/1, 19/1, 2/2" ends on one span.
    const joint = /(?:,\s*|;\s*)$/u.exec(text.slice(Math.max(0, d.start - 4), d.start));
    const before = joint ? byEnd.get(d.start - joint[0].length) : undefined;
    if (!before) continue;
    before.end = d.end;
    byEnd.set(d.end, before);
    joined.add(d);
  }
  for (let i = found.length - 1; i >= 0; i--) if (joined.has(found[i]!)) found.splice(i, 1);
}

/**
 * "Séance de 1h30", "une séance de 2h", "de 1 heure": how long it lasts, which identifies nothing,
 * not a time of day. An hour under six, not after "à" or "at" nor before "à 3h", is a
 * duration; "la réunion de 9h30" is a time.
 */
function isDuration(text: string, d: Detection): boolean {
  const hours = HOURS.exec(text.slice(d.start, d.end));
  if (!hours || Number(hours[1]) >= 6) return false;
  const digits = d.end - hours[0].length + hours[0].search(/\d/);
  if (AT_TIME.test(text.slice(Math.max(0, digits - 16), digits))) return false;
  return !/^\s*(?:à|-|–|to)\s*\d/u.test(text.slice(d.end, d.end + 8));
}
