import icalGenerator, { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEntry } from './items.js';

const WORDS = {
  fr: { session: (who: string) => `Séance · ${who}`, invite: (coach: string) => `Séance d'accompagnement avec ${coach}`, mode: { video: 'En visio', phone: 'Par téléphone', in_person: 'En présentiel' } as Record<string, string> },
  en: { session: (who: string) => `Session · ${who}`, invite: (coach: string) => `Coaching session with ${coach}`, mode: { video: 'Video call', phone: 'Phone call', in_person: 'In person' } as Record<string, string> },
};

/**
 * The coach's subscription feed (RFC 5545): sessions and programme days, in UTC (so
 * every calendar shows them right across daylight-saving changes). A session shows
 * the client's first name and initial only, and never anything of its notes: a
 * calendar application is not the place for them.
 */
export function feedCalendar(name: string, entries: CalendarEntry[], language: 'fr' | 'en', host: string): string {
  const w = WORDS[language];
  const cal = icalGenerator({ name, prodId: { company: 'Alliance', product: 'alliance', language: language.toUpperCase() } });
  for (const e of entries) {
    cal.createEvent({
      id: `${e.kind}-${e.id}@${host}`,
      start: e.startsAt,
      end: e.endsAt,
      summary: e.kind === 'session' ? w.session(shortName(e.clientName ?? '')) : e.title,
      location: e.kind === 'programme_day' ? e.mode : (w.mode[e.mode ?? ''] ?? null),
    });
  }
  return cal.toString();
}

/** One session for the client, to add to her own calendar. */
export function sessionInvite(input: { id: string; startsAt: Date; endsAt: Date; mode: string; coachName: string; language: 'fr' | 'en'; host: string }): string {
  const w = WORDS[input.language];
  const cal = icalGenerator({ prodId: { company: 'Alliance', product: 'alliance', language: input.language.toUpperCase() }, method: ICalCalendarMethod.PUBLISH });
  cal.createEvent({ id: `session-${input.id}@${input.host}`, start: input.startsAt, end: input.endsAt, summary: w.invite(input.coachName), location: w.mode[input.mode] ?? null });
  return cal.toString();
}

/** "Claire V.": enough for the coach to know who, little for anyone else. */
export function shortName(full: string): string {
  const [first = '', ...rest] = full.trim().split(/\s+/);
  const last = rest.find((w) => /^\p{L}/u.test(w));
  return last ? `${first} ${last[0]!.toUpperCase()}.` : first;
}
