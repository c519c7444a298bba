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

describe('anonymise, with unbreakable spaces in the text', () => {
  it('reads them as spaces: an IBAN and a SIRET grouped by them are masked, and they stay in the text', () => {
    const text = 'IBAN\u00a0: FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189 ; SIRET : 812\u202f345\u202f678\u202f00019.';
    const r = anonymised(text, { mode: 'placeholders' });
    expect(r.spans.map((s) => s.type)).toEqual(['identifier', 'identifier']);
    expect(r.text).toBe('IBAN\u00a0: [identifiant] ; SIRET : [identifiant].');
  });
});
