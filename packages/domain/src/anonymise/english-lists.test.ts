import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised, lexicon } = withLexicon();
/** What the anonymiser masks in `text`: the words and their type. */
const masked = (text: string, language: 'fr' | 'en' = 'en') => anonymised(text, { language }).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);

describe('the English words that tell a capitalised word from a name', () => {
  it('are the words of an educated reader, not the rare ones that are towns and surnames in lower case', () => {
    const words = lexicon().commonWords.en;
    for (const word of ['reading', 'bath', 'then', 'team', 'coach', 'slough']) expect(words.has(word), word).toBe(true);
    for (const rare of ['telford', 'inverness', 'wellings', 'patrick']) expect(words.has(rare), rare).toBe(false);
  });

  it('leave a town or a surname that the long list holds in lower case to be masked', () => {
    expect(masked('She moved from Telford to Inverness last year.')).toEqual([['Telford', 'place'], ['Inverness', 'place']]);
    expect(anonymised('Then Wellings called about the contract.', { language: 'en' }).text).toBe('Then W. called about the contract.');
  });
});

describe("a job's title in capitals", () => {
  it('is words, no name, the person beside it still masked', () => {
    expect(masked('She is Senior Marketing Manager at the firm. Our Regional Sales Director, Mark Hunter, and the Chief Operating Officer met.')).toEqual([['Mark Hunter', 'person']]);
    expect(masked('I met Rose, our Project Manager.')).toEqual([['Rose', 'person']]);
  });
});

describe('a town whose name is a word', () => {
  it('is a place where a word of place comes before it, capitalised inside a sentence', () => {
    expect(masked('She moved to Reading in 2019 and now works near Bath.')).toEqual(expect.arrayContaining([['Reading', 'place'], ['Bath', 'place']]));
    expect(masked('Elle est partie vivre à Slough.', 'fr')).toEqual([['Slough', 'place']]);
    expect(masked('She moved from Telford to Reading and Slough, then to Bath.')).toEqual([['Telford', 'place'], ['Reading', 'place'], ['Slough', 'place'], ['Bath', 'place']]);
  });

  it('is read under the short name everyone writes for it: "Hull", "Stoke", "Southend"', () => {
    expect(masked('He lives in Hull. She moved to Stoke, then Southend.')).toEqual([['Hull', 'place'], ['Stoke', 'place'], ['Southend', 'place']]);
    expect(masked('The hull of the ship.')).toEqual([]);
  });

  it('is read under its English name where the town list holds its own ("Limerick", Luimneach)', () => {
    expect(masked('Our office in Limerick closed.')).toEqual([['Limerick', 'place']]);
  });

  it('is the word anywhere else', () => {
    expect(masked('Reading the report took her an hour; then a bath.')).toEqual([]);
    expect(masked('She loved Reading as a child, and Bath time.').map(([w]) => w)).toEqual([]);
  });
});

describe('the first word of a sentence before a name', () => {
  it('is left out of the name in English', () => {
    expect(anonymised("Then James' team met Ines' coach.", { language: 'en' }).text).toBe("Then J.'s team met I.'s coach.");
  });

  it('is left out of the name in French, where the name is not a first name the lists know', () => {
    expect(anonymised('Ensuite Dubreuil a appelé.').text).toBe('Ensuite D. a appelé.');
  });

  it('is left out of the name in French before "de" and a name: what the sentence is about ("Retour de Svetlana")', () => {
    expect(anonymised('Retour de Svetlana après la réunion.', { mode: 'placeholders' }).text).toBe('Retour de [Personne 1] après la réunion.');
    expect(anonymised("Retour d'Anne sur la présentation.", { mode: 'placeholders' }).text).toBe('Retour de [Personne 1] sur la présentation.');
  });
});

describe('an English sentence opening on a word that is a rare name', () => {
  const persons = (text: string) => anonymised(text, { language: 'en', mode: 'placeholders' }).spans.filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));

  it('greets the name after it: "Morning Aisha!"', () => {
    expect(persons('Morning Aisha! Ping me when you can.')).toEqual(['Aisha']);
  });

  it('is the word where the name is rare in English ("Line" is French), and a name where it is common', () => {
    expect(persons('Line manager (Gareth) agreed.')).toEqual(['Gareth']);
    expect(persons('Grace came. Will called.')).toEqual(['Grace', 'Will']);
  });
});

describe("an English message's opening verb that is also a given name", () => {
  const persons = (text: string) => anonymised(text, { language: 'en', mode: 'placeholders' }).spans.filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));

  it('is the verb before "you", "this" and the like: "Hope you\'re well"', () => {
    expect(persons("Hope you're well. Hope this helps.")).toEqual([]);
  });

  it('is her name elsewhere', () => {
    expect(persons('Hope called me. I met Hope yesterday.')).toEqual(['Hope', 'Hope']);
  });
});

describe('a greeting, then a word before a pronoun', () => {
  it('is the verb of its clause, not the next name of a list ("Hi Tom, hope you\'re well")', () => {
    expect(anonymised("Hi Tom, hope you're well", { language: 'en', mode: 'placeholders' }).text).toBe("Hi [Person 1], hope you're well");
    expect(anonymised('Tom, grace and me.', { language: 'en', mode: 'placeholders' }).text).toBe('[Person 1], [Person 2] and me.');
  });
});

describe('a county, a state or an old province', () => {
  it('is a place, though the English lists hold it as a word ("Somerset", "Fife")', () => {
    expect(masked('She grew up in Somerset, then moved to Fife and to County Cork; he is from Co. Kerry.')).toEqual([
      ['Somerset', 'place'],
      ['Fife', 'place'],
      ['County Cork', 'place'],
      ['Co. Kerry', 'place'],
    ]);
    expect(masked('They retired to Queensland.')).toEqual([['Queensland', 'place']]);
  });

  it('is a place in French too, not an organisation: "il vient du Périgord"', () => {
    expect(masked('Il vient du Périgord, elle de la Beauce.', 'fr')).toEqual([['Périgord', 'place'], ['Beauce', 'place']]);
  });

  it('leaves a first name of the same spelling to be a person ("Léon" is a pays of Brittany, and Léon Blum)', () => {
    expect(masked('Léon m’a appelé hier.', 'fr')).toEqual([['Léon', 'person']]);
  });
});
