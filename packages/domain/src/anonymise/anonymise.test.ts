import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise, detect } from './anonymise.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { COMMON_SURNAMES } from './surnames.js';
import type { Detection, KnownEntity } from './types.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
}, 60_000);

const found = (text: string, d: Detection[]) => d.map((s) => [text.slice(s.start, s.end), s.type]);
const typesOf = (text: string, language: 'fr' | 'en' = 'fr', known: KnownEntity[] = []) => found(text, detect(text, lexicon, { language, known }));

const SOPHIE: KnownEntity = { id: 'c1', type: 'person', name: 'Sophie Martin-Lagarde', gender: 'f', role: { fr: 'la consultante', en: 'the consultant' } };
const ARVEL: KnownEntity = { id: 'o1', type: 'organisation', name: 'Arvel Conseil', aliases: ['Arvel'], role: { fr: 'son entreprise', en: 'her company' } };

describe('contact details and identifiers', () => {
  it('finds e-mail addresses, phone numbers in French and international formats, and links', () => {
    const text = 'Écrivez à sophie.martin@arvel.fr, appelez le 06 12 34 56 78, le 01.42.68.53.00 ou le +33 6 12 34 56 78 (+44 20 7946 0958). Voir https://arvel.fr/equipe et www.exemple.org.';
    const d = typesOf(text);
    expect(d).toContainEqual(['sophie.martin@arvel.fr', 'email']);
    expect(d).toContainEqual(['06 12 34 56 78', 'phone']);
    expect(d).toContainEqual(['01.42.68.53.00', 'phone']);
    expect(d).toContainEqual(['+33 6 12 34 56 78', 'phone']);
    expect(d).toContainEqual(['+44 20 7946 0958', 'phone']);
    expect(d).toContainEqual(['https://arvel.fr/equipe', 'url']);
    expect(d).toContainEqual(['www.exemple.org', 'url']);
  });

  it('finds a profile’s path without its site: "/in/sophie-marchand"', () => {
    const out = anonymise('Son LinkedIn : /in/sophie-marchand ; la page /company/arvel-conseil/ ; 3/in/4.', lexicon, { language: 'fr', mode: 'placeholders' }).text;
    expect(out).not.toMatch(/marchand|arvel/iu);
    expect(out).toContain('3/in/4');
  });

  it('reads a phone number written without its country code as British or American in English notes', () => {
    const text = 'Mobile 07911 123456, office 020 7946 0018, Boston (617) 555-0123.';
    expect(typesOf(text, 'en').filter(([, type]) => type === 'phone')).toEqual([
      ['07911 123456', 'phone'],
      ['020 7946 0018', 'phone'],
      ['(617) 555-0123', 'phone'],
    ]);
  });

  it('finds a made-up phone number the phone library calls invalid', () => {
    expect(typesOf('Son portable : 06 00 00 00 00.')).toContainEqual(['06 00 00 00 00', 'phone']);
  });

  it('finds an IBAN, a SIRET, a SIREN and a social security number', () => {
    const text = 'IBAN FR76 3000 6000 0112 3456 7890 189, SIRET 732 829 320 00074, SIREN 732829320, n° de sécurité sociale 2 84 05 75 123 456 78.';
    const d = typesOf(text);
    expect(d).toContainEqual(['FR76 3000 6000 0112 3456 7890 189', 'identifier']);
    expect(d).toContainEqual(['732 829 320 00074', 'identifier']);
    expect(d).toContainEqual(['732829320', 'identifier']);
    expect(d).toContainEqual(['2 84 05 75 123 456 78', 'identifier']);
  });

  it('finds addresses and postcodes', () => {
    const d = typesOf('Le cabinet est au 12 bis rue des Lilas, 34000 Montpellier. In London: 221B Baker Street, NW1 6XE.');
    expect(d).toContainEqual(['12 bis rue des Lilas', 'place']);
    expect(d).toContainEqual(['34000 Montpellier', 'place']);
    expect(d.some(([t, type]) => type === 'place' && t!.includes('Baker Street'))).toBe(true);
    expect(d).toContainEqual(['NW1 6XE', 'place']);
  });

  it('finds dates and precise times in French and English', () => {
    expect(typesOf('La réunion du 12 mars 2024 à 14h30, puis le 03/04/2024.')).toEqual(
      expect.arrayContaining([
        [expect.stringContaining('12 mars 2024'), 'date'],
        ['03/04/2024', 'date'],
      ]),
    );
    expect(typesOf('We met on March 12, 2024 at 2:30 pm.', 'en')).toEqual(expect.arrayContaining([[expect.stringContaining('March 12, 2024'), 'date']]));
  });
});

