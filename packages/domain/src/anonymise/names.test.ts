import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise, detect } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
}, 120_000);

const typed = (text: string, language: 'fr' | 'en' = 'fr') => detect(text, lexicon, { language }).map((d) => [text.slice(d.start, d.end), d.type]);
const people = (text: string, language: 'fr' | 'en' = 'fr') => typed(text, language).filter(([, type]) => type === 'person').map(([words]) => words);

describe('a capitalised word after a determiner', () => {
  it('is masked as a place or an organisation, not as the rare first name it also is', () => {
    const text = 'Elle a longtemps vécu en Alaska avant de rentrer.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toContainEqual(['Alaska', 'place']);
  });

  it('leaves the person after it a person: only the first word is the article’s', () => {
    const text = "L'ancien ministre socialiste du Budget Michel Charasse a reconnu avoir signé.";
    expect(people(text)).toEqual(['Michel Charasse']);
    expect(typed(text)).toContainEqual(['Budget', 'organisation']);
  });

  it('is, after any article, a place or an organisation, whole where it has several words', () => {
    const text = 'Il suit les Maple Leafs de Toronto, joue au SV Zulte Waregem et travaille pour la FIA, puis rentre du Montana.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toEqual(expect.arrayContaining([['Maple Leafs', 'organisation'], ['Toronto', 'place'], ['SV Zulte Waregem', 'organisation'], ['Montana', 'organisation']]));
  });

  it('stays a family, someone named familiarly or people of a kind: masked as persons', () => {
    expect(typed('Nous dînons chez les Kerguélen ce soir.')).toEqual([['Kerguélen', 'person']]);
    expect(people('Nous dînons chez les Dubreuil, puis chez les Martin ; la Dupont était là.')).toEqual(['Dubreuil', 'Martin', 'Dupont']);
    // Where the model, reading "la CGT" beside it, finds nothing, the word the rules masked stays masked.
    expect(typed('Nous dînons chez les Kerguélen avec la CGT.').map(([w]) => w)).toEqual(['Kerguélen', 'CGT']);
    expect(people('Des éducatrices admirables, les Félix Pécaut, les Pauline Kergomard.')).toEqual(['Félix Pécaut', 'Pauline Kergomard']);
    expect(people('Il écrit au J. Salmon du port.')).toEqual(['J. Salmon']);
  });

  it('stays a person where the text names the same word as a person without an article', () => {
    expect(people('Bonnemort toussait encore. Le fils du Bonnemort descendit au puits.')).toEqual(['Bonnemort', 'Bonnemort']);
  });
});

describe('a place in a list of places', () => {
  it('is the place, though a first name too or in no list, and a great place inside a sentence is masked though a word too', () => {
    expect(typed('Il a été envahi par Israël, l’Égypte et le Japon.')).toEqual([['Israël', 'place'], ['Égypte', 'place'], ['Japon', 'place']]);
    expect(typed('Elle a vécu à Lyon et à Kastelholm.')).toEqual([['Lyon', 'place'], ['Kastelholm', 'place']]);
    expect(typed('Entre Paris et Lyon, elle hésite.')).toEqual([['Paris', 'place'], ['Lyon', 'place']]);
    // Not across a comma after a person: her town.
    expect(typed('Marc Kastelholm, Lyon.')).toEqual([['Marc Kastelholm', 'person'], ['Lyon', 'place']]);
  });
});

describe('a regnal number', () => {
  it('belongs to the name it follows', () => {
    expect(people("Philippe V régna sur l'Espagne, Charles X sur la France.")).toEqual(['Philippe V', 'Charles X']);
  });
});

describe('a word in capitals alone', () => {
  it('stays the acronym the rules read, where the model alone made a person of it', () => {
    const text = 'L\'angioplastie, ou " intervention coronaire percutanée " (ICP) est une opération destinée à débloquer les artères.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toContainEqual(['ICP', 'organisation']);
  });

  it('reads "DE", "LA", "LES" in a heading as the words they are, though the lists of first names hold them', () => {
    expect(people("TITULAIRE DE L'AUTORISATION DE MISE SUR LE MARCHÉ")).toEqual([]);
    expect(people('LES ÉQUIPES DE LA DIRECTION FINANCIÈRE')).toEqual([]);
    expect(people('COMPTE RENDU : LA SÉANCE AVEC CLAIRE DUBOIS')).toEqual(['CLAIRE DUBOIS']);
  });
});

