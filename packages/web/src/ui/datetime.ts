/**
 * Conversions between the browser's `datetime-local` / `date` inputs (wall-clock
 * time, no zone) and the API's ISO 8601 instants, which must carry an offset.
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

/** Value of a datetime-local input ("2026-03-04T10:00") → ISO with offset; null when empty or invalid. */
export function localInputToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(date.getTime())) return null;
  return toOffsetIso(date);
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
