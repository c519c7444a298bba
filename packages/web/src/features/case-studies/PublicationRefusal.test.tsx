import type { CaseStudy } from '@alliance/api';
import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { en } from '../../i18n/en';
import { fr } from '../../i18n/fr';
import { keptNamesOf, PublicationRefusal } from './PublicationRefusal';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const anonymised = { consent: { kind: 'client', scope: 'anonymised', givenOn: '2026-05-01' } } as unknown as CaseStudy;
const composite = { consent: { kind: 'composite', statement: 'Plusieurs cas mêlés.', statedAt: '2026-05-01T10:00:00Z' } } as unknown as CaseStudy;
const keptBeyond = (kept: unknown) => new ApiError(409, 'conflict', 'This case study cannot be published yet: kept_beyond_consent', { reason: 'kept_beyond_consent', unresolved: [], prompts: [], kept });
const html = (error: unknown, caseStudy: CaseStudy) => renderToStaticMarkup(<PublicationRefusal error={error} caseStudy={caseStudy} />);

describe('a refused publication', () => {
  it('names each name kept beyond the consent, whose it is, and what to do', async () => {
    await i18n.changeLanguage('fr');
    const out = html(keptBeyond([{ text: 'Sonia', part: 'first_name' }, { text: 'Logisud', part: 'third_party' }]), anonymised);
    expect(out).toContain('au-delà de son consentement (« Anonymisé »)');
    expect(out).toContain('<li>« Sonia » : son prénom</li>');
    expect(out).toContain('<li>« Logisud » : le nom d’une autre personne ou d’une organisation');
    expect(out).toContain('choisissez « Accepter » ou « Remplacer par »');
    // Her first name is hers to consent to: a wider consent is a way out.
    expect(out).toContain('enregistrez plutôt la portée qu’elle a réellement donnée');
    expect(out).toContain('role="alert"');
  });

  it('offers no wider consent for a third party’s name or a composite case, only replacing it', async () => {
    await i18n.changeLanguage('fr');
    expect(html(keptBeyond([{ text: 'Logisud', part: 'third_party' }]), anonymised)).not.toContain('portée qu’elle a réellement donnée');
    const out = html(keptBeyond([{ text: 'Sonia', part: 'first_name' }]), composite);
    expect(out).toContain('alors que le cas est déclaré composite ou romancé');
    expect(out).not.toContain('portée qu’elle a réellement donnée');
  });

  it('says it in English on the English screen', async () => {
    await i18n.changeLanguage('en');
    const out = html(keptBeyond([{ text: 'Ferrand', part: 'surname' }]), anonymised);
    expect(out).toContain('beyond her consent (“Anonymised”)');
    expect(out).toContain('<li>“Ferrand”: her surname</li>');
    await i18n.changeLanguage('fr');
  });

  it('keeps the one sentence of the other refusals, and reads no malformed names', async () => {
    await i18n.changeLanguage('fr');
    expect(html(new ApiError(409, 'conflict', 'no', { reason: 'no_consent' }), anonymised)).toContain('enregistrez d’abord le consentement');
    expect(html(keptBeyond('Sonia'), anonymised)).toContain('vous avez laissé en clair un nom réel');
    expect(keptNamesOf({ kept: [{ text: 'Sonia', part: 'first_name' }, { text: 3, part: 'surname' }, { text: 'X', part: 'other' }, null] })).toEqual([{ text: 'Sonia', part: 'first_name' }]);
  });
});
