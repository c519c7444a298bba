import { beforeAll, describe, expect, it } from 'vitest';
import { detect } from '../anonymise.js';
import { loadLexicon, type Lexicon } from '../lexicon.js';
import { ruleNames } from '../names.js';
import { tokenize } from '../text.js';
import type { KnownEntity } from '../types.js';
import { featureHash, HashSink, letterFacts, NameSink, slowLetterFacts } from './features.js';
import { candidateWords, classOf, parseModel } from './model.js';
import { WEIGHTS } from './weights.js';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon();
}, 60_000);

const found = (text: string, language: 'fr' | 'en' = 'fr', known: KnownEntity[] = []) => detect(text, lexicon, { language, known }).map((d) => [text.slice(d.start, d.end), d.type]);
const people = (text: string, language: 'fr' | 'en' = 'fr') => found(text, language).filter(([, type]) => type === 'person').map(([t]) => t);

describe('the name model on short French sentences', () => {
  it('finds names after titles and forms of address', () => {
    expect(people('M. Dupont et Mme Lefèvre sont arrivés en retard.')).toEqual(['Dupont', 'Lefèvre']);
    expect(people('Suite à notre échange, Monsieur Okafor confirme ; le Dr Benali aussi.')).toEqual(['Okafor', 'Benali']);
  });

  it('finds hyphenated first names and surnames whole', () => {
    expect(people('Jean-Baptiste a revu Marie-Claire et Nathalie Gervais-Roux.')).toEqual(['Jean-Baptiste', 'Marie-Claire', 'Nathalie Gervais-Roux']);
  });

  it('finds a popular first name that is also a town or a country where the words say it is someone', () => {
    expect(people('Elle a parlé à Florence Dubois.')).toEqual(['Florence Dubois']);
    expect(people("J'ai vu Dominique hier, elle va mieux.")).toEqual(['Dominique']);
    expect(found('Elle vit à Florence, puis part à la Dominique.').map(([, type]) => type)).toEqual(['place', 'place']);
  });

  it('leaves a heading’s label alone: a common word before its number, or after a dash', () => {
    expect(people("Promo 3, Journée 1 : Rappel des objectifs – Point d'étape. KARIM B. – BILAN")).toEqual(['KARIM B.']);
    expect(people('Louis 14 est là.')).toEqual(['Louis']);
  });

  it('finds a first name written with an accent its title never has: "Máire" is no mayor', () => {
    expect(people('Séance avec Máire hier. Le Père Martin et le Préfet sont venus.')).toEqual(['Máire', 'Martin']);
  });

  it('finds names written in capitals', () => {
    expect(people('Compte rendu rédigé par SOPHIE MARTIN.')).toEqual(['SOPHIE MARTIN']);
  });

  it("finds a name after an elision: d'Anne, d'Hélène", () => {
    expect(people("Le bureau d'Anne Girard est fermé ; l'avis d'Hélène compte.")).toEqual(['Anne Girard', 'Hélène']);
  });

  it('finds a name that opens a sentence', () => {
    expect(people('Durand a répondu le lendemain. Okonkwo aussi.')).toEqual(['Durand', 'Okonkwo']);
    expect(people('Claire a dit oui.')).toEqual(['Claire']);
  });

  it('leaves a common word that opens a clause after a colon alone', () => {
    expect(people("Objectif : Préparer l'entretien avec sa Direction. Motif : Claire veut changer.")).toEqual(['Claire']);
  });

  it('leaves a common word that opens a sentence alone', () => {
    expect(found('Ensuite, elle a hésité. Petit à petit, la confiance revient.')).toEqual([]);
  });

  it('leaves a common word after a possessive alone, but not a first name', () => {
    expect(people('Nous parlons de votre Équipe et de leur Projet.')).toEqual([]);
    expect(people('Elle parle de son Pierre et de notre Philippine.')).toEqual(['Pierre', 'Philippine']);
  });

  it('takes "à Lyon" for a place, not a person', () => {
    expect(found('Elle habite à Lyon et travaille à Villeurbanne.')).toEqual([
      ['Lyon', 'place'],
      ['Villeurbanne', 'place'],
    ]);
  });

  it('reads "le DG de Renault" as a role', () => {
    const d = found('Le DG de Renault a appelé Mme Okonkwo.');
    expect(d).toContainEqual(['DG de Renault', 'role']);
    expect(d).toContainEqual(['Okonkwo', 'person']);
  });

  it('keeps an organisation its legal form or the noun before it names, whatever the model guesses', () => {
    const d = found("Elle quitte Arvel SAS pour l'entreprise Dupont.");
    expect(d).toContainEqual(['Arvel SAS', 'organisation']);
    expect(d).toContainEqual(['Dupont', 'organisation']);
  });

  it('reads a trade and a family name as one business, in a sentence and alone on a label', () => {
    expect(found('Elle travaille à la Biscuiterie Lemoine depuis dix ans.')).toEqual([['Biscuiterie Lemoine', 'organisation']]);
    expect(found('Menuiserie Roux')).toEqual([['Menuiserie Roux', 'organisation']]);
  });

  it('says where a detection comes from in the words of the hand rules', () => {
    const text = 'Réunion avec Julie Bernard et M. Okafor.';
    const d = detect(text, lexicon, { language: 'fr' });
    expect(d.map((s) => [text.slice(s.start, s.end), s.source])).toEqual([
      ['Julie Bernard', 'first-names'],
      ['Okafor', 'context'],
    ]);
    expect(d[0]!.gender).toBe('f');
    for (const s of d) expect(s.confidence).toBeGreaterThan(0.5);
  });
});

