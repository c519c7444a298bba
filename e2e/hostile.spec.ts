import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, startServer } from './support.js';

/** Stored hostile text is shown as text on every page that displays it: nothing runs. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"></svg>',
  '[clic](javascript:window.__pwned=4)',
  '"><iframe src="javascript:window.top.__pwned=5"></iframe>',
];
const HOSTILE = PAYLOADS.join(' ');

describe('hostile text stored through the API never runs in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const ids: Record<string, string> = {};
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { DEMO: 'off' } });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const api = async (method: string, path: string, data?: unknown) => {
      const res = await page.request.fetch(server.base + path, { method, data, headers: { origin: server.base } });
      expect(res.status(), `${method} ${path}`).toBeLessThan(300);
      return res.json();
    };
    await api('POST', '/api/auth/sign-up/email', { email: 'hostile@example.test', password: 'un mot de passe solide', name: HOSTILE.slice(0, 100) });
    const org = await api('POST', '/api/v1/organisations', { name: HOSTILE.slice(0, 200), contactName: HOSTILE.slice(0, 200) });
    const client = await api('POST', '/api/v1/clients', { firstName: PAYLOADS[0], lastName: PAYLOADS[1], role: HOSTILE, organisationId: org.id });
    const engagement = await api('POST', '/api/v1/engagements', {
      clientId: client.id,
      title: PAYLOADS[2],
      objectives: [{ statement: HOSTILE, baseline: HOSTILE }],
      contract: { confidentialityClause: HOSTILE, boundaries: [{ party: 'coach', responsibilities: [HOSTILE], outOfScope: [HOSTILE] }] },
    });
    const session = await api('POST', `/api/v1/engagements/${engagement.id}/sessions`, { scheduledAt: '2026-11-25T09:00:00Z', durationMinutes: 60, mode: 'video' });
    await api('PATCH', `/api/v1/sessions/${session.id}`, { notes: { situation: HOSTILE, sessionObjective: HOSTILE, emotionsBefore: [{ name: PAYLOADS[0]!.slice(0, 100), intensity: 5 }] }, privateReflections: HOSTILE });
    await api('POST', `/api/v1/engagements/${engagement.id}/contacts`, { kind: 'phone', occurredAt: '2026-11-20T09:00:00Z', summary: HOSTILE });
    await api('POST', `/api/v1/engagements/${engagement.id}/feedback`, { event: HOSTILE.slice(0, 1000), account: HOSTILE });
    await api('POST', `/api/v1/engagements/${engagement.id}/learnings`, { statement: HOSTILE });
    Object.assign(ids, { client: client.id, engagement: engagement.id, session: session.id, organisation: org.id });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('shows every stored value as text on every page, and nothing executes', async () => {
    const pages = ['/', '/clients', `/clients/${ids.client}`, '/organisations', `/organisations/${ids.organisation}`, '/engagements', `/engagements/${ids.engagement}`, `/sessions/${ids.session}`];
    for (const path of pages) {
      await page.goto(server.base + path);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned), path).toBeUndefined();
      expect(await page.locator('body img[src="x"], body iframe, body svg[onload]').count(), path).toBe(0);
    }
    // The payloads are there, as text the coach can read.
    await page.goto(`${server.base}/engagements/${ids.engagement}`);
    await page.getByText(PAYLOADS[2]!).first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, '20-hostile-engagement.png'), fullPage: true });
    expect(dialogs).toEqual([]);
  });

  it('sends a Content-Security-Policy that forbids inline scripts and framing', async () => {
    const res = await page.request.get(`${server.base}/`);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  });
});
