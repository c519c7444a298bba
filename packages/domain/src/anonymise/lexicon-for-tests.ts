import { beforeAll } from 'vitest';
import { anonymise, detect } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import type { AnonymiseOptions } from './types.js';

/**
 * For a test file: loads the lists once before its tests (a few seconds, shared by the
 * worker) and gives an anonymiser that reads them.
 */
export function withLexicon() {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 120_000);
  return {
    lexicon: () => lexicon,
    /** The text anonymised in `mode` (initials unless told), French unless told. */
    anonymised: (text: string, options: Partial<AnonymiseOptions> = {}) => anonymise(text, lexicon, { language: 'fr', mode: 'initials', ...options }),
    /** The words of the text detected as people, in order. */
    people: (text: string, language: AnonymiseOptions['language'] = 'fr') =>
      detect(text, lexicon, { language })
        .filter((d) => d.type === 'person')
        .map((d) => text.slice(d.start, d.end)),
  };
}
