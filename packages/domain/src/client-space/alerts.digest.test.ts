import { describe, expect, it } from 'vitest';
import { digestDue } from './alerts.js';

// The coach's daily digest of client-space activity; the alerts themselves are in alerts.test.ts.
describe('digestDue', () => {
  const at = (iso: string) => new Date(iso);
  const due = (lastDigestAt: string | null, now: string, more: Partial<Parameters<typeof digestDue>[0]> = {}) =>
    digestDue({ frequency: 'daily', lastDigestAt: lastDigestAt === null ? null : at(lastDigestAt), now: at(now), unreadSinceLast: 1, ...more });

  it('sends the first digest as soon as there is something unread', () => {
    expect(due(null, '2026-10-15T07:00:00Z')).toBe(true);
  });

  it('sends nothing when nothing is unread, or when turned off', () => {
    expect(due(null, '2026-10-15T07:00:00Z', { unreadSinceLast: 0 })).toBe(false);
    expect(due('2026-10-10T07:00:00Z', '2026-10-15T07:00:00Z', { unreadSinceLast: 0 })).toBe(false);
    expect(due(null, '2026-10-15T07:00:00Z', { frequency: 'off', unreadSinceLast: 5 })).toBe(false);
    expect(due('2026-10-10T07:00:00Z', '2026-10-15T07:00:00Z', { frequency: 'off', unreadSinceLast: 5 })).toBe(false);
  });

  it('sends at most one a day', () => {
    expect(due('2026-10-15T05:00:00Z', '2026-10-15T20:00:00Z', { unreadSinceLast: 12 })).toBe(false);
    expect(due('2026-10-15T05:00:00Z', '2026-10-16T05:00:00Z')).toBe(true);
    expect(due('2026-10-10T05:00:00Z', '2026-10-15T05:00:00Z')).toBe(true);
  });

  it('counts days in Paris, not UTC: 23:30 and 00:10 Paris are two days', () => {
    // Winter (UTC+1): 22:30Z is 23:30 on the 14th, 23:10Z is 00:10 on the 15th, though both are the 14th in UTC.
    expect(due('2026-01-14T22:30:00Z', '2026-01-14T23:10:00Z')).toBe(true);
    // Summer (UTC+2): 22:30Z on the 14th is 00:30 on the 15th, 21:30Z on the 15th is 23:30 that same day.
    expect(due('2026-07-14T22:30:00Z', '2026-07-15T21:30:00Z')).toBe(false);
  });

  it('counts a day right across the spring change (29 March 2026, 23 hours long)', () => {
    // 23:30 CET on the 28th, then 00:10 CET on the 29th: a new day in Paris, the same day in UTC.
    expect(due('2026-03-28T22:30:00Z', '2026-03-28T23:10:00Z')).toBe(true);
    // 00:30 CET on the 29th, then 23:30 CEST the same day: one day in Paris though UTC says 28th and 29th.
    expect(due('2026-03-28T23:30:00Z', '2026-03-29T21:30:00Z')).toBe(false);
    // Then 00:05 CEST on the 30th: a new day in Paris, still the 29th in UTC.
    expect(due('2026-03-28T23:30:00Z', '2026-03-29T22:05:00Z')).toBe(true);
  });

  it('counts a day right across the autumn change (25 October 2026, 25 hours long)', () => {
    // 00:30 CEST on the 25th, then 23:30 CET the same day (24 hours later): one day in Paris, two in UTC.
    expect(due('2026-10-24T22:30:00Z', '2026-10-25T22:30:00Z')).toBe(false);
    // 00:10 CET on the 26th: the next Paris day.
    expect(due('2026-10-24T22:30:00Z', '2026-10-25T23:10:00Z')).toBe(true);
    // The hour that happens twice (02:30 CEST then 02:30 CET) is one day.
    expect(due('2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z')).toBe(false);
  });

  it('uses the practice’s zone when given', () => {
    // 2026-10-15T03:00Z is the 14th in New York and the 15th in Paris.
    expect(due('2026-10-14T20:00:00Z', '2026-10-15T03:00:00Z', { timeZone: 'America/New_York' })).toBe(false);
    expect(due('2026-10-14T20:00:00Z', '2026-10-15T03:00:00Z')).toBe(true);
    // Auckland (UTC+13 in October) turns the day at 11:00Z.
    expect(due('2026-10-15T10:30:00Z', '2026-10-15T11:30:00Z', { timeZone: 'Pacific/Auckland' })).toBe(true);
    expect(due('2026-10-15T10:30:00Z', '2026-10-15T11:30:00Z', { timeZone: 'UTC' })).toBe(false);
  });

  it('sends nothing when the clock reads earlier than the last digest', () => {
    expect(due('2026-10-16T08:00:00Z', '2026-10-15T08:00:00Z')).toBe(false);
  });

  it('treats a nonsensical unread count as nothing unread', () => {
    expect(due(null, '2026-10-15T07:00:00Z', { unreadSinceLast: -3 })).toBe(false);
    expect(due(null, '2026-10-15T07:00:00Z', { unreadSinceLast: Number.NaN })).toBe(false);
  });
});
