import { describe, expect, it } from 'vitest';
import { obfuscatedEmails } from './obfuscated-emails.js';

const found = (text: string) => obfuscatedEmails(text).map((d) => text.slice(d.start, d.end));

describe('an e-mail address written so that robots miss it', () => {
  it('is found with its "@" and its dots in brackets or in words', () => {
    expect(found('Mail : paul point durand arobase gmail point com, ou p.durand[at]free.fr merci')).toEqual(['paul point durand arobase gmail point com', 'p.durand[at]free.fr']);
    expect(found('Write to jane dot doe at acme dot co dot uk.')).toEqual(['jane dot doe at acme dot co dot uk']);
    expect(found('contact (at) cabinet-lumen (dot) fr')).toEqual(['contact (at) cabinet-lumen (dot) fr']);
  });

  it('is found with "chez" or "at" for its "@", or a space after it', () => {
    expect(found('Écrire à marie.dupont chez gmail.com ou m.dupont@ cabinet-dupont.fr')).toEqual(['marie.dupont chez gmail.com', 'm.dupont@ cabinet-dupont.fr']);
    expect(found('Email jane.doe at acme.com today.')).toEqual(['jane.doe at acme.com']);
    // A word that is no address's before "chez": a meeting at a site.
    expect(found('RDV chez free.fr, meet at google.com.')).toEqual([]);
  });

  it('is not "at" in a sentence, nor "arobase" alone', () => {
    expect(found('We met at home. Meet me at the office point of sale.')).toEqual([]);
    expect(found("Le signe arobase est sur la touche 0.")).toEqual([]);
  });
});
