import { describe, expect, it } from 'vitest';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
/**
 * Each span of `text` as [its words, its type]. The "@" of a handle and the "#" of a
 * number may be left before the mask ("@[identifier]"): they tell nothing of whose it is.
 */
const typed = (text: string, language: 'fr' | 'en' = 'en') =>
  anonymised(text, { language }).spans.map((s) => [text.slice(s.nameStart ?? s.start, s.end).replace(/^[@#]/, ''), s.type]);

describe('social-network handles', () => {
  // A handle names an account the way a login does ("identifiant" in French): not a link, not an e-mail.
  it('masks a handle whole, with its dots and underscores, as an identifier', () => {
    expect(typed('On X she is @chloeasante_hr and on Instagram @chlo.runs.')).toEqual(expect.arrayContaining([
      ['chloeasante_hr', 'identifier'],
      ['chlo.runs', 'identifier'],
    ]));
    const text = 'Sur Insta elle est @lea_nguyenf, puis sur X @JMartin75. (@julie.martin_coaching) @sophie_m @m.dupont';
    const out = anonymised(text).text;
    expect(out).not.toMatch(/nguyen|JMartin|martin|sophie|dupont/i);
    expect(typed(text, 'fr')).toEqual(expect.arrayContaining([
      ['lea_nguyenf', 'identifier'],
      ['JMartin75', 'identifier'],
      ['julie.martin_coaching', 'identifier'],
      ['sophie_m', 'identifier'],
      ['m.dupont', 'identifier'],
    ]));
  });

  it('leaves an e-mail address an e-mail, and "@ 15h" or "@15h" a time', () => {
    expect(typed('Écrire à julie.martin@exemple.fr demain.', 'fr')).toEqual([['julie.martin@exemple.fr', 'email']]);
    expect(typed('Rendez-vous @15h au café.', 'fr').map(([, type]) => type)).not.toContain('identifier');
  });
});

describe('identifiers of a person, a file or a car', () => {
  it('masks American and British numbers whole: SSN, National Insurance, sort code and account', () => {
    expect(typed("Client's SSN 123-45-6789 was on the form.")).toContainEqual(['123-45-6789', 'identifier']);
    expect(typed('Client NI number QQ 12 34 56 C. Next session Friday.')).toContainEqual(['QQ 12 34 56 C', 'identifier']);
    expect(typed('Sort code 20-20-15, account 55555555.')).toEqual([
      ['20-20-15', 'identifier'],
      ['55555555', 'identifier'],
    ]);
  });

  it('masks a reference of capitals and digits whole, not its letters as a company', () => {
    const text = 'Employee ID EMP-004521, badge #88213.';
    expect(typed(text)).toEqual(expect.arrayContaining([
      ['EMP-004521', 'identifier'],
      ['88213', 'identifier'],
    ]));
    expect(anonymised(text, { language: 'en' }).text).not.toMatch(/EMP|\d/);
    const fr = 'Dossier n° OPCO-2024-000583, réf. client CL-88213.';
    expect(typed(fr, 'fr')).toEqual([
      ['OPCO-2024-000583', 'identifier'],
      ['CL-88213', 'identifier'],
    ]);
  });

  it('masks a passport number, a French number plate and an Irish Eircode whole', () => {
    expect(typed('Passeport 12AB34567, voiture AB-123-CD.', 'fr')).toEqual(expect.arrayContaining([
      ['12AB34567', 'identifier'],
      ['AB-123-CD', 'identifier'],
    ]));
    expect(typed('Office in Bray, Co. Wicklow A98 X7Y2.')).toContainEqual(['A98 X7Y2', 'identifier']);
  });

  it('leaves a session number, an epidemic, a hierarchy and a rating alone', () => {
    const types = (text: string, language: 'fr' | 'en' = 'fr') => typed(text, language).map(([, type]) => type);
    expect(types('Séance n° 3 : son N+1 a eu le COVID-19, noté 7/10, le CAC 40 baisse.')).not.toContain('identifier');
    expect(types('She is #1 in sales and flew on an A380 to see the G20.', 'en')).not.toContain('identifier');
  });
});

describe("an employee's or a patient's number", () => {
  it('is an identifier after its label ("N° salarié 004587", "numéro d\'agent 12345")', () => {
    const r = anonymised("N° salarié 004587 ; numéro d'agent 12345. Un salarié sur deux.", { mode: 'placeholders' });
    expect(r.text).toBe("N° salarié [identifiant] ; numéro d'agent [identifiant]. Un salarié sur deux.");
  });
});

describe('a number after the label of a staff, a company, a client or a register', () => {
  it('is an identifier, "no", "no." or "#" between them', () => {
    const text = 'Staff no 88213. Employee no. 004821. GMC number 7012345 (Co. No. 09876543), client #A1729.';
    const ids = anonymised(text, { language: 'en' }).spans.filter((s) => s.type === 'identifier').map((s) => text.slice(s.start, s.end));
    expect(ids).toEqual(['88213', '004821', '7012345', '09876543', 'A1729']);
  });

  it('takes a labelled reference whole, not the number after its "#"', () => {
    const text = 'Invoice #2024-031 sent.';
    expect(anonymised(text, { language: 'en', mode: 'placeholders' }).text).toBe('Invoice #[identifier] sent.');
  });
});

describe('a file number after its label and the body that keeps it', () => {
  it('is the identifier, past the acronym and "est" between them', () => {
    const ids = (text: string) => typed(text, 'fr').filter(([, t]) => t === 'identifier').map(([w]) => w);
    expect(ids('Son dossier MDPH 974-2023-11234 est en cours.')).toEqual(['974-2023-11234']);
    expect(ids('Son numéro allocataire CAF est 1234567.')).toEqual(['1234567']);
    expect(ids('Son dossier est en cours depuis 2023.')).toEqual([]);
    // ("RG" itself may be someone's initials, and is masked as they would be.)
    const court = anonymised('Audience le 3, n° RG 23/01234.', { language: 'fr', mode: 'placeholders' }).text;
    expect(court).toMatch(/ \[identifiant\]\.$/u);
    expect(court).not.toContain('01234');
  });
});
