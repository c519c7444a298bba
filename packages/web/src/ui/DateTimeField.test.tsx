import i18n from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { DateTimeField } from './DateTimeField';

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const inputs = (html: string) => [...html.matchAll(/<input [^>]*>/g)].map((m) => m[0]);
const draw = (props: Partial<Parameters<typeof DateTimeField>[0]> = {}) =>
  renderToStaticMarkup(<DateTimeField id="session-when" label="Date et heure de la séance" value="2026-11-25T10:00" onChange={() => {}} {...props} />);

describe('a date and time field', () => {
  it('is a named pair: a date written as the French screen does, and a time on 24 hours', async () => {
    await i18n.changeLanguage('fr');
    const html = draw({ required: true });
    expect(html).toMatch(/^<div class="datetime-field" role="group" aria-label="Date et heure de la séance">/);
    const [date, time] = inputs(html);
    expect(date).toContain('id="session-when-date"');
    expect(date).toContain('value="25/11/2026"');
    expect(time).toContain('id="session-when-time"');
    expect(time).toContain('value="10:00"');
    for (const field of [date, time]) {
      expect(field).toContain('aria-required="true"');
      expect(field).not.toMatch(/type="(datetime-local|time|date)"/);
    }
    expect(html).toContain('<label for="session-when-date">Date</label>');
    expect(html).toContain('<label for="session-when-time">Heure</label>');
  });

  it('writes the same moment day first and on 24 hours in English', async () => {
    await i18n.changeLanguage('en');
    const html = draw({ value: '2026-11-25T14:30' });
    const [date, time] = inputs(html);
    expect(date).toContain('value="25/11/2026"');
    expect(time).toContain('value="14:30"');
    expect(html).toContain('<label for="session-when-time">Time</label>');
    await i18n.changeLanguage('fr');
  });

  it('is empty while the form has no moment, and asks for both once the form was sent', () => {
    const quiet = draw({ value: '', required: true });
    expect(inputs(quiet).every((field) => field.includes('value=""'))).toBe(true);
    expect(quiet).not.toContain('field-error');
    const sent = draw({ value: '', required: true, checked: true });
    expect(sent).toContain('<p id="session-when-date-error" class="field-error">Indiquez une date, au format jj/mm/aaaa.</p>');
    expect(sent).toContain('<p id="session-when-time-error" class="field-error">Indiquez une heure, au format hh:mm.</p>');
  });

  it('does not mark its fields required unless asked, and shows the server’s word under the date', () => {
    const html = draw({ value: '', error: 'Ce champ est obligatoire.' });
    expect(html).not.toContain('aria-required');
    expect(html).toContain('<p id="session-when-date-error" class="field-error">Ce champ est obligatoire.</p>');
    expect(html).not.toContain('session-when-time-error');
    // Required, an empty field says so itself once the form was sent, and the server's word would only repeat it.
    const sent = draw({ value: '', required: true, checked: true, error: 'Ce champ est obligatoire.' });
    expect(sent).not.toContain('Ce champ est obligatoire.');
  });
});
