import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { TimeTextField } from './TimeTextField';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const input = (html: string) => /<input [^>]*>/.exec(html)?.[0] ?? '';
const draw = (props: Partial<Parameters<typeof TimeTextField>[0]> = {}) =>
  renderToStaticMarkup(<TimeTextField id="day-0-from" label="De" value="09:00" onChange={() => {}} {...props} />);

describe('a time field', () => {
  it('writes the form’s time on 24 hours in a text field, whatever the browser’s clock', async () => {
    await i18n.changeLanguage('fr');
    const html = draw({ hint: 'Début de la journée.' });
    const field = input(html);
    for (const attribute of ['id="day-0-from"', 'name="day-0-from"', 'value="09:00"', 'placeholder="hh:mm"', 'inputMode="numeric"', 'aria-describedby="day-0-from-hint"']) {
      expect(field).toContain(attribute);
    }
    expect(field).not.toContain('type="time"');
    expect(html).toContain('<label for="day-0-from">De</label>');
    // The field's own hint first, then how to write a time.
    expect(html).toContain('<p id="day-0-from-hint" class="field-hint">Début de la journée. Sur 24 heures, par exemple 14:30.</p>');
    expect(html).toContain('class="field field--narrow"');
  });

  it('writes it on 24 hours on the English screen too', async () => {
    await i18n.changeLanguage('en');
    const html = draw({ value: '14:30' });
    expect(input(html)).toContain('value="14:30"');
    expect(input(html)).toContain('placeholder="hh:mm"');
    expect(html).toContain('In 24-hour time, for example 14:30.');
    expect(html).not.toMatch(/PM|AM/);
    await i18n.changeLanguage('fr');
  });

  it('shows what she typed that is not a time as she typed it, and the server’s word on it', () => {
    const html = draw({ value: '25h', error: 'L’heure de fin doit suivre celle du début.' });
    expect(input(html)).toContain('value="25h"');
    expect(input(html)).toContain('aria-invalid="true"');
    expect(input(html)).toContain('aria-describedby="day-0-from-hint day-0-from-error"');
    expect(html).toContain('<p id="day-0-from-error" class="field-error">L’heure de fin doit suivre celle du début.</p>');
  });

  it('is empty while the form has no time, and says nothing is wrong before she has typed or sent anything', () => {
    const html = draw({ value: '', required: true });
    expect(input(html)).toContain('value=""');
    expect(input(html)).toContain('aria-required="true"');
    expect(html).not.toContain('field-error');
  });

  it('says at once what is wrong once the form was sent, naming a time', async () => {
    expect(draw({ value: '', checked: true, required: true })).toContain('Indiquez une heure, au format hh:mm.');
    expect(draw({ value: '25h', checked: true })).toContain('Cette heure n’existe pas ou n’est pas au format hh:mm (sur 24 heures).');
    await i18n.changeLanguage('en');
    expect(draw({ value: '', checked: true, required: true })).toContain('Enter a time, as hh:mm.');
    await i18n.changeLanguage('fr');
  });
});
