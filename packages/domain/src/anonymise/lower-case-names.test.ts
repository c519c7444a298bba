import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised, people } = withLexicon();
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

  it('is a person where the words around say so: "avec", "appel de", a title, a colleague, a verb of speech', () => {
    expect(initials('vu avec paul ce matin. entretien avec m. dupont. appel de marie.')).toBe('vu avec P. ce matin. entretien avec m. D. appel de M.');
    expect(initials('appel avec nathalie, elle voit son boss marc demain.')).toBe('appel avec N., elle voit son boss M. demain.');
    expect(initials('france est venue, la france est belle.')).toBe('F. est venue, la france est belle.');
    expect(initials('call w/ sam 10 min. sam says it is fine.', 'en')).toBe('call w/ S. 10 min. S. says it is fine.');
  });

  it('takes the surname after the first name: a common surname, or no word, through particles', () => {
    expect(initials('appel avec sophie marchand ce matin.')).toBe('appel avec S. ce matin.');
    expect(initials('fatima ben salah est venue.')).toBe('F. est venue.');
    expect(initials('met with john smith this morning.', 'en')).toBe('met with J. this morning.');
  });

  it('leaves a first name that is a word where only a preposition comes before it', () => {
    expect(initials('avancer avec prudence, avec lui et avec patience.')).toBe('avancer avec prudence, avec lui et avec patience.');
    expect(initials('une part de conception, un message de la part de marie.')).toBe('une part de conception, un message de la part de M.');
    expect(initials('au retour de noël, retour de nadia.')).toBe('au retour de noël, retour de N.');
    expect(initials('She handled it with grace and hope.', 'en')).toBe('She handled it with grace and hope.');
  });

  it('is the company every reader knows after "chez"', () => {
    expect(anonymised('Son boss chez decathlon la surveille.', { mode: 'placeholders' }).text).toBe('Son boss chez [Organisation 1] la surveille.');
  });

  it('is a person after "a" typed for "à", where the name is no word ("dis a karim")', () => {
    expect(initials("Tu peux dire a karim que c'est ok.")).toBe("Tu peux dire a K. que c'est ok.");
    expect(initials('Il y a rose et lilas dans le vase.')).toBe('Il y a rose et lilas dans le vase.');
  });

  it('is a rarer first name that is no word anywhere, wherever it stands ("sandrine rappelle demain")', () => {
    expect(initials('sandrine rappelle demain. coucou c nathalie. thierry + valérie : conflit')).toBe('S. rappelle demain. coucou c N. T. + V. : conflit');
  });

  it('is the subject of a verb first in its clause, though the name is a word ("benoit a payé", "que marc le méprise")', () => {
    expect(initials('benoit a payé. roger ne vient plus. karim dit que marc le méprise.')).toBe('B. a payé. R. ne vient plus. K. dit que M. le méprise.');
    expect(initials('une pierre a roulé sous le marc de café.')).toBe('une pierre a roulé sous le marc de café.');
  });

  it('does not take texting abbreviations for a surname ("nadia bcp mieux", "vu karim ajd")', () => {
    expect(initials('nadia bcp mieux, vu karim ajd, il est dev.')).toBe('N. bcp mieux, vu K. ajd, il est dev.');
  });

  it('is a frequent surname that is no word, where the words around say someone ("dupont est prévenu")', () => {
    expect(initials('ok (dupont est prévenu), vu avec lefebvre hier.')).toBe('ok (D. est prévenu), vu avec L. hier.');
    expect(initials('le dupont du coin')).toBe('le dupont du coin');
  });
});

describe('English quoted in French notes', () => {
  it('keeps its words, though one is also a first name ("said", Saïd)', () => {
    expect(initials('Elle cite : « my dad always said I was the smart one, not Ben »')).toBe('Elle cite : « my dad always said I was the smart one, not B. »');
  });

  it('still lets the words around make that name a person', () => {
    expect(initials('said a appelé, vu avec said hier')).toBe('S. a appelé, vu avec S. hier');
  });
});

describe('a popular first name that is also a word, in lower case', () => {
  it('is someone after a verb of contact, "avec", or a verb of saying and "à"', () => {
    expect(people('séance avec olivier reportée. rappeler claire demain. dire à pierre que c\'est ok. appeler victoire.')).toEqual(['olivier', 'claire', 'pierre', 'victoire']);
  });

  it('is someone before a pronoun that stands before the verb ("rose m\'a envoyé")', () => {
    expect(people("rose m'a envoyé un message")).toEqual(['rose']);
  });

  it('stays the word with a determiner, and after "avec" a noun of a manner stays one', () => {
    expect(people('il agit avec constance et patience ; une rose rouge et une pierre.')).toEqual([]);
  });
});

