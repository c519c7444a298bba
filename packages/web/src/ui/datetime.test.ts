import { describe, expect, it } from 'vitest';
import { dateToLocalInput, isoToLocalInput, joinLocalInput, localInputToIso, offsetOf, splitLocalInput, todayIsoDate, toOffsetIso } from './datetime';

describe('datetime-local ↔ ISO with offset', () => {
  it('keeps the wall-clock time and adds the local offset', () => {
    const iso = localInputToIso('2026-03-04T10:30');
    expect(iso).toMatch(/^2026-03-04T10:30:00[+-]\d{2}:\d{2}$/);
    // The instant is the one the browser means by that wall-clock time.
    expect(Date.parse(iso!)).toBe(new Date(2026, 2, 4, 10, 30).getTime());
  });

  it('uses the offset of that day, not of today (summer time)', () => {
    const summer = new Date(2026, 6, 1, 12, 0);
    expect(localInputToIso('2026-07-01T12:00')!.endsWith(offsetOf(summer))).toBe(true);
  });

  it('refuses empty or malformed values', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('04/03/2026 10:00')).toBeNull();
  });

  it('refuses a day or a time that does not exist, rather than rolling over to the next', () => {
    for (const value of ['2026-04-31T10:00', '2025-02-29T10:00', '2026-13-01T10:00', '2026-03-04T24:00', '2026-03-04T10:60']) {
      expect(localInputToIso(value), value).toBeNull();
    }
    expect(localInputToIso('2024-02-29T23:59')).toMatch(/^2024-02-29T23:59:00[+-]\d{2}:\d{2}$/);
  });

  it('parts a moment into a date field and a time field, and puts it back together only whole', () => {
    expect(splitLocalInput('2026-11-25T10:00')).toEqual({ date: '2026-11-25', time: '10:00' });
    expect(splitLocalInput('')).toEqual({ date: '', time: '' });
    expect(joinLocalInput('2026-11-25', '10:00')).toBe('2026-11-25T10:00');
    expect(joinLocalInput('', '')).toBe('');
    // Half written, or either part not one: not a moment.
    expect(joinLocalInput('2026-11-25', '')).toBeNull();
    expect(joinLocalInput('', '10:00')).toBeNull();
    expect(joinLocalInput(null, '10:00')).toBeNull();
    expect(joinLocalInput('2026-11-25', null)).toBeNull();
    expect(joinLocalInput('2026-02-30', '10:00')).toBeNull();
    expect(joinLocalInput('2026-11-25', '25:00')).toBeNull();
  });

  it('round-trips an instant through the input value', () => {
    const iso = '2026-11-25T09:00:00.000Z';
    const back = localInputToIso(isoToLocalInput(iso));
    expect(Date.parse(back!)).toBe(Date.parse(iso));
    expect(isoToLocalInput('not a date')).toBe('');
  });

  it('formats offsets with sign, hours and minutes', () => {
    const d = new Date(2026, 0, 15, 8, 5, 9);
    expect(toOffsetIso(d)).toMatch(/^2026-01-15T08:05:09[+-]\d{2}:\d{2}$/);
    expect(dateToLocalInput(d)).toBe('2026-01-15T08:05');
    expect(todayIsoDate(d)).toBe('2026-01-15');
  });
});
