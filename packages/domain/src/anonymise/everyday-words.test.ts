import { describe, expect, it } from 'vitest';
import { ENGLISH_NATIONALITIES } from './demonym-data.js';
import { withLexicon } from './lexicon-for-tests.js';
import { COMMON_SURNAMES } from './surnames.js';
import { fold } from './text.js';
import { DAY_AND_MONTH_ABBREVIATIONS, COMMON_ACRONYMS, ROLE_WORDS } from './vocabulary.js';

const { anonymised, lexicon } = withLexicon();
type Language = 'fr' | 'en';
/** What the anonymiser masks in `text`: the words and their type. */
const masked = (text: string, language: Language = 'fr') => anonymised(text, { language }).spans.map((s) => [text.slice(s.nameStart, s.nameEnd), s.type]);
const details = (text: string, language: Language = 'fr') => anonymised(text, { language }).details.map((d) => [text.slice(d.start, d.end), d.kind]);

describe('everyday acronyms of pay, HR, training and health', () => {
  it('are words, not companies, in French notes', () => {
    expect(anonymised('Honoraires : 2 400 € HT, soit 2 880 € TTC.').text).toBe('Honoraires : 2 400 € HT, soit 2 880 € TTC.');
    expect(masked('Prise en charge OPCO : 1 200 €.')).toEqual([]);
    expect(masked('Elle mobilise son CPF, a une RQTH, pose des RTT et parle de QVT et de RPS.')).toEqual([]);
    expect(masked('Elle remercie aussi Mme Van den Berg, sa RRH.')).toEqual([['Van den Berg', 'person']]);
  });

  it('are words, not companies or people, in English notes', () => {
    expect(masked("Client's SSN 123-45-6789 was on the form; the new CRM and the DEI plan came up.", 'en').map(([w]) => w)).not.toContain('SSN');
    expect(masked('The new CRM and the DEI plan came up, then her ADHD and her FTE.', 'en')).toEqual([]);
  });

  it('are credentials after a name, not the next name', () => {
    expect(anonymised('Coach: Dr. Aisha Bello-Okafor, PCC\nSessions: 8 x 60 min.', { language: 'en' }).text).toBe('Coach: Dr. A., PCC\nSessions: 8 x 60 min.');
    expect(masked('Best,\nKaren Oyelaran, SPHR', 'en')).toEqual([['Karen Oyelaran', 'person']]);
  });

  it('are roles when they are job titles: alone nobody, joined to an organisation one person', () => {
    expect(masked('Her MD, Graham, too. Her GP signed her off; the HRBP joined.', 'en')).toEqual([['Graham', 'person']]);
    const text = 'The HRD of Unilever called me.';
    expect(masked(text, 'en')).toContainEqual(['HRD of Unilever', 'role']);
    expect(masked('La RRH de Danone a appelé.')).toContainEqual(['RRH de Danone', 'role']);
  });

  it('never include an organisation’s own acronym, which may be a client’s employer', () => {
    expect(masked('Elle voit la DRH de la SNCF.')).toContainEqual(['SNCF', 'organisation']);
    expect(masked('She works at BP, he works for the BBC.', 'en')).toEqual([['BP', 'organisation'], ['BBC', 'organisation']]);
    for (const acronym of ['sncf', 'edf', 'bp', 'bbc', 'nhs', 'urssaf', 'ibm']) expect(COMMON_ACRONYMS.has(acronym), acronym).toBe(false);
  });

  it('never include a known organisation, nor a first name; a role, never a popular one', () => {
    for (const w of COMMON_ACRONYMS) {
      expect(lexicon().organisations.has(w), w).toBe(false);
      expect(lexicon().firstNames.has(w), w).toBe(false);
    }
    for (const w of ['rrh', 'hrd', 'hrbp', 'md', 'gp', 'svp', 'chro']) {
      expect(ROLE_WORDS.has(w), w).toBe(true);
      expect(lexicon().organisations.has(w) || lexicon().popularFirstNames.has(w), w).toBe(false);
    }
  });
});

describe('days and months, shortened or plural', () => {
  it('name no one', () => {
    // "Thurs 21st" is one day of one month: a date, masked as one; the weekdays and months around it name nothing.
    expect(masked('Board meeting Thurs 21st. Next call Tues. We meet on Sundays and Mondays, sometimes in Sept or Oct.', 'en')).toEqual([['Thurs 21st', 'date']]);
    expect(masked('Séances les Lundis et les Jeudis, RDV Ven. 14h.').map(([w]) => w)).toEqual(['14h']);
  });

  it('leave out those that are also a first name: "Jan", "Sam", "Thu" may be someone', () => {
    for (const w of DAY_AND_MONTH_ABBREVIATIONS) expect(lexicon().firstNames.has(w), w).toBe(false);
    expect(masked('Jan said yes.', 'en')).toEqual([['Jan', 'person']]);
  });
});

describe('a nationality in English', () => {
  it('is a detail to check, not a person nor a place', () => {
    const text = 'Her Irish mobile is off. A German client met an Indian supplier and a Nigerian coach.';
    expect(masked(text, 'en')).toEqual([]);
    expect(details(text, 'en')).toEqual([
      ['Irish', 'origin'],
      ['German', 'origin'],
      ['Indian', 'origin'],
      ['Nigerian', 'origin'],
    ]);
  });

  it('leaves out what is also a popular first name or a frequent surname: "Mr French" is a man', () => {
    const surnames = new Set(COMMON_SURNAMES.map(fold));
    for (const w of ENGLISH_NATIONALITIES.map(fold)) {
      expect(lexicon().popularFirstNames.has(w), w).toBe(false);
      expect(surnames.has(w), w).toBe(false);
    }
    expect(masked('Mr French and Ms English called.', 'en')).toEqual([
      ['French', 'person'],
      ['English', 'person'],
    ]);
  });
});
