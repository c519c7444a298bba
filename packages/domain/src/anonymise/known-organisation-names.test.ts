import { beforeAll, describe, expect, it } from 'vitest';
import { detect } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
}, 120_000);

const typed = (text: string, language: 'fr' | 'en' = 'fr') => detect(text, lexicon, { language }).map((d) => [text.slice(d.start, d.end), d.type]);

describe('a known organisation with its product’s or its line’s name', () => {
  it('is the organisation, first or last in the run', () => {
    expect(typed('Le jeu est sorti sur Nintendo DS puis sur Super Nintendo.')).toEqual([
      ['Nintendo DS', 'organisation'],
      ['Super Nintendo', 'organisation'],
    ]);
  });

  it('stays a person with a popular first name or a frequent surname', () => {
    expect(typed('Louis Renault et Harrison Ford sont venus avec Thomas Orange.')).toEqual([
      ['Louis Renault', 'person'],
      ['Harrison Ford', 'person'],
      ['Thomas Orange', 'person'],
    ]);
  });
});
