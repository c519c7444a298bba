/**
 * The calendar's arithmetic: instants are stored in UTC and shown in the coach's time
 * zone, so a day or a week is computed from the zone's own wall clock — a week that
 * crosses a daylight-saving change has 167 or 169 hours, never a shifted day.
 */

export interface CalendarItem {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

const parts = (instant: Date, timeZone: string) => {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', weekday: 'short' });
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second), weekday: p.weekday as string };
};

/** The zone's offset from UTC at that instant, in minutes (Paris: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time happens in a zone (the earlier one when the clock goes back). */
export function zonedInstant(local: { year: number; month: number; day: number; hour?: number; minute?: number }, timeZone: string): Date {
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0);
  // Two passes settle the offset on either side of a change.
  let instant = new Date(guess - offsetMinutes(new Date(guess), timeZone) * 60_000);
  instant = new Date(guess - offsetMinutes(instant, timeZone) * 60_000);
  return instant;
}

/** "2026-03-29": the day an instant falls on, in the zone. */
export function localDay(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

const addDays = (day: string, n: number) => {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d! + n));
  return t.toISOString().slice(0, 10);
};

/** The week (Monday to Sunday) around an instant: its days and the instants it starts and ends at. */
export function weekOf(instant: Date, timeZone: string): { days: string[]; from: Date; to: Date } {
  const today = localDay(instant, timeZone);
  const monday = addDays(today, -WEEKDAY_INDEX[parts(instant, timeZone).weekday]!);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return { days, from: startOfDay(days[0]!, timeZone), to: startOfDay(addDays(days[6]!, 1), timeZone) };
}

/** The month around an instant, as whole weeks (Monday first), for a month grid. */
export function monthOf(instant: Date, timeZone: string): { month: string; days: string[]; from: Date; to: Date } {
  const p = parts(instant, timeZone);
  const first = `${p.year}-${String(p.month).padStart(2, '0')}-01`;
  const firstWeek = weekOf(zonedInstant({ year: p.year, month: p.month, day: 1, hour: 12 }, timeZone), timeZone);
  const nextMonth = p.month === 12 ? { year: p.year + 1, month: 1 } : { year: p.year, month: p.month + 1 };
  const lastDay = addDays(`${nextMonth.year}-${String(nextMonth.month).padStart(2, '0')}-01`, -1);
  const days: string[] = [];
  for (let d = firstWeek.days[0]!; d <= lastDay || days.length % 7 !== 0; d = addDays(d, 1)) days.push(d);
  return { month: first.slice(0, 7), days, from: startOfDay(days[0]!, timeZone), to: startOfDay(addDays(days[days.length - 1]!, 1), timeZone) };
}

function startOfDay(day: string, timeZone: string): Date {
  const [year, month, d] = day.split('-').map(Number);
  return zonedInstant({ year: year!, month: month!, day: d! }, timeZone);
}

/** Items by the local day they start on. */
export function byLocalDay<T extends CalendarItem>(items: readonly T[], timeZone: string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    const key = localDay(item.startsAt, timeZone);
    out.set(key, [...(out.get(key) ?? []), item]);
  }
  return out;
}

/** The ids of items that overlap another: two things at once. */
export function conflicting(items: readonly CalendarItem[]): Set<string> {
  const sorted = [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const out = new Set<string>();
  let latest: CalendarItem | null = null;
  for (const item of sorted) {
    if (latest && item.startsAt.getTime() < latest.endsAt.getTime()) {
      out.add(item.id);
      out.add(latest.id);
    }
    if (!latest || item.endsAt.getTime() > latest.endsAt.getTime()) latest = item;
  }
  return out;
}