describe('a well-known place right before a first name', () => {
  it('is the place, and the person begins at the first name, where a comma went missing', () => {
    const text = 'Affaire des emplois fictifs de la mairie de Paris Alain Juppé est jugé pour sa responsabilité.';
    expect(people(text)).toEqual(['Alain Juppé']);
    expect(typed(text)).toContainEqual(['Paris', 'place']);
    // A place that is also a popular first name, with nothing before it, is hers.
    expect(people('Florence Marie Dupont arrive demain.')).toEqual(['Florence Marie Dupont']);
  });
});

describe('a title before a name', () => {
  it('is not read across the end of a sentence: "… est jugé. Paris" is no "juge Paris"', () => {
    const text = 'Alain Juppé est jugé. Paris est préoccupé.';
    expect(detect(text, lexicon, { language: 'fr' }).find((d) => text.slice(d.start, d.end) === 'Paris')?.source).not.toBe('context');
    expect(people('Il a vu M . Durand hier.')).toEqual(['Durand']);
  });
});

describe('an organisation every reader knows', () => {
  it('is an organisation, though it is also a first name or, after its article, a common word', () => {
    const text = "Elle a quitté Thomson pour Sony ; elle lit le Figaro, Le Monde et l'Équipe.";
    expect(people(text)).toEqual([]);
    expect(typed(text)).toEqual(expect.arrayContaining([['Thomson', 'organisation'], ['Sony', 'organisation'], ['Figaro', 'organisation'], ['Le Monde', 'organisation'], ['Équipe', 'organisation']]));
  });

  it('is still a person in a list of people, or after a first name', () => {
    expect(people('MM. Antonin Dubost, Clemenceau, Georges Leygues, Thomson, doivent assister à la cérémonie.')).toContain('Thomson');
    expect(people('Elle a revu Thomas Orange hier.')).toEqual(['Thomas Orange']);
  });

  it('leaves a popular first name a person ("Marianne")', () => {
    expect(people('Marianne est arrivée en retard.')).toEqual(['Marianne']);
  });
});

describe('words, then "de" and a well-known place', () => {
  it('are a team or a firm of that place, not a person, and the place stays a place', () => {
    const text = 'Il a joué pour les Canadiens de Montréal puis pour les Rangers de New York.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toEqual(expect.arrayContaining([['Montréal', 'place'], ['New York', 'place']]));
  });

  it('stay a person where a first name or a name the lists do not know leads ("Marie de Bourgogne", "Grandet de Saumur")', () => {
    expect(people('Marie de Bourgogne épousa Maximilien.')).toContain('Marie de Bourgogne');
    const text = 'Toute la ville savait que Vallier de Saumur payerait.';
    expect(people(text)).toContain('Vallier');
    expect(typed(text).filter(([, type]) => type === 'organisation')).toEqual([]);
  });
});

describe('a great city of the world that is also the name of a French village', () => {
  it('is the city, well known', () => {
    expect(typed('Elle a travaillé cinq ans à Cologne puis à Montréal.')).toEqual([['Cologne', 'place'], ['Montréal', 'place']]);
  });

  it('and a state abroad is a place, not the rare first name it also is', () => {
    expect(typed("Ils s'installent en Floride, puis à Philadelphie.")).toEqual([['Floride', 'place'], ['Philadelphie', 'place']]);
  });
});

describe("a first name's gender", () => {
  it('is the usual one: "Jean", "Paul" and "Antoine" are men, though a few girls bear them', () => {
    for (const name of ['jean', 'paul', 'antoine', 'michel']) expect(lexicon.firstNames.get(name), name).toBe('m');
    for (const name of ['claire', 'sophie', 'maily']) expect(lexicon.firstNames.get(name), name).toBe('f');
  });

  it('keeps a name given to both on the lists, and out of the pseudonyms', () => {
    expect(lexicon.firstNames.has('camille')).toBe(true);
    expect([...lexicon.firstNamesBy.fr.f, ...lexicon.firstNamesBy.fr.m].map((n) => n.toLowerCase())).not.toContain('camille');
  });
});

