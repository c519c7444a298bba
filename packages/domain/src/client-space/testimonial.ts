/**
 * A testimonial (témoignage) at closing, published only with the client's consent,
 * signed only as far as she agreed to be named, and withdrawn whenever she says so.
 */
export const CONSENT_SCOPES = ['anonymised', 'first_name', 'full_name'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export interface TestimonialConsent {
  scope: ConsentScope;
  /** ISO 8601 instant. */
  consentedAt: string;
  withdrawnAt: string | null;
}

/**
 * Consented and not withdrawn. Fails closed: any trace of a withdrawal, a missing consent date or a
 * scope this code does not know means no consent.
 */
export function consentInForce(c: TestimonialConsent | null | undefined): c is TestimonialConsent {
  if (c === null || c === undefined) return false;
  if (!(CONSENT_SCOPES as readonly string[]).includes(c.scope)) return false;
  if (typeof c.consentedAt !== 'string' || c.consentedAt.trim() === '') return false;
  return c.withdrawnAt === null || c.withdrawnAt === undefined;
}

const clean = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');

/**
 * How a published testimonial is signed: anonymised → initial of first name + '.', e.g. "S."; first_name →
 * "Sophie"; full_name → "Sophie Martin". Names are written as she gave them (no re-casing of "de La Tour");
 * a missing name gives an empty signature rather than a guess.
 */
export function attribution(scope: ConsentScope, person: { firstName: string; lastName: string }): string {
  const first = clean(person.firstName);
  const last = clean(person.lastName);
  switch (scope) {
    case 'anonymised': {
      // The first character, not the first UTF-16 unit: "Élodie" is "É.". "Jean-Pierre" is only "J.": less to recognise.
      const initial = Array.from(first)[0];
      return initial ? `${initial.toLocaleUpperCase('fr')}.` : '';
    }
    case 'first_name':
      return first;
    case 'full_name':
      return [first, last].filter((p) => p !== '').join(' ');
    default:
      // Unknown scope at runtime: sign with nothing rather than with too much.
      return '';
  }
}
