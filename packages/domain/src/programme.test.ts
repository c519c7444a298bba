import { describe, expect, it } from 'vitest';
import { attendanceSummary, canJoin, checkProgrammeDays, contactPhase, seatsLeft } from './programme.js';

const day = (date: string, from = '09:00', to = '17:30') => ({ startsAt: new Date(`${date}T${from}:00+01:00`), endsAt: new Date(`${date}T${to}:00+01:00`) });

describe('programme days', () => {
  it('orders the days and accepts two separate days', () => {
    const second = day('2026-03-19');
    const first = day('2026-03-12');
    const { days, issues } = checkProgrammeDays([second, first]);
    expect(days).toEqual([first, second]);
    expect(issues).toEqual([]);
  });

  it('refuses a day that ends before it starts, lasts more than a day, or overlaps another', () => {
    expect(checkProgrammeDays([day('2026-03-12', '17:00', '09:00')]).issues).toEqual([{ index: 0, problem: 'ends_before_start' }]);
    expect(checkProgrammeDays([{ startsAt: new Date('2026-03-12T09:00:00Z'), endsAt: new Date('2026-03-13T10:00:00Z') }]).issues).toEqual([{ index: 0, problem: 'longer_than_a_day' }]);
    expect(checkProgrammeDays([day('2026-03-12'), day('2026-03-12', '17:00', '19:00')]).issues).toEqual([{ index: 1, problem: 'overlaps_previous' }]);
  });
});

describe('capacity and attendance', () => {
  it('counts seats left and who may still join', () => {
    expect(seatsLeft(12, 3)).toBe(9);
    expect(seatsLeft(3, 5)).toBe(0);
    expect(seatsLeft(null, 40)).toBeNull();
    expect(canJoin(3, 2)).toBe(true);
    expect(canJoin(3, 3)).toBe(false);
    expect(canJoin(null, 100)).toBe(true);
  });

  it('sums attendance per day and per participant', () => {
    const s = attendanceSummary(['d1', 'd2'], ['a', 'b', 'c'], [
      { dayId: 'd1', clientId: 'a', present: true },
      { dayId: 'd1', clientId: 'b', present: true },
      { dayId: 'd2', clientId: 'a', present: true },
      { dayId: 'd2', clientId: 'b', present: false },
    ]);
    expect([...s.perDay]).toEqual([
      ['d1', 2],
      ['d2', 1],
    ]);
    expect(s.perParticipant.get('a')).toEqual(['d1', 'd2']);
    expect(s.perParticipant.get('b')).toEqual(['d1']);
    expect(s.perParticipant.get('c')).toEqual([]);
  });

  it('places a contact before, between or after the days', () => {
    const days = [day('2026-03-12'), day('2026-03-19')];
    expect(contactPhase(days, new Date('2026-03-10T10:00:00Z'))).toBe('before');
    expect(contactPhase(days, new Date('2026-03-15T19:00:00Z'))).toBe('between');
    expect(contactPhase(days, new Date('2026-04-02T10:00:00Z'))).toBe('after');
    expect(contactPhase([], new Date())).toBe('before');
  });
});
