import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
/** Each span of `text` as [its words, its type]. */
const typed = (text: string, language: 'fr' | 'en' = 'fr') => anonymised(text, { language }).spans.map((s) => [text.slice(s.nameStart ?? s.start, s.end), s.type]);

describe('postcodes without their town', () => {
  it('masks a postcode where the sentence says it is a place', () => {
    expect(typed('Elle habite dans le 75011 et travaille à 69003.')).toEqual([
      ['75011', 'place'],
      ['69003', 'place'],
    ]);
  });

  it('leaves amounts and counts alone', () => {
    expect(typed('Un budget de 35000 euros, porté à 45000 € puis à 50000 HT, à 60 k€ ; 12000 salariés.')).toEqual([]);
  });
});

describe('postal boxes', () => {
  it('masks a BP address whole, the box number and the Cedex number too', () => {
    const text = 'Adresse : BP 47, 31012 Toulouse Cedex 6.';
    expect(typed(text)).toEqual([['BP 47, 31012 Toulouse Cedex 6', 'place']]);
    expect(anonymised(text).text).not.toMatch(/47|31012|BP|Cedex|\b6\b/);
  });
});

describe('bare domains', () => {
  it('masks a domain under a two-level suffix as a link', () => {
    const text = 'Book at calendly.com/mark-fennimore or see fennimorecoaching.co.uk, mind.org.uk and acme.com.au.';
    expect(typed(text, 'en')).toEqual([
      ['calendly.com/mark-fennimore', 'url'],
      ['fennimorecoaching.co.uk', 'url'],
      ['mind.org.uk', 'url'],
      ['acme.com.au', 'url'],
    ]);
  });
});

describe('American addresses', () => {
  it('mask the state with its ZIP code, and a street named by an ordinal', () => {
    const text = 'They moved to Boston, MA 02116. Her office: 350 5th Ave, New York, NY 10118-0110.';
    const out = anonymised(text, { language: 'en', mode: 'placeholders' }).text;
    for (const part of ['MA 02116', '350 5th Ave', 'NY', '10118']) expect(out).not.toContain(part);
  });

  it('leave a turnover after "CA" alone', () => {
    expect(typed('Un CA 35000 € cette année, un CA 12000 k€ en 2025.')).toEqual([['2025', 'date']]);
  });
});

describe('a street address followed by its postcode alone', () => {
  it('takes the postcode in, and leaves a postcode with its town to be read with it', () => {
    expect(typed('Il habite au 3 impasse des Mouettes, 29000.')).toEqual([['3 impasse des Mouettes, 29000', 'place']]);
    expect(typed('Elle habite 12 rue Carnot, 69003 Lyon.')).toEqual([['12 rue Carnot', 'place'], ['69003 Lyon', 'place']]);
  });
});

describe('Canadian and Australian postcodes, and a ZIP code after its label', () => {
  it('are places', () => {
    const out = anonymised('Postcode: M5H 2M9. Sydney NSW 2000. ZIP code 90210-1234.', { language: 'en', mode: 'placeholders' }).text;
    for (const part of ['M5H', '2M9', 'NSW 2000', '90210']) expect(out).not.toContain(part);
  });

  it('leave an amount after a state\'s letters alone', () => {
    expect(typed('WA 3000 € de budget.').filter(([words]) => words === 'WA 3000')).toEqual([]);
  });
});
