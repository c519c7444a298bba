import { beforeAll } from 'vitest';
import { anonymise } from './anonymise.js';
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
  };
}
