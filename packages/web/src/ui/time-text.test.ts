import { describe, expect, it } from 'vitest';
import { formatTimeText, parseTimeText, roundedNow, segmentAt, stepTime, timeTextForValue } from './time-text';

describe('a time typed on 24 hours', () => {
  it('is read the ways people write it, and kept as HH:MM', () => {
    const read: Record<string, string> = {
      '14:30': '14:30',
      '14h30': '14:30',
      '14H30': '14:30',
      '14 h 30': '14:30',
      '14\u202fh\u202f30': '14:30',
      '14.30': '14:30',
      '14 30': '14:30',
      ' 14:30 ': '14:30',
      '14h': '14:00',
      '14 h': '14:00',
      '14': '14:00',
      '9': '09:00',
      '9:05': '09:05',
      '9h05': '09:05',
      '905': '09:05',
      '0905': '09:05',
      '1430': '14:30',
      '0:00': '00:00',
      '23:59': '23:59',
    };
    for (const [typed, time] of Object.entries(read)) expect(parseTimeText(typed), typed).toBe(time);
  });

  it('reads am and pm, with noon and midnight where they belong', () => {
    expect(parseTimeText('2:30 pm')).toBe('14:30');
    expect(parseTimeText('2pm')).toBe('14:00');
    expect(parseTimeText('9.15 A.M.')).toBe('09:15');
    expect(parseTimeText('12 pm')).toBe('12:00');
    expect(parseTimeText('12am')).toBe('00:00');
    expect(parseTimeText('14 pm')).toBeNull();
    expect(parseTimeText('0 am')).toBeNull();
  });

  it('refuses what is not a time of day, or could be two', () => {
    for (const typed of ['', 'midi', '24:00', '14:60', '25h', '9:5', '14h5', '14:30:00', '12345', '1:2:3', '-1:00', 'h30', ':30']) {
      expect(parseTimeText(typed), typed).toBeNull();
    }
  });

  it('is written the same in every language, and only when it is one', () => {
    expect(formatTimeText('09:05')).toBe('09:05');
    expect(formatTimeText('9:05')).toBe('');
    expect(formatTimeText('25:00')).toBe('');
    expect(formatTimeText('')).toBe('');
    // What it writes, it reads.
    expect(parseTimeText(formatTimeText('23:45'))).toBe('23:45');
  });

  it('follows its form’s value when that value changes from outside, and keeps what she is typing otherwise', () => {
    expect(timeTextForValue('14:30', '14h30')).toBeNull();
    expect(timeTextForValue('14:30', '14:30')).toBeNull();
    expect(timeTextForValue('', '')).toBeNull();
    expect(timeTextForValue(null, '25h')).toBeNull();
    expect(timeTextForValue('25h', '25h')).toBeNull();
    // Emptied once sent, set to now again, or another day's times copied.
    expect(timeTextForValue('', '14:30')).toBe('');
    expect(timeTextForValue('09:00', '14:30')).toBe('09:00');
    expect(timeTextForValue('9h', '14:30')).toBe('9h');
  });

  it('steps the part the caret is in: an hour, or to the next round five minutes', () => {
    expect(segmentAt('14:30', 0)).toBe('hour');
    expect(segmentAt('14:30', 2)).toBe('hour');
    expect(segmentAt('14:30', 3)).toBe('minute');
    expect(segmentAt('14 h 30', 3)).toBe('hour');
    expect(segmentAt('14 h 30', 6)).toBe('minute');
    expect(segmentAt('905', 1)).toBe('hour');
    expect(segmentAt('905', 2)).toBe('minute');
    expect(segmentAt('9', 1)).toBe('hour');
    expect(stepTime('14:30', 'hour', 1)).toBe('15:30');
    expect(stepTime('14:07', 'minute', 1)).toBe('14:10');
    expect(stepTime('14:07', 'minute', -1)).toBe('14:05');
    expect(stepTime('14:10', 'minute', -1)).toBe('14:05');
    expect(stepTime('09:55', 'minute', 1)).toBe('10:00');
  });

  it('goes round the clock, as a time input does, and steps nothing that is not a time', () => {
    expect(stepTime('23:55', 'minute', 1)).toBe('00:00');
    expect(stepTime('00:00', 'minute', -1)).toBe('23:55');
    expect(stepTime('23:30', 'hour', 1)).toBe('00:30');
    expect(stepTime('00:30', 'hour', -1)).toBe('23:30');
    expect(stepTime('9h', 'hour', 1)).toBeNull();
    expect(stepTime('25:00', 'hour', -1)).toBeNull();
  });

  it('starts an empty field at the last round five minutes', () => {
    expect(roundedNow(new Date(2026, 2, 4, 9, 7, 59))).toBe('09:05');
    expect(roundedNow(new Date(2026, 2, 4, 23, 59))).toBe('23:55');
    expect(roundedNow(new Date(2026, 2, 4, 0, 0))).toBe('00:00');
  });
});
