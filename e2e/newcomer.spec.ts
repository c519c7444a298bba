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
    await field('Date d’accord du contrat').fill('2026-11-20');
    await shot('04-new-engagement');
    await page.getByRole('button', { name: 'Créer l’accompagnement' }).click();
    await page.getByRole('heading', { name: 'Ça coince, mais où ?' }).waitFor();
  });

  it('records a session with notes that survive a reload', async () => {
    await field('Date et heure de la séance').fill('2026-11-25T10:00');
    await page.getByRole('button', { name: 'Planifier' }).click();
    await page.getByRole('link', { name: 'Ouvrir la séance' }).click();
    const situation = field('Situation');
    await situation.waitFor();
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
    await shot('09-english');
  });
});
