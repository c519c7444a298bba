/**
 * Conversions between a wall-clock date and time as the forms hold it
 * ("2026-03-04T10:00", the value a `datetime-local` input would have, no zone) and the
 * API's ISO 8601 instants, which must carry an offset.
 */

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** "+01:00" for Paris in winter: the offset of that local moment, not of today. */
export function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** A Date as local wall-clock ISO with its offset: 2026-03-04T10:00:00+01:00. */
export function toOffsetIso(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${offsetOf(date)}`
  );
}

/** A wall-clock value ("2026-03-04T10:00") → ISO with offset; null when empty or invalid. */
export function localInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  // Typed by hand, "31/04" or "25:00" would roll over to another day: only a real day and time is one.
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(date.getTime())) return null;
  return toOffsetIso(date);
}

/** "2026-03-04T10:00" → its date and its time, for a date field and a time field; "" → both empty. */
export function splitLocalInput(value: string): { date: string; time: string } {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? { date: match[1]!, time: match[2]! } : { date: '', time: '' };
}

/**
 * A date ("2026-03-04") and a time ("10:00") → "2026-03-04T10:00"; "" when both are
 * empty; null when either is missing or not one (a moment is not half written).
 */
export function joinLocalInput(date: string | null, time: string | null): string | null {
  if (date === '' && time === '') return '';
  if (!date || !time) return null;
  const value = `${date}T${time}`;
  return localInputToIso(value) ? value : null;
}

/** An instant → the value a datetime-local input shows for it, in the browser's zone. */
export function dateToLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateToLocalInput(date);
}

/** Today as YYYY-MM-DD in the browser's zone (not UTC: late evening in Paris is still today). */
export function todayIsoDate(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
