import { describe, expect, it } from 'vitest';
import { localDay } from '../calendar.js';
import { consentDatedAfterToday } from './consent-date.js';
import type { PublicationConsent } from './review.js';

const given = (givenOn: string, withdrawnOn: string | null = null): PublicationConsent => ({ kind: 'client', scope: 'anonymised', givenOn, withdrawnOn, source: 'coach' });

describe('consentDatedAfterToday', () => {
  it('allows a consent given today or before, and names givenOn when it is dated after today', () => {
    expect(consentDatedAfterToday(given('2026-11-30'), '2026-11-30')).toBeNull();
    expect(consentDatedAfterToday(given('2026-11-29'), '2026-11-30')).toBeNull();
    expect(consentDatedAfterToday(given('2019-01-01'), '2026-11-30')).toBeNull();
    expect(consentDatedAfterToday(given('2026-12-01'), '2026-11-30')).toBe('givenOn');
    expect(consentDatedAfterToday(given('2027-01-01'), '2026-12-31')).toBe('givenOn');
  });

  it('compares calendar days across months and years, not the digits of a shorter date', () => {
    expect(consentDatedAfterToday(given('2026-10-31'), '2026-11-01')).toBeNull();
    expect(consentDatedAfterToday(given('2026-11-01'), '2026-10-31')).toBe('givenOn');
    expect(consentDatedAfterToday(given('2026-12-31'), '2027-01-01')).toBeNull();
  });

  it('takes today as the practice’s day: late at night in Paris, UTC’s day is still the one before', () => {
    // 00:30 in Paris on 30 March 2026 (summer time since the 29th, UTC+2): 22:30 on the 29th in UTC.
    const night = new Date('2026-03-29T22:30:00Z');
    const today = localDay(night, 'Europe/Paris');
    expect(today).toBe('2026-03-30');
    expect(consentDatedAfterToday(given('2026-03-30'), today)).toBeNull();
    expect(consentDatedAfterToday(given('2026-03-31'), today)).toBe('givenOn');
    // Read in UTC, the consent given that very night would be refused.
    expect(consentDatedAfterToday(given('2026-03-30'), night.toISOString().slice(0, 10))).toBe('givenOn');
  });

  it('never refuses what the coach does not date: a composite statement, a withdrawn consent dated today', () => {
    expect(consentDatedAfterToday({ kind: 'composite', statement: 'Ce cas mêle plusieurs accompagnements.', statedAt: '2030-01-01T10:00:00Z' }, '2026-11-30')).toBeNull();
    expect(consentDatedAfterToday(given('2026-11-01', '2026-12-05'), '2026-11-30')).toBeNull();
  });

  it('refuses to compare anything but calendar days', () => {
    expect(() => consentDatedAfterToday(given('2026-11-30'), '2026-11-30T23:00:00Z')).toThrow(/calendar day/);
    expect(() => consentDatedAfterToday(given('30/11/2026'), '2026-11-30')).toThrow(/givenOn/);
  });
});
