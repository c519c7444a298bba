/**
 * A calendar date typed as text in the screen's language ("24/05/2025" in French).
 * The browser's own date input takes its format from the browser, not from the page:
 * a French screen in an English browser would ask for mm/dd/yyyy. The order of day,
 * month and year comes from Intl for the screen's locale, so it is right for any
 * language the app is given.
 */

export type DatePart = 'day' | 'month' | 'year';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The order of the parts and the separator the locale writes a numeric date with: fr-FR → day, month, year and "/". */
export function dateOrder(locale: string): { order: DatePart[]; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2025, 4, 24)));
  const order = parts.map((p) => p.type).filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '/';
  return { order: order.length === 3 ? order : ['day', 'month', 'year'], separator };
}

/** What the coach reads as the expected shape: "jj/mm/aaaa" with the language's letters for each part. */
export function datePattern(locale: string, letters: Record<DatePart, string>): string {
  const { order, separator } = dateOrder(locale);
  return order.map((p) => letters[p]).join(separator);
}

/** "2025-05-24" → "24/05/2025" in fr-FR; anything that is not a calendar date → "". */
export function formatDateText(iso: string, locale: string): string {
  const date = calendarDate(iso);
  if (!date) return '';
  const { order, separator } = dateOrder(locale);
  const value: Record<DatePart, string> = { day: pad(date.day), month: pad(date.month), year: pad(date.year, 4) };
  return order.map((p) => value[p]).join(separator);
}

/**
 * The date the coach typed, as "YYYY-MM-DD", or null when it is not a real date.
 * Read in the locale's order with any of / . - or spaces between the parts, or as
 * eight digits (a phone's number pad has no slash); "2025-05-24" is read as itself.
 */
export function parseDateText(text: string, locale: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const { order } = dateOrder(locale);
  const separated = /^(\d{1,4})\s*[/.\-\s]\s*(\d{1,4})\s*[/.\-\s]\s*(\d{1,4})$/.exec(t);
  const pieces = separated ? separated.slice(1, 4) : /^\d{8}$/.test(t) ? unpack(t, order) : null;
  if (!pieces) return null;
  const value = Object.fromEntries(order.map((p, i) => [p, pieces[i]!])) as Record<DatePart, string>;
  // A year is written whole: "24/05/25" could be 1925 or 2025.
  if (value.year.length !== 4 || value.day.length > 2 || value.month.length > 2) return null;
  return isoOf(Number(value.year), Number(value.month), Number(value.day));
}

/** "24052025" cut in the locale's order: two digits for the day and the month, four for the year. */
function unpack(digits: string, order: DatePart[]): string[] {
  const width: Record<DatePart, number> = { day: 2, month: 2, year: 4 };
  let at = 0;
  return order.map((p) => digits.slice(at, (at += width[p])));
}

/**
 * What a date field should now show when its form's value is not what the text says
 * (the form emptied once sent, another day's date after a day is removed, a language
 * that orders the parts otherwise), or null to keep the text. A value that is not a
 * date is what she typed, held as typed; null says only "not a date", so the text stays.
 */
export function textForValue(value: string | null, text: string, locale: string): string | null {
  if (value === null) return null;
  if (value === '') return text.trim() ? '' : null;
  const written = formatDateText(value, locale);
  if (!written) return value === text ? null : value;
  return parseDateText(text, locale) === value ? null : written;
}

/** The same date a number of days later (or earlier): the arrow keys' step. */
export function addDays(iso: string, days: number): string | null {
  const date = calendarDate(iso);
  if (!date) return null;
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return isoOf(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

function calendarDate(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoOf(year, month, day) ? { year, month, day } : null;
}

/** Only a day that exists: 31/04 and 29/02/2025 are not dates. */
function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