describe('names', () => {
  it('finds names with titles, in capitals, compound and hyphenated, with particles and initials', () => {
    const d = typesOf("Présents : M. Dupont, Mme Lefèvre, le Dr Benali, Jean-Marc de La Salle, S. Girard et MARC DURAND.");
    for (const name of ['Dupont', 'Lefèvre', 'Benali', 'Jean-Marc de La Salle', 'S. Girard', 'MARC DURAND']) expect(d).toContainEqual([name, 'person']);
  });

  it('does not take a heading in capitals for a name', () => {
    const d = typesOf('COMPTE RENDU DE LA SÉANCE AVEC MARC DURAND');
    expect(d).toContainEqual(['MARC DURAND', 'person']);
    expect(d.map(([t]) => t)).not.toContain('COMPTE RENDU DE LA SÉANCE AVEC MARC DURAND');
  });

  it('finds a name split across two lines as one name', () => {
    expect(typesOf('Elle a revu Jean-Pierre\nMoreau hier.')).toContainEqual(['Jean-Pierre\nMoreau', 'person']);
  });

  it('finds names after an elision and before a possessive', () => {
    expect(typesOf("Le bureau d'Anne est fermé.")).toContainEqual(['Anne', 'person']);
    expect(typesOf("Anne's report was late.", 'en')).toContainEqual(['Anne', 'person']);
  });

  it('finds organisations by legal form and by the noun before them, and roles joined to them', () => {
    const d = typesOf("Elle travaille chez Arvel SAS depuis que l'entreprise Dupont a fermé ; le DG d'Arvel l'a recrutée.");
    expect(d).toContainEqual(['Arvel SAS', 'organisation']);
    expect(d).toContainEqual(['Dupont', 'organisation']);
    expect(d).toContainEqual(["DG d'Arvel", 'role']);
    // Her partner, her manager: no firm's role.
    const of = anonymise("C'est l'ancien associé d'Isabelle, et le manager de Julie.", lexicon, { language: 'fr', mode: 'initials' }).text;
    expect(of).toBe("C'est l'ancien associé d'I., et le manager de J.");
  });

  it('finds places from the communes, regions and countries lists', () => {
    const d = typesOf('Elle vit à Montpellier, a grandi en Bretagne et part au Canada.');
    expect(d).toContainEqual(['Montpellier', 'place']);
    expect(d).toContainEqual(['Bretagne', 'place']);
    expect(d).toContainEqual(['Canada', 'place']);
  });

  it('finds English names with titles and first names', () => {
    const d = typesOf('Dr. John Smith met Mary O\'Neill and the CEO of Acme Inc. in Manchester.', 'en');
    expect(d).toContainEqual(['John Smith', 'person']);
    expect(d).toContainEqual(["Mary O'Neill", 'person']);
    expect(d.some(([t, type]) => type === 'role' && t!.startsWith('CEO of Acme'))).toBe(true);
  });

  it('leaves common words at the start of a sentence alone', () => {
    const d = typesOf('Nous avons travaillé sur la confiance. Ensuite, elle a posé ses limites.');
    expect(d).toEqual([]);
  });
});

