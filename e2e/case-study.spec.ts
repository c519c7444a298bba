import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, startServer } from './support.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const REAL_NAMES = /Claire|Vasseur/;

/**
 * Seed 000 as a published case study: the coach drafts it from the demo engagement,
 * names the client in her own words, reviews the anonymisation, is refused until she
 * records consent and decides every sensitive passage, publishes; a reader on a phone
 * comments, the coach moderates, the comment appears. The page names no one.
 */
describe('from a finished engagement to a published, anonymised case study', () => {
  let server: RunningServer;
  let browser: Browser;
  let coach: Page;
  let reader: Page;
  let publicUrl = '';

  const shot = async (page: Page, name: string) => {
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };
  const axe = async (page: Page) => {
    await page.addScriptTag({ content: AXE });
    const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: { id: string; impact: string; nodes: unknown[] }[] };
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // bypassCSP lets the test inject axe-core into pages whose policy allows no inline script.
    coach = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris', bypassCSP: true });
    reader = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-FR', timezoneId: 'Europe/Paris', bypassCSP: true });
    coach.setDefaultTimeout(15_000);
    reader.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('drafts the case from the demo engagement shaped like seed 000', async () => {
    await coach.goto(`${server.base}/signin`);
    await coach.getByLabel(/^E-mail/).fill('demo@alliance.local');
    await coach.getByLabel(/^Mot de passe/).fill('demo-alliance');
    await coach.getByRole('button', { name: 'Se connecter' }).click();
    await coach.getByRole('heading', { name: /Bonjour/ }).waitFor();
    const engagements = (await (await coach.request.get(`${server.base}/api/v1/engagements`)).json()) as { items: { id: string; title: string }[] };
    const alliance = engagements.items.find((e) => e.title === "Recréer l'alliance avec son client")!;
    await coach.goto(`${server.base}/engagements/${alliance.id}`);
    await coach.getByText('Étude de cas', { exact: true }).click();
    await coach.getByRole('button', { name: 'Rédiger une étude de cas' }).click();
    await coach.waitForURL(/\/case-studies\/[0-9a-f-]{36}$/);
    const text = coach.getByLabel('Texte (Markdown)');
    await expect.poll(() => text.inputValue()).toContain('## Le déplacement');
    expect(await text.inputValue()).toContain("Elle retrouve l'empathie pour son client");
  });

  it('finds the names the coach writes and will not publish without consent and review', async () => {
    const text = coach.getByLabel('Texte (Markdown)');
    await text.fill(`${await text.inputValue()}\nClaire Vasseur m'a écrit depuis Montpellier : « merci ». Son numéro : 06 12 34 56 78.\n`);
    // No click: a pause in the typing saves, and the preview follows.
    await coach.getByText('Texte enregistré.').waitFor();
    const preview = coach.locator('.preview__text');
    await expect.poll(() => preview.innerText()).toContain('depuis une grande ville du sud de la France');
    expect(await preview.innerText()).not.toMatch(REAL_NAMES);
    expect(await preview.innerText()).not.toContain('06 12 34 56 78');

    await coach.getByRole('button', { name: 'Publier sur ma page' }).click();
    await coach.getByText('Publication impossible : enregistrez d’abord le consentement.').waitFor();
    await coach.getByRole('button', { name: 'Enregistrer le consentement' }).click();
    await coach.getByText(/^Consentement de la personne accompagnée \(Anonymisé\)/).waitFor();
    await coach.getByRole('button', { name: 'Publier sur ma page' }).click();
    await coach.getByText('Publication impossible : des passages sensibles attendent encore votre décision.').waitFor();
    await shot(coach, '50-case-study-review');
  });

  it('publishes once every sensitive passage is decided', async () => {
    await coach.getByRole('button', { name: 'Accepter toutes les propositions' }).click();
    await coach.getByText('Tous les passages sensibles sont relus.').waitFor();
    await coach.getByRole('button', { name: 'Publier sur ma page' }).click();
    await coach.getByText(/^Publiée le/).waitFor();
    publicUrl = (await coach.getByRole('link', { name: 'Page publique' }).getAttribute('href'))!;
    expect(publicUrl).toMatch(/\/p\/cabinet-de-demonstration\/[a-z0-9-]+$/);
    await shot(coach, '51-case-study-published');
  });

  it('shows a public page that names no one and passes axe, on a desktop and a phone', async () => {
    await coach.goto(publicUrl);
    await coach.getByRole('heading', { level: 1 }).waitFor();
    expect(await coach.locator('body').innerText()).not.toMatch(REAL_NAMES);
    expect(await axe(coach)).toEqual([]);
    await shot(coach, '52-public-case-desktop');

    await reader.goto(publicUrl);
    expect(await axe(reader)).toEqual([]);
    await shot(reader, '53-public-case-phone');
  });

  it('takes a reader’s comment for moderation, then shows it once the coach publishes it', async () => {
    await reader.getByLabel(/^Nom/).fill('Lucie');
    await reader.getByLabel(/^E-mail/).fill('lucie@example.test');
    await reader.getByLabel(/^Commentaire( \*)?$/).fill('Très juste : le contrat comme garde-fou.');
    await reader.getByRole('button', { name: 'Envoyer le commentaire' }).click();
    await reader.getByText('Merci ! Votre commentaire sera publié après relecture.').waitFor();
    expect(await reader.locator('ol.comments').count()).toBe(0);

    await coach.goto(`${server.base}/case-studies`);
    const queue = coach.getByRole('list', { name: 'Commentaires à modérer' });
    await queue.getByText('Très juste : le contrat comme garde-fou.').waitFor();
    await shot(coach, '54-comment-moderation');
    await queue.getByRole('button', { name: 'Publier' }).click();
    await coach.getByText('Aucun commentaire en attente.').waitFor();

    await reader.goto(publicUrl);
    await reader.locator('ol.comments').getByText('Très juste : le contrat comme garde-fou.').waitFor();
    const page = await reader.locator('body').innerText();
    expect(page).not.toContain('lucie@example.test');
    expect(page).not.toMatch(REAL_NAMES);
    await shot(reader, '55-public-case-comment');
  });
});
