import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised, lexicon } = withLexicon();

/** Each span's text and the replacement it got, and the entity it was counted as. */
function mentions(text: string, options: Parameters<typeof anonymised>[1]) {
  const r = anonymised(text, options);
  return { text: r.text, spans: r.spans.map((s) => ({ written: text.slice(s.start, s.end), replacement: s.replacement, entity: s.entity, type: s.type })) };
}
const of = (m: ReturnType<typeof mentions>, written: string) => m.spans.filter((s) => s.written.includes(written));

describe('one organisation, one replacement', () => {
  it('an acronym the text names as an organisation is that organisation where a guess took it for a person', () => {
    const m = mentions('She left the BBC for a charity. Her old boss from the BBC, Alan, still texts her.', { language: 'en' });
    const bbc = of(m, 'BBC');
    expect(bbc).toHaveLength(2);
    expect(new Set(bbc.map((s) => s.entity)).size).toBe(1);
    expect(bbc.map((s) => s.type)).toEqual(['organisation', 'organisation']);
  });

  it('a name with its legal form and the same name without it', () => {
    const m = mentions('He runs Brightwater Logistics LLC. Brightwater Logistics is growing.', { language: 'en' });
    expect(m.spans.map((s) => s.type)).toEqual(['organisation', 'organisation']);
    expect(new Set(m.spans.map((s) => s.entity)).size).toBe(1);
    expect(m.text).not.toMatch(/Brightwater|B\./);
  });

  it('an organisation a title is of ("the CEO of Greggs") is no person in a possessive', () => {
    const m = mentions("Then the CEO of Greggs. Tim, Greggs' CEO, wants coaching.", { language: 'en' });
    expect(of(m, 'Greggs').map((s) => s.type)).toEqual(['role', 'organisation']);
    expect(m.text).not.toContain('Greggs');
  });
});

describe('one person, one replacement', () => {
  it('a surname with an apostrophe, with her first name and after a title: "Grace O\'Neill", "Ms O\'Neill"', () => {
    const m = mentions("Grace O'Neill joined. Ms O'Neill agreed. Sean O’Brien est venu.", { language: 'en', mode: 'pseudonyms' });
    expect(new Set(of(m, 'Neill').map((s) => s.entity)).size).toBe(1);
  });

  it('a pseudonym of the gender a later mention tells: "Colombe Mercier, puis Colombe est partie"', () => {
    const m = mentions('Elle a vu Colombe Mercier, puis Colombe est partie.', { language: 'fr', mode: 'pseudonyms' });
    const [full, alone] = of(m, 'Colombe');
    expect(alone!.replacement).toBe(full!.replacement.split(' ')[0]);
    expect(lexicon().firstNames.get(full!.replacement.split(' ')[0]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))).toBe('f');
  });

  it('a name and its surname after "Mx": "Sam Okafor", "Mx Okafor"', () => {
    const m = mentions('Sam Okafor came. Mx Okafor agreed. Mx. Reed too.', { language: 'en', mode: 'placeholders' });
    expect(m.text).toBe('[Person 1] came. Mx [Person 1] agreed. Mx. [Person 2] too.');
  });

  it('initials with and without their stops: "J.D." and "JD"', () => {
    expect(anonymised('Met with J.D. today. JD wants the VP role.', { language: 'en' }).text).toBe('Met with J. today. J. wants the VP role.');
  });

  it('a hyphenated first name and its initials: "Jean-Pierre" and "JP"', () => {
    expect(anonymised('Jean-Pierre est venu. JP a dit oui.').text).toBe('J. est venu. J. a dit oui.');
  });

  it('each word of a name of three, alone or after a title: "Nguyen Thi Lan", "Lan", "Mme Nguyen"', () => {
    const m = mentions('Nguyen Thi Lan est venue. Lan a dit oui. Mme Nguyen sourit.', { mode: 'pseudonyms' });
    expect(new Set(m.spans.map((s) => s.entity)).size).toBe(1);
    const [first, last] = m.spans[0]!.replacement.split(' ');
    expect(m.text).toBe(`${first} ${last} est venue. ${first} a dit oui. Mme ${last} sourit.`);
  });

  it('a name whose surname is written as its initial: "Isabelle Garnier-Lopez", "Isabelle G."', () => {
    const m = mentions('Isabelle Garnier-Lopez est venue.\n— Isabelle G.', { mode: 'pseudonyms' });
    expect(m.spans).toHaveLength(2);
    expect(m.spans[1]!.entity).toBe(m.spans[0]!.entity);
    expect(m.spans[1]!.replacement).toBe(m.spans[0]!.replacement);
  });

  it('a signature in initials is masked whole: "Signé : C.V."', () => {
    const text = "La cheffe, que tout le monde appelle « la Gaby », l'a soutenue. Signé : C.V.";
    const r = anonymised(text);
    expect(r.text).not.toMatch(/C\.V\.|V\./);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toContain('C.V.');
  });

  it('a surname with its capitalised particle is one name: "Les Van Damme"', () => {
    const text = 'Les Van Damme viennent de Gand.';
    const r = anonymised(text);
    expect(r.spans.map((s) => text.slice(s.start, s.end))[0]).toBe('Van Damme');
    expect(r.text).toMatch(/^Les \p{Lu}\. viennent/u);
    expect(r.text).not.toMatch(/Van|Damme/);
  });
});

describe('a nickname in brackets beside the full name', () => {
  it('is that person, in brackets and wherever the text uses it', () => {
    const m = mentions('Jennifer Lopez-Garcia (Jen) is my client. Jen said she was tired.', { language: 'en', mode: 'placeholders' });
    expect(new Set(m.spans.map((s) => s.entity)).size).toBe(1);
    expect(m.text).toBe('[Person 1] ([Person 1]) is my client. [Person 1] said she was tired.');
  });

  it('is so written before the full name too, but not a name that shares nothing with it', () => {
    expect(new Set(mentions('Liz (Elizabeth Warrington-Smythe) came.', { language: 'en' }).spans.map((s) => s.entity)).size).toBe(1);
    expect(new Set(mentions('Sophie Martin (Marc) came.', { language: 'fr' }).spans.map((s) => s.entity)).size).toBe(2);
  });
});
