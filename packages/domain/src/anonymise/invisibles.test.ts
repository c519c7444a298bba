import { describe, expect, it } from 'vitest';
import { originalSpan, visibleText } from './invisibles.js';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const SHY = '\u00AD';
const ZWSP = '\u200B';
const ZWJ = '\u200D';

describe('visibleText', () => {
  it('leaves a text without invisible characters alone', () => {
    expect(visibleText('Julie Martin, 06 12 34 56 78')).toBeNull();
  });

  it('drops soft hyphens, zero-width characters and byte-order marks, and remembers where each character was', () => {
    const v = visibleText(`Du${SHY}pont${ZWSP} et\uFEFF Ju${ZWJ}lie\u2060.`)!;
    expect(v.text).toBe('Dupont et Julie.');
    expect(v.at.length).toBe(v.text.length + 1);
    expect(v.at[2]).toBe(3);
    expect(v.at[v.text.length]).toBe(`Du${SHY}pont${ZWSP} et\uFEFF Ju${ZWJ}lie\u2060.`.length);
  });

  it('maps a span back over the invisible characters inside it, not those around it', () => {
    const original = `${ZWSP}Du${SHY}pont${ZWSP} hier`;
    const v = visibleText(original)!;
    const { start, end } = originalSpan(v, 0, 6);
    expect(original.slice(start, end)).toBe(`Du${SHY}pont`);
    expect(originalSpan(v, 3, 3)).toEqual({ start: 5, end: 5 });
  });
});

describe('anonymise, with invisible characters in the text', () => {
  it('masks a name a soft hyphen cuts, whole, and leaves no piece of it', () => {
    const text = `Le N+1, Fran${SHY}çois Du${SHY}pont, refuse. Séance avec Ju${SHY}lie Mar${SHY}tin hier.`;
    const r = anonymised(text, { mode: 'placeholders' });
    for (const piece of ['Fran', 'çois', 'pont', 'Ju', 'lie', 'Mar', 'tin']) expect(r.text).not.toContain(piece);
    const people = r.spans.filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end));
    expect(people).toEqual([`Fran${SHY}çois Du${SHY}pont`, `Ju${SHY}lie Mar${SHY}tin`]);
  });

  it('masks an e-mail address and a phone number a soft hyphen cuts', () => {
    const text = `Écrire à julie.mar${SHY}tin@orange.fr ou au 06${SHY}12 34 56 78.`;
    const r = anonymised(text, { mode: 'placeholders' });
    expect(r.spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['email', `julie.mar${SHY}tin@orange.fr`],
      ['phone', `06${SHY}12 34 56 78`],
    ]);
    expect(r.text).toBe('Écrire à [e-mail] ou au [téléphone].');
  });

  it('gives offsets into the text as written, invisible characters kept outside the spans', () => {
    const text = `${ZWSP}Rencontre avec Julie${ZWSP} Martin.`;
    const r = anonymised(text, { mode: 'initials' });
    const [person] = r.spans;
    expect(text.slice(person!.start, person!.end)).toBe(`Julie${ZWSP} Martin`);
    expect(person!.nameStart).toBe(person!.start);
    expect(r.text.startsWith(`${ZWSP}Rencontre avec `)).toBe(true);
    expect(r.text).not.toMatch(/Julie|Martin/);
  });
});

describe('visibleText, with a word broken across lines after its hyphen', () => {
  const words = {
    isWord: (w: string) => ['entreprise', 'etre', 'vous', 'de', 'pont'].includes(w),
    isName: (w: string) => ['christophe', 'dupont'].includes(w),
  };

  it('reads the break, and the spaces around it, as nothing; the hyphen stays where it is the name\'s', () => {
    expect(visibleText('Vu Marie-\nHélène et Anne- \r\n  Sophie', words)!.text).toBe('Vu Marie-Hélène et Anne-Sophie');
    expect(visibleText('à Saint-Jean-\nde-Luz', words)!.text).toBe('à Saint-Jean-de-Luz');
    expect(visibleText('Peut-\nêtre. Rendez-\nvous.', words)!.text).toBe('Peut-être. Rendez-vous.');
  });

  it('drops the hyphen too where it only cut a word in syllables', () => {
    expect(visibleText("Jean-Chris-\ntophe, l'entre-\nprise Du-\npont, M. Ker-\nguélen", words)!.text).toBe("Jean-Christophe, l'entreprise Dupont, M. Kerguélen");
  });

  it('leaves dashes, list items and blank lines alone, and a text without lists to ask', () => {
    expect(visibleText('Objectifs -\nPréparer\n- Marie\nAnne-\n\nSophie', words)).toBeNull();
    expect(visibleText('Vu Marie-\nHélène')).toBeNull();
  });

  it('reads the Unicode hyphens a PDF writes as the hyphen, broken across a line or not', () => {
    expect(visibleText('Vu Marie\u2010\nHélène et Jean\u2011Pierre', words)!.text).toBe('Vu Marie-Hélène et Jean-Pierre');
    expect(visibleText('Jean-Chris\u2010\ntophe', words)!.text).toBe('Jean-Christophe');
  });

  it('maps a name read whole back over the break', () => {
    const original = 'Vu Marie-\n  Hélène hier';
    const v = visibleText(original, words)!;
    const { start, end } = originalSpan(v, 3, 15);
    expect(original.slice(start, end)).toBe('Marie-\n  Hélène');
  });
});

describe('anonymise, with a name broken across lines', () => {
  it('masks each name whole, as one person or one place, and leaves no piece of it', () => {
    const text = 'Rendez-vous avec Jean-Chris-\ntophe Lemaire à Saint-Jean-\nde-Luz. Elle a vu Marie-\nHélène hier ; Marie-Hélène va mieux.';
    const r = anonymised(text, { mode: 'placeholders' });
    for (const piece of ['Jean', 'tophe', 'Lemaire', 'Luz', 'Marie', 'Hélène']) expect(r.text).not.toContain(piece);
    expect(r.spans.map((s) => [s.type, text.slice(s.start, s.end)])).toEqual([
      ['person', 'Jean-Chris-\ntophe Lemaire'],
      ['place', 'Saint-Jean-\nde-Luz'],
      ['person', 'Marie-\nHélène'],
      ['person', 'Marie-Hélène'],
    ]);
    expect(r.spans[2]!.entity).toBe(r.spans[3]!.entity);
  });

  it('keeps the words a line broke that name no one', () => {
    const text = "Peut-\nêtre que l'entre-\nprise ira mieux. Rendez-\nvous demain.";
    expect(anonymised(text, { mode: 'placeholders' }).text).toBe(text);
  });
});

describe('anonymise, with unbreakable spaces in the text', () => {
  it('reads them as spaces: an IBAN and a SIRET grouped by them are masked, and they stay in the text', () => {
    const text = 'IBAN\u00a0: FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189 ; SIRET : 812\u202f345\u202f678\u202f00019.';
    const r = anonymised(text, { mode: 'placeholders' });
    expect(r.spans.map((s) => s.type)).toEqual(['identifier', 'identifier']);
    expect(r.text).toBe('IBAN\u00a0: [identifiant] ; SIRET : [identifiant].');
  });
});
