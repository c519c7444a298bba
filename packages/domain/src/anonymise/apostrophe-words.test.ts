import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';

describe('common words with an apostrophe inside', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  });

  it('are not names first in a French sentence', () => {
    const r = anonymise("Aujourd'hui, Claire a présenté son projet. Quelqu'un l'a aidée.", lexicon, { language: 'fr', mode: 'placeholders' });
    expect(r.text).toBe("Aujourd'hui, [Personne 1] a présenté son projet. Quelqu'un l'a aidée.");
  });

  it('are not names first in an English sentence, and a name with an apostrophe still is', () => {
    const r = anonymise("Don't worry, said Claire. I'm fine. Wouldn't you? O'Brien came.", lexicon, { language: 'en', mode: 'placeholders' });
    expect(r.text).toBe("Don't worry, said [Person 1]. I'm fine. Wouldn't you? [Person 2] came.");
  });

  it('are read with either apostrophe', () => {
    expect(lexicon.commonWords.fr.has("aujourd'hui")).toBe(true);
    const r = anonymise('Aujourd’hui, rien.', lexicon, { language: 'fr', mode: 'placeholders' });
    expect(r.spans).toEqual([]);
  });
});
