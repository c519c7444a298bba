import { describe, expect, it } from 'vitest';
import { initialsInContext } from './initials-in-context.js';
import { withLexicon } from './lexicon-for-tests.js';
import { tokenize } from './text.js';

const { anonymised, lexicon } = withLexicon();
const placeholders = (text: string, language: 'fr' | 'en' = 'fr') => anonymised(text, { language, mode: 'placeholders' }).text;
const found = (text: string, language: 'fr' | 'en' = 'fr') => initialsInContext(tokenize(text), lexicon(), language).map((d) => text.slice(d.start, d.end));

describe('initialsInContext', () => {
  it('reads initials as a person after "cc", "avec" or a verb of contact, and before a verb of speech', () => {
    expect(found('SB relance KL demain, cc MR.')).toEqual(['SB', 'KL', 'MR']);
    expect(found('RDV avec JPL jeudi. MR a dit non.')).toEqual(['JPL', 'MR']);
    expect(found('Met with JB today; KL says the budget is fine.', 'en')).toEqual(['JB', 'KL']);
  });

  it('leaves roles, everyday acronyms, known organisations and words in capitals alone', () => {
    expect(found('Point avec la DSI, cc RH. Vu avec EDF. Le CA a voté. Avec OU sans. Call IT.')).toEqual([]);
    expect(found('Call IT, then HR says yes.', 'en')).toEqual([]);
  });

  it('needs the words around: initials alone are an acronym', () => {
    expect(found('Le SB est prêt. KL\nrelance demain.')).toEqual([]);
  });
});

describe('anonymise, with colleagues named by their initials', () => {
  it('leaves none of them in clear', () => {
    expect(anonymised('SB relance KL demain, cc MR.').text).not.toMatch(/SB|KL|MR/);
  });
});

describe('initials typed in lower case', () => {
  it('are a person after a word that says someone, and in a list after such initials', () => {
    expect(placeholders('déj avec jb et mc demain, cc jpl')).toBe('déj avec [Personne 1] et [Personne 2] demain, cc [Personne 3]');
    expect(placeholders('lunch with jb and mc, cc pm', 'en')).toBe('lunch with [Person 1] and [Person 2], cc [Person 3]');
  });

  it('are not an abbreviation of texting, a role, an acronym, nor letters with a vowel', () => {
    for (const text of ['vu avec la rh et le dg, avec pdg et drh', 'rdv avec ds pr le bilan', 'avec bcp de monde', 'vu avec mo hier']) expect(placeholders(text)).toBe(text);
  });
});
