import { describe, expect, it } from 'vitest';
import { credentials } from './credentials.js';
import { withLexicon } from './lexicon-for-tests.js';

const { anonymised } = withLexicon();
const found = (text: string) => credentials(text).map((d) => text.slice(d.start, d.end));

describe('credentials', () => {
  it('reads the login or the secret after its label', () => {
    expect(found('Identifiant : jmartin75 – mot de passe provisoire : Xy7!pq')).toEqual(['jmartin75', 'Xy7!pq']);
    expect(found('login : mpetit. Code secret : 482913, Passcode: 771204.')).toEqual(['mpetit', '482913', '771204']);
    expect(found("Code d'accès : 7731#. Username = j.doe")).toEqual(['7731#', 'j.doe']);
  });

  it('reads a door code, and a code of digits right after its label', () => {
    expect(found('Le digicode : 4512. Code secret 123456, code porte 4512B ; the door code is 7788, digicode 4B72.')).toEqual(['4512', '123456', '4512B', '7788', '4B72']);
    expect(found('Le code postal 75011, le pseudo Teams, le code de conduite 2024.')).toEqual([]);
  });

  it('reads "est" and "c\'est" before a value only where it looks like a login', () => {
    expect(found("Mon pseudo Teams c'est marc.petit. Le PIN est 4521.")).toEqual(['marc.petit', '4521']);
    expect(found('Le pseudo est un masque. Le code est simple. Son code de conduite : rigueur.')).toEqual([]);
  });

  it("reads a chat log's nicknames between angle brackets, not HTML tags", () => {
    expect(found('[14:02] <julie.martin> on décale ?\n[14:03] <marc_petit> ok <br>')).toEqual(['julie.martin', 'marc_petit']);
  });
});

describe('anonymise, with logins and secrets', () => {
  it('leaves none in clear', () => {
    const out = anonymised('Identifiant : jmartin75, mot de passe : Coach24!\n[14:02] <julie.martin> ok', { mode: 'placeholders' }).text;
    expect(out).not.toMatch(/jmartin75|Coach24|julie/);
  });
});
