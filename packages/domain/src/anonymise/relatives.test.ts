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

  it('is a person in lower case too where it is a popular first name after a possessive: "sa sœur laure", "son ex, marc."', () => {
    expect(initials('sa sœur laure est venue, son mari pierre aussi ; son ex, marc.')).toBe('sa sœur L. est venue, son mari P. aussi ; son ex, M.');
    expect(initials('her sister rose came; her manager, frank, called.', 'en')).toBe('her sister R. came; her manager, F., called.');
  });

  it('is a person in lower case after a relative and "de": "le fils de karim"', () => {
    expect(initials('le fils de karim a redoublé, la petite de mélanie est malade.')).toBe('le fils de K. a redoublé, la petite de M. est malade.');
    expect(initials('un ami de longue date, la petite de la voisine.')).toBe('un ami de longue date, la petite de la voisine.');
  });

  it('is not a verb, an adjective, or a colour and its cause', () => {
    expect(initials('her husband will come.', 'en')).toBe('her husband will come.');
    expect(initials('son frère aîné et sa fille aimée sont là ; sa fille rose de plaisir.')).toBe('son frère aîné et sa fille aimée sont là ; sa fille rose de plaisir.');
  });

  it('is not the word that opens the next sentence, nor a word in lower case', () => {
    expect(initials('Je vois sa sœur. Mai arrive vite. Sa fille rose de plaisir.')).toBe('Je vois sa sœur. Mai arrive vite. Sa fille rose de plaisir.');
  });
});

describe('a popular first name that is also a country or a town', () => {
  const typed = (text: string, language: 'fr' | 'en' = 'fr') => anonymised(text, { language, mode: 'placeholders' }).spans.map((s) => [text.slice(s.start, s.end), s.type]);

  it('is the person after a relative, and wherever the text repeats it', () => {
    expect(typed('Camille et son mari Dominique sont venus. Dominique était tendu.')).toEqual([['Camille', 'person'], ['Dominique', 'person'], ['Dominique', 'person']]);
    expect(typed('He mentioned his sister Jordan. Jordan is distant.', 'en')).toEqual([['Jordan', 'person'], ['Jordan', 'person']]);
  });

  it('is the person after "mon client", "her manager"', () => {
    expect(typed('Mon client Jordan est arrivé en retard.')).toEqual([['Jordan', 'person']]);
  });

  it('stays the place where nothing says it is someone', () => {
    expect(typed('She flew to Jordan last week.', 'en')).toEqual([['Jordan', 'place']]);
  });
});

describe('two popular first names joined by "et"', () => {
  const typed = (text: string) => anonymised(text, { language: 'fr', mode: 'placeholders' }).spans.map((s) => [text.slice(s.start, s.end), s.type]);

  it('are two people, though the first opens the sentence and the second is also a country', () => {
    expect(typed('Florence et Dominique sont venues. Dominique était ravie.')).toEqual([['Florence', 'person'], ['Dominique', 'person'], ['Dominique', 'person']]);
  });

  it('leave a publisher and a town in a reference as they are', () => {
    expect(typed('Voir Plon, Paris, 1979.').filter(([w]) => w === 'Paris')).toEqual([['Paris', 'place']]);
  });
});