describe('a noun title, "de" and a first name', () => {
  it('is a kinsman or an office of that person: the name begins at the first name', () => {
    expect(people('Childebrand, frère de Charles Martel, fut comte.')).toContain('Charles Martel');
    expect(people('M. de Rênal reçut le père de Jean Valjean.')).toEqual(['de Rênal', 'Jean Valjean']);
  });

  it('is a capitalised common word then "de" before a popular first name, whose name begins at her first name', () => {
    expect(people('Objet : Absence de Benjamin Gros le 22/03')).toEqual(['Benjamin Gros']);
    expect(people('Retour de Julie Petit hier.')).toEqual(['Julie Petit']);
  });

  it('is an office and the place it serves, or its party, where a place or an acronym follows', () => {
    const text = 'Le procureur général de Paris a parlé ; Michel Roussin, ancien ministre RPR, aussi.';
    expect(people(text)).toEqual(['Michel Roussin']);
    expect(typed(text)).toEqual(expect.arrayContaining([['Paris', 'place'], ['RPR', 'organisation']]));
  });
});

describe('a blank line', () => {
  it('ends a name: two labels or paragraphs are two names, a name broken across one line break is one', () => {
    expect(people('Jeanne\n\nMartin Durand')).toEqual(['Jeanne', 'Martin Durand']);
    expect(people('Rendez-vous avec Martin\nDurand demain.')).toEqual(['Martin\nDurand']);
  });
});

describe('a line break', () => {
  it('joins a name only in wrapped prose: a lower-case word earlier on its line', () => {
    expect(people('Elle a revu Jean-Pierre\nMoreau hier.')).toEqual(['Jean-Pierre\nMoreau']);
    expect(people('Elle a revu Jean-Pierre\nMoreau')).toEqual(['Jean-Pierre\nMoreau']);
  });

  it("ends a board's labels, a list's items and a table's rows, one per line", () => {
    expect(typed('Image initiale :\nMarc\nLyon\nMoi')).toEqual([['Marc', 'person'], ['Lyon', 'place']]);
    expect(people('- Josiane B.\nMouvement : Marc se tourne.')).toEqual(['Josiane B.', 'Marc']);
    expect(people('Nom | Ville\nAmir Haddad | Lille\nBronwyn Price | Nantes')).toEqual(['Amir Haddad', 'Bronwyn Price']);
  });

  it('leaves the client\'s own label, a pronoun alone on its line, out of the name before it', () => {
    expect(typed("l'équipe de Lyon\nMoi")).toEqual([['Lyon', 'place']]);
  });
});

describe('a place whose name opens on its article', () => {
  it('is found after "au", "aux", "du", and first in a sentence, and is one place however written', () => {
    expect(typed("Il travaille au Mans. Elle vit aux Sables-d'Olonne.")).toEqual([['Mans', 'place'], ["Sables-d'Olonne", 'place']]);
    expect(typed('Le Mans est loin.')).toEqual([['Le Mans', 'place']]);
  });
});

describe('a company every reader knows, named like a town', () => {
  it('is the company after "at" or "for" in English, the town after "à"', () => {
    const en = (text: string) => detect(text, lexicon, { language: 'en' }).map((d) => [text.slice(d.start, d.end), d.type]);
    expect(en('Before that she was at Orange.')).toEqual([['Orange', 'organisation']]);
    expect(typed('Elle habite à Orange.')).toEqual([['Orange', 'place']]);
  });
});

describe('a rare first name that is also a word, first in its sentence', () => {
  it('is the word, unless a verb follows it as it follows a subject', () => {
    expect(people('Merci pour tout. Signé à Lyon.')).toEqual([]);
    expect(people('Aimé a appelé. Prudence dit non.')).toEqual(['Aimé', 'Prudence']);
  });
});

describe('a family firm', () => {
  it('is one organisation with its "et Fils", "& Cie" or "Frères", on a label too', () => {
    const text = 'Biscuiterie Lemoine et Fils\n\nIl travaille chez Durand & Cie depuis que Martin Frères a fermé.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toEqual([
      ['Biscuiterie Lemoine et Fils', 'organisation'],
      ['Durand & Cie', 'organisation'],
      ['Martin Frères', 'organisation'],
    ]);
  });
});