describe("the practice's records", () => {
  it('never misses a recorded name: in part, in capitals, without accents, hyphen or with a typo', () => {
    const known = [{ ...SOPHIE, name: 'Hélène Martin-Lagarde' }];
    const text = 'HELENE MARTIN LAGARDE a écrit. Hélène est venue ; helene aussi ; Martin-Lagarde, puis Hélène Martin-Lagard.';
    const d = detect(text, lexicon, { language: 'fr', known });
    const recorded = found(text, d.filter((s) => s.source === 'records'));
    expect(recorded).toEqual([
      ['HELENE MARTIN LAGARDE', 'person'],
      ['Hélène', 'person'],
      ['helene', 'person'],
      ['Martin-Lagarde', 'person'],
      ['Hélène Martin-Lagard', 'person'],
    ]);
  });

  it('finds a recorded organisation by its alias', () => {
    const text = 'Chez Arvel, la réunion a eu lieu.';
    expect(found(text, detect(text, lexicon, { language: 'fr', known: [ARVEL] }))).toContainEqual(['Arvel', 'organisation']);
  });
});

describe('replacement', () => {
  const text = "Sophie Martin-Lagarde prépare la réunion. Le directeur d'Arvel Conseil, Marc Durand, l'a appelée. Sophie lui répond ; Mme Martin-Lagarde est sereine. M. Durand aussi.";

  it('replaces every mention of one person the same way, in initials', () => {
    const r = anonymise(text, lexicon, { language: 'fr', mode: 'initials', known: [SOPHIE, ARVEL] });
    expect(r.text).not.toMatch(/Sophie|Martin|Lagarde|Durand|Arvel/);
    const sophie = r.spans.filter((s) => text.slice(s.start, s.end).match(/Sophie|Martin/)).map((s) => s.replacement);
    expect(new Set(sophie)).toEqual(new Set(['S.']));
    const marc = r.spans.filter((s) => text.slice(s.start, s.end).includes('Durand')).map((s) => s.replacement);
    expect(new Set(marc)).toEqual(new Set(['M.']));
  });

  it('uses the recorded roles in roles mode', () => {
    const r = anonymise(text, lexicon, { language: 'fr', mode: 'roles', known: [SOPHIE, ARVEL] });
    expect(r.text.startsWith('La consultante prépare la réunion.')).toBe(true);
    expect(r.text).toContain("Le directeur d'une entreprise");
    expect(r.text).toContain('; la consultante est sereine');
  });

  it('gives plausible pseudonyms of the same gender, the surname alone where the text has it alone', () => {
    const r = anonymise(text, lexicon, { language: 'fr', mode: 'pseudonyms', known: [SOPHIE, ARVEL] });
    const full = r.spans.find((s) => text.slice(s.start, s.end) === 'Sophie Martin-Lagarde')!.replacement;
    const [first, last] = full.split(' ');
    expect(r.text).toContain(`${first} lui répond`);
    expect(r.text).toContain(`Mme ${last} est sereine`);
    expect(lexicon.firstNames.get(first!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))).toBe('f');
    expect(r.text).not.toMatch(/Sophie|Lagarde|Durand/);
  });

  it('numbers placeholders per entity', () => {
    const r = anonymise('Marc Durand a vu Julie Bernard, puis Marc Durand est parti.', lexicon, { language: 'fr', mode: 'placeholders' });
    expect(r.text).toBe('[Personne 1] a vu [Personne 2], puis [Personne 1] est parti.');
  });

  it('keeps the elision right and generalises a place with its preposition', () => {
    const text = "Le bureau d'Anne Girard est à Montpellier.";
    expect(anonymise(text, lexicon, { language: 'fr', mode: 'initials' }).text).toBe("Le bureau d'A. est dans une grande ville du sud de la France.");
    expect(anonymise(text, lexicon, { language: 'fr', mode: 'placeholders' }).text).toBe('Le bureau de [Personne 1] est à [Lieu 1].');
    expect(anonymise(text, lexicon, { language: 'fr', mode: 'pseudonyms' }).text).toMatch(/^Le bureau (d'[AEIOUYH]|de [^AEIOUYH])\p{L}+ \p{L}+ est dans une grande ville du sud de la France\.$/u);
  });

  it('takes "d\'" for the particle of the name after a word no "de" follows ("chez d\'Almeida")', () => {
    expect(anonymise("On a dîné chez d'Almeida. Le bureau d'Almeida est fermé.", lexicon, { language: 'fr', mode: 'placeholders' }).text).toBe('On a dîné chez [Personne 1]. Le bureau de [Personne 1] est fermé.');
    expect(anonymise("On a dîné chez d'Almeida.", lexicon, { language: 'fr', mode: 'initials' }).text).toBe("On a dîné chez d'A.");
  });

  it('answers with offsets into the input in UTF-16 code units', () => {
    const input = '😀 Réunion avec Julie Bernard.';
    const r = anonymise(input, lexicon, { language: 'fr', mode: 'initials' });
    const span = r.spans.find((s) => s.type === 'person')!;
    expect(input.slice(span.start, span.end)).toBe('Julie Bernard');
    expect(span).toMatchObject({ start: 16, end: 29, source: 'first-names' });
    expect(span.confidence).toBeGreaterThan(0.8);
  });
});

describe('names with particles and titles', () => {
  const text = "J'ai vu M. de Rênal hier ; Rênal m'a parlé de Mme Louise Vallier.";

  it('gives a surname with a particle the initial of the surname, not of the particle', () => {
    // The particle stays where it was written, and the initial ending the sentence does not double its full stop.
    expect(anonymise(text, lexicon, { language: 'fr', mode: 'initials' }).text).toBe("J'ai vu M. de R. hier ; R. m'a parlé de Mme L.");
  });

  it('keeps the particle after a title in the name found, and in front of its initial', () => {
    const text = 'Mme de Marelle est venue. Marelle est repartie avec M. du Roy.';
    const found = anonymise(text, lexicon, { language: 'fr', mode: 'initials' });
    expect(found.spans.map((s) => text.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end))).toEqual(['de Marelle', 'Marelle', 'du Roy']);
    // The full stop of "M." ends no sentence: the particle after it stays in lower case.
    expect(found.text).toBe('Mme de M. est venue. M. est repartie avec M. du R.');
  });

  it('gives a man named by "M." a surname alone as pseudonym, the same each time, and a woman a woman’s first name', () => {
    const out = anonymise(text, lexicon, { language: 'fr', mode: 'pseudonyms' });
    const [, man, again, woman] = /^J'ai vu M\. (?:de )?(\S+) hier ; (\S+) m'a parlé de Mme (.+)\.$/u.exec(out.text) ?? [];
    expect(man).toBeTruthy();
    expect(again).toBe(man);
    // A surname for a surname, although "Rênal" is also a first name in the lists.
    expect(COMMON_SURNAMES).toContain(man);
    expect(lexicon.firstNames.get(woman!.split(' ')[0]!.toLowerCase())).toBe('f');
    const spans = out.spans.filter((s) => s.type === 'person');
    expect(spans[0]!.gender).toBe('m');
  });

});

