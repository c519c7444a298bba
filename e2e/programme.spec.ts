import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, startServer } from './support.js';

/**
 * Seed 003's path: a two-day programme in a city with three participants, attendance,
 * a phone call between the days, then an individual engagement started from one
 * participant, whose timeline begins with the programme.
 */
describe('from the group days to the individual engagement', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = async (name: string) => {
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // A French coach in an English browser: the app's dates and times follow the French screen, not the browser.
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'en-US', timezoneId: 'Europe/Paris' });
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('creates seed 003’s two-day programme', async () => {
    await page.goto(`${server.base}/signup`);
    await page.getByLabel(/^Votre nom/).fill('Hélène Coach');
    await page.getByLabel(/^E-mail/).fill('helene.programme@example.test');
    await page.getByLabel(/^Mot de passe/).fill('un mot de passe solide');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await page.getByRole('link', { name: 'Accompagnements' }).first().click();
    await page.getByRole('link', { name: 'Programmes collectifs' }).click();
    await page.getByLabel(/^Titre/).fill('Prendre sa place dans l’équipe');
    await page.getByLabel(/^Lieu/).fill('Lyon');
    await page.getByLabel(/^Nombre de places/).fill('12');
    // Days typed as the French screen writes them (12/03 is the 12th of March, not the 3rd of December).
    await page.getByLabel(/^Date/).fill('12/03/2026');
    await page.getByRole('button', { name: 'Ajouter une journée' }).click();
    expect(await page.locator('#day-1-date').inputValue()).toBe('12/03/2026');
    await page.locator('#day-1-date').fill('19/03/2026');
    // Times on 24 hours, as French coaches write them too: "9h" is 09:00.
    expect(await page.locator('#day-1-to').inputValue()).toBe('17:30');
    await page.locator('#day-1-from').fill('9h');
    await page.locator('#day-1-from').press('Tab');
    expect(await page.locator('#day-1-from').inputValue()).toBe('09:00');
    await page.getByLabel(/^Entre les journées/).fill('Joignable par téléphone en semaine, de 18 h à 19 h.');
    await shot('59-new-programme');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.programme-day').first().screenshot({ path: join(SCREENSHOT_DIR, '59b-new-programme-day-phone.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: 'Créer le programme' }).click();
    await page.getByRole('heading', { name: 'Prendre sa place dans l’équipe' }).waitFor();
    expect(await page.locator('.programme-days li').allInnerTexts()).toEqual([expect.stringContaining('12 mars 2026 · 09:00–17:30'), expect.stringContaining('19 mars 2026 · 09:00–17:30')]);
  });

  it('adds three participants and marks who came', async () => {
    for (const [first, last] of [
      ['Sonia', 'Ferrand'],
      ['Marc', 'Aubry'],
      ['Inès', 'Robert'],
    ]) {
      await page.getByLabel(/^Prénom/).fill(first!);
      await page.getByLabel(/^Nom$/).fill(last!);
      await page.getByRole('button', { name: 'Inscrire' }).click();
      await page.getByRole('link', { name: `${first} ${last}` }).waitFor();
    }
    await page.getByLabel('Présence le 12 mars 2026 — Sonia Ferrand').check();
    await page.getByLabel('Présence le 19 mars 2026 — Sonia Ferrand').check();
    await page.getByLabel('Présence le 12 mars 2026 — Marc Aubry').check();
    await expect.poll(() => page.locator('.programme-days li').first().innerText()).toContain('2 présent·es');
  });

  it('logs a phone call between the days', async () => {
    await page.getByLabel(/^Avec/).selectOption({ label: 'Sonia Ferrand' });
    const when = page.getByRole('group', { name: 'Quand' });
    await when.getByLabel(/^Date/).fill('15/03/2026');
    await when.getByLabel(/^Heure/).fill('18h20');
    await page.getByLabel(/^Résumé/).fill('Un petit incident avec son manager ; elle voulait en parler avant la deuxième journée.');
    await page.getByRole('button', { name: 'Consigner' }).click();
    await page.getByText('entre les journées', { exact: true }).waitFor();
    await page.getByText('Son retour à la fin du programme').first().click();
    await page.getByLabel('Note (0 à 10)').first().selectOption('9');
    await page.getByLabel('Ses mots').first().fill('Les deux journées m’ont aidée à oser parler.');
    await page.getByRole('form', { name: 'Son retour à la fin du programme — Sonia Ferrand' }).getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Son retour : 9/10').waitFor();
    await page.getByLabel('Lien', { exact: true }).fill('https://example.test/support-journee-1.pdf');
    await page.getByLabel('Intitulé', { exact: true }).fill('Support de la journée 1');
    await page.getByRole('button', { name: 'Ajouter un support' }).click();
    await page.getByRole('link', { name: 'Support de la journée 1' }).waitFor();
    await shot('60-programme');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('form', { name: 'Consigner un échange entre les journées' }).screenshot({ path: join(SCREENSHOT_DIR, '60b-programme-contact-phone.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('starts her individual engagement and shows the programme on its timeline', async () => {
    await page.getByLabel('Titre de l’accompagnement de Sonia Ferrand').fill('Ça coince, mais où ?');
    await page.getByRole('form', { name: /Démarrer un accompagnement individuel — Sonia Ferrand/ }).getByRole('button').click();
    await page.getByRole('heading', { name: 'Ça coince, mais où ?' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Chronologie de l’accompagnement' });
    await timeline.getByText('Journée du programme « Prendre sa place dans l’équipe »').first().waitFor();
    await timeline.getByText(/Téléphone entre les journées/).waitFor();
    expect(await timeline.getByText('Présence à cette journée').count()).toBe(2);
    await shot('61-engagement-from-programme');
  });

  it('shows the two days and her session on the calendar, and gives her session as an .ics', async () => {
    const when = page.getByRole('group', { name: 'Date et heure de la séance' });
    await when.getByLabel(/^Date/).fill('26/03/2026');
    await when.getByLabel(/^Heure/).fill('18:00');
    await page.getByRole('button', { name: 'Planifier' }).click();
    await page.getByRole('link', { name: 'Ouvrir la séance' }).click();
    await page.waitForURL(/\/sessions\//);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Invitation pour la cliente ou le client/ }).click();
    const ics = await (await download).path();
    const { readFileSync } = await import('node:fs');
    const body = readFileSync(ics, 'utf8');
    expect(body).toContain('BEGIN:VEVENT');
    expect(body).toContain('DTSTART:20260326T170000Z');

    await page.getByRole('link', { name: 'Agenda' }).first().click();
    await page.getByRole('button', { name: 'Mois' }).click();
    // From today back to March 2026, a month at a time.
    for (let i = 0; i < 24 && !(await page.getByRole('heading', { name: 'mars 2026' }).isVisible()); i++) await page.getByRole('button', { name: 'Période précédente' }).click();
    const grid = page.getByRole('list', { name: 'mars 2026' });
    await expect.poll(() => grid.locator('.calendar-entry--programme_day').count()).toBe(2);
    expect(await grid.locator('.calendar-entry--session').count()).toBe(1);
    expect(await grid.locator('.calendar-entry--session').innerText()).toContain('18:00–19:00');
    await shot('62-calendar-month');

    // Moved half an hour later from the week: the new time typed on 24 hours as well.
    await page.getByRole('button', { name: 'Semaine' }).click();
    // The week opens around the month's day shown: a step at a time to the week of 23 March, each step awaited.
    const title = page.locator('.calendar-toolbar__title');
    for (let i = 0; i < 6; i++) {
      const shown = await title.innerText();
      if (shown === 'Semaine du 23 mars 2026') break;
      const later = /Semaine du (2[4-9]|3\d) mars/.test(shown);
      await page.getByRole('button', { name: later ? 'Période précédente' : 'Période suivante' }).click();
      await expect.poll(() => title.innerText()).not.toBe(shown);
    }
    const session = page.getByRole('list', { name: 'Semaine du 23 mars 2026' }).locator('.calendar-entry--session');
    await session.getByRole('button', { name: 'Déplacer' }).click();
    const move = session.getByRole('group', { name: 'Nouvelle date et heure' });
    expect(await move.getByLabel(/^Date/).inputValue()).toBe('26/03/2026');
    expect(await move.getByLabel(/^Heure/).inputValue()).toBe('18:00');
    await move.getByLabel(/^Heure/).fill('18h30');
    await session.screenshot({ path: join(SCREENSHOT_DIR, '63-calendar-move.png') });
    await session.getByRole('button', { name: 'Déplacer la séance' }).click();
    await expect.poll(() => session.innerText()).toContain('18:30–19:30');
  });
});
