import { describe, expect, it } from 'vitest';
import { belgianNationalNumbers, belgianNationalNumberValid } from './belgian-national-number.js';
import { digitWindows } from './windows.js';

const found = (text: string) => belgianNationalNumbers(text, digitWindows(text)).map((d) => [text.slice(d.start, d.end), d.type]);

describe('the Belgian national register number', () => {
  it('is checked as the register computes it, for those born before 2000 and after', () => {
    expect(belgianNationalNumberValid('85073003328')).toBe(true);
    expect(belgianNationalNumberValid('85073003361')).toBe(false);
    // Born in 2001: the check is computed on the digits after a 2.
    const first = 10_203_004;
    const check = 97 - ((2_000_000_000 + first) % 97);
    expect(belgianNationalNumberValid(`0${first}${String(check).padStart(2, '0')}`)).toBe(true);
  });

  it('is an identifier when its check holds, written with dots and a dash or not, and when its label says so', () => {
    expect(found('NN 85.07.30-033.28, à rappeler')).toEqual([['85.07.30-033.28', 'identifier']]);
    expect(found('son numéro 85073003328')).toEqual([['85073003328', 'identifier']]);
    expect(found('Registre national : 85.07.30-033.61')).toEqual([['85.07.30-033.61', 'identifier']]);
    expect(found('Commande 85.07.30-033.61 livrée')).toEqual([]);
  });
});

