import { join } from 'node:path';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, startServer } from './support.js';

/**
 * Seed 000's constellation, remotely: the coach opens a board from the session,
 * sends the link, the client joins on her phone with no account and moves a figure;
 * the coach sees it within a second, takes pictures, compares them, has the client
 * take a place and records what she feels; the session shows it all afterwards.
 */
describe('a remote constellation between a coach and her client on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let coachContext: BrowserContext;
  let clientContext: BrowserContext;
  let coach: Page;
  let client: Page;
  let sessionId = '';
  let boardUrl = '';
  let shareUrl = '';
  let clientOnline = true;
  const clientSockets = new Set<WebSocketRoute>();

  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };
  const element = (page: Page, label: string) => page.locator('g.board-element', { hasText: label });
  const centre = async (page: Page, label: string) => {
    const box = (await element(page, label).locator('.board-element__shape').boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    coachContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    clientContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    // The client's live connection goes through a switch, so the test can cut her network
    // (Chromium's offline emulation leaves an open WebSocket alone).
    await clientContext.routeWebSocket(/\/sync$/, (ws) => {
      if (!clientOnline) {
        void ws.close();
        return;
      }
      ws.connectToServer();
      clientSockets.add(ws);
      ws.onClose(() => clientSockets.delete(ws));
    });
    coach = await coachContext.newPage();
    client = await clientContext.newPage();
    coach.setDefaultTimeout(10_000);
    client.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('opens a board from the session and lays out the first elements', async () => {
    await coach.goto(`${server.base}/signup`);
    await coach.getByLabel(/^Votre nom/).fill('Hélène Coach');
    await coach.getByLabel(/^E-mail/).fill('helene@example.test');
    await coach.getByLabel(/^Mot de passe/).fill('un mot de passe solide');
    await coach.getByRole('button', { name: 'Créer mon compte' }).click();
    await coach.getByRole('heading', { name: /Bonjour/ }).waitFor();
    // The client, the engagement and the session, through the API the screens use.
    const api = coach.request;
    const headers = { origin: server.base };
    const cl = await (await api.post(`${server.base}/api/v1/clients`, { headers, data: { firstName: 'Claire', lastName: 'Vasseur' } })).json();
    const en = await (await api.post(`${server.base}/api/v1/engagements`, { headers, data: { clientId: cl.id, title: 'Recréer l’alliance avec son client' } })).json();
    const se = await (await api.post(`${server.base}/api/v1/engagements/${en.id}/sessions`, { headers, data: { scheduledAt: '2026-11-20T09:00:00Z', durationMinutes: 60, mode: 'video' } })).json();
    sessionId = se.id;

    await coach.goto(`${server.base}/sessions/${sessionId}`);
    await coach.getByLabel('Nom du tableau').fill('Le projet et ses acteurs');
    await coach.getByRole('button', { name: 'Ouvrir un tableau' }).click();
    await coach.getByRole('heading', { name: 'Le projet et ses acteurs' }).waitFor();
    boardUrl = coach.url();
    await coach.getByText('En direct').waitFor();

    for (const [label, kind, mine] of [
      ['Claire', 'Personne', true],
      ['Le dirigeant', 'Personne', false],
      ['La solution', 'La solution', false],
    ] as const) {
      await coach.getByLabel('Nom de l’élément').first().fill(label);
      await coach.getByLabel('Nature').selectOption({ label: kind });
      if (mine) await coach.getByLabel('C’est l’élément de la cliente ou du client').check();
      await coach.getByRole('button', { name: 'Placer sur le tableau' }).click();
      await element(coach, label).waitFor();
    }
    await coach.getByText('tout est enregistré').waitFor();
    await coach.getByRole('tab', { name: 'Images' }).click();
    await coach.getByLabel('Nom de l’image').fill('Image de départ');
    await coach.getByRole('button', { name: 'Prendre l’image' }).click();
    await coach.locator('.pictures__name', { hasText: 'Image de départ' }).waitFor();
    await shot(coach, '40-board-coach');
  });

  it('lets the client join from her phone with the link, without an account', async () => {
    await coach.getByRole('tab', { name: 'Partage' }).click();
    await coach.getByRole('button', { name: 'Créer le lien' }).click();
    shareUrl = await coach.getByLabel('Lien à transmettre').inputValue();
    expect(shareUrl).toMatch(/\/b\/[A-Za-z0-9_-]{20,}$/);
    await client.goto(shareUrl);
    await client.getByRole('heading', { name: 'Le projet et ses acteurs' }).waitFor();
    await element(client, 'Le dirigeant').waitFor();
    await coach.getByRole('list', { name: 'Présents sur le tableau' }).getByText('Claire', { exact: true }).waitFor();
    await shot(client, '41-board-client-phone');
  });

  it('shows the coach, within a second, the figure the client moves and turns', async () => {
    const from = await centre(client, 'Le dirigeant');
    await client.mouse.move(from.x, from.y);
    await client.mouse.down();
    await client.mouse.move(from.x + 40, from.y - 60, { steps: 8 });
    await client.mouse.up();
    await element(client, 'Le dirigeant').focus();
    await client.keyboard.press('r');
    await client.keyboard.press('r');
    const label = await element(client, 'Le dirigeant').getAttribute('aria-label');
    expect(label).toContain('regarde à 30°');
    const started = Date.now();
    await expect.poll(() => element(coach, 'Le dirigeant').getAttribute('aria-label'), { timeout: 1_000, interval: 25 }).toBe(label);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('turns a figure with two fingers on the phone, as on a real board', async () => {
    // Real touch input through the browser's own protocol: two fingers down, the second
    // circling the first by a quarter turn clockwise, then both lifted.
    const touch = await clientContext.newCDPSession(client);
    const at = await centre(client, 'Le dirigeant');
    const second = (deg: number) => ({ x: at.x + 60 * Math.cos((deg * Math.PI) / 180), y: at.y + 60 * Math.sin((deg * Math.PI) / 180), id: 1 });
    const first = { ...at, id: 0 };
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [first] });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [first, second(0)] });
    for (let deg = 15; deg <= 90; deg += 15) await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [first, second(deg)] });
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await touch.detach();
    await expect.poll(() => element(client, 'Le dirigeant').getAttribute('aria-label')).toContain('regarde à 120°');
    const label = await element(client, 'Le dirigeant').getAttribute('aria-label');
    await expect.poll(() => element(coach, 'Le dirigeant').getAttribute('aria-label'), { timeout: 1_000, interval: 25 }).toBe(label);
  });

  it('keeps a move the client made offline, even after closing the page, and delivers it when she is back', async () => {
    clientOnline = false;
    await clientContext.setOffline(true);
    for (const ws of clientSockets) await ws.close();
    await client.getByText('Hors ligne', { exact: false }).waitFor();
    const from = await centre(client, 'La solution');
    await client.mouse.move(from.x, from.y);
    await client.mouse.down();
    await client.mouse.move(from.x - 30, from.y + 20, { steps: 5 });
    await client.mouse.up();
    const moved = await element(client, 'La solution').getAttribute('aria-label');
    expect(await element(coach, 'La solution').getAttribute('aria-label')).not.toBe(moved);
    // Let the browser's copy take the change, then close the page while still offline.
    await client.waitForTimeout(300);
    await client.close();
    await clientContext.setOffline(false);
    clientOnline = true;
    client = await clientContext.newPage();
    client.setDefaultTimeout(10_000);
    await client.goto(shareUrl);
    await expect.poll(() => element(coach, 'La solution').getAttribute('aria-label'), { timeout: 5_000 }).toBe(moved);
  });

  it('takes a second picture and compares the two, what changed highlighted', async () => {
    await coach.getByRole('tab', { name: 'Images' }).click();
    await coach.getByLabel('Nom de l’image').fill('Après le déplacement');
    await coach.getByRole('button', { name: 'Prendre l’image' }).click();
    await coach.getByRole('button', { name: 'Comparer avec « Image de départ »' }).click();
    const comparison = coach.getByRole('region', { name: '« Image de départ » et « Après le déplacement »' });
    await comparison.waitFor();
    expect(await comparison.textContent()).toContain('« Le dirigeant » se déplace');
    expect(await comparison.textContent()).toContain('Claire déplace « Le dirigeant »');
    // Le dirigeant (dragged and turned live) and La solution (moved offline).
    expect(await comparison.locator('.board-element__halo--moved').count()).toBe(2);
    await shot(coach, '42-board-compare');
  });

  it('turns the board to the place the client takes, and records what she feels there', async () => {
    await coach.getByRole('tab', { name: 'Prendre place' }).click();
    await coach.getByLabel('Prendre la place de').selectOption({ label: 'Le dirigeant' });
    await coach.locator('.callout', { hasText: 'À la place de « Le dirigeant »' }).waitFor();
    await coach.getByLabel('Ses mots').fill('Seul au sommet, tout le poids du projet sur les épaules.');
    await coach.getByRole('slider').fill('-3');
    await coach.getByRole('button', { name: 'Noter le ressenti' }).click();
    await coach.getByText('Ressenti noté.').waitFor();
    await shot(coach, '43-board-take-place');
  });

  it('exports a picture as SVG and the constellation report as PDF', async () => {
    const boardId = boardUrl.split('/').pop()!;
    const history = await (await coach.request.get(`${server.base}/api/v1/boards/${boardId}/history`)).json();
    const svg = await coach.request.get(`${server.base}/api/v1/boards/${boardId}/pictures/${history.pictures[1].id}.svg`);
    expect(svg.headers()['content-type']).toContain('image/svg+xml');
    expect(await svg.text()).toContain('Le dirigeant');
    const pdf = await coach.request.get(`${server.base}/api/v1/boards/${boardId}/report.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows the felt sense on the session afterwards', async () => {
    await coach.goto(`${server.base}/sessions/${sessionId}`);
    const felt = coach.getByRole('list', { name: 'Ressentis notés' });
    await felt.waitFor();
    expect(await felt.textContent()).toContain('Seul au sommet');
    await coach.getByRole('region', { name: 'Constellations' }).scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '44-session-constellation.png') });
  });
});
