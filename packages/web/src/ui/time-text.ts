/**
 * A time of day typed as text, always kept as "HH:MM" on 24 hours. The browser's own
 * time input takes its clock from the browser, not from the page: a French screen in an
 * English browser would show "09:00 AM". Reading is forgiving (the ways people write a
 * time: "14h30", "14 h", "9:05", "0905", "2:30 pm"); what is kept and shown is one form.
 */

export type TimeSegment = 'hour' | 'minute';

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MINUTES = 24 * 60;
/** The arrow keys move the minutes by five: appointments fall on round times. */
export const MINUTE_STEP = 5;

/**
 * The time she typed as "HH:MM", or null when it is not a time of day. Hours and
 * minutes are parted by ":", "h", "." or a space ("14:30", "14h30", "14 h 30", "14.30"),
 * the minutes may be left out after "h" ("14h"); digits alone are an hour ("9", "14")
 * or an hour and two minutes ("905", "0905", "1430"); "am" and "pm" are read too.
 * Minutes are two digits when written: "9:5" could be 9:05 or 9:50.
 */
export function parseTimeText(text: string): string | null {
  let t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const meridiem = /\s?([ap])\.?\s?m\.?$/.exec(t);
  if (meridiem) t = t.slice(0, meridiem.index).trim();
  const parts = /^(\d{1,2})\s?(?:[:h.]|\s)\s?(\d{2})$/.exec(t) ?? /^(\d{1,2})\s?h?$/.exec(t) ?? /^(\d{1,2})(\d{2})$/.exec(t);
  if (!parts) return null;
  let hour = Number(parts[1]);
  const minute = Number(parts[2] ?? 0);
  if (meridiem) {
    // 12 am is midnight, 12 pm is noon; "14 pm" is no time.
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem[1] === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** "HH:MM" as it is shown, in either language: the same text, once checked. */
export function formatTimeText(time: string): string {
  return parseTimeText(time) === time ? time : '';
}

/**
 * What a time field should now show when its form's value is not what the text says
 * (the form emptied once sent, reset to now, a day copied), or null to keep the text.
 * Null, or a value that is the text as typed, says "not a time": the text stays.
 */
export function timeTextForValue(value: string | null, text: string): string | null {
  if (value === null) return null;
  if (value === '') return text.trim() ? '' : null;
  const written = formatTimeText(value);
  if (!written) return value === text ? null : value;
  return parseTimeText(text) === value ? null : written;
}

/**
 * Which part of what she typed the caret is in, as a time input steps the part the
 * caret is in: up to the separator it is the hour ("14|:30", "9|h"); in digits alone,
 * the last two are the minutes when there are more than two ("9|05").
 */
export function segmentAt(text: string, caret: number): TimeSegment {
  const t = text.trimEnd();
  const separator = t.search(/[^\d\s]|\s(?=\d)/);
  const hourEnd = separator >= 0 ? separator : t.length > 2 ? t.length - 2 : t.length;
  return caret <= hourEnd ? 'hour' : 'minute';
}

/**
 * The time an arrow key makes of it: an hour more or less, or the next round five
 * minutes (14:07 → 14:10 going up, 14:05 going down); around the clock, as a time
 * input does, since the date is another field.
 */
export function stepTime(time: string, segment: TimeSegment, direction: 1 | -1): string | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m || parseTimeText(time) !== time) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  let next: number;
  if (segment === 'hour') next = minutes + direction * 60;
  else if (direction === 1) next = (Math.floor(minutes / MINUTE_STEP) + 1) * MINUTE_STEP;
  else next = (Math.ceil(minutes / MINUTE_STEP) - 1) * MINUTE_STEP;
  const wrapped = ((next % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${pad(Math.floor(wrapped / 60))}:${pad(wrapped % 60)}`;
}

/** The time now, down to the last round five minutes: where the arrows start in an empty field. */
export function roundedNow(now = new Date()): string {
  const minutes = Math.floor((now.getHours() * 60 + now.getMinutes()) / MINUTE_STEP) * MINUTE_STEP;
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
