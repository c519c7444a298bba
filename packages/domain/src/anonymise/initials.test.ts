import { describe, expect, it } from 'vitest';
import { initialsOfName } from './initials.js';
import { withLexicon } from './lexicon-for-tests.js';
import type { KnownEntity } from './types.js';

const { anonymised } = withLexicon();
const initials = (text: string, language: 'fr' | 'en' = 'fr', known: KnownEntity[] = []) => anonymised(text, { language, known }).text;

describe('initialsOfName', () => {
  it('spells the capitals of the name, each half of a hyphenated first name too', () => {
    expect(initialsOfName('Jean-François Kessler')).toEqual(['jf', 'jfk']);
    expect(initialsOfName('Nadia Ben Salah')).toEqual(['nbs']);
    expect(initialsOfName('Priya Raman')).toEqual(['pr']);
    // A word of the name is one capital, hyphenated or not; a particle in lower case is not spelt.
    expect(initialsOfName('Anne-Sophie Leroy-Duval')).toEqual(['as', 'asl']);
    expect(initialsOfName('Pierre de Rênal')).toEqual(['pr']);
  });

  it('never gives an everyday acronym or a role: "CV", "DG", "RH"', () => {
    expect(initialsOfName('Claire Vasseur')).toEqual([]);
    expect(initialsOfName('Denis Garnier')).toEqual([]);
    expect(initialsOfName('Rémi Hamel')).toEqual([]);
  });
});

describe('a person named by her initials', () => {
  it('is masked as her where the text names her in full, and never left in clear', () => {
    expect(initials('Session with Priya Raman. PR now wants to delegate.', 'en')).toBe('Session with P. P. now wants to delegate.');
    expect(initials('Nadia Ben Salah arrive. NBS est tendue.')).toBe('N. arrive. N. est tendue.');
  });

  it('is her, not an organisation, where the capitals read as an acronym', () => {
    const r = anonymised('Jean-François Kessler est loin. Elle regarde la figurine de JF.', { mode: 'placeholders' });
    expect(r.text).toBe('[Personne 1] est loin. Elle regarde la figurine de [Personne 1].');
  });

  it('refers back to a name: capitals before the text names anyone are left to the other detectors', () => {
    expect(initials('Le PR de la marque a appelé. Priya Raman a répondu.')).toBe('Le PR de la marque a appelé. P. a répondu.');
  });

  it('is found by the records, in capitals only, dotted or not', () => {
    const nadia: KnownEntity = { id: 'n1', type: 'person', name: 'Nadia Ben Salah', gender: 'f' };
    expect(initials('NBS est tendue. N. B. S. aussi. Une nbs passe.', 'fr', [nadia])).toBe('N. est tendue. N. aussi. Une nbs passe.');
  });

  it('is one person however the initials are glued or spaced, "M." among them ("J.M.L.", "P.-A. M.")', () => {
    const r = anonymised('J.M.L. a validé ; P.-A. M. aussi, avec J. M. Keynes et M. Martin.', { mode: 'placeholders' });
    expect(r.text).toBe('[Personne 1] a validé ; [Personne 2] aussi, avec [Personne 3] et M. [Personne 4].');
  });

  it('leaves acronyms that are no one’s initials as written', () => {
    expect(initials('Claire Vasseur envoie son CV au DG et à la RH.')).toBe('C. envoie son CV au DG et à la RH.');
  });
});

describe('a compound of common words opening a line', () => {
  it('is that word, not a person', () => {
    expect(initials('Follow-up: the meeting went well.', 'en')).toBe('Follow-up: the meeting went well.');
  });
});
