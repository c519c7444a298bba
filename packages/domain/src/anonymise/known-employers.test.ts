import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
type Language = 'fr' | 'en';
const masked = (text: string, language: Language = 'fr') => anonymised(text, { language }).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);

describe('platforms and apps', () => {
  it('identify no one where they are used', () => {
    const text = 'She shared her LinkedIn and posts on Instagram; the podcast is on Spotify. We talk on Slack, she books on Calendly.';
    expect(masked(text, 'en')).toEqual([]);
    expect(anonymised(text, { language: 'en' }).details).toEqual([]);
    expect(masked('Il veut rejoindre LinkedIn ou Instagram. Sur Insta elle poste, sur TikTok aussi. RDV pris sur Doctolib.')).toEqual([]);
  });

  it('are an employer after "at", "for", "pour" and "chez", and masked', () => {
    expect(masked('She worked at Spotify, then for LinkedIn.', 'en')).toEqual([
      ['Spotify', 'organisation'],
      ['LinkedIn', 'organisation'],
    ]);
    expect(masked('Il travaille pour Doctolib, elle chez Instagram.')).toEqual([
      ['Doctolib', 'organisation'],
      ['Instagram', 'organisation'],
    ]);
  });
});

describe('large employers every reader knows', () => {
  it('are organisations though their names are common words', () => {
    expect(masked('She now reports to the CFO. Her husband works at Boots.', 'en')).toEqual([['Boots', 'organisation']]);
    expect(masked('Before that she was at Virgin Media, then at Marks & Spencer and at Tesco.', 'en')).toEqual([
      ['Virgin Media', 'organisation'],
      ['Marks & Spencer', 'organisation'],
      ['Tesco', 'organisation'],
    ]);
  });

  it('are organisations in French notes too', () => {
    expect(masked('- Agnieszka Kowalczyk (Total)')).toEqual([
      ['Agnieszka Kowalczyk', 'person'],
      ['Total', 'organisation'],
    ]);
    expect(masked('Elle est cliente via Malakoff Humanis.')).toEqual([['Malakoff Humanis', 'organisation']]);
  });

  it('leave the common word alone where it opens a sentence', () => {
    expect(masked('Boots were on sale. Total : 3 séances.', 'en')).toEqual([]);
  });

  it('leave out "Next", which opens clauses after an abbreviation ("21st. Next…"), where it would be masked everywhere', () => {
    expect(masked('Board meeting Thurs 21st. Next call Tues. Next check-in soon.', 'en')).toEqual([['Thurs 21st', 'date']]);
  });
});

describe('known organisations written in capitals', () => {
  it('are masked where a word around says they are one, though their names are common words', () => {
    expect(masked('Son contrat chez AXA se termine.')).toEqual([['AXA', 'organisation']]);
    expect(masked('Elle travaille chez SAFRAN depuis peu.')).toEqual([['SAFRAN', 'organisation']]);
    expect(masked('ORANGE a validé le budget.')).toEqual([['ORANGE', 'organisation']]);
  });

  it('are masked whole when of several words', () => {
    expect(masked('La SOCIÉTÉ GÉNÉRALE a refusé le financement.').map(([, type]) => type)).toEqual(['organisation']);
    expect(masked('Il est à la BANQUE POPULAIRE depuis 2019.')[0]).toEqual(['BANQUE POPULAIRE', 'organisation']);
  });

  it('stay words in capitals with nothing around that names an employer', () => {
    expect(masked('TOTAL : 450 €')).toEqual([]);
    expect(masked('Montant TOTAL des séances')).toEqual([]);
  });
});

describe('known organisations whose names hold a lower-case word', () => {
  it('are one organisation, not a name cut at "et" or "du"', () => {
    expect(masked('Elle est bénévole chez Habitat et Humanisme depuis deux ans.')).toEqual([['Habitat et Humanisme', 'organisation']]);
    expect(masked('Il a travaillé pour Médecins sans frontières.')).toEqual([['Médecins sans frontières', 'organisation']]);
    expect(masked('Aux Restos du cœur, elle encadre six bénévoles.')).toEqual([['Restos du cœur', 'organisation']]);
  });
});

describe('known organisations of several words typed in lower case', () => {
  it('are the organisation after a preposition or a determiner', () => {
    expect(masked('Point avec la société générale demain.')).toEqual([['société générale', 'organisation']]);
    expect(masked('Inscrite à france travail depuis juin.')).toEqual([['france travail', 'organisation']]);
    expect(masked('Bénévole aux petits frères des pauvres.')).toEqual([['petits frères des pauvres', 'organisation']]);
  });

  it('are words where no preposition or determiner leads to them', () => {
    expect(masked('Une société générale de services.')).toEqual([]);
  });
});

describe('known organisations in capitals, of several words', () => {
  it('are masked whole', () => {
    expect(masked('Elle travaille chez TOTAL ENERGIES depuis mai.')).toEqual([['TOTAL ENERGIES', 'organisation']]);
    expect(masked('Éducatrice aux Apprentis d\'Auteuil.')).toEqual([["Apprentis d'Auteuil", 'organisation']]);
  });
});

describe('a known organisation as a label, first on its line', () => {
  it('is masked before a colon and words, not before an amount', () => {
    expect(masked('AXA : point sur le contrat')).toEqual([['AXA', 'organisation']]);
    expect(masked('Budget\nTOTAL : 450 €')).toEqual([]);
  });
});

describe('an employer named with common words', () => {
  it('is masked whole after "chez", "a rejoint", "a intégré"', () => {
    expect(masked('Je travaille chez Osmose Conseil.')).toEqual([['Osmose Conseil', 'organisation']]);
    expect(masked('Elle a intégré Boussole Conseil.')).toEqual([['Boussole Conseil', 'organisation']]);
    expect(masked('Il a rejoint Cap Avenir en mars.')).toEqual([['Cap Avenir', 'organisation']]);
  });

  it('leaves a person or a town after those words to their readings, and a body of the firm unmasked', () => {
    expect(masked('On dîne chez Marie Durand.')).toEqual([['Marie Durand', 'person']]);
    expect(masked('Il a rejoint Lyon.')).toEqual([['Lyon', 'place']]);
    expect(masked('Point avec la Direction Générale et le Comité de Direction.')).toEqual([]);
  });
});

describe("a known organisation opening a profile's line", () => {
  it('is masked alone on its line or before a sign, though it is also a word', () => {
    expect(masked('Responsable RH\nDecathlon · CDI')).toEqual([['Decathlon', 'organisation']]);
    expect(masked('Expérience\nCarrefour\n2010 : caissière')).toEqual([['Carrefour', 'organisation']]);
  });

  it('is the word where the line goes on in words', () => {
    expect(masked('Carrefour des possibles : un atelier.')).toEqual([]);
  });
});
