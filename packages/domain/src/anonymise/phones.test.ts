import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
/** Each span of `text` as [its words, its type]. */
const typed = (text: string, language: 'fr' | 'en' = 'en') => anonymised(text, { language }).spans.map((s) => [text.slice(s.nameStart ?? s.start, s.end), s.type]);

describe('phone numbers written the American, British or Irish way', () => {
  it('masks a number in three groups, with or without the country code 1, even a made-up 555 one', () => {
    expect(typed('Call her on 312-555-0148 tomorrow.')).toContainEqual(['312-555-0148', 'phone']);
    const text = 'Toll-free 1-800-555-0199, home 555.867.5309, office (617) 555-0123.';
    expect(typed(text)).toEqual(expect.arrayContaining([
      ['1-800-555-0199', 'phone'],
      ['555.867.5309', 'phone'],
      ['(617) 555-0123', 'phone'],
    ]));
    expect(anonymised(text, { language: 'en' }).text).not.toMatch(/\d{3}/);
  });

  it('masks a number that starts with the trunk 0, in any grouping, as a phone and not an identifier', () => {
    const text = 'Mobile 07700-900-982 or 07700 900123, Irish mobile 087 123 4567, Dublin office 01 555 1234.';
    expect(typed(text).filter(([, type]) => type === 'phone' || type === 'identifier')).toEqual([
      ['07700-900-982', 'phone'],
      ['07700 900123', 'phone'],
      ['087 123 4567', 'phone'],
      ['01 555 1234', 'phone'],
    ]);
  });

  it('masks an area code with its trunk 0 in brackets, as Australians write a landline, not a year in brackets', () => {
    const text = 'Call her on (02) 9876 5432 or 0412 345 678. Budget (2024) 1200 units.';
    expect(typed(text).filter(([, type]) => type === 'phone')).toEqual([
      ['(02) 9876 5432', 'phone'],
      ['0412 345 678', 'phone'],
    ]);
  });

  it('reads the same shapes in a French note, which may quote a number from abroad', () => {
    expect(typed('Son numéro à Londres : 07700 900123, à Chicago : 312-555-0148.', 'fr')).toEqual(expect.arrayContaining([
      ['07700 900123', 'phone'],
      ['312-555-0148', 'phone'],
    ]));
  });

  it('leaves amounts, counts and an SSN alone: they are not phones', () => {
    const types = (text: string, language: 'fr' | 'en' = 'en') => typed(text, language).map(([, type]) => type);
    expect(types('Budget 1 250 000 €, 120 salariés, 3 séances en 2024.', 'fr')).not.toContain('phone');
    expect(types('She raised 250,000 dollars for 1,200 people.')).toEqual([]);
    expect(types("Client's SSN 123-45-6789 was on the form.")).not.toContain('phone');
  });
});

describe('a French number written with slashes', () => {
  it('is a phone number ("06/12/34/56/78"), while a date with slashes stays a date', () => {
    const r = anonymised('Tél : 06/12/34/56/78, né le 01/02/2024.', { mode: 'placeholders' });
    expect(r.spans.map((s) => s.type)).toEqual(['phone', 'date']);
  });
});
