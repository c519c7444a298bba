import { describe, expect, it } from 'vitest';
import { byLocalDay, conflicting, localDay, monthOf, offsetMinutes, weekOf, zonedInstant } from './calendar.js';

const PARIS = 'Europe/Paris';

describe('time zones and daylight saving (Europe/Paris)', () => {
  it('knows the offset on either side of the March and October changes', () => {
    expect(offsetMinutes(new Date('2026-03-29T00:30:00Z'), PARIS)).toBe(60);
    expect(offsetMinutes(new Date('2026-03-29T01:30:00Z'), PARIS)).toBe(120);
    expect(offsetMinutes(new Date('2026-10-25T00:30:00Z'), PARIS)).toBe(120);
    expect(offsetMinutes(new Date('2026-10-25T01:30:00Z'), PARIS)).toBe(60);
  });

  it('puts 9:00 in Paris at 8:00 UTC before the March change and 7:00 UTC after it', () => {
    expect(zonedInstant({ year: 2026, month: 3, day: 27, hour: 9 }, PARIS).toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(zonedInstant({ year: 2026, month: 3, day: 30, hour: 9 }, PARIS).toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(zonedInstant({ year: 2026, month: 10, day: 26, hour: 9 }, PARIS).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('gives a week that crosses the March change 167 hours and the October one 169', () => {
    const march = weekOf(new Date('2026-03-26T12:00:00Z'), PARIS);
    expect(march.days).toEqual(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29']);
    expect((march.to.getTime() - march.from.getTime()) / 3_600_000).toBe(167);
    const october = weekOf(new Date('2026-10-25T10:00:00Z'), PARIS);
    expect(october.days[6]).toBe('2026-10-25');
    expect((october.to.getTime() - october.from.getTime()) / 3_600_000).toBe(169);
  });

  it('files a late-evening session on its Paris day, not its UTC day', () => {
    expect(localDay(new Date('2026-07-01T22:30:00Z'), PARIS)).toBe('2026-07-02');
    const items = [
      { id: 'b', startsAt: new Date('2026-07-01T22:30:00Z'), endsAt: new Date('2026-07-01T23:30:00Z') },
      { id: 'a', startsAt: new Date('2026-07-01T08:00:00Z'), endsAt: new Date('2026-07-01T09:00:00Z') },
    ];
    expect([...byLocalDay(items, PARIS)].map(([day, list]) => [day, list.map((i) => i.id)])).toEqual([
      ['2026-07-01', ['a']],
      ['2026-07-02', ['b']],
    ]);
  });

  it('lays a month out in whole weeks, Monday first', () => {
    const m = monthOf(new Date('2026-03-15T12:00:00Z'), PARIS);
    expect(m.month).toBe('2026-03');
    expect(m.days[0]).toBe('2026-02-23');
    expect(m.days[m.days.length - 1]).toBe('2026-04-05');
    expect(m.days.length % 7).toBe(0);
  });
});

describe('conflicts', () => {
  it('flags two things at once, and only those', () => {
    const at = (h: number, d = 60) => ({ startsAt: new Date(Date.UTC(2026, 2, 12, h)), endsAt: new Date(Date.UTC(2026, 2, 12, h, d)) });
    expect([...conflicting([{ id: 'day', ...at(8, 540) }, { id: 'session', ...at(10) }, { id: 'later', ...at(18) }])].sort()).toEqual(['day', 'session']);
    expect([...conflicting([{ id: 'a', ...at(9) }, { id: 'b', ...at(10) }])]).toEqual([]);
  });
});
