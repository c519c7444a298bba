import type { PublicationConsent } from './review.js';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A consent the coach records is dated by the calendar day the client gave it, and she
 * cannot have given it later than today. Days are compared as days ("2026-11-30"), never
 * as instants, so today itself is allowed at any hour. Which day today is belongs to the
 * caller: the practice's day, not UTC's — at 00:30 in Paris on the 30th, UTC still says
 * the 29th, and a consent given that night is dated the 30th.
 *
 * Returns the field dated after today (`givenOn`), or null. A composite statement is
 * dated by the server and the client's own consent in her space by her act, so neither
 * can be; a withdrawal, whatever its date, already stops publication.
 */
export function consentDatedAfterToday(consent: PublicationConsent, today: string): 'givenOn' | null {
  if (!CALENDAR_DAY.test(today)) throw new Error(`today must be a calendar day (YYYY-MM-DD), not ${JSON.stringify(today)}`);
  if (consent.kind !== 'client') return null;
  if (!CALENDAR_DAY.test(consent.givenOn)) throw new Error(`givenOn must be a calendar day (YYYY-MM-DD), not ${JSON.stringify(consent.givenOn)}`);
  // Same width, digits from the year down: the strings sort as the days do.
  return consent.givenOn > today ? 'givenOn' : null;
}
