import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpFromUri } from '../packages/server/src/testing/totp.js';
import { launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, startServer } from './support.js';

/**
 * The confidentiality screens a coach shows a client who asks "who can read this?":
 * search across her notes, the access history, the retention period, erasure by key
 * destruction, and two-step sign-in from set-up to the code asked at the next
 * sign-in. Runs on the demo practice a fresh installation seeds.
 */
describe('a coach looks after her clients’ confidentiality', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let otpauth = '';
  const field = (label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };
  const signIn = async () => {
    await page.goto(`${server.base}/signin`);
    await field('E-mail').fill('demo@alliance.local');
    await field('Mot de passe').fill('demo-alliance');
    await page.getByRole('button', { name: 'Se connecter' }).click();
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

  it('finds a word across her notes whatever its accents and ending, highlighted', async () => {
    await signIn();
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await page.getByRole('link', { name: 'Rechercher' }).first().click();
    await field('Rechercher dans vos notes').fill('tristesses');
    const results = page.getByRole('list', { name: 'Résultats de la recherche' });
    await results.waitFor();
    const marks = results.locator('mark');
    expect(await marks.count()).toBeGreaterThan(0);
    expect((await marks.first().textContent())?.toLowerCase()).toMatch(/^triste/);
    await shot('30-search');
  });

  it('shows who opened a client’s record, on the client page and practice-wide', async () => {
    await page.getByRole('link', { name: 'Clients', exact: true }).first().click();
    await page.getByRole('link', { name: /Claire/ }).first().click();
    await page.getByRole('heading', { name: 'Historique des accès' }).waitFor();
    await expect.poll(() => page.getByText('a consulté').count()).toBeGreaterThan(0);
    await shot('31-client-access-history');
  });

  it('offers erasure by key destruction, saying what it does and what the law keeps', async () => {
    await page.getByRole('button', { name: 'Supprimer ce client' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('destruction de clé');
    expect(await dialog.textContent()).toContain('factures');
    await page.screenshot({ path: join(SCREENSHOT_DIR, '32-erase-dialog.png') });
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('sets up two-step sign-in with an authenticator app', async () => {
    await page.getByRole('link', { name: 'Réglages' }).first().click();
    const card = page.locator('#two-factor');
    await card.getByLabel(/Mot de passe/).fill('demo-alliance');
    await card.getByRole('button', { name: 'Activer' }).click();
    const link = card.getByRole('link', { name: 'ajouter à mon application' });
    await link.waitFor();
    otpauth = (await link.getAttribute('href')) ?? '';
    expect(otpauth).toMatch(/^otpauth:\/\/totp\//);
    await shot('33-two-factor-setup');
    await card.getByLabel('Code à six chiffres').fill(totpFromUri(otpauth));
    await card.getByRole('button', { name: 'Confirmer et activer' }).click();
    await card.getByText('Activée', { exact: true }).waitFor();
    await shot('34-settings-retention');
  });

  it('asks for the code at the next sign-in', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await signIn();
    await page.getByRole('heading', { name: 'Code de vérification' }).waitFor();
    await shot('35-sign-in-code');
    await field('Code à six chiffres').fill(totpFromUri(otpauth));
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
  });
});
