import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, startServer } from './support.js';

/**
 * The newcomer's flow, in a real browser against the real server: sign up, add a
 * client, open an engagement with a contract and objectives, record a session
 * with notes, log a phone contact, see it all on the timeline, reload and find it
 * intact, switch to English. Screenshots land in test-results/screenshots/.
 */
describe('a newcomer records her first engagement', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  /** The form control with this label, whether or not it is marked required (" *"). */
  const field = (label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
  const shot = async (name: string) => {
    // Full-page shots of a scrolled page would paint the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('signs up and lands on her dashboard', async () => {
    await page.goto(`${server.base}/signup`);
    await field('Votre nom').fill('Camille Coach');
    await field('E-mail').fill('camille@example.test');
    await field('Mot de passe').fill('un mot de passe solide');
    await shot('01-sign-up');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Bonjour, Camille Coach' }).waitFor();
    await shot('02-dashboard');
  });

  it('adds a client with her job described at length', async () => {
    await page.getByRole('link', { name: 'Clients', exact: true }).first().click();
    await field('Prénom').fill('Sonia');
    await field('Nom').fill('Ferrand');
    await field('E-mail').fill('sonia@example.test');
    await field('Poste et rôle').fill("Appuie les chargés d'affaires en avant-vente, paramètre et installe le logiciel, forme les utilisateurs.");
    await page.getByRole('button', { name: 'Ajouter le client' }).click();
    await page.getByRole('heading', { name: /Sonia Ferrand/ }).waitFor();
    await shot('03-client');
  });

  it('opens an engagement with objectives and a contract', async () => {
    await page.getByRole('link', { name: 'Nouvel accompagnement' }).first().click();
    await field('Intitulé').fill('Ça coince, mais où ?');
    await field('Origine').selectOption('group_programme');
    await field('Séances prévues').fill('5');
    await field('Objectif 1').fill('Préparer l’entretien avec sa Direction');
    await field('Clause de confidentialité').fill('Le contenu des séances reste entre la coach et la cliente.');
    // Typed as the French screen writes a date, day first, whatever the browser's language.
    await field('Date d’accord du contrat').fill('20/11/2026');
    await shot('04-new-engagement');
    await page.getByRole('button', { name: 'Créer l’accompagnement' }).click();
    await page.getByRole('heading', { name: 'Ça coince, mais où ?' }).waitFor();
    const contract = page.getByRole('list', { name: 'Chronologie de l’accompagnement' }).locator('.timeline__entry--contract');
    await expect.poll(() => contract.innerText()).toMatch(/Contrat conclu\s*20 novembre 2026/);
  });

  it('records a session with notes that survive a reload', async () => {
    // A date and a time typed as the French screen writes them, the time on 24 hours.
    const when = page.getByRole('group', { name: 'Date et heure de la séance' });
    await when.getByLabel(/^Date/).fill('25/11/2026');
    const time = when.getByLabel(/^Heure/);
    // A time that does not exist is said so as she leaves the field; "10h" is read, and written 10:00.
    await time.fill('25h');
    await time.press('Tab');
    await when.getByText('Cette heure n’existe pas ou n’est pas au format hh:mm (sur 24 heures).').waitFor();
    expect(await time.getAttribute('aria-invalid')).toBe('true');
    await when.screenshot({ path: join(SCREENSHOT_DIR, '04b-session-time-invalid.png') });
    await time.fill('10h');
    await time.press('Tab');
    expect(await time.inputValue()).toBe('10:00');
    expect(await time.getAttribute('aria-invalid')).toBeNull();
    // The arrows move the part the caret is in, as a time input's do: five minutes at the end, an hour at the start.
    await time.press('End');
    await time.press('ArrowUp');
    expect(await time.inputValue()).toBe('10:05');
    await time.press('ArrowDown');
    await time.press('Home');
    await time.press('ArrowUp');
    expect(await time.inputValue()).toBe('11:00');
    await time.press('ArrowDown');
    expect(await time.inputValue()).toBe('10:00');
    await page.getByRole('button', { name: 'Planifier' }).click();
    await page.getByRole('link', { name: 'Ouvrir la séance' }).click();
    const situation = field('Situation');
    await situation.waitFor();
    // The session page shows the moment it was planned at, in the same two fields.
    const meta = page.getByRole('group', { name: 'Date et heure' });
    expect(await meta.getByLabel(/^Date/).inputValue()).toBe('25/11/2026');
    expect(await meta.getByLabel(/^Heure/).inputValue()).toBe('10:00');
    await situation.fill('Quelque chose « coince » dans sa vie professionnelle ; un entretien avec la Direction approche.');
    await field('Objectif de la séance').fill('Préparer l’entretien avec sa Direction.');
    await page.getByText('Enregistré', { exact: true }).waitFor({ timeout: 10_000 });
    await shot('05-session-editor');
    await page.reload();
    await expect.poll(() => field('Situation').inputValue()).toContain('« coince »');
    expect(await field('Objectif de la séance').inputValue()).toBe('Préparer l’entretien avec sa Direction.');
  });

  it('logs a phone call in seconds and sees everything on the timeline, after a reload too', async () => {
    await page.getByRole('link', { name: /Sonia Ferrand · Ça coince/ }).click();
    await field('Résumé de l’échange').fill('Appel sur un petit incident au travail');
    await field('Résumé de l’échange').press('Enter');
    const timeline = page.getByRole('list', { name: 'Chronologie de l’accompagnement' });
    await timeline.getByText('Appel sur un petit incident au travail').waitFor();
    await page.reload();
    await timeline.getByText('Appel sur un petit incident au travail').waitFor();
    await expect.poll(() => timeline.textContent()).toMatch(/Séance 1 sur 5/);
    expect(await timeline.textContent()).toContain('Préparer l’entretien avec sa Direction.');
    await shot('06-engagement-timeline');
  });

  it('types the dates of a feedback and a commitment as the French screen writes them', async () => {
    await page.getByText('Consigner un retour après l’événement').click();
    await field('Événement').fill('Entretien avec sa Direction');
    const eventOn = field('Date de l’événement');
    // A day that does not exist is said so as she leaves the field, and is not sent as "no date".
    await eventOn.fill('31/11/2026');
    await eventOn.press('Tab');
    await page.getByText('Cette date n’existe pas ou n’est pas au format jj/mm/aaaa', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Consigner le retour' }).click();
    await page.getByText('Vérifiez les champs signalés.').waitFor();
    expect(await eventOn.getAttribute('aria-invalid')).toBe('true');
    await page.locator('details:has(#feedback-eventOn)').screenshot({ path: join(SCREENSHOT_DIR, '05b-feedback-date-invalid.png') });
    await eventOn.fill('1/12/2026');
    await eventOn.press('Tab');
    expect(await eventOn.getAttribute('aria-invalid')).toBeNull();
    await page.locator('details:has(#feedback-eventOn)').screenshot({ path: join(SCREENSHOT_DIR, '05b-feedback-date.png') });
    await page.getByRole('button', { name: 'Consigner le retour' }).click();
    await page.getByText('Retour consigné.').waitFor();
    // Sent, the form is emptied, the date field with it.
    expect(await eventOn.inputValue()).toBe('');

    await page.getByRole('tab', { name: 'Progression' }).click();
    const add = page.getByRole('form', { name: 'Ajouter un engagement ou un garde-fou' });
    await add.getByLabel('Formulation').fill('Écrire à sa Direction pour fixer l’entretien');
    await add.getByLabel('Échéance').fill('15/12/2026');
    await add.scrollIntoViewIfNeeded();
    await add.screenshot({ path: join(SCREENSHOT_DIR, '05c-commitment-due-date.png') });
    await add.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await add.getByText('Ajouté.').waitFor();
    await page.getByText('Échéance : 15 décembre 2026').waitFor();
    expect(await add.getByLabel('Échéance').inputValue()).toBe('');
    // Its edit form shows the due date as written on the screen.
    await page.locator('.commitment').getByRole('button', { name: 'Modifier' }).click();
    const due = page.getByRole('form', { name: 'Modifier la formulation' }).getByLabel('Échéance');
    expect(await due.inputValue()).toBe('15/12/2026');
    await due.fill('16/12/2026');
    await page.getByRole('form', { name: 'Modifier la formulation' }).screenshot({ path: join(SCREENSHOT_DIR, '05d-commitment-edit-date.png') });
    await page.getByRole('form', { name: 'Modifier la formulation' }).getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Échéance : 16 décembre 2026').waitFor();
    await page.getByRole('tab', { name: 'Chronologie' }).click();
  });

  it('works on a tablet and a phone', async () => {
    for (const [name, width, height] of [['07-tablet', 768, 1024], ['08-phone', 390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.reload();
      await page.getByRole('heading', { name: 'Ça coince, mais où ?' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(1);
      await shot(name);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('switches to English', async () => {
    await page.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('list', { name: 'Engagement timeline' }).waitFor();
    expect(await page.getByRole('list', { name: 'Engagement timeline' }).textContent()).toMatch(/Session 1 of 5/);
    // In English too the date is day first and the time on 24 hours, whatever the browser's language.
    const when = page.getByRole('group', { name: 'Session date and time' });
    expect(await when.getByLabel(/^Date/).getAttribute('placeholder')).toBe('dd/mm/yyyy');
    const time = when.getByLabel(/^Time/);
    expect(await time.getAttribute('placeholder')).toBe('hh:mm');
    await time.fill('2:30 pm');
    await time.press('Tab');
    expect(await time.inputValue()).toBe('14:30');
    await shot('09-english');
  });
});
