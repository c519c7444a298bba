import { describe, expect, it } from 'vitest';
import { detect } from './anonymise.js';
import { withLexicon } from './lexicon-for-tests.js';
import { wholePersonNames } from './name-parts.js';
import { tokenize } from './text.js';
import type { Detection } from './types.js';

const { lexicon: lexiconOf, anonymised, people } = withLexicon();
const isFirst = (w: string) => lexiconOf().firstNames.has(w);
const person = (text: string, words: string): Detection => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, type: 'person', source: 'first-names', confidence: 0.9 });

describe('a Gaelic particle inside a name', () => {
  it('joins the first name to the surname: one person, the particle masked with them', () => {
    expect(people("J'ai revu Seán Ó Briain hier ; SIOBHAN NÍ DHOMHNAILL a signé.")).toEqual(['Seán Ó Briain', 'SIOBHAN NÍ DHOMHNAILL']);
    expect(people('I met Siobhán Ní Dhomhnaill and Bríd Nic Giolla in Dublin.', 'en')).toEqual(['Siobhán Ní Dhomhnaill', 'Bríd Nic Giolla']);
    expect(anonymised("J'ai revu Seán Ó Briain hier.", { mode: 'placeholders' }).text).toBe("J'ai revu [Personne 1] hier.");
  });

  it('is read by its accent and capital: the French "ni" and "o" join nothing', () => {
    expect(people('Ni Paul ni Marie ne viendront.')).toEqual(['Paul', 'Marie']);
    const text = 'Paul ni Marie';
    expect(wholePersonNames(tokenize(text), [person(text, 'Paul'), person(text, 'Marie')], isFirst).map((d) => text.slice(d.start, d.end))).toEqual(['Paul', 'Marie']);
  });
});

describe('a Vietnamese name', () => {
  it('keeps its given name after the middle name, though the given name is a word ("An", "Mai")', () => {
    expect(people('Hier, Nguyen Van An est venu avec Tran Thi Mai Anh.')).toEqual(['Nguyen Van An', 'Tran Thi Mai Anh']);
    expect(people('Nguyen Van An called twice.', 'en')).toEqual(['Nguyen Van An']);
  });

  it('stops after two words of the given name, and at the end of the sentence', () => {
    const text = 'Nguyen Thi Thu Ha Lyon. Pham Van Long. Hier';
    const found = wholePersonNames(tokenize(text), [person(text, 'Nguyen Thi Thu Ha'), person(text, 'Pham Van')], isFirst);
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['Nguyen Thi Thu Ha', 'Pham Van Long']);
  });

  it('needs a Vietnamese surname first: "Vincent Van Gogh" is read as it always was', () => {
    const text = 'Vincent Van Gogh Paris';
    expect(wholePersonNames(tokenize(text), [person(text, 'Vincent Van Gogh')], isFirst).map((d) => text.slice(d.start, d.end))).toEqual(['Vincent Van Gogh']);
  });

  it('drops what the whole name now covers', () => {
    const text = 'Seán Ó Briain';
    const found = wholePersonNames(tokenize(text), [person(text, 'Seán'), person(text, 'Briain')], isFirst);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Seán Ó Briain');
  });
});

describe('a surname that is a title', () => {
  it('is part of the name after a first name: "Louis Pasteur", "Paul Baron"', () => {
    expect(people("J'ai vu Paul Baron, Anne Prince, Luc Comte, Louis Pasteur, Julie Marquis et Pierre Juge.")).toEqual(['Paul Baron', 'Anne Prince', 'Luc Comte', 'Louis Pasteur', 'Julie Marquis', 'Pierre Juge']);
    expect(anonymised('Louis Pasteur est né à Dole.', { mode: 'placeholders' }).text).toBe('[Personne 1] est né à [Lieu 1].');
  });

  it('is still a title before a name, and a form of address is never a surname', () => {
    const text = 'Claire Docteur Martin';
    expect(wholePersonNames(tokenize(text), [person(text, 'Claire'), person(text, 'Martin')], isFirst).map((d) => text.slice(d.start, d.end))).toEqual(['Claire', 'Martin']);
    const madame = 'Claire Madame';
    expect(wholePersonNames(tokenize(madame), [person(madame, 'Claire')], isFirst).map((d) => madame.slice(d.start, d.end))).toEqual(['Claire']);
    expect(people('Le pasteur Martin et le Pasteur Durand.')).toEqual(['Martin', 'Durand']);
  });

  it('ends a signature\'s name at the end of its line, before the next line\'s capitals', () => {
    expect(anonymised('Cordialement,\n\nChristophe Baron\nResponsable commercial', { mode: 'placeholders' }).text).not.toContain('Baron');
    expect(people('Organisateur : Julie Comte\nParticipants : 4')).toEqual(['Julie Comte']);
  });

  it('ends an organisation\'s name too: "chez Sanofi Pasteur"', () => {
    const text = 'Elle travaille chez Sanofi Pasteur depuis 2019.';
    const organisations = detect(text, lexiconOf(), { language: 'fr' }).filter((d) => d.type === 'organisation');
    expect(organisations.map((d) => text.slice(d.start, d.end))).toEqual(['Sanofi Pasteur']);
  });
});

