import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAlliance, launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, signInAsDemo, startServer } from './support.js';

const REAL_NAMES = /Claire|Vasseur/;
const LABELS = ['Claire', 'Sa solution (son bébé)', 'Le DG', "L'entreprise cliente", 'La mission', 'Son besoin de contrôle'];

/**
 * The demo a fresh installation seeds holds seed 000's constellation: a newcomer finds
 * it on the held session of « Recréer l'alliance avec son client », opens the board as
 * the session left it, reads its pictures, the movements between them and what was
 * felt in each place, and compares the first picture with the resolution.
 */
describe("the demo's constellation, as a newcomer finds it", () => {
  let server: RunningServer;
  let browser: Browser;
  let coach: Page;
  let allianceId = '';
  let sessionId = '';

  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };
  const svgOf = async (src: string) => {
    if (!src.startsWith('data:')) return (await coach.request.get(src)).text();
    const [head, body] = [src.slice(0, src.indexOf(',')), src.slice(src.indexOf(',') + 1)];
    return head.endsWith(';base64') ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
  };
  const element = (page: Page, label: string) => page.locator('.board-stage g.board-element', { has: page.locator('text.board-element__label', { hasText: label }) });

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    coach = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    coach.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('shows the constellation on the held session: its pictures, movements and felt senses', async () => {
    await signInAsDemo(coach, server.base);
    const alliance = await demoAlliance(coach, server.base);
    const timeline = (await (await coach.request.get(`${server.base}/api/v1/engagements/${alliance.id}/timeline`)).json()) as { entries: { kind: string; id: string; status?: string }[] };
    allianceId = alliance.id;
    sessionId = timeline.entries.find((e) => e.kind === 'session' && e.status === 'held')!.id;

    await coach.goto(`${server.base}/sessions/${sessionId}`);
    const boards = coach.getByRole('region', { name: 'Constellations' });
    await boards.getByText('2 images · 4 mouvements · 5 ressentis').waitFor();
    const felt = boards.getByRole('list', { name: 'Ressentis notés' }).getByRole('listitem');
    expect(await felt.count()).toBe(5);
    expect(await felt.first().innerText()).toMatch(/Claire -3 « Crispée, les yeux fixés sur la solution/);
    expect(await felt.last().innerText()).toMatch(/Claire \+3 « Plus de colère/);
    await boards.scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '60-demo-session-constellation.png') });
  });

  it('opens the board where the session ended, every figure in place', async () => {
    await coach.getByRole('region', { name: 'Constellations' }).getByRole('link', { name: 'Constellation', exact: true }).click();
    await coach.getByRole('heading', { name: 'Constellation' }).waitFor();
    await coach.getByText('En direct').waitFor();
    for (const label of LABELS) await element(coach, label).waitFor();
    expect(await coach.locator('.board-stage g.board-element').count()).toBe(LABELS.length);
    // After the movement, the consultant and the CEO face each other.
    expect(await element(coach, 'Claire').getAttribute('aria-label')).toContain('regarde à 36°');
    expect(await element(coach, 'Le DG').getAttribute('aria-label')).toContain('regarde à 216°');
    await shot(coach, '61-demo-board');
  });

  it('lists the first and resolution pictures in the story of the session, and compares them', async () => {
    await coach.getByRole('tab', { name: 'Images' }).click();
    const items = coach.locator('.pictures__item');
    await items.first().waitFor();
    expect(await items.locator('.pictures__name').allInnerTexts()).toEqual(['Au départ', 'Après le mouvement']);
    expect(await items.first().locator('.badge').allInnerTexts()).toEqual(['Image de départ']);
    expect(await items.last().locator('.badge').allInnerTexts()).toEqual(['Image de résolution']);
    // The story in time: the first picture, what she felt, her movements, what she felt then, the resolution.
    const story = await coach.getByRole('region', { name: 'Le déroulé' }).getByRole('listitem').allInnerTexts();
    expect(story.map((line) => line.replace(/^\d{2}:\d{2} /, '').replace(/ :.*$/, ''))).toEqual([
      'Image « Au départ »',
      'Ressenti à la place de « Claire » (-3)',
      'Ressenti à la place de « Le DG » (-2)',
      'Ressenti à la place de « Sa solution (son bébé) » (-1)',
      'Ressenti à la place de « Le DG » (+2)',
      'Ressenti à la place de « Claire » (+3)',
      '4 mouvements',
      'Image « Après le mouvement »',
    ]);
    await coach.locator('.board-tools').screenshot({ path: join(SCREENSHOT_DIR, '62-demo-board-pictures.png') });
    await coach.getByRole('button', { name: 'Comparer avec « Au départ »' }).click();
    const comparison = coach.getByRole('region', { name: '« Au départ » et « Après le mouvement »' });
    await comparison.waitFor();
    const text = await comparison.innerText();
    expect(text).toContain('« Le DG » tourne de 171°');
    expect(text).toContain('Claire déplace « Sa solution (son bébé) »');
    expect(await comparison.locator('.board-element__halo--moved').count()).toBe(4);
    await comparison.screenshot({ path: join(SCREENSHOT_DIR, '62-demo-board-compare.png') });
  });

  it('gives a case study drafted from the demo engagement both pictures, drawn with the anonymiser\'s labels', async () => {
    await coach.goto(`${server.base}/engagements/${allianceId}`);
    await coach.getByText('Étude de cas', { exact: true }).click();
    await coach.getByRole('button', { name: 'Rédiger une étude de cas' }).click();
    // The first review loads the anonymiser's word lists: slow on a busy machine.
    await coach.waitForURL(/\/case-studies\/[0-9a-f-]{36}$/, { timeout: 120_000 });
    const text = coach.getByLabel('Texte (Markdown)');
    await expect.poll(() => text.inputValue(), { timeout: 60_000 }).toContain('**La constellation.** Première image, « Au départ » : Claire, sa solution (son bébé), le DG');
    const figures = coach.locator('.preview__text figure.picture');
    await expect.poll(() => figures.count(), { timeout: 60_000 }).toBe(2);
    expect(await figures.locator('figcaption').allInnerTexts()).toEqual(['Première image : « Au départ »', 'Image de résolution : « Après le mouvement »']);
    for (const img of await figures.locator('img').evaluateAll((imgs) => imgs.map((i) => ({ alt: (i as HTMLImageElement).alt, src: (i as HTMLImageElement).src })))) {
      expect(img.alt).toMatch(/de la constellation : la personne accompagnée, Sa solution \(son bébé\), Le DG/);
      expect(img.alt).not.toMatch(REAL_NAMES);
      // The preview draws the reviewed SVG inline, as a data address.
      const svg = await svgOf(img.src);
      expect(svg).toContain('<svg');
      expect(svg).not.toMatch(REAL_NAMES);
      expect(svg.replace(/<\/tspan><tspan[^>]*>/g, ' ')).toContain('>La personne accompagnée<');
    }
    await expect.poll(() => figures.locator('img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
    // Her own figure is felt at "sa propre place"; her label, turned, stands in the first picture's figures and the movements.
    const preview = await coach.locator('.preview__text').innerText();
    expect(preview).toContain('Première image, « Au départ » : la personne accompagnée, sa solution (son bébé), le DG');
    expect(preview).toMatch(/À sa propre place :\s+Crispée/);
    expect(preview).toContain('Puis un mouvement : le DG se retourne.');
    await figures.first().scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '64-demo-case-study-pictures.png') });
  });

  it('reads on a phone too', async () => {
    await coach.setViewportSize({ width: 390, height: 844 });
    await coach.goto(`${server.base}/sessions/${sessionId}`);
    await coach.getByRole('region', { name: 'Constellations' }).getByRole('link', { name: 'Constellation', exact: true }).click();
    for (const label of LABELS) await element(coach, label).waitFor();
    const width = (await coach.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(390);
    await shot(coach, '63-demo-board-phone');
  });
});
