import { describe, expect, it } from 'vitest';
import { caselessScriptNames } from './caseless-scripts.js';
import { withLexicon } from './lexicon-for-tests.js';
import { tokenize } from './text.js';

const { anonymised } = withLexicon();
const found = (text: string) => caselessScriptNames(tokenize(text)).map((d) => text.slice(d.start, d.end));

describe('caselessScriptNames', () => {
  it('finds each run of words in a script without capitals, one per line', () => {
    expect(found('Son manager, 王伟, refuse.')).toEqual(['王伟']);
    expect(found('Appel de محمد العلي ce matin.')).toEqual(['محمد العلي']);
    expect(found('김민준\n박서연')).toEqual(['김민준', '박서연']);
  });

  it('leaves Latin, Greek and Cyrillic words to the other readings', () => {
    expect(found('Rencontre avec Алексей Иванов et Γιώργος, puis Julie.')).toEqual([]);
  });
});

describe('anonymise, with names in a script without capitals', () => {
  it('masks them as people, in every mode, with no sign of the name left', () => {
    const text = 'Son manager, 王伟, refuse. Appel de محمد العلي ce matin. Puis 王伟 encore.';
    for (const mode of ['initials', 'roles', 'pseudonyms', 'placeholders'] as const) {
      const out = anonymised(text, { mode }).text;
      expect(out).not.toMatch(/[王伟محمدالعلي]/u);
    }
  });

  it('gives one name one initial, a Latin letter that says nothing of the name', () => {
    const r = anonymised('Son manager, 王伟, refuse. Puis 王伟 encore, et 李娜 aussi.', { mode: 'initials' });
    expect(r.text).toBe('Son manager, X., refuse. Puis X. encore, et Y. aussi.');
  });
});
