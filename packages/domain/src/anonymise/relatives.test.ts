import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const initials = (text: string, language: 'fr' | 'en' = 'fr') => anonymised(text, { language }).text;

describe('the name after a word for a relative, a colleague or a friend', () => {
  it('is a person, even where it is also a word', () => {
    // "Mai" is May, and nothing else would mask it.
    expect(initials('Elle a parlé de sa sœur Mai et de son fils Bao.')).toBe('Elle a parlé de sa sœur M. et de son fils B.');
    expect(initials('She talked about her daughter Grace and her friend Hope.', 'en')).toBe('She talked about her daughter G. and her friend H.');
  });

  it('is not the word that opens the next sentence, nor a word in lower case', () => {
    expect(initials('Je vois sa sœur. Mai arrive vite. Sa fille rose de plaisir.')).toBe('Je vois sa sœur. Mai arrive vite. Sa fille rose de plaisir.');
  });
});