describe('a title right after a form of address', () => {
  it('is the surname: "M. Pasteur", "Mme Juge", "Madame Marquis,", and so wherever the text repeats it', () => {
    const text = 'Rendez-vous avec M. Pasteur jeudi. Mme Juge viendra aussi. Madame Marquis, je confirme. Plus tard, Pasteur a rappelé.';
    expect(people(text)).toEqual(['Pasteur', 'Juge', 'Marquis', 'Pasteur']);
    expect(anonymised(text, { mode: 'pseudonyms' }).text).not.toMatch(/Pasteur|Juge|Marquis/);
  });

  it('is still a title before a name, or after an article', () => {
    expect(people('Monsieur le Maire est là. M. Docteur Martin aussi.')).toEqual(['Martin']);
    expect(people('Le Pasteur Martin prêche, M. Pasteur écoute.')).toEqual(['Martin', 'Pasteur']);
  });
});

describe('a surname that folds to a word, right after a form of address', () => {
  it('is the surname: "Mme Lê", "M. Le Du", "M. Ma", "Mrs May"', () => {
    expect(people('Hier, Mme Lê est arrivée. M. Le Du a quitté l’équipe, puis M. Ma et Mme An.')).toEqual(['Lê', 'Le Du', 'Ma', 'An']);
    expect(people('Yesterday Mrs May came.', 'en')).toEqual(['May']);
    expect(anonymised('M. Le Du a quitté l’équipe.', { mode: 'placeholders' }).text).toBe('M. [Personne 1] a quitté l’équipe.');
  });

  it('is not a role, nor a pronoun opening the next sentence', () => {
    expect(people('Monsieur Le Maire, Madame La Directrice, je suis passée chez le Dr. Elle m’a reçue.')).toEqual([]);
  });
});

describe('a name written surname first, in capitals', () => {
  it('is one person with her given name, whichever mention names her', () => {
    const text = 'Présente : DUPONT Claire. Claire souhaite un accompagnement.';
    expect(anonymised(text).text).toBe('Présente : C. C. souhaite un accompagnement.');
    const pseudonyms = anonymised(text, { mode: 'pseudonyms' }).text;
    const [full, alone] = [/Présente : (\S+) (\S+)\./u.exec(pseudonyms)!, /\. (\S+) souhaite/u.exec(pseudonyms)!];
    expect(alone[1]).toBe(full[1]);
  });

  it('takes in the particle in capitals before the surname: "LE BIHAN Gwenaëlle"', () => {
    expect(anonymised('- LE BIHAN Gwenaëlle (Crédit Agricole)', { mode: 'placeholders' }).text).toBe('- [Personne 1] ([Organisation 1])');
    expect(people('Vu avec LE GOFF Marie hier.')).toEqual(['LE GOFF Marie']);
  });
});

describe('a frequent surname the word list also holds as a word no one writes today', () => {
  it('is the surname first in a sentence and in capitals: "Moreau est malade", "MOREAU a appelé"', () => {
    expect(people('Séance reportée. Moreau est malade. Fournier le remplace.')).toEqual(['Moreau', 'Fournier']);
    expect(people('MOREAU a appelé. Rousseau aussi.')).toEqual(['MOREAU', 'Rousseau']);
  });
});

describe("a surname's initial without its full stop", () => {
  it('is part of the name after a first name: "Karim B et Julie D", "Vu Sophie M hier"', () => {
    expect(people('Karim B et Julie D sont en conflit. Vu Sophie M hier.')).toEqual(['Karim B', 'Julie D', 'Sophie M']);
    // "M." too, where no name follows it to make it "Monsieur".
    expect(people('Julie M. a appelé ; avec Julie, M. Dupont est venu.')).toEqual(['Julie M.', 'Julie', 'Dupont']);
  });

  it('is no initial where it is a word or begins one: "Paul A raison", "Marie L\'a dit"', () => {
    expect(people("Paul A raison. Marie L'a dit.")).toEqual(['Paul', 'Marie']);
  });
});

describe('a signature in capitals', () => {
  it('is a person: a popular first name and the word after it that ends its line', () => {
    expect(people('Cordialement,\nMARC PETIT\nRESPONSABLE LOGISTIQUE')).toEqual(['MARC PETIT']);
    expect(people('LOUIS GROS, DIRECTEUR')).toEqual(['LOUIS GROS']);
    expect(people('MARC NOIR')).toEqual(['MARC NOIR']);
  });

  it('takes no word after the first name where more words follow on the line', () => {
    expect(people('PIERRE ANGULAIRE DU PROJET')).not.toContain('PIERRE ANGULAIRE');
  });
});