describe('replacements that read as French', () => {
  const known: KnownEntity[] = [
    { id: 'o1', type: 'organisation', name: 'Biscuiterie Lemoine', role: { fr: 'son organisation', en: 'her organisation' } },
    { id: 'p1', type: 'person', name: 'Direction des ressources humaines', role: { fr: 'la personne de contact', en: 'the contact' } },
    { id: 'c1', type: 'person', name: 'Claire Vasseur', gender: 'f', role: { fr: 'la consultante', en: 'the consultant' } },
  ];
  const run = (text: string, mode: 'initials' | 'roles' | 'pseudonyms' | 'placeholders' = 'roles') => anonymise(text, lexicon, { language: 'fr', mode, known }).text;

  it('lets a replacement with its own determiner take the place of the article before the name', () => {
    expect(run('Elle a quitté la Biscuiterie Lemoine.')).toBe('Elle a quitté son organisation.');
    expect(run('Elle parle de la Biscuiterie Lemoine et du rachat.')).toBe('Elle parle de son organisation et du rachat.');
    expect(run('La Biscuiterie Lemoine recrute.')).toBe('Son organisation recrute.');
    expect(run('Il dirige la société Nexalis.', 'initials')).toBe("Il dirige l'entreprise A.");
  });

  it('finds a recorded description whole, never one of its common words alone', () => {
    expect(run('Elle a vu la Direction des ressources humaines.')).toBe('Elle a vu la personne de contact.');
    expect(run('La direction a changé ; la Direction aussi.')).not.toContain('personne de contact');
  });

  it('finds a recorded name written in lower case when it is the whole name', () => {
    expect(run('Un message de claire vasseur ce matin.')).toBe('Un message de la consultante ce matin.');
    expect(run('Une eau claire ce matin.')).toBe('Une eau claire ce matin.');
  });

  it('keeps the elision of the text and gives one person one pseudonym of the gender the text tells', () => {
    const out = run("Le père d'Antoine Lefèvre est là. Antoine est inquiet.", 'pseudonyms');
    const [, article, full, first] = /^Le père (d['’]|de )(\S+ \S+) est là\. (\S+) est inquiet\.$/u.exec(out) ?? [];
    expect(full, out).toBeTruthy();
    // The text's "d'" stays before a vowel and becomes "de" before a consonant.
    expect(article === 'de ', out).toBe(/^[^AEIOUYHÉÈÊ]/u.test(full!));
    expect(full!.split(' ')[0]).toBe(first);
    expect(lexicon.firstNames.get(first!.toLowerCase())).toBe('m');
    expect(run("Le père d'Antoine Lefèvre est là.", 'initials')).toBe("Le père d'A. est là.");
  });

  it('tells two places apart when they would read the same, and masks a street, a month with its year and a time whole', () => {
    expect(run('Elle quitte Annecy pour Lyon.')).toBe('Elle quitte une grande ville du sud-est de la France pour une autre grande ville du sud-est de la France.');
    // The place's own article gives way to the replacement's: "pour la Floride", "du Texas".
    expect(run('Elle quitte Montréal pour la Floride.')).toBe("Elle quitte une grande ville étrangère pour une région à l'étranger.");
    expect(run('Elle revient du Texas et de la Bretagne.')).toBe("Elle revient d'une région à l'étranger et d'une région de l'ouest de la France.");
    const out = anonymise('Depuis mars 2023, rendez-vous rue Carnot le 19/03/2024 à 14 h. On dîne chez Orange.', lexicon, { language: 'fr', mode: 'placeholders' });
    expect(out.text).toBe('Depuis [date], rendez-vous [Lieu 1] le [date]. On dîne chez [Organisation 1].');
  });

  it('generalises a town abroad by its size, and reads a country or a city of several words whole', () => {
    // Sochaczew (38,000 inhabitants) and Bizerte (115,000) are in no French list, only in the world's towns.
    expect(run('Il a été muté à Sochaczew, puis à Bizerte.')).toBe('Il a été muté dans une ville étrangère, puis dans une grande ville étrangère.');
    // Word by word, "Rica" read as a surname.
    expect(run('Elle est née au Costa Rica et a grandi à Buenos Aires.')).toBe('Elle est née dans un pays et a grandi dans une grande ville étrangère.');
    // "La" is a first name somewhere in the lists; before "Grèce", in a heading with no full stop, it is the article.
    expect(typesOf('CORRESPONDANCE La Grèce veut des navires.')).toContainEqual(['Grèce', 'place']);
  });
});

describe('a recorded name signed with an initial', () => {
  it('masks "C. VASSEUR" as one mention of Claire Vasseur', () => {
    const known: KnownEntity[] = [{ id: 'c1', type: 'person', name: 'Claire Vasseur', gender: 'f', role: { fr: 'la consultante', en: 'the consultant' } }];
    const text = 'Bien à vous,\nC. VASSEUR';
    const out = anonymise(text, lexicon, { language: 'fr', mode: 'initials', known });
    expect(out.spans.map((s) => [text.slice(s.start, s.end), s.source])).toEqual([['C. VASSEUR', 'records']]);
    expect(out.text).toBe('Bien à vous,\nC.');
  });

  it('masks "Claire V." on a board label as one mention of her, the initial of her surname with it', () => {
    const known: KnownEntity[] = [{ id: 'c1', type: 'person', name: 'Claire Vasseur', gender: 'f', role: { fr: 'la personne accompagnée', en: 'the client' } }];
    const out = anonymise('Claire V.\nSon équipe', lexicon, { language: 'fr', mode: 'roles', known });
    expect(out.text).toBe('La personne accompagnée\nSon équipe');
    // Another initial is another person's: "Claire M." is not her.
    expect(anonymise('Claire M. arrive.', lexicon, { language: 'fr', mode: 'roles', known }).spans[0]).toMatchObject({ start: 0, end: 6, source: 'records' });
  });
});

describe('French liaisons around a replacement', () => {
  it('elides and contracts as French does: "d\'une ville…", "du client", "au client", "qu\'A."', () => {
    const places = anonymise('Elle vient de La Rochelle. Il arrive de Lyon.', lexicon, { language: 'fr' }).text;
    expect(places).toMatch(/^Elle vient d'une ville [^.]+\. Il arrive d'une grande ville [^.]+\.$/);
    const known = [{ id: 'c', type: 'person' as const, name: 'Marc Dupont', role: { fr: 'le client', en: 'the client' } }];
    expect(anonymise('Le dossier de Marc Dupont avance. Je parle à Marc Dupont.', lexicon, { language: 'fr', mode: 'roles', known }).text).toBe('Le dossier du client avance. Je parle au client.');
    expect(anonymise('Il dit que Anne Girard viendra.', lexicon, { language: 'fr' }).text).toBe("Il dit qu'A. viendra.");
    // "d'Antoine" as a role: the "de" the fitting wrote contracts too.
    const antoine = [{ id: 'a', type: 'person' as const, name: 'Antoine Morel', role: { fr: 'le client', en: 'the client' } }];
    expect(anonymise("Le père d'Antoine est venu.", lexicon, { language: 'fr', mode: 'roles', known: antoine }).text).toBe('Le père du client est venu.');
    // Only a word of its own joins, on the same line, and never reaching into the previous replacement.
    expect(anonymise('Le monde   Anne Girard attend.', lexicon, { language: 'fr' }).text).not.toContain("mond'");
    expect(anonymise('Le livre de\n\nAnne Girard est là.', lexicon, { language: 'fr' }).text).toContain('de\n\nA.');
    // "de" before a consonant and English text are left as they were.
    expect(anonymise('Le dossier de Marc Dupont avance.', lexicon, { language: 'fr' }).text).toBe('Le dossier de M. avance.');
  });
});

describe('a company with its legal form at the end of a sentence', () => {
  it('keeps the sentence its full stop, and leaves out the word that opens the sentence', () => {
    const en = anonymise('She joined Acme Ltd. He wrote to her. Then Acme Ltd. was sold.', lexicon, { language: 'en', mode: 'placeholders' });
    expect(en.text).toBe('She joined [Organisation 1]. He wrote to her. Then [Organisation 1] was sold.');
    const fr = anonymise('Puis Dupont SARL a fermé. Elle voit S. Il part.', lexicon, { language: 'fr', mode: 'placeholders' });
    expect(fr.text).toBe('Puis [Organisation 1] a fermé. Elle voit [Personne 1]. Il part.');
  });

  it('opens the firm’s name too, and does not join the signature on the line above', () => {
    const signed = anonymise('Cordialement,\nMarc Lemoine\nSARL Lemoine Conseil', lexicon, { language: 'fr', mode: 'placeholders' });
    expect(signed.text).toBe('Cordialement,\n[Personne 1]\n[Organisation 1]');
    expect(anonymise('Elle est gérante de la SAS Kerbrat depuis mai.', lexicon, { language: 'fr', mode: 'placeholders' }).text).toBe('Elle est gérante de la [Organisation 1] depuis mai.');
  });
});

describe('one person or organisation named several ways', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 120_000);
  const initials = (text: string) => anonymise(text, lexicon, { language: 'fr', mode: 'initials' });

  it('joins the initials of a hyphenated first name ("J.-B.", "JB") to the man they abbreviate', () => {
    const r = initials('Jean-Baptiste Leroux est DRH. JB a évoqué son patron ; J.-B. en parle souvent.');
    expect(r.text).toBe('J. est DRH. J. a évoqué son patron ; J. en parle souvent.');
    expect(new Set(r.spans.map((s) => s.entity)).size).toBe(1);
  });

  it('calls a person of three names by her middle one as by her whole name ("Lan" of "Thi Lan Nguyen")', () => {
    expect(initials('Thi Lan Nguyen revient. Lan dit non.').text).toBe('T. revient. T. dit non.');
  });

  it('gives "P. Lenoir" the replacement of the Patrick Lenoir the text names, before or after', () => {
    expect(initials('Le sponsor, Patrick Lenoir, signe. Point avec P. Lenoir.').text).toBe('Le sponsor, P., signe. Point avec P.');
    const r = anonymise('P. Lenoir arrive. Plus tard, Patrick Lenoir parle.', lexicon, { language: 'fr', mode: 'pseudonyms' });
    expect(new Set(r.spans.map((s) => s.entity)).size).toBe(1);
  });

  it('reads "JF" as the Jean-François of the text or of the records, not as an acronym', () => {
    const note = 'Jean-François Kessler est loin. Elle regarde la figurine de JF.';
    expect(initials(note).text).toBe('J. est loin. Elle regarde la figurine de J.');
    const kessler: KnownEntity = { id: 'k1', type: 'person', name: 'Jean-François Kessler', gender: 'm', role: { fr: 'son manager', en: 'her manager' } };
    const roles = anonymise('La figurine de JF est loin. J.-F. sourit. Une jf passe.', lexicon, { language: 'fr', mode: 'roles', known: [kessler] });
    // Only in capitals: "jf" in lower case is another word.
    expect(roles.text).toBe('La figurine de son manager est loin. Son manager sourit. Une jf passe.');
  });

  it('gives the first words of an organisation ("la Caisse") the replacement of its whole name', () => {
    const r = anonymise("Il travaille à la Caisse d'Épargne Rhône-Alpes. Il a rejoint la Caisse en 2019.", lexicon, { language: 'fr', mode: 'roles' });
    const organisations = r.spans.filter((s) => s.type === 'organisation');
    expect(organisations).toHaveLength(2);
    expect(organisations[0]!.entity).toBe(organisations[1]!.entity);
    expect(organisations[0]!.replacement.replace(/^à /, '')).toBe(organisations[1]!.replacement);
  });

  it('reads "CHU de Grenoble" as a hospital and its town, and "à la Toussaint" as the holiday', () => {
    const text = 'Sa femme est infirmière au CHU de Grenoble. Il part à la Toussaint.';
    const found = initials(text).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);
    expect(found).toEqual([
      ['CHU', 'organisation'],
      ['Grenoble', 'place'],
    ]);
  });
});
