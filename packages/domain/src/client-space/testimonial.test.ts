import { describe, expect, it } from 'vitest';
import { attribution, CONSENT_SCOPES, type ConsentScope, consentInForce, type TestimonialConsent } from './testimonial.js';

const consent = (more: Partial<TestimonialConsent> = {}): TestimonialConsent => ({ scope: 'first_name', consentedAt: '2026-10-20T10:00:00Z', withdrawnAt: null, ...more });
const sophie = { firstName: 'Sophie', lastName: 'Martin' };

describe('consent scopes', () => {
  it('go from least to most identifying', () => {
    expect(CONSENT_SCOPES).toEqual(['anonymised', 'first_name', 'full_name']);
  });
});

describe('consentInForce', () => {
  it('holds for a consent given and not withdrawn, in every scope', () => {
    for (const scope of CONSENT_SCOPES) expect(consentInForce(consent({ scope }))).toBe(true);
  });

  it('does not hold without a consent', () => {
    expect(consentInForce(null)).toBe(false);
    expect(consentInForce(undefined)).toBe(false);
  });

  it('does not hold once withdrawn, whenever that was', () => {
    expect(consentInForce(consent({ withdrawnAt: '2026-10-21T10:00:00Z' }))).toBe(false);
    // Withdrawn "before" consenting (a re-ordered import, say) is still withdrawn.
    expect(consentInForce(consent({ withdrawnAt: '2026-01-01T00:00:00Z' }))).toBe(false);
  });

  it('fails closed on any trace of a withdrawal, even an odd one', () => {
    expect(consentInForce(consent({ withdrawnAt: '' }))).toBe(false);
  });

  it('does not hold without a date of consent', () => {
    expect(consentInForce(consent({ consentedAt: '' }))).toBe(false);
    expect(consentInForce(consent({ consentedAt: '   ' }))).toBe(false);
  });

  it('does not hold for a scope it does not know', () => {
    expect(consentInForce(consent({ scope: 'everything' as ConsentScope }))).toBe(false);
  });

  it('narrows the type for the caller', () => {
    const c: TestimonialConsent | null = consent({ scope: 'full_name' });
    if (consentInForce(c)) expect(c.scope).toBe('full_name');
    else expect.unreachable();
  });
});

describe('attribution', () => {
  it('signs as she agreed: "S.", "Sophie" or "Sophie Martin"', () => {
    expect(attribution('anonymised', sophie)).toBe('S.');
    expect(attribution('first_name', sophie)).toBe('Sophie');
    expect(attribution('full_name', sophie)).toBe('Sophie Martin');
  });

  it('never puts the last name in an anonymised or first-name signature', () => {
    for (const scope of ['anonymised', 'first_name'] as const) expect(attribution(scope, sophie)).not.toContain('Martin');
    expect(attribution('anonymised', { firstName: 'Sophie', lastName: 'Sophie' })).toBe('S.');
  });

  it('keeps an accented initial whole, composed or not', () => {
    expect(attribution('anonymised', { firstName: 'Élodie', lastName: 'Roux' })).toBe('É.');
    expect(attribution('anonymised', { firstName: 'E\u0301lodie', lastName: 'Roux' })).toBe('É.');
  });

  it('capitalises the initial of a name written in lowercase', () => {
    expect(attribution('anonymised', { firstName: 'sophie', lastName: 'martin' })).toBe('S.');
  });

  it('gives a compound first name one initial only', () => {
    expect(attribution('anonymised', { firstName: 'Jean-Pierre', lastName: 'Dubois' })).toBe('J.');
    expect(attribution('first_name', { firstName: 'Jean-Pierre', lastName: 'Dubois' })).toBe('Jean-Pierre');
  });

  it('writes names as she gave them, only trimming stray spaces', () => {
    expect(attribution('full_name', { firstName: '  Anne  Sophie ', lastName: ' de La Tour ' })).toBe('Anne Sophie de La Tour');
    expect(attribution('first_name', { firstName: ' Anne ', lastName: 'X' })).toBe('Anne');
    expect(attribution('anonymised', { firstName: '  anne', lastName: 'X' })).toBe('A.');
  });

  it('keeps a character outside the basic plane whole', () => {
    expect(attribution('anonymised', { firstName: '𝒜lice', lastName: 'X' })).toBe('𝒜.');
  });

  it('signs with nothing rather than guess when a name is missing', () => {
    expect(attribution('anonymised', { firstName: '', lastName: 'Martin' })).toBe('');
    expect(attribution('first_name', { firstName: ' ', lastName: 'Martin' })).toBe('');
    expect(attribution('full_name', { firstName: 'Sophie', lastName: '' })).toBe('Sophie');
    expect(attribution('full_name', { firstName: '', lastName: 'Martin' })).toBe('Martin');
  });

  it('signs with nothing for a scope it does not know', () => {
    expect(attribution('everything' as ConsentScope, sophie)).toBe('');
  });
});
