import { beforeAll, describe, expect, it } from 'vitest';
import { anonymise } from './anonymise.js';
import { demonymForms, findDemonyms, inflect } from './demonyms.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { tokenize } from './text.js';

/** Each demonym found in `text`, as [its words, its replacement]. */
const found = (text: string) => findDemonyms(tokenize(text)).map((d) => [text.slice(d.start, d.end), d.replacement]);

describe('the forms of a demonym', () => {
  it('derives the feminine and the plurals from the masculine by rule', () => {
    expect(inflect('annécien')).toEqual(['annécien', 'annécienne', 'annéciens', 'annéciennes']);
    expect(inflect('lyonnais')).toEqual(['lyonnais', 'lyonnaise', 'lyonnais', 'lyonnaises']);
    expect(inflect('breton')).toEqual(['breton', 'bretonne', 'bretons', 'bretonnes']);
    expect(inflect('vendéen')).toEqual(['vendéen', 'vendéenne', 'vendéens', 'vendéennes']);
    expect(inflect('tourangeau')).toEqual(['tourangeau', 'tourangelle', 'tourangeaux', 'tourangelles']);
    expect(inflect('provençal')).toEqual(['provençal', 'provençale', 'provençaux', 'provençales']);
    expect(inflect('normand')).toEqual(['normand', 'normande', 'normands', 'normandes']);
    expect(inflect('belge')).toEqual(['belge', 'belge', 'belges', 'belges']);
    expect(inflect('vitriot')).toEqual(['vitriot', 'vitriote', 'vitriots', 'vitriotes']);
  });

  it('knows every form folded, the irregular ones as written, and none it chose to leave out', () => {
    const forms = demonymForms();
    for (const w of ['annecien', 'anneciennes', 'nantais', 'nantaise', 'berruyere', 'grecque', 'turques', 'francs-comtois', 'haut-savoyarde', 'mancelle', 'stephanoises']) expect(forms.has(w), w).toBe(true);
    for (const w of ['francais', 'francaise', 'europeen', 'creole', 'limousine', 'bearnaise', 'charentaises', 'arlesienne', 'colombes']) expect(forms.has(w), w).toBe(false);
    // "belge" is both genders, "lyonnais" both numbers: the sentence decides.
    expect(forms.get('belge')).toMatchObject({ level: 'country', gender: null, plural: false });
    expect(forms.get('lyonnais')).toMatchObject({ level: 'city', gender: 'm', plural: null });
    expect(forms.get('bretonnes')).toMatchObject({ level: 'region', gender: 'f', plural: true });
  });
});

