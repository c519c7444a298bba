import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const initials = (text: string, language: 'fr' | 'en' = 'fr') => anonymised(text, { language }).text;

describe('a name typed in lower case', () => {
  it('is a person when it is a popular first name and no word, with the initial after it', () => {
    expect(initials('présents : sophie l., Yasmine et moi. sophie a parlé de son boss.')).toBe('présents : S., Y. et moi. S. a parlé de son boss.');
    expect(initials('Met with sophie and Kwame.', 'en')).toBe('Met with S. and K.');
  });

  it('is a person when it is also a word only where it stands in a list of people, then wherever no determiner precedes it', () => {
    expect(initials('présents : marc, sophie, Yasmine. marc a réagi fort, devant le marc de café.')).toBe('présents : M., S., Y. M. a réagi fort, devant le marc de café.');
    expect(initials('présents : marc, sophie. J’ai parlé à marc, très marc de café.')).toBe('présents : M., S. J’ai parlé à M., très marc de café.');
    // Nothing says "rose" or "claire" is anyone here.
    expect(initials('Une rose, claire et nette.')).toBe('Une rose, claire et nette.');
  });

  it('is the company every reader knows after "chez"', () => {
    expect(anonymised('Son boss chez decathlon la surveille.', { mode: 'placeholders' }).text).toBe('Son boss chez [Organisation 1] la surveille.');
  });
});
