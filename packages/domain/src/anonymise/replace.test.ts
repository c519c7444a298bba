import { describe, expect, it } from 'vitest';
import { EPICENE_FIRST_NAMES } from './epicene-names.js';
import { withLexicon } from './lexicon-for-tests.js';
import type { AnonymiseMode, KnownEntity, Language } from './types.js';

const { anonymised, lexicon } = withLexicon();
const run = (text: string, mode: AnonymiseMode, language: Language = 'fr', known: KnownEntity[] = []) => anonymised(text, { mode, language, known }).text;
/** The gender of a pseudonym's first name: a woman's or a man's in the lists' popular names, or one given to both. */
const genderOf = (first: string, language: Language) => {
  if ((EPICENE_FIRST_NAMES[language] as readonly string[]).includes(first)) return 'both';
  const by = lexicon().firstNamesBy[language];
  return by.f.includes(first) ? 'f' : by.m.includes(first) ? 'm' : 'unknown';
};

describe('a pseudonym', () => {
  it('never begins with a name of the text, nor is the beginning of one ("Juliette" for Julie)', () => {
    const text = 'Grace Baker a vu Priya Raman, puis Tom Martin et Julie Petit.';
    const words = ['grace', 'baker', 'priya', 'raman', 'tom', 'martin', 'julie', 'petit'];
    // Across many practices' keys, whichever pseudonyms each key picks.
    for (let k = 0; k < 60; k++) {
      const out = anonymised(text, { mode: 'pseudonyms', seedOf: (id) => `key${k}|${id}` }).text;
      const given = out.split(/[^\p{L}]+/u).filter(Boolean).map((w) => w.toLowerCase());
      for (const g of given) for (const w of words) expect(g.startsWith(w) || (g.length >= 3 && w.startsWith(g)), `${g} for ${w} (${out})`).toBe(false);
    }
  });
});

describe('the gender of a pseudonym', () => {
  it('follows the agreement of the French sentence where the lists give a name given to both its rarer gender', () => {
    // "Yannick" and "Georges" come out female from the gender list, which reads girls' names last.
    const out = run("Yannick est venu. Yannick Le Floc'h aussi.", 'pseudonyms');
    const first = /^(\S+) est venu\./u.exec(out)?.[1];
    expect(genderOf(first!, 'fr')).toBe('m');
    expect(out).toContain(`${first} `);
  });

  it('follows a feminine apposition: "Me" says no gender, "avocate" does', () => {
    const out = run('Me Laurence Brunet, avocate, était là.', 'pseudonyms');
    const first = /^Me (\S+) \S+, avocate/u.exec(out)?.[1];
    expect(genderOf(first!, 'fr')).toBe('f');
  });

  it('follows a possessive in apposition: "Lorraine, sa collègue"', () => {
    expect(genderOf(run('Lorraine, sa collègue, est partie.', 'pseudonyms').split(',')[0]!, 'fr')).toBe('f');
  });

  it('gives a name given to both a pseudonym given to both when the text says nothing', () => {
    const out = run('Georges aussi.', 'pseudonyms');
    expect(genderOf(out.split(' ')[0]!, 'fr')).toBe('both');
  });

  it('keeps the gender the lists are sure of, and a man the agreement says is one', () => {
    expect(genderOf(run('Emna est venue.', 'pseudonyms').split(' ')[0]!, 'fr')).toBe('f');
    expect(genderOf(run('Pierre aussi.', 'pseudonyms').split(' ')[0]!, 'fr')).toBe('m');
    expect(genderOf(run('Camille est arrivé en retard.', 'pseudonyms').split(' ')[0]!, 'fr')).toBe('m');
  });

  it('gives no gender to a person addressed as "Mx"', () => {
    const out = run('Apologies: Mx Jordan Blake.', 'pseudonyms', 'en');
    const first = /Mx (\S+) \S+\.$/u.exec(out)?.[1];
    expect(genderOf(first!, 'en')).toBe('both');
  });
});