describe('a name made of English words in a French text', () => {
  it('is masked as a work, a brand or a team, not as a person', () => {
    const text = 'Le film a obtenu 85 % sur Rotten Tomatoes, comme le jeu Modern Warfare.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toContainEqual(['Rotten Tomatoes', 'organisation']);
  });

  it('stays a person with a first name, a title, or a French word among its words', () => {
    expect(people('Le discours de Will Smith a surpris.')).toEqual(['Will Smith']);
    expect(people('Elle a rencontré M. Green Wood hier.')).toEqual(['Green Wood']);
  });
});

describe('an elided word first in a sentence', () => {
  it('is a word, and the name after it is a name of its own', () => {
    expect(people("Lorsqu'elle parle, il écoute. Jusqu'à demain. Quoiqu'on fasse.")).toEqual([]);
    expect(people("Lorsqu'Anne parle, Marc écoute.")).toEqual(['Anne', 'Marc']);
  });
});

describe('a word opening the sentence before a first name', () => {
  it('is left out of the name: "Merci Claire", "Bravo Sophie", "Appeler Rose Martin"', () => {
    expect(people('Merci Claire pour tout. Bravo Sophie ! Appeler Rose Martin demain.')).toEqual(['Claire', 'Sophie', 'Rose Martin']);
  });

  it('stays in it when it is a popular first name too ("Pierre Martin")', () => {
    expect(people('Pierre Martin vient demain.')).toEqual(['Pierre Martin']);
  });

  it('is left out of it when it greets or thanks, though the lists hold it as a first name ("Merci Colombe")', () => {
    expect(people('Merci Colombe pour ton retour.')).toEqual(['Colombe']);
    expect(people('Thanks Colombe for the notes.', 'en')).toEqual(['Colombe']);
  });
});

describe('a surname in capitals before a popular first name, as lists write it', () => {
  it('is her surname, though in capitals it is also a word or a town ("BLANC Pierre", "FONTAINE Julie")', () => {
    expect(typed('BLANC Pierre, PETIT Rose. Coachée : FONTAINE Julie')).toEqual([
      ['BLANC Pierre', 'person'],
      ['PETIT Rose', 'person'],
      ['FONTAINE Julie', 'person'],
    ]);
  });

  it('is a heading where the word is no surname ("RÉUNION Marie")', () => {
    expect(people('RÉUNION Marie et Paul')).toEqual(['Marie', 'Paul']);
  });

  it('is her surname in title case too, first on its line before a first name that ends the name ("Fontaine Julie - séance 2")', () => {
    expect(typed('Fontaine Julie - séance 2\nBlanc Pierre : absent')).toEqual([
      ['Fontaine Julie', 'person'],
      ['Blanc Pierre', 'person'],
    ]);
    // After "à" the town is a town; a word that is no surname greets ("Merci Julie").
    expect(typed('Née à Fontaine. Merci Julie !')).toEqual([
      ['Fontaine', 'place'],
      ['Julie', 'person'],
    ]);
  });
});

describe('a surname that is a word, written in lower case in her e-mail address', () => {
  it('stays her surname: the address is her name, not the word ("rose.petit@gmail.com")', () => {
    expect(people('Écrire à Rose Petit : rose.petit@gmail.com')).toEqual(['Rose Petit']);
  });
});

describe('a month or a day before a surname', () => {
  it('is a given name before a capitalised word that is no word, no popular first name and no place', () => {
    expect(people('April Jones joined the team.', 'en')).toEqual(['April Jones']);
  });

  it('is a given name before a frequent surname that is also a word ("April King", "June Baker"), and then alone', () => {
    expect(people('April King called.', 'en')).toEqual(['April King']);
    expect(anonymise('Sponsor: June Baker. June wants a report monthly.', lexicon, { language: 'en', mode: 'placeholders' }).text).toBe('Sponsor: [Person 1]. [Person 1] wants a report monthly.');
  });

  it('is a given name in English before a verb of speech or will ("May said", "June wants"), not before "is"', () => {
    expect(people("May said she's thinking of quitting. June wants a report. May is a busy month.", 'en')).toEqual(['May', 'June']);
  });

  it('stays the date before a popular first name, a place or a number', () => {
    expect(people('In May Paul came. In May London was wet. See you in April 2026.', 'en')).toEqual(['Paul']);
  });

  it('is a given name in French before any name, since French writes its months in lower case ("Mai Nguyen", "Avril Martin")', () => {
    expect(people('Mai Nguyen a appelé. Hier, Avril Martin est venue.')).toEqual(['Mai Nguyen', 'Avril Martin']);
    expect(people('Mai 2024 : bilan avec Julie.')).toEqual(['Julie']);
  });
});

