import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { DateTextField } from './DateTextField';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const input = (html: string) => /<input [^>]*>/.exec(html)?.[0] ?? '';
const draw = (props: Partial<Parameters<typeof DateTextField>[0]> = {}) =>
  renderToStaticMarkup(<DateTextField id="contract-agreedOn" label="Date d’accord du contrat" value="2026-11-20" onChange={() => {}} {...props} />);

describe('a date field', () => {
  it('writes the form’s date as the French screen does, in a text field, whatever the browser’s language', async () => {
    await i18n.changeLanguage('fr');
    const html = draw({ hint: 'Vide tant que le contrat n’est pas conclu.' });
    const field = input(html);
    for (const attribute of ['id="contract-agreedOn"', 'name="contract-agreedOn"', 'value="20/11/2026"', 'placeholder="jj/mm/aaaa"', 'inputMode="numeric"', 'aria-describedby="contract-agreedOn-hint"']) {
      expect(field).toContain(attribute);
    }
    expect(field).not.toContain('type="date"');
    expect(html).toContain('<label for="contract-agreedOn">Date d’accord du contrat</label>');
    // The field's own hint first, then the format to write.
    expect(html).toMatch(/<p id="contract-agreedOn-hint" class="field-hint">Vide tant que le contrat n’est pas conclu\. Au format jj\/mm\/aaaa, par exemple \d{2}\/\d{2}\/\d{4}\.<\/p>/);
    expect(html).toContain('class="field field--narrow"');
  });

  it('writes it day first on the English screen too, with the English letters', async () => {
    await i18n.changeLanguage('en');
    const html = draw();
    expect(input(html)).toContain('value="20/11/2026"');
    expect(input(html)).toContain('placeholder="dd/mm/yyyy"');
    expect(html).toMatch(/As dd\/mm\/yyyy, for example \d{2}\/\d{2}\/\d{4}\./);
    await i18n.changeLanguage('fr');
  });

  it('shows what she typed that is not a date as she typed it, and the server’s word on it', () => {
    const html = draw({ value: '31/04/2026', error: 'Date invalide.' });
    expect(input(html)).toContain('value="31/04/2026"');
    expect(input(html)).toContain('aria-invalid="true"');
    expect(html).toContain('<p id="contract-agreedOn-error" class="field-error">Date invalide.</p>');
  });

  it('is empty while the form has no date, and takes the width it is given', () => {
    const html = draw({ value: '', className: 'field--narrow-date', required: true });
    expect(input(html)).toContain('value=""');
    expect(input(html)).toContain('aria-required="true"');
    expect(html).toContain('class="field field--narrow-date"');
    // Nothing is wrong before she has typed or sent anything.
    expect(html).not.toContain('field-error');
  });

  it('says at once what is wrong once the form was sent', () => {
    const html = draw({ value: null, checked: true, required: true });
    expect(html).toContain('Indiquez une date, au format jj/mm/aaaa.');
  });
});