describe('English text', () => {
  it('keeps the hand rules: the model learnt French', () => {
    expect(found('Mrs Patel called from Leeds. Dr. Sarah Connor met John Smith in London.', 'en')).toEqual([
      ['Patel', 'person'],
      ['Leeds', 'place'],
      ['Sarah Connor', 'person'],
      ['John Smith', 'person'],
      ['London', 'place'],
    ]);
  });
});

describe("the practice's records come before the model", () => {
  it('catches a recorded name the model never sees: in lower case', () => {
    const text = 'hier, helene et martin-lagarde ont appelé.';
    // Without the records, the first name in lower case is found (lower-case-names.ts), the surname is not.
    expect(found(text)).toEqual([['helene', 'person']]);
    expect(found(text, 'fr', [{ id: 'c1', type: 'person', name: 'Hélène Martin-Lagarde' }])).toEqual([
      ['helene', 'person'],
      ['martin-lagarde', 'person'],
    ]);
  });
});

describe('the shipped model', () => {
  it('hashes a feature the same whether training writes its name or the anonymiser its hash', () => {
    const text = "M. Jean-Marc de La Salle, à Brest : l'entreprise DUPONT SA et Mme Lefèvre (Nº 12) ; Ælfred Œdipe.";
    const tokens = tokenize(text);
    const rules = ruleNames(text, tokens, lexicon, 'fr').sort((a, b) => a.start - b.start);
    const names = new NameSink();
    const hashes = new HashSink();
    candidateWords(tokens, lexicon, 'fr', rules, names);
    candidateWords(tokens, lexicon, 'fr', rules, hashes);
    expect(names.names.length).toBeGreaterThan(100);
    expect([...hashes.ids]).toEqual(names.names.map(featureHash));
  });

  it('reads letters the same from character codes as by regular expressions', () => {
    for (const word of ['Dupont', 'DUPONT', 'Jean-Marc', "N'Diaye", 'Hélène', 'ÉCOLE', 'Nº', 'µm', 'x×y', 'Œdipe', 'Straße', 'KJbFU±SL', 'M.', '3e', 'Ελένη']) {
      expect(letterFacts(word)).toEqual(slowLetterFacts(word));
    }
  });

  it('is small, and its person threshold is low: recall first', () => {
    const model = parseModel(WEIGHTS);
    expect(WEIGHTS.features.length).toBeLessThan(400_000);
    expect(model.thresholds.person).toBeGreaterThan(0);
    expect(model.thresholds.person).toBeLessThan(0.5);
  });

  it('masks a word as a person from a low threshold, unless a place or an organisation is far likelier', () => {
    const t = { person: 0.05, other: 0.5, personOverOther: 0.2 };
    // [none, person, place, organisation]
    expect(classOf([0.9, 0.06, 0.02, 0.02], 0, t)).toBe('person');
    expect(classOf([0.1, 0.2, 0.7, 0], 0, t)).toBe('person');
    // "à Bormio": a person at 0.1, a place at 0.85: masked all the same, as the place.
    expect(classOf([0.05, 0.1, 0.85, 0], 0, t)).toBe('place');
    expect(classOf([0.05, 0.1, 0.05, 0.8], 0, t)).toBe('organisation');
    // Under the person threshold, a place or an organisation needs its own.
    expect(classOf([0.6, 0.01, 0.39, 0], 0, t)).toBe('none');
    expect(classOf([0.45, 0.01, 0.3, 0.24], 0, t)).toBe('place');
    // Without the share, a person wherever the person threshold is reached.
    expect(classOf([0.05, 0.1, 0.85, 0], 0, { person: 0.05, other: 0.5 })).toBe('person');
    // The probabilities of a word further along the array.
    expect(classOf([0, 0, 0, 0, 0.05, 0.1, 0.85, 0], 4, t)).toBe('place');
  });
});