describe('a frequent surname that is also a word, first in its sentence', () => {
  it('is someone before a verb that follows its subject: "Boucher a dit non", "- Fontaine est partie"', () => {
    expect(people('Boucher a dit non.')).toEqual(['Boucher']);
    expect(people('- Fontaine est partie tôt.')).toEqual(['Fontaine']);
  });

  it('is a word in English where a modal opens the sentence before a bare verb, or a verb before its object', () => {
    expect(people('Will send the invoice. May I ask? Mark the date. Bill the client. Dawn of a new era.', 'en')).toEqual([]);
    expect(people('Will said yes. Mark called.', 'en')).toEqual(['Will', 'Mark']);
  });

  it('is someone in English before a verb of speech or decision, and where it owns something', () => {
    expect(people('Baker said the board would decide. Smith disagreed. White wants more.', 'en')).toEqual(['Baker', 'Smith', 'White']);
    expect(people("The target was missed by Brown's team.", 'en')).toEqual(['Brown']);
  });

  it('is someone before the pronoun or the negation that stands before the verb: "Petit m\'a écrit", "Chevalier ne valide"', () => {
    expect(people("Petit m'a envoyé un mail hier.")).toEqual(['Petit']);
    expect(people('Chevalier ne valide jamais rien.')).toEqual(['Chevalier']);
    expect(people('Blanc lui a répondu sèchement.')).toEqual(['Blanc']);
    expect(people('Petit à petit, elle reprend confiance.')).toEqual([]);
  });

  it('stays the word before "est" and a determiner, which says what the word is', () => {
    expect(people('Picard est un mot. Blanc est la couleur de la paix.')).toEqual([]);
  });
});

describe('a locution opening a testimonial', () => {
  it('is read as the locution ("Grâce à ces séances"), while "Claire à Paris" is still her', () => {
    expect(people("« Grâce à ces séances, j'ai pu avancer. »")).toEqual([]);
    expect(people('Claire à Paris pour le séminaire.')).toEqual(['Claire']);
  });
});

describe('"de" and "des" after a name', () => {
  it('is "of" after a word of kinship, whatever the first name: the person begins after it', () => {
    expect(people("C'est le frère de Mody Traoré. Sa sœur de cœur est là.")).toEqual(['Mody Traoré']);
    expect(people('Il est le père de Bachana Tskhadadze.')).toEqual(['Bachana Tskhadadze']);
    // After a form of address, the particle is the name's.
    expect(people('M. de Rênal entra.')).toEqual(['de Rênal']);
  });

  it('leads from a first name and a surname to a team or a party when it is "des", and stays in a noble name', () => {
    // "Rays" is then read by itself (and masked, whatever it is taken for).
    expect(people('Il a battu Jeremy Hellickson des Rays au premier tour.')[0]).toBe('Jeremy Hellickson');
    expect(people('Valéry Giscard d’Estaing et Madeleine des Ormeaux sont cités.')).toEqual(['Valéry Giscard d’Estaing', 'Madeleine des Ormeaux']);
  });
});

describe('a line in the other language', () => {
  it('opens on a word of that language, not on a person: an English draft quotes French records', () => {
    const english = (text: string) => detect(text, lexicon, { language: 'en' }).filter((d) => d.type === 'person').map((d) => text.slice(d.start, d.end));
    expect(english("We set the session's objective:\nAborder la prochaine réunion sereinement.")).toEqual([]);
    expect(english('In their own place:\nCrispée, les yeux baissés.')).toEqual([]);
    // A first name is still a first name, whatever the other language makes of it.
    expect(english('The client tells me:\nClaire a tout compris.')).toEqual(['Claire']);
  });
});

