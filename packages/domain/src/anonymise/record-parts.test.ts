import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';
import type { KnownEntity } from './types.js';

const { anonymised } = withLexicon();

const trang: KnownEntity = { id: 'c1', type: 'person', name: 'Nguyen Thi Thu Trang', gender: 'f', role: { fr: 'la cliente', en: 'the client' } };
const thierry: KnownEntity = { id: 's1', type: 'person', name: 'Thierry de Saint-Exupéry', gender: 'm', role: { fr: 'le DRH', en: 'the HR director' } };
const marcus: KnownEntity = { id: 'c1', type: 'person', name: 'Marcus Washington', gender: 'm', role: { fr: 'le client', en: 'the client' } };
const brightwater: KnownEntity = { id: 'o1', type: 'organisation', name: 'Brightwater Logistics', role: { fr: 'son entreprise', en: 'his company' } };
const robert: KnownEntity = { id: 'c1', type: 'person', name: 'Robert Castellanos-Greene', gender: 'm', aliases: ['Bob'], role: { fr: 'le client', en: 'the client' } };
const marcAntoine: KnownEntity = { id: 'c1', type: 'person', name: 'Marc-Antoine Guéguen', gender: 'm', role: { fr: 'le client', en: 'the client' } };
const claire: KnownEntity = { id: 'c1', type: 'person', name: 'Claire Vasseur', gender: 'f', role: { fr: 'la cliente', en: 'the client' } };

describe('a part of a recorded name inside another name', () => {
  it('is not that person: "Thi" of Nguyen Thi Thu Trang in "Ms Le Thi Hoa"', () => {
    const r = anonymised('Met Nguyen Thi Thu Trang. Ms Le Thi Hoa took minutes.', { language: 'en', mode: 'roles', known: [trang] });
    expect(r.text.match(/the client/gi)).toHaveLength(1);
    expect(r.text).not.toMatch(/Thi|Hoa/);
    // Her record's words are not hers there: the other name is no mention of the client.
    const at = 'Met Nguyen Thi Thu Trang. Ms Le Thi Hoa took minutes.'.indexOf('Thi Hoa');
    expect(r.spans.filter((s) => s.end > at && s.start < at + 7).map((s) => s.key ?? '')).not.toContainEqual(expect.stringMatching(/^record:/));
  });

  it('is not that person in a street: "Saint" of Saint-Exupéry in "rue du Faubourg Saint-Honoré"', () => {
    const r = anonymised('Lieu : 8 rue du Faubourg Saint-Honoré, 75008 Paris.', { mode: 'roles', known: [thierry] });
    expect(r.text).not.toContain('DRH');
    expect(r.text).not.toMatch(/Saint|Honoré|Faubourg/);
  });

  it('is still that person where it stands alone or with the rest of its own name', () => {
    const r = anonymised('M. de Saint-Exupéry est venu. Saint-Exupéry a parlé. Thierry aussi.', { mode: 'roles', known: [thierry] });
    expect(r.text.match(/le DRH/gi)).toHaveLength(3);
    expect(r.text).not.toMatch(/Saint|Exupéry|Thierry/);
  });

  it('is masked all the same, as the other person, never left in clear', () => {
    const r = anonymised('Claire Dupont est venue. Claire Vasseur aussi.', { mode: 'roles', known: [claire] });
    expect(r.text).not.toMatch(/Claire|Dupont|Vasseur/);
    expect(r.text.match(/la cliente/gi)).toHaveLength(1);
  });
});

describe('a recorded name written with a middle initial, a suffix or a legal form', () => {
  it('is one span: "Marcus T. Washington Jr.", "Brightwater Logistics LLC"', () => {
    const r = anonymised('Client: Marcus T. Washington Jr., Director of Operations, Brightwater Logistics LLC', { language: 'en', mode: 'roles', known: [marcus, brightwater] });
    expect(r.text).toBe('Client: the client, Director of Operations, his company');
    const shown = r.spans.map((s) => ['Client: Marcus T. Washington Jr., Director of Operations, Brightwater Logistics LLC'.slice(s.nameStart ?? s.start, s.end), s.key]);
    expect(shown).toEqual([
      ['Marcus T. Washington Jr.', 'record:c1:full'],
      ['Brightwater Logistics LLC', 'record:o1:full'],
    ]);
  });

  it('takes in Sr., III and a French legal form too', () => {
    expect(anonymised('Marcus Washington III signed.', { language: 'en', mode: 'roles', known: [marcus] }).text).toBe('The client signed.');
    const sas: KnownEntity = { id: 'o2', type: 'organisation', name: 'Transports Giraud', role: { fr: 'son entreprise', en: 'his company' } };
    expect(anonymised('Il dirige Transports Giraud SAS depuis 2010.', { mode: 'roles', known: [sas] }).text).toBe('Il dirige son entreprise depuis [date].');
  });
});

describe('a recorded name across a bracket', () => {
  it('leaves the bracket whole: "Bob (Robert) Castellanos-Greene"', () => {
    const r = anonymised('Session 2 w/ Bob (Robert) Castellanos-Greene today.', { language: 'en', known: [robert] });
    expect(r.text).toBe('Session 2 w/ R. (R.) R. today.');
  });
});

describe('a recorded hyphenated first name', () => {
  it('is one part of one name, even first in a paragraph', () => {
    const text = 'Brouillon\n\nMarc-Antoine, 42 ans, directeur financier.';
    expect(anonymised(text, { mode: 'roles', known: [marcAntoine] }).text).toBe('Brouillon\n\nLe client, 42 ans, directeur financier.');
    const r = anonymised(text, { known: [marcAntoine] });
    expect(r.text).toBe('Brouillon\n\nM., 42 ans, directeur financier.');
    expect(r.spans.map((s) => s.key)).toEqual(['record:c1:first']);
  });
});