describe('titles', () => {
  const text = 'Present: Rev. Thomas Doyle, Sgt. Mike Ruiz, Councillor Brenda Hale, Mx Jordan Blake.';

  it('stay as written before an initial, never taken for a name', () => {
    expect(run(text, 'initials', 'en')).toBe('Present: Rev. T., Sgt. M., Councillor B., Mx J.');
  });

  it('stay as written before a pseudonym', () => {
    const out = run(text, 'pseudonyms', 'en');
    expect(out).toMatch(/^Present: Rev\. \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+, Sgt\. \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+, Councillor \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+, Mx \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\.$/u);
    expect(out).not.toMatch(/Thomas|Doyle|Mike|Ruiz|Brenda|Hale|Jordan|Blake/);
  });

  it('"Lady" stays a title before a surname', () => {
    expect(run('Lady Pemberton sent her apologies.', 'pseudonyms', 'en')).toMatch(/^Lady \p{Lu}\p{Ll}+ sent her apologies\.$/u);
  });
});

describe('two people of one initial', () => {
  it('gives the second a letter of her own, without a number that reads as a typo', () => {
    expect(run('Réunion avec M. Lenoir et Mme Leroy.', 'initials')).toBe('Réunion avec M. L. et Mme N.');
    expect(run('Meeting with Mr Lennox and Mrs Leroy.', 'initials', 'en')).toBe('Meeting with Mr L. and Mrs M.');
  });

  it('still gives the second a first name and a surname initial where she has both', () => {
    expect(run('Sophie Martin et Sophie Blanc sont venues.', 'initials')).toBe('S. et S. B. sont venues.');
  });
});

describe('an English place said before a noun it qualifies', () => {
  it('reads as a modifier: "the Lyon team" is "the large-city team"', () => {
    expect(run('Constellation: "the Lyon team", "the CEO".', 'initials', 'en')).toBe('Constellation: "the large-city team", "the CEO".');
    expect(run('Moved Marc closer to the Lyon team.', 'initials', 'en')).toContain('closer to the large-city team.');
  });

  it('keeps the capitals of a line in capitals', () => {
    expect(run('- THE LEEDS TEAM\n- Me', 'initials', 'en')).toBe('- THE LARGE-CITY TEAM\n- Me');
  });

  it('is left as a place where it is no modifier', () => {
    expect(run('She moved to Lyon last year.', 'initials', 'en')).toBe('She moved to a large city in south-eastern France last year.');
    expect(run('The Lyon of her childhood is gone.', 'initials', 'en')).not.toContain('large-city');
  });
});

describe('an English pseudonym', () => {
  it('takes the gender the pronoun after the name gives: "Sam and her husband", "Alex said he"', () => {
    const out = run('Sam and her husband Alex came. Alex said he was tired.', 'pseudonyms', 'en');
    const [, sam, alex] = /^(\S+) and her husband (\S+) came\./u.exec(out) ?? [];
    expect(genderOf(sam!, 'en')).toBe('f');
    expect(genderOf(alex!, 'en')).toBe('m');
  });
});

describe("pseudonyms keyed by the practice's secret", () => {
  const text = 'Grace Baker a vu Priya Raman, puis Tom Martin et Julie Petit.';
  const pseudonymised = (seedOf?: (id: string) => string) => anonymised(text, { mode: 'pseudonyms', ...(seedOf ? { seedOf } : {}) }).text;

  it('are chosen by the key: the same with the same key, others with another, so a list of names cannot be run backwards', () => {
    const withKey = pseudonymised((id) => `key-1|${id}`);
    expect(pseudonymised((id) => `key-1|${id}`)).toBe(withKey);
    expect(withKey).not.toBe(pseudonymised());
    expect(withKey).not.toBe(pseudonymised((id) => `key-2|${id}`));
    expect(withKey).not.toMatch(/Grace|Baker|Priya|Raman|Tom|Martin|Julie|Petit/);
  });

  it('give one person one pseudonym throughout the text, with the key as without it', () => {
    const out = anonymised('Grace Baker arrive. Grace parle.', { mode: 'pseudonyms', seedOf: (id) => `k|${id}` }).text;
    const [first] = out.split(' ');
    expect(out.split('.')[1]).toContain(first!);
  });
});