describe('a title followed by "de", "du" or an article', () => {
  it('is an office and what it serves, not a person, when a common word follows', () => {
    expect(people('René Mayer, Président du Conseil, y mit fin en 1953.')).toEqual(['René Mayer']);
    expect(people('Monsieur le Commissaire, j’ai quelques questions.')).toEqual([]);
  });

  it('is the body the office serves after "de la" or "du"', () => {
    const text = 'Luciano Moggi, directeur général de la Juventus, et Pierluigi Pairetto.';
    expect(people(text)).toEqual(['Luciano Moggi', 'Pierluigi Pairetto']);
    expect(typed(text)).toContainEqual(['Juventus', 'organisation']);
  });

  it('is the place, then the person who held the office there', () => {
    const text = "L'ancien président de Serbie Milan Milutinovic a été inculpé.";
    expect(people(text)).toEqual(['Milan Milutinovic']);
    expect(typed(text).some(([words, type]) => !!words?.includes('Serbie') && type !== 'person')).toBe(true);
  });

  it('is still the name after a form of address, a rank or a title of nobility', () => {
    expect(people('Il sert dans la compagnie de M. des Essarts.')).toEqual(['des Essarts']);
    expect(people('Le général de Gaulle reçut le comte de Thaler.')).toEqual(['de Gaulle', 'de Thaler']);
  });
});

describe('a country or a large town that is no popular first name', () => {
  it('stays a place where the model is unsure it is a person', () => {
    const text = 'Le litige avec Taïwan qui exige des fonds.';
    expect(people(text)).toEqual([]);
    expect(typed(text)).toContainEqual(['Taïwan', 'place']);
  });

  it('does not make a person of itself elsewhere for beginning a name once', () => {
    const text = 'Thierry Jean-Pierre, Taïwan Connection, 2003. La vente des frégates à Taïwan fut signée.';
    const second = text.lastIndexOf('Taïwan');
    const found = detect(text, lexicon, { language: 'fr' }).find((d) => d.start === second);
    expect(found?.type).toBe('place');
  });
});

describe('a popular first name that is also a well-known place, in a list', () => {
  it('is the place beside a place that is no first name, and stays a person beside a person', () => {
    expect(typed('Paris et Lyon sont loin.')).toEqual([
      ['Paris', 'place'],
      ['Lyon', 'place'],
    ]);
    expect(typed('Entre Lyon et Florence, il hésite.')).toEqual([
      ['Lyon', 'place'],
      ['Florence', 'place'],
    ]);
    expect(people('Florence et Dominique sont venues.')).toEqual(['Florence', 'Dominique']);
  });
});

describe("the practice's own words", () => {
  it('label the parties of a contract or a case, and are no one\'s name', () => {
    expect(people('Coachée : Valérie Lemaire\nCommanditaire : Anne Roy\nBénéficiaire : Luc Noir')).toEqual(['Valérie Lemaire', 'Anne Roy', 'Luc Noir']);
  });
});

describe('a Breton surname first in its sentence ("Le Goff parle peu")', () => {
  it('keeps its particle, which there looks like the article', () => {
    expect(people('Le Goff parle peu. Le Dantec est arrivé.')).toEqual(['Le Goff', 'Le Dantec']);
  });

  it('leaves the article to a word, a place or a thing', () => {
    expect(people('Le Havre est loin. Le Brexit inquiète. La Défense est loin.')).toEqual([]);
  });
});

describe('two frequent surnames that are words, first in the sentence', () => {
  it('are both people where one opens the sentence ("Marchand et Boulanger sont venus")', () => {
    expect(people('Marchand et Boulanger sont venus. Petit, Blanc et Marchand aussi.')).toEqual(['Marchand', 'Boulanger', 'Petit', 'Blanc', 'Marchand']);
    expect(people('Blanc et noir.')).toEqual([]);
  });
});

