import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../api/client';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { consentProblems } from './consent-errors';
import { ConsentFormError, useConsentFieldErrors } from './ConsentFormError';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

// As the server sends them (see case-study-consent.api.test.ts).
const tooShort = new ApiError(400, 'invalid_input', 'Invalid input: statement', [{ path: 'statement', message: 'Too small: expected string to have >=10 characters', code: 'too_small', minimum: 10 }]);
const tooLong = new ApiError(400, 'invalid_input', 'Invalid input: statement', [{ path: 'statement', message: 'Too big: expected string to have <=1000 characters', code: 'too_big', maximum: 1000 }]);
const badDate = new ApiError(400, 'invalid_input', 'Invalid input: givenOn', [{ path: 'givenOn', message: 'Invalid ISO date', code: 'invalid_format' }]);
const afterToday = new ApiError(400, 'invalid_input', 'Invalid input: givenOn', [
  { path: 'givenOn', message: 'The consent cannot be dated after today (2026-03-30)', code: 'after_today', latest: '2026-03-30' },
]);
const noClientSpace = new ApiError(409, 'conflict', 'The client has not consented to publication in her space (or has withdrawn it)', { reason: 'no_client_space_consent' });
const html = (error: unknown) => renderToStaticMarkup(<ConsentFormError error={error} />);
/** The sentence each refused field shows beside it. */
function Said({ error }: { error: unknown }) {
  const said = useConsentFieldErrors(error);
  return <>{consentProblems(error).map((p) => said(p.field)).join('|')}</>;
}
const says = (error: unknown) => renderToStaticMarkup(<Said error={error} />).split('|');

describe('the consent form’s refusals', () => {
  it('word each field the server refused in French, naming it, with its bounds', async () => {
    await i18n.changeLanguage('fr');
    expect(says(tooShort)).toEqual(['Votre déclaration est trop courte : écrivez au moins 10 caractères pour dire en quoi le cas est composite ou romancé.']);
    expect(says(tooLong)).toEqual(['Votre déclaration est trop longue : 1\u202f000 caractères au plus.']);
    expect(says(badDate)).toEqual(['La date du consentement n’est pas une date valide.']);
    expect(says(badDate)).not.toContain('Invalid ISO date');
    // The form's own message sends her to the field, which shows the sentence.
    expect(html(tooShort)).toContain('Le consentement n’est pas enregistré : vérifiez « Votre déclaration ».');
    expect(html(badDate)).toContain('vérifiez « Consentement donné le »');
    for (const error of [tooShort, tooLong, badDate]) expect(html(error)).not.toMatch(/Too small|Too big|Invalid|conflit/);
  });

  it('says a consent dated after today is refused, with the day the server counts as today, in French and English', async () => {
    await i18n.changeLanguage('fr');
    expect(consentProblems(afterToday)).toEqual([{ field: 'givenOn', key: 'givenOnAfterToday', values: { latest: '2026-03-30' } }]);
    expect(says(afterToday)).toEqual(['Le consentement ne peut pas être daté après aujourd’hui, le 30 mars 2026 : indiquez le jour où elle l’a donné.']);
    expect(html(afterToday)).toContain('Le consentement n’est pas enregistré : vérifiez « Consentement donné le ».');
    expect(html(afterToday)).not.toContain('The consent cannot');
    // Without the day, the sentence still reads whole.
    const undated = new ApiError(400, 'invalid_input', 'Invalid input: givenOn', [{ path: 'givenOn', message: 'after today', code: 'after_today' }]);
    expect(says(undated)).toEqual(['Le consentement ne peut pas être daté après aujourd’hui : indiquez le jour où elle l’a donné.']);
    await i18n.changeLanguage('en');
    expect(says(afterToday)).toEqual(['The consent cannot be dated after today, 30 March 2026: give the day she gave it.']);
    expect(html(afterToday)).toContain('The consent was not saved: check “Consent given on”.');
    await i18n.changeLanguage('fr');
  });

  it('says what a consent missing in her space means, and what to do, instead of a generic conflict', async () => {
    await i18n.changeLanguage('fr');
    const out = html(noClientSpace);
    expect(out).toContain('Fondement : la personne accompagnée n’a pas donné son consentement dans son espace, ou l’a retiré.');
    expect(out).not.toContain('conflit avec l’état actuel');
    expect(out).toContain('role="alert"');
  });

  it('says the same in English', async () => {
    await i18n.changeLanguage('en');
    expect(says(tooShort)).toEqual(['Your statement is too short: write at least 10 characters to say how the case is composite or fictionalised.']);
    expect(html(noClientSpace)).toContain('Basis: the client has not given her consent in her space');
    expect(html(tooLong)).toContain('The consent was not saved: check “Your statement”.');
    await i18n.changeLanguage('fr');
  });

  it('leaves what is not about the form to the app’s one message', async () => {
    await i18n.changeLanguage('fr');
    expect(consentProblems(new NetworkError(new Error('offline')))).toEqual([]);
    expect(html(new NetworkError(new Error('offline')))).toContain('Le serveur est injoignable.');
    expect(consentProblems(new ApiError(404, 'not_found', 'Case study not found'))).toEqual([]);
    expect(html(null)).toBe('');
  });
});
