import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, signInAsDemo, startServer } from './support.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A coach's note for her supervisor, with everything that would name the people in it. */
const NOTE = `Notes pour la supervision — séance 4

Aujourd'hui, Claire revient sur la réunion avec Jean-Marc BERTRAND, le directeur général de l'entreprise Dupont SARL. Elle en est sortie irritée et triste.
Elle me parle beaucoup d'Anne, sa collègue, qui la soutient depuis le début. Anne a 42 ans.
Elle m'a écrit ensuite (claire.vasseur@exemple.fr) et laissé son numéro : 06 12 34 56 78.`;
const IDENTIFYING = /Claire|Vasseur|Anne|BERTRAND|Jean-Marc|Dupont|exemple\.fr|06 12 34 56 78/;

/**
 * "Anonymiser un texte": a signed-in coach pastes a supervision note, picks the engagement
 * whose names must never slip through, and gets back the text with every replacement
 * highlighted, what was found and why, the details to check, and a copy button; from the
 * keyboard, on a desktop, a phone and (in English) a tablet.
 */
describe('anonymising a supervision note', () => {
  let server: RunningServer;
  let browser: Browser;
  let desktop: Page;

  const signIn = (page: Page) => signInAsDemo(page, server.base);
  const shot = async (page: Page, name: string) => {
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };
  const seriousViolations = async (page: Page) => {
    await page.addScriptTag({ content: AXE });
    const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    // Each with where it is, so a failure says what to fix.
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  const anonymisedText = (page: Page) => page.locator('.anonymised__text').innerText();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    desktop = await browser.newPage({
      viewport: { width: 1366, height: 900 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      bypassCSP: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    desktop.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('opens from the navigation, says the text is not kept, and is worked from the keyboard', async () => {
    await signIn(desktop);
    // Seven links in French fit the header down to the width where it folds into a menu (1240 px).
    for (const width of [1366, 1321, 1280, 1241]) {
      await desktop.setViewportSize({ width, height: 900 });
      expect(await desktop.evaluate(() => [...document.querySelectorAll('.nav, .topbar__inner')].every((el) => el.scrollWidth <= el.clientWidth)), `${width}px`).toBe(true);
    }
    await desktop.setViewportSize({ width: 1366, height: 900 });
    await desktop.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Anonymiser', exact: true }).click();
    await desktop.getByRole('heading', { level: 1, name: 'Anonymiser un texte' }).waitFor();
    await desktop.getByText('Le texte n’est pas conservé', { exact: false }).waitFor();

    // Nothing to anonymise: the field says so, and keeps the focus.
    await desktop.getByRole('button', { name: 'Anonymiser', exact: true }).click();
    await desktop.getByText('Ce champ est obligatoire', { exact: false }).waitFor();
    const text = desktop.getByLabel('Texte à anonymiser');
    expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await text.getAttribute('aria-invalid')).toBe('true');

    await text.fill(NOTE);
    // The text's language follows the screen's; names become initials unless she picks otherwise.
    expect(await desktop.getByLabel('Langue du texte').inputValue()).toBe('fr');
    expect(await desktop.getByLabel('Remplacer les noms par').inputValue()).toBe('initials');
    const engagement = desktop.getByLabel('Noms connus d’un accompagnement');
    expect(await engagement.inputValue()).toBe('');
    const alliance = (await engagement.locator('option').allTextContents()).find((o) => o.includes("Recréer l'alliance avec son client"));
    expect(alliance).toMatch(/^Claire Vasseur.* — Recréer/);

    // From the text area, Tab goes through the settings to the button, in reading order.
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await desktop.keyboard.press('Tab');
      order.push(await desktop.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || ''));
    }
    expect(order).toEqual(['anonymise-language', 'anonymise-mode', 'anonymise-engagement', 'Anonymiser']);
    await engagement.selectOption({ label: alliance! });
    await engagement.focus();
    await desktop.keyboard.press('Tab');
    await desktop.keyboard.press('Enter');

    // The result takes the focus, so the keyboard and a screen reader land on it.
    const heading = desktop.getByRole('heading', { level: 2, name: 'Texte anonymisé' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('masks the names, the company, the e-mail and the phone, and keeps "Aujourd\'hui"', async () => {
    const out = await anonymisedText(desktop);
    expect(out).not.toMatch(IDENTIFYING);
    expect(out.startsWith("Notes pour la supervision — séance 4\n\nAujourd'hui, ")).toBe(true);
    expect(out).toContain('[e-mail]');
    expect(out).toContain('[téléphone]');
    // "d'Anne" keeps its elision; the age is left, for her to judge.
    expect(out).toMatch(/d'\S+, sa collègue/);
    expect(out).toContain('42 ans');

    // Each replacement is highlighted in the text, the detail underlined.
    const marks = await desktop.locator('.anonymised__text mark').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(['[e-mail]', '[téléphone]']));
    expect(marks.length).toBeGreaterThanOrEqual(7);
    expect(await desktop.locator('.anonymised__text .anon-detail').allInnerTexts()).toEqual(['42 ans']);

    // What was found, in a coach's words: the name, its type, what it became, who found it and how surely.
    const found = desktop.locator('.anonymised__side');
    // The row whose quoted words are exactly these.
    const exactly = (words: string) => new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = (words: string) => found.locator('li').filter({ has: desktop.locator('q', { hasText: exactly(words) }) });
    expect(await row('Claire').innerText()).toMatch(/Personne\s+Claire\s*→\s*devient\s*\S+[\s\S]*trouvé par : vos dossiers, \d+ %/);
    expect(await row('Anne').innerText()).toMatch(/Personne\s+Anne\s*→[\s\S]*2 fois[\s\S]*trouvé par : [^,]+, \d+ %/);
    expect(await row('Dupont SARL').innerText()).toMatch(/Organisation[\s\S]*trouvé par : une forme juridique, \d+ %/);
    expect(await row('06 12 34 56 78').innerText()).toMatch(/Téléphone[\s\S]*\[téléphone\][\s\S]*trouvé par : /);
    expect(await row('claire.vasseur@exemple.fr').innerText()).toMatch(/E-mail[\s\S]*\[e-mail\]/);
    await found.getByRole('heading', { name: 'Détails à vérifier' }).waitFor();
    expect(await row('42 ans').innerText()).toMatch(/Âge[\s\S]*42 ans[\s\S]*plutôt : « la quarantaine »/);

    // Copied, it is exactly the anonymised text.
    await desktop.getByRole('button', { name: 'Copier le texte anonymisé' }).click();
    await desktop.getByText('Copié.').waitFor();
    const copied = await desktop.evaluate(() => navigator.clipboard.readText());
    expect(copied).not.toMatch(IDENTIFYING);
    expect(copied.replace(/\s+/g, ' ')).toBe(out.replace(/\s+/g, ' '));

    expect(await seriousViolations(desktop)).toEqual([]);
    await shot(desktop, '56-anonymise-desktop');

    // Typed on afterwards: the result says it is out of date.
    await desktop.getByLabel('Texte à anonymiser').press('End');
    await desktop.keyboard.type(' Merci.');
    await desktop.getByText('Vous avez modifié le texte depuis', { exact: false }).waitFor();
  });

  it('fits a phone: the menu leads to it, the result below the text, nothing wider than the screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    phone.setDefaultTimeout(20_000);
    await signIn(phone);
    await phone.getByRole('button', { name: 'Menu' }).click();
    await phone.getByRole('link', { name: 'Anonymiser', exact: true }).click();
    await phone.getByLabel('Texte à anonymiser').fill(NOTE);
    await phone.getByRole('button', { name: 'Anonymiser', exact: true }).click();
    await phone.getByRole('heading', { level: 2, name: 'Texte anonymisé' }).waitFor();
    expect(await anonymisedText(phone)).not.toMatch(IDENTIFYING);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // One column: what was found comes under the text, not squeezed beside it.
    const text = await phone.locator('.anonymised__text').boundingBox();
    const side = await phone.locator('.anonymised__side').boundingBox();
    expect(side!.y).toBeGreaterThan(text!.y + text!.height);
    await shot(phone, '57-anonymise-phone');
    await phone.close();
  });

  it('is complete in English, on a tablet, the text read as English', async () => {
    const tablet = await browser.newPage({ viewport: { width: 820, height: 1180 }, hasTouch: true, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    tablet.setDefaultTimeout(20_000);
    await signIn(tablet);
    await tablet.getByRole('group', { name: 'Langue' }).getByRole('button', { name: 'English' }).click();
    await tablet.goto(`${server.base}/anonymise`);
    await tablet.getByRole('heading', { level: 1, name: 'Anonymise a text' }).waitFor();
    await tablet.getByText('The text is not kept', { exact: false }).waitFor();
    expect(await tablet.getByLabel('Language of the text').inputValue()).toBe('en');
    await tablet.getByLabel('Replace names with').selectOption('placeholders');
    await tablet.getByLabel('Text to anonymise').fill('Today I met Dr. John Smith of Acme Ltd. He wrote from john.smith@example.com and asked me to call +44 20 7946 0958.');
    await tablet.getByRole('button', { name: 'Anonymise', exact: true }).click();
    await tablet.getByRole('heading', { level: 2, name: 'Anonymised text' }).waitFor();
    const out = await anonymisedText(tablet);
    expect(out).not.toMatch(/John|Smith|Acme|example\.com|7946/);
    expect(out).toMatch(/^Today I met Dr\. \[Person 1\]/);
    expect(await tablet.locator('.anonymised__side').innerText()).toMatch(/Person\s+John Smith[\s\S]*found by: [^,]+, \d+%/);
    await tablet.getByRole('button', { name: 'Copy the anonymised text' }).waitFor();
    expect(await tablet.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
    await shot(tablet, '58-anonymise-tablet-en');
    await tablet.close();
  });
});