describe('words of a message that look like names first in a sentence', () => {
  it('leave a verb in the imperative with its pronoun alone ("Appelle-moi demain")', () => {
    expect(people('Appelle-moi demain. Dis-moi si ça te va. Vas-y. Tenez-moi informée. Transmets-lui le devis.')).toEqual([]);
    expect(people('Jean-Louis vient.')).toEqual(['Jean-Louis']);
  });

  it('leave an adjective before its noun alone, though it is a given name ("Belle journée !")', () => {
    expect(people('Belle journée ! Petite question : tu viens ? Bonne continuation Karim')).toEqual(['Karim']);
    expect(people('Belle a appelé.')).toEqual(['Belle']);
  });

  it('leave a locution after a greeting\'s comma alone ("Bonjour Laure, Suite à notre échange")', () => {
    expect(people('Bonjour Laure, Suite à notre échange, je vous envoie le devis.')).toEqual(['Laure']);
  });
});

describe('a town that is also a word, heading a letter before its date', () => {
  it('is that town ("Tours, le 3 mars 2024")', () => {
    expect(typed('Tours, le 3 mars 2024\nMadame,')).toEqual([['Tours', 'place'], ['3 mars 2024', 'date']]);
    expect(typed('Madame,\nSens, le 4/05/2024')).toEqual([['Sens', 'place'], ['4/05/2024', 'date']]);
  });

  it('stays a word without the date after it', () => {
    expect(typed('Tours, détours et retours.')).toEqual([]);
  });
});

describe('a town that is also a word, where the words around say it is the town', () => {
  it('is the town after a verb of moving, after what a town has and "de", and before another place of a list', () => {
    expect(typed('Il a quitté Tours pour Bordeaux.')).toEqual([['Tours', 'place'], ['Bordeaux', 'place']]);
    expect(typed('Le CHU de Tours cherche un cadre.')).toEqual([['Tours', 'place']]);
    expect(typed('Entre Tours et Blois.')).toEqual([['Tours', 'place'], ['Blois', 'place']]);
  });

  it("is the town with its department's number, after a firm's agency and \"de\", after a form's label", () => {
    expect(typed('Assistante comptable, Cabinet Fidal, Tours (37)').filter(([, type]) => type === 'place')).toEqual([['Tours', 'place']]);
    expect(typed('Agence de Tours')).toEqual([['Tours', 'place']]);
    expect(typed('Lieu : Tours')).toEqual([['Tours', 'place']]);
  });

  it('is the place where someone lives, was born or grew up, though no list knows it but as a word', () => {
    expect(typed('Elle a grandi à Percé, elle habite à Ronce depuis dix ans.').filter(([, type]) => type === 'place')).toEqual([['Percé', 'place'], ['Ronce', 'place']]);
    expect(typed('She grew up in Dingle and now lives in Deal.', 'en')).toEqual([['Dingle', 'place'], ['Deal', 'place']]);
    // A month is the date it names; "moved to" a team is no place.
    expect(typed('She was born in May and moved to Sales in March.', 'en').map(([w]) => w)).not.toContain('May');
    expect(typed('Elle est née à Mars, dit-elle en riant.').map(([w]) => w)).not.toContain('Mars');
  });

  it("is the town in English where a firm's site is named by it: \"the Bath branch\", \"the Rugby office\"", () => {
    expect(typed('She manages the Bath branch. We met at the Rugby office.', 'en').filter(([, type]) => type === 'place')).toEqual([['Bath', 'place'], ['Rugby', 'place']]);
    expect(typed('She took a bath. The rugby team won.', 'en')).toEqual([]);
  });

  it('stays the word in lower case', () => {
    expect(typed('Il fait des tours et des détours.')).toEqual([]);
  });
});

describe('a heading in capitals', () => {
  it('is words, though the model reads a capitalised word alone as a name ("SÉANCE REPORTÉE")', () => {
    expect(people('SÉANCE REPORTÉE')).toEqual([]);
  });

  it('still names the person it holds ("BILAN FINAL DE JULIE", "RÉUNION AVEC MARC DURAND")', () => {
    expect(people('BILAN FINAL DE JULIE\nRÉUNION AVEC MARC DURAND')).toEqual(['JULIE', 'MARC DURAND']);
  });
});

describe('two word-surnames joined by "et", the first of which is also an adjective', () => {
  it('are two people, not an adjective before its noun ("Petit et Blanc sont venus")', () => {
    expect(people('Petit et Blanc sont venus.')).toEqual(['Petit', 'Blanc']);
  });
});