describe('demonyms read in their sentence', () => {
  it('generalises an adjective after its noun, whatever its gender, number or capital', () => {
    expect(found('Une PME annécienne et des cadres annéciens.')).toEqual([
      ['annécienne', 'de la région'],
      ['annéciens', 'de la région'],
    ]);
    expect(found('un industriel lyonnais, la direction bretonne, les usines nantaises, une entreprise Lyonnaise')).toEqual([
      ['lyonnais', 'de la région'],
      ['bretonne', 'de la région'],
      ['nantaises', 'de la région'],
      ['Lyonnaise', 'de la région'],
    ]);
    expect(found('Elle est marseillaise.')).toEqual([['marseillaise', 'de la région']]);
  });

  it('makes a noun after a determiner the inhabitants of the town or the region, with the article it needs', () => {
    expect(found('Les Nantais et une Bretonne')).toEqual([
      ['Nantais', 'habitants de la ville'],
      ['Bretonne', 'habitante de la région'],
    ]);
    expect(found('Elle voit le Lyonnais, la Stéphanoise, du Breton, au Parisien, ce Niçois.')).toEqual([
      ['le Lyonnais', "l'habitant de la ville"],
      ['la Stéphanoise', "l'habitante de la ville"],
      ['du Breton', "de l'habitant de la région"],
      ['au Parisien', "à l'habitant de la ville"],
      ['ce Niçois', 'cet habitant de la ville'],
    ]);
    // First in a sentence, only an apposition: "Picard est venu" is a man.
    expect(found('Bretonne, elle a grandi là-bas. Picard est venu. PICARD aussi.')).toEqual([['Bretonne', 'habitante de la région']]);
    expect(found("Un groupe de Lyonnais. L'Alsacien aussi, et l'Alsacienne.")).toEqual([
      ['de Lyonnais', "d'habitants de la ville"],
      ["L'Alsacien", "L'habitant de la région"],
      ['Alsacienne', 'habitante de la région'],
    ]);
  });

  it('drops a demonym that only qualifies a place, and turns an origin into one that says nothing', () => {
    expect(found('en région parisienne, dans l’agglomération lyonnaise')).toEqual([
      ['région parisienne', 'région'],
      ['agglomération lyonnaise', 'agglomération'],
    ]);
    // With its capital the noun is the region's own name: "du Pays" would keep half of it.
    expect(found('Elle vient du Pays basque, lui de la Côte basque.')).toEqual([
      ['Pays basque', 'une région'],
      ['Côte basque', 'une région'],
    ]);
    expect(found("Elle est d'origine bretonne. Lyonnaise d'origine, elle a grandi à Lyon.")).toEqual([
      ['bretonne', 'provinciale'],
      ["Lyonnaise d'origine", 'originaire de la ville'],
    ]);
  });

  it('makes a nationality foreign, agreeing with the noun a form alone does not tell', () => {
    expect(found('Un fournisseur allemand, les Allemands, une cliente belge, des clients suisses, une société marocaine')).toEqual([
      ['allemand', 'étranger'],
      ['Allemands', 'étrangers'],
      ['belge', 'étrangère'],
      ['suisses', 'étrangers'],
      ['marocaine', 'étrangère'],
    ]);
    expect(found("Elle est d'origine marocaine.")).toEqual([['marocaine', 'étrangère']]);
  });

  it('leaves a nation’s language, and masks a region’s as a regional language', () => {
    expect(found("Réunion en anglais, un cours d'allemand, un cours de russe, l'espagnol, elle parle chinois.")).toEqual([]);
    expect(found('Elle parle breton, chante en basque, apprend le corse.')).toEqual([
      ['breton', 'une langue régionale'],
      ['basque', 'langue régionale'],
      ['le corse', 'la langue régionale'],
    ]);
  });

  it('leaves names, titles, places and idioms that share a demonym’s words', () => {
    for (const text of [
      'M. Breton est arrivé.',
      'Jean Picard et Normand Dupuis.',
      'Au Crédit Lyonnais, puis chez Picard.',
      'Elle a travaillé à la Lyonnaise des Eaux.',
      'Elle lit Le Parisien chaque matin.',
      'Elle vit en Corse, puis en Suisse ; la Lorraine lui manque.',
      'La situation se corse.',
      'Un poulet à la provençale, filer à l’anglaise.',
      'La Française des Jeux est cliente ; elle est française.',
      'Elle porte des charentaises dans sa limousine.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('demonyms in the anonymiser', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 60_000);

  it('masks them as places from their own source, the same words the same way throughout, in any mode', () => {
    const text = 'Les Nantais de la PME nantaise ont reçu un industriel lyonnais. Les Nantais étaient ravis.';
    for (const mode of ['initials', 'roles', 'pseudonyms', 'placeholders'] as const) {
      const result = anonymise(text, lexicon, { language: 'fr', mode });
      expect(result.text, mode).toBe('Les habitants de la ville de la PME de la région ont reçu un industriel de la région. Les habitants de la ville étaient ravis.');
      const demonyms = result.spans.filter((s) => s.source === 'demonyms');
      expect(demonyms.map((s) => text.slice(s.start, s.end))).toEqual(['Nantais', 'nantaise', 'lyonnais', 'Nantais']);
      for (const s of demonyms) expect(s.type).toBe('place');
    }
  });

  it('writes the sentence again around the replacement, first in a sentence too', () => {
    const result = anonymise("Le Breton est venu. Lyonnaise d'origine, elle vit en région parisienne.", lexicon, { language: 'fr', mode: 'roles' });
    expect(result.text).toBe("L'habitant de la région est venu. Originaire de la ville, elle vit en région.");
  });

  it('lets an organisation’s name keep its words, and leaves English text alone', () => {
    const fr = anonymise('Elle a quitté le Crédit Lyonnais pour une PME lyonnaise.', lexicon, { language: 'fr', mode: 'roles' });
    expect(fr.spans.map((s) => [s.type, s.source])).toContainEqual(['place', 'demonyms']);
    expect(fr.spans.filter((s) => s.source === 'demonyms')).toHaveLength(1);
    expect(fr.text).toContain('pour une PME de la région');
    const en = anonymise('She met a breton fisherman.', lexicon, { language: 'en', mode: 'roles' });
    expect(en.spans.filter((s) => s.source === 'demonyms')).toEqual([]);
  });
});

describe('a nationality', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 60_000);

  it('gives a nationality to check as a detail, not a span, and drops a guess that took it for a person', () => {
    const text = 'Un fournisseur allemand est venu. Les Allemands ont signé.';
    const result = anonymise(text, lexicon, { language: 'fr', mode: 'initials' });
    expect(result.text).toBe(text);
    expect(result.details.map((d) => [text.slice(d.start, d.end), d.kind, d.suggestion])).toEqual([
      ['allemand', 'origin', 'étranger'],
      ['Allemands', 'origin', 'étrangers'],
    ]);
  });

  it('never unmasks a first name that is also a nationality: "notre Philippine"', () => {
    const text = 'Au bureau, notre Philippine a encore rendu son rapport.';
    const result = anonymise(text, lexicon, { language: 'fr', mode: 'initials' });
    expect(result.text).not.toContain('Philippine');
  });
});
