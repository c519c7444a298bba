import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';
import { fitReplacement } from './fit.js';
import type { Detection, KnownEntity } from './types.js';

const { anonymised } = withLexicon();

const SONIA: KnownEntity = { id: 's1', type: 'person', name: 'Sonia Martin', gender: 'f', role: { fr: 'la personne accompagnée', en: 'the client' } };
const roles = (text: string) => anonymised(text, { mode: 'roles', known: [SONIA] }).text;

describe('a replacement at the start of a sentence', () => {
  it('takes a capital after a dash that opens the line, as a testimonial is signed', () => {
    expect(roles('> Je me sens plus détendue.\n>\n> — Sonia')).toBe('> Je me sens plus détendue.\n>\n> — La personne accompagnée');
  });

  it('keeps its lower case after a dash inside a sentence', () => {
    expect(roles('Elle a dit — Sonia le sait — que tout allait bien.')).toBe('Elle a dit — la personne accompagnée le sait — que tout allait bien.');
  });
});

/** The text with one replacement fitted in, as anonymise() writes it: the stretch from `start` to `end` gives way to the replacement. */
function fitted(text: string, name: string, replacement: string, language: 'fr' | 'en' = 'en', type: Detection['type'] = 'person'): string {
  const at = text.indexOf(name);
  const d: Detection = { start: at, end: at + name.length, type, source: 'first-names', confidence: 0.9 };
  const f = fitReplacement(text, d, replacement, { language, roleMode: false });
  return text.slice(0, f.start) + f.replacement + text.slice(f.end);
}

describe('an English possessive written with an apostrophe alone', () => {
  it('takes its "s" again when the replacement does not end with one', () => {
    expect(fitted("James' team is behind.", 'James', 'Bogdan')).toBe("Bogdan's team is behind.");
    expect(fitted("James' team is behind.", 'James', 'J.')).toBe("J.'s team is behind.");
    expect(fitted("Tim, Greggs' CEO, wants coaching.", 'Greggs', 'the bakery chain', 'en', 'organisation')).toBe("Tim, the bakery chain's CEO, wants coaching.");
  });

  it('is left alone after a replacement that ends with "s", and a closing quotation mark is no possessive', () => {
    expect(fitted("James' team is behind.", 'James', 'Thomas')).toBe("Thomas' team is behind.");
    expect(fitted("She wrote 'James' on the board.", 'James', 'J.')).toBe("She wrote 'J.' on the board.");
    expect(fitted("Ines' coach called.", 'Ines', 'I.', 'fr')).toBe("I.' coach called.");
  });

  it('is rebuilt by the anonymiser, whose span then takes in the apostrophe', () => {
    const out = anonymised("Then James' team met Ines' coach.", { language: 'en' });
    expect(out.text).toBe("Then J.'s team met I.'s coach.");
    expect(out.spans.map((s) => "Then James' team met Ines' coach.".slice(s.start, s.end))).toEqual(["James'", "Ines'"]);
  });
});

describe('a role the words before the name already say', () => {
  const olu: KnownEntity = { id: 's1', type: 'person', name: 'Olu Adeyemi', gender: 'm', role: { fr: 'le RRH', en: 'the HR partner' } };
  const jb: KnownEntity = { id: 's2', type: 'person', name: 'Jean-Baptiste Le Goff', gender: 'm', role: { fr: 'son N+1', en: 'his manager' } };
  const farah: KnownEntity = { id: 'c1', type: 'person', name: 'Farah Siddiqui', gender: 'f', role: { fr: 'la directrice des opérations', en: 'the COO' } };
  const inRoles = (text: string, known: KnownEntity[], language: 'fr' | 'en' = 'en') => anonymised(text, { mode: 'roles', language, known }).text;

  it('is not said twice: the name goes where nothing is lost without it', () => {
    expect(inRoles('Referred by her HR partner Olu Adeyemi.', [olu])).toBe('Referred by her HR partner.');
    expect(inRoles('Léa a vu son N+1, Jean-Baptiste Le Goff.', [jb], 'fr')).toBe('L. a vu son N+1.');
  });

  it('gives way to the initial where the name stands between commas', () => {
    expect(inRoles('Tim wants coaching for his COO, Farah Siddiqui, before the review.', [farah])).toBe('T. wants coaching for his COO, F., before the review.');
  });

  it('is the replacement wherever the words before say something else', () => {
    expect(inRoles('Farah Siddiqui called her HR partner Olu Adeyemi.', [farah, olu])).toBe('The COO called her HR partner.');
    expect(inRoles('She met Farah Siddiqui today.', [farah])).toBe('She met the COO today.');
  });
});

describe('a text in capitals', () => {
  it('gets its replacements in capitals, and keeps an elided "D\'"', () => {
    const text = "VINCENT LE GALL A APPELÉ. RDV LUNDI AVEC LA DRH D'AIRBUS À TOULOUSE.";
    expect(anonymised(text).text).toBe("V. A APPELÉ. RDV LUNDI AVEC LA DRH D'A. DANS UNE GRANDE VILLE DU SUD DE LA FRANCE.");
    expect(anonymised(text, { mode: 'pseudonyms' }).text).toMatch(/^\p{Lu}+ \p{Lu}+ A APPELÉ\. RDV LUNDI AVEC LA DRH (?:DE |D')\p{Lu}+ DANS UNE GRANDE VILLE/u);
  });

  it('leaves a name in capitals inside an ordinary sentence as any other', () => {
    expect(anonymised('Elle a vu MARC DURAND à Toulouse.').text).toBe('Elle a vu M. dans une grande ville du sud de la France.');
  });
});

describe('an initial that ends a sentence', () => {
  // One stop, as typography writes it, even where the next sentence opens on a name: "Mme L. P. est
  // venu." may read as one person, but "L.." reads as a typo in a published case.
  it('shares its full stop with the sentence when the next one opens on a name', () => {
    expect(anonymised('Réunion avec Mme Lebrun. Pierre Boulanger est venu.').text).toBe('Réunion avec Mme L. P. est venu.');
  });

  it('shares its full stop with the sentence otherwise', () => {
    expect(anonymised('Réunion avec Mme Lebrun. Elle est venue.').text).toBe('Réunion avec Mme L. Elle est venue.');
  });
});

describe('an organisation named after its noun and a contracted article', () => {
  it('gives "de l’entreprise A", "à l’entreprise A", not "du l’entreprise A"', () => {
    expect(anonymised('La DRH du groupe Casino est partie.').text).toBe("La DRH de l'entreprise A est partie.");
    expect(anonymised('Il travaille au groupe Casino.').text).toBe("Il travaille à l'entreprise A.");
  });
});

describe('a role that serves a place', () => {
  it('reads as the office of a town, described, not of a company', () => {
    const out = anonymised('Son mari est maire de Vannes.', { mode: 'roles' }).text;
    expect(out).toMatch(/^Son mari est maire d'une ville .+\.$/u);
    expect(out).not.toContain('entreprise');
    expect(out).not.toContain('Vannes');
  });
});