describe('a popular first name that is also a word, after "avec" or a greeting', () => {
  it('is someone where it ends its phrase, and the word where a noun of its follows', () => {
    expect(people('vu avec pierre demain. avec claire conscience des enjeux. avec juste un peu de recul.')).toEqual(['pierre']);
  });

  it('is someone after a greeting ("salut claire", "Merci claire pour la séance")', () => {
    expect(people('Salut claire, dispo mardi ? Merci rose pour la séance')).toEqual(['claire', 'rose']);
  });
});

describe('a popular first name that is also a word, after "ensuite" or "hier"', () => {
  it('is someone as the subject of its clause ("Ensuite claire a dit non")', () => {
    expect(people('Ensuite claire a dit non. Hier rose m\'a écrit.')).toEqual(['claire', 'rose']);
  });
});

describe('a name that is also a word, typed again in lower case', () => {
  it('is hers where it owns something or acts as a subject in the third person', () => {
    expect(anonymised('Session with Will Hunter. will feels stuck; hunter is his surname.', { language: 'en', mode: 'placeholders' }).text).toBe('Session with [Person 1]. [Person 1] feels stuck; [Person 1] is his surname.');
    expect(anonymised("Pat Brown (client). pat's goals are clear.", { language: 'en', mode: 'placeholders' }).text).toBe("[Person 1] (client). [Person 1]'s goals are clear.");
  });

  it('is the word after a subject pronoun or where nothing says her', () => {
    expect(anonymised('Session with Will Hunter. We will see. A pat on the back.', { language: 'en', mode: 'placeholders' }).text).toBe('Session with [Person 1]. We will see. A pat on the back.');
  });
});

describe('an English name that is also a word, in a quick note', () => {
  const out = (text: string) => anonymised(text, { language: 'en', mode: 'placeholders' }).text;

  it('is someone after a verb of talking and "to" or "with", after a verb of contact, in brackets after her role', () => {
    expect(out('spoke to will re his exit plan')).toBe('spoke to [Person 1] re his exit plan');
    expect(out('chat with frank & dawn re succession')).toBe('chat with [Person 1] & [Person 2] re succession');
    expect(out('emailed rose abt invoice')).toBe('emailed [Person 1] abt invoice');
    expect(out("his boss (sue) hasn't signed off")).toBe("his boss ([Person 1]) hasn't signed off");
  });

  it("is someone where she owns something, and in a list joined by \"+\"", () => {
    expect(out("josh's manager is called mike")).toBe("[Person 1]'s manager is called [Person 2]");
    expect(out('kate + amy + tom = new mgmt team')).toBe('[Person 1] + [Person 2] + [Person 3] = new mgmt team');
  });

  it('is someone after "w/"; a company every reader knows is one after a word for an employer, unless it is a word', () => {
    expect(out('mtg w/ tom at tesco hq')).toBe('mtg w/ [Person 1] at [Organisation 1] hq');
    expect(out("she's leaving barclays. Works for apple, ate an apple.")).toBe("she's leaving [Organisation 1]. Works for apple, ate an apple.");
  });

  it('is the word where nothing says someone', () => {
    expect(out('I hope to speak to the team. We will talk to them with grace.')).toBe('I hope to speak to the team. We will talk to them with grace.');
  });
});

describe('first names that are words, typed in lower case in a list or beside a team', () => {
  const placeholders = (text: string, language: 'fr' | 'en') => anonymised(text, { language, mode: 'placeholders' }).text;

  it('are people in a list of three or more, two of them popular', () => {
    expect(placeholders('ok donc olivier, mark, rose, pierre étaient là', 'fr')).toBe('ok donc [Personne 1], [Personne 2], [Personne 3], [Personne 4] étaient là');
    expect(placeholders('hope, will, bill, frank and jack came', 'en')).toBe('[Person 1], [Person 2], [Person 3], [Person 4] and [Person 5] came');
  });

  it('are people two by two before a verb of people, and beside the team they are from', () => {
    expect(placeholders('then will and frank left.', 'en')).toBe('then [Person 1] and [Person 2] left.');
    expect(placeholders('mark from finance is still blocking. dawn cried.', 'en')).toBe('[Person 1] from finance is still blocking. [Person 2] cried.');
  });

  it('are the words where the list or the verb says things', () => {
    expect(placeholders('Elle aime le lilas, la rose et la violette.', 'fr')).toBe('Elle aime le lilas, la rose et la violette.');
    expect(placeholders('The will and testament left nothing. I hope we will mark the date.', 'en')).toBe('The will and testament left nothing. I hope we will mark the date.');
  });
});
