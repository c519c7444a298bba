import { describe, expect, it } from 'vitest';
import { addDays, datePattern, dateOrder, formatDateText, parseDateText, textForValue } from './date-text';

describe('a date typed in the screen’s language', () => {
  it('is written day first in French and in British English, month first in American English', () => {
    expect(dateOrder('fr-FR')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
    expect(dateOrder('en-GB').order).toEqual(['day', 'month', 'year']);
    expect(dateOrder('en-US').order).toEqual(['month', 'day', 'year']);
    expect(datePattern('fr-FR', { day: 'jj', month: 'mm', year: 'aaaa' })).toBe('jj/mm/aaaa');
    expect(datePattern('en-US', { day: 'dd', month: 'mm', year: 'yyyy' })).toBe('mm/dd/yyyy');
    expect(formatDateText('2025-05-04', 'fr-FR')).toBe('04/05/2025');
    expect(formatDateText('2025-05-04', 'en-US')).toBe('05/04/2025');
    expect(formatDateText('', 'fr-FR')).toBe('');
    expect(formatDateText('2025-02-30', 'fr-FR')).toBe('');
  });

  it('is read back in the same order, with the separators people type', () => {
    for (const typed of ['04/05/2025', '4/5/2025', '04.05.2025', '04-05-2025', '4 5 2025', ' 04 / 05 / 2025 ', '04052025', '2025-05-04']) {
      expect(parseDateText(typed, 'fr-FR')).toBe('2025-05-04');
    }
    expect(parseDateText('05/04/2025', 'en-US')).toBe('2025-05-04');
    expect(parseDateText('05042025', 'en-US')).toBe('2025-05-04');
    // What it writes, it reads.
    expect(parseDateText(formatDateText('2024-12-31', 'fr-FR'), 'fr-FR')).toBe('2024-12-31');
  });

  it('is refused when it is not a real date, or its year is not whole', () => {
    for (const typed of ['', 'hier', '31/04/2025', '29/02/2025', '12/13/2025', '00/05/2025', '04/05/25', '4/5', '04/05/20255', '2025-13-01', '123/05/2025']) {
      expect(parseDateText(typed, 'fr-FR')).toBeNull();
    }
    expect(parseDateText('29/02/2024', 'fr-FR')).toBe('2024-02-29');
    // Month first in French is a month 24 that does not exist.
    expect(parseDateText('05/24/2025', 'fr-FR')).toBeNull();
  });

  it('steps a day at a time across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('not a date', 1)).toBeNull();
  });

  it('follows its form’s value when that value changes from outside, and keeps what she is typing otherwise', () => {
    // Her own typing, as the form holds it: unchanged.
    expect(textForValue('2025-05-04', '4/5/2025', 'fr-FR')).toBeNull();
    expect(textForValue('2025-05-04', '2025-05-04', 'fr-FR')).toBeNull();
    expect(textForValue('', '', 'fr-FR')).toBeNull();
    expect(textForValue('31/04/2025', '31/04/2025', 'fr-FR')).toBeNull();
    // Not a date (a form that holds null for that): her text stays.
    expect(textForValue(null, '31/04/2025', 'fr-FR')).toBeNull();
    // The form emptied once sent, another date set, another day's typing after a day is removed.
    expect(textForValue('', '04/05/2025', 'fr-FR')).toBe('');
    expect(textForValue('2025-12-31', '04/05/2025', 'fr-FR')).toBe('31/12/2025');
    expect(textForValue('12/03', '04/05/2025', 'fr-FR')).toBe('12/03');
    // Read month first, the same text is another day: it is written again in that order.
    expect(textForValue('2025-05-04', '04/05/2025', 'en-US')).toBe('05/04/2025');
  });
});
