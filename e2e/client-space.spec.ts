import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, startServer } from './support.js';

/**
 * The client's side of Alliance, on her phone: one link by e-mail, no password.
 * Seed 000's consultant marks a guardrail, sets down her reactions in her journal
 * and shares one entry, answers the check-ins before and after a session, says
 * how the meeting with the CEO went, and consents to her testimonial (then
 * withdraws, then consents again). The coach hears of it through alerts and the
 * timeline; the sponsor, on a three-way contract showing attendance only, sees
 * attendance and nothing of what was said or written.
 */
const OBJECTIVES = ['Distinguer mes deux rôles dans la mission', 'Retrouver une relation de travail sereine avec le DG'];
const GUARDRAIL = 'Déposer mes réactions dans mon journal avant de répondre au DG';
const COMMITMENT = 'Relire le contrat de mission et noter les frontières de mes responsabilités';
const SUMMARY = 'Nous avons représenté la situation en constellation : en prenant la place de votre client, vous avez retrouvé de l’empathie pour lui.';
const SITUATION = 'Le DG a encore refusé « mon bébé » en comité, devant toute l’équipe.';
const THOUGHTS = 'Il ne voit pas le travail accompli ; je me suis sentie effacée.';
const NEEDS = 'Être reconnue pour ce que j’apporte, et des limites claires à ma mission.';
const AFTER_COMMENT = 'Je ne me suis pas sentie entendue sur la question du contrat.';
const EVENT = 'La réunion avec le DG';
const ACCOUNT = 'Mon attitude ouverte lui a permis de lâcher sa posture fermée : l’alliance est recréée.';
const TESTIMONIAL = 'Cette séance m’a fait prendre conscience de mon investissement affectif dans mes missions.';

const DAY = 86_400_000;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the client’s space and the sponsor’s view, on a phone', () => {
  let server: RunningServer;
  let browser: Browser;
  let coach: BrowserContext;
  let client: BrowserContext;
  let page: Page;
  const ids: Record<string, string> = {};
  let clientLink = '';

  const phone = () =>
    // bypassCSP lets the test inject axe-core into pages whose policy allows no inline script.
    browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR', timezoneId: 'Europe/Paris', bypassCSP: true });
  const api = async (method: string, path: string, data?: unknown) => {
    const res = await coach.request.fetch(server.base + path, { method, data, headers: { origin: server.base } });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return res.status() === 204 ? null : res.json();
  };
  /** The newest sign-in link written to this address, from the practice's outbox (no mail server here). */
  const linkFor = async (to: string) => {
    const { items } = (await api('GET', '/api/v1/outbox')) as { items: { to: string; kind: string; body: string; createdAt: string }[] };
    const mine = items.filter((m) => m.to === to && m.kind === 'sign_in_link').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const url = /https?:\/\/\S+\/espace\/lien#\S+/.exec(mine[0]?.body ?? '')?.[0];
    expect(url, `a link for ${to}`).toBeTruthy();
    return url!;
  };
  const shot = async (p: Page, name: string) => {
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };
  /** Nothing wider than the screen (no sideways scrolling), and no serious accessibility fault axe can find. */
  const fitsThePhone = async (p: Page) => {
    const widths = await p.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.page, p.url()).toBeLessThanOrEqual(widths.viewport);
    if (!(await p.evaluate('typeof window.axe'))?.toString().includes('object')) await p.addScriptTag({ content: AXE });
    const result = (await p.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, p.url()).toEqual([]);
  };
  /** Sets a slider with the keyboard, as a keyboard user would. */
  const slide = async (p: Page, label: string | RegExp, value: number) => {
    const slider = p.getByRole('slider', { name: label });
    await slider.focus();
    await slider.press('Home');
    for (let i = 0; i < value; i++) await slider.press('ArrowRight');
    expect(await slider.inputValue()).toBe(String(value));
  };

  beforeAll(async () => {
    server = await startServer({ env: { DEMO: 'off' } });
    browser = await launchBrowser();
    coach = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });

    await api('POST', '/api/auth/sign-up/email', { email: 'coach.espace@example.test', password: 'un mot de passe solide', name: 'Claire Coach' });
    const org = await api('POST', '/api/v1/organisations', { name: 'Groupe Horizon', contactName: 'Hélène Durand', contactEmail: 'rh@horizon.example.test' });
    const person = await api('POST', '/api/v1/clients', { firstName: 'Sophie', lastName: 'Marchand', email: 'sophie@example.test', organisationId: org.id });
    const engagement = await api('POST', '/api/v1/engagements', {
      clientId: person.id,
      title: 'Retrouver l’alliance avec son client',
      sponsorId: org.id,
      plannedSessions: 6,
      objectives: OBJECTIVES.map((statement) => ({ statement })),
      contract: {
        boundaries: [
          { party: 'coach', responsibilities: ['Tenir le cadre et la confidentialité'], outOfScope: ['Conseiller sur la solution technique'] },
          { party: 'client', responsibilities: ['Venir avec ses situations'], outOfScope: [] },
          { party: 'sponsor', responsibilities: ['Financer l’accompagnement'], outOfScope: ['Lire le contenu des séances'] },
        ],
        sponsorVisibility: 'attendance',
        confidentialityClause: 'Le contenu des séances reste entre la cliente et la coach.',
      },
    });
    const held = await api('POST', `/api/v1/engagements/${engagement.id}/sessions`, {
      scheduledAt: new Date(Date.now() - 7 * DAY).toISOString(),
      durationMinutes: 60,
      mode: 'video',
      status: 'held',
    });
    const planned = await api('POST', `/api/v1/engagements/${engagement.id}/sessions`, {
      scheduledAt: new Date(Date.now() + 5 * DAY).toISOString(),
      durationMinutes: 60,
      mode: 'in_person',
    });
    const guardrail = await api('POST', `/api/v1/engagements/${engagement.id}/commitments`, { kind: 'guardrail', statement: GUARDRAIL });
    await api('POST', `/api/v1/engagements/${engagement.id}/commitments`, { kind: 'commitment', statement: COMMITMENT, dueOn: new Date(Date.now() + 4 * DAY).toISOString().slice(0, 10) });
    await api('PUT', `/api/v1/sessions/${held.id}/summary`, { summary: SUMMARY, shared: true });
    Object.assign(ids, { client: person.id, engagement: engagement.id, held: held.id, planned: planned.id, guardrail: guardrail.id });

    // The coach invites her from her page, in the coach's own browser.
    const desk = await coach.newPage();
    await desk.goto(`${server.base}/clients/${person.id}`);
    await desk.getByRole('button', { name: 'Inviter dans son espace' }).click();
    await desk.getByRole('button', { name: 'Envoyer un nouveau lien' }).waitFor();
    await desk.screenshot({ path: join(SCREENSHOT_DIR, '69-coach-invites-client.png'), fullPage: true });
    await desk.close();
    clientLink = await linkFor('sophie@example.test');

    client = await phone();
    page = await client.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('opens her space from the link in the e-mail, and the token leaves the address bar', async () => {
    await page.goto(clientLink);
    await page.getByRole('heading', { name: 'Bonjour Sophie' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/espace');
    expect(page.url()).not.toContain('#');
    await page.getByText('Votre accompagnement : Retrouver l’alliance avec son client').waitFor();
    // The summary the coach shared is there; the sponsor's view is shown to her as the sponsor sees it.
    await page.getByRole('heading', { name: 'Ce que voit Groupe Horizon' }).waitFor();
    await fitsThePhone(page);
    await shot(page, '70-client-space-home');
  });

  it('marks how her guardrail is holding', async () => {
    const group = page.getByRole('group', { name: GUARDRAIL });
    await group.getByRole('radio', { name: 'Il vacille' }).check();
    await page.getByText('C’est noté.').waitFor();
    await page.getByRole('button', { name: 'Ajouter un mot' }).first().click();
    await page.getByLabel('Un mot sur ce point').fill('Difficile après le comité de lundi, mais je m’y tiens.');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Votre mot est enregistré.').waitFor();
    const commitments = (await api('GET', `/api/v1/engagements/${ids.engagement}/commitments`)) as { items: { id: string; status: string; updatedBy: string; clientNote?: string }[] };
    expect(commitments.items.find((c) => c.id === ids.guardrail)).toMatchObject({ status: 'strained', updatedBy: 'client', clientNote: expect.stringContaining('comité') });
  });

  it('sets down her reactions in her journal, private, then shares the entry with her coach', async () => {
    await page.getByRole('link', { name: 'Mon journal', exact: true }).click();
    await page.getByRole('heading', { name: 'Mon journal', level: 1 }).waitFor();
    await page.getByLabel('Ce qui s’est passé').fill(SITUATION);
    await page.getByRole('button', { name: 'irritation' }).click();
    await page.getByRole('button', { name: 'tristesse' }).click();
    await slide(page, 'Intensité : irritation', 7);
    await slide(page, 'Intensité : tristesse', 4);
    await page.getByLabel('Ce que je me suis dit').fill(THOUGHTS);
    await page.getByLabel('Ce dont j’avais besoin').fill(NEEDS);
    await fitsThePhone(page);
    await shot(page, '71-journal-new-entry');
    await page.getByRole('button', { name: 'Garder dans mon journal' }).click();
    await page.getByText('Gardé dans votre journal. Cette entrée reste privée.').waitFor();
    const entry = page.locator('.portal-entry').first();
    await entry.getByText(SITUATION).waitFor();
    expect(await entry.innerText()).toContain('Privée');
    // Private until she says otherwise: the coach sees nothing yet.
    expect(((await api('GET', `/api/v1/engagements/${ids.engagement}/journal`)) as { items: unknown[] }).items).toEqual([]);

    await entry.getByRole('button', { name: 'Partager avec mon coach' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Vous pourrez arrêter de la partager à tout moment', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Partager', exact: true }).click();
    await entry.getByText('Partagée avec votre coach depuis le', { exact: false }).waitFor();
    await entry.getByRole('button', { name: 'Ne plus partager' }).waitFor();
    // Sharing changes who may read it, nothing of what she wrote.
    expect(await entry.locator('.portal-entry__emotions').innerText()).toMatch(/irritation\s*7\/10\s*7 sur 10\s*tristesse\s*4\/10\s*4 sur 10/);
    await fitsThePhone(page);
    await shot(page, '72-journal-entry-shared');
  });

  it('answers the check-in before the planned session', async () => {
    await page.getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('link', { name: 'Préparer cette séance' }).click();
    await page.getByRole('heading', { name: 'Avant la séance : où en êtes-vous ?' }).waitFor();
    await slide(page, OBJECTIVES[0]!, 4);
    await slide(page, OBJECTIVES[1]!, 3);
    await page.getByRole('button', { name: 'Envoyer à mon coach' }).click();
    await page.getByText('Merci, votre coach a reçu vos réponses.').waitFor();
    await fitsThePhone(page);
    await shot(page, '73-check-in-before');
  });

  it('rates the held session low after it, which raises an alert for the coach', async () => {
    await page.getByRole('link', { name: 'Retour à mon espace' }).click();
    await page.getByRole('link', { name: 'Donner mon avis' }).click();
    await page.getByRole('heading', { name: 'Après la séance : votre avis' }).waitFor();
    await page.getByText(SUMMARY).waitFor();
    await slide(page, 'Je me suis senti·e écouté·e et respecté·e.', 3);
    await slide(page, 'Nous avons travaillé sur ce qui comptait pour moi.', 4);
    await slide(page, 'La façon de travailler m’a convenu.', 2);
    await slide(page, 'Dans l’ensemble, cette séance était ce qu’il me fallait.', 3);
    await page.getByLabel('Un mot pour votre coach (facultatif)').fill(AFTER_COMMENT);
    await page.getByRole('button', { name: 'Envoyer à mon coach' }).click();
    await page.getByText('Merci, votre coach a reçu votre avis.').waitFor();
    await fitsThePhone(page);
    await shot(page, '74-check-in-after');
  });

  it('says how the meeting with the CEO went', async () => {
    await page.getByRole('link', { name: 'Retour à mon espace' }).click();
    await page.getByRole('link', { name: 'Raconter comment ça s’est passé' }).click();
    // Sending without an answer to the one required choice says so next to it, and keeps what she wrote.
    await page.getByLabel(/^L’événement/).fill(EVENT);
    await page.getByRole('button', { name: 'Envoyer à mon coach' }).click();
    await page.getByText('Choisissez une réponse.').waitFor();
    await page.getByRole('radio', { name: 'Oui, comme je l’espérais' }).check();
    await page.getByLabel('Racontez (facultatif)').fill(ACCOUNT);
    await page.getByRole('button', { name: 'Envoyer à mon coach' }).click();
    await page.getByText('Merci, votre coach a reçu votre retour.').waitFor();
    await page.getByRole('heading', { name: 'Retours déjà donnés' }).waitFor();
    await fitsThePhone(page);
    await shot(page, '75-feedback');
  });

  it('writes her testimonial, consents, withdraws, and consents again', async () => {
    await page.getByRole('link', { name: 'Retour à mon espace' }).click();
    await page.getByRole('link', { name: 'Écrire mon témoignage' }).click();
    await page.getByLabel(/^Votre témoignage/).fill(TESTIMONIAL);
    await page.getByRole('radio', { name: 'J’accepte qu’il soit publié, signé de mon prénom', exact: true }).check();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const consent = page.getByRole('region', { name: 'Votre accord de publication' });
    await consent.getByText('Vous avez accepté la publication le', { exact: false }).waitFor();
    await consent.getByText('« Sophie »').waitFor();
    const first = (await api('GET', `/api/v1/engagements/${ids.engagement}/testimonial`)) as { consent: { consentedAt: string; withdrawnAt: string | null }; attribution: string };
    expect(first).toMatchObject({ consent: { withdrawnAt: null }, attribution: 'Sophie' });

    await consent.getByRole('button', { name: 'Retirer mon accord' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Retirer mon accord' }).click();
    await consent.getByText('Vous avez retiré votre accord le', { exact: false }).waitFor();
    // Publishing again takes a new, explicit choice.
    expect(await page.getByRole('radio', { name: 'Je n’accepte pas qu’il soit publié' }).isChecked()).toBe(true);
    const withdrawn = (await api('GET', `/api/v1/engagements/${ids.engagement}/testimonial`)) as { consent: { withdrawnAt: string | null }; attribution: string | null };
    expect(withdrawn.consent.withdrawnAt).not.toBeNull();
    expect(withdrawn.attribution).toBeNull();

    await page.getByRole('radio', { name: 'J’accepte qu’il soit publié, signé de mon prénom', exact: true }).check();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await consent.getByText('Vous avez accepté la publication le', { exact: false }).waitFor();
    const again = (await api('GET', `/api/v1/engagements/${ids.engagement}/testimonial`)) as { consent: { consentedAt: string; withdrawnAt: string | null }; attribution: string };
    expect(again).toMatchObject({ consent: { withdrawnAt: null }, attribution: 'Sophie' });
    expect(Date.parse(again.consent.consentedAt)).toBeGreaterThan(Date.parse(first.consent.consentedAt));
    await consent.getByRole('button', { name: 'Retirer mon accord' }).waitFor();
    await fitsThePhone(page);
    await shot(page, '76-testimonial-consent');
  });

  it('shows her home with everything done, in English too', async () => {
    await page.getByRole('link', { name: 'Retour à mon espace' }).click();
    await page.getByText('Publication acceptée, signée « Sophie ».').waitFor();
    await page.getByText('Vous avez préparé cette séance.').waitFor();
    expect(await page.getByRole('link', { name: 'Donner mon avis' }).count()).toBe(0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Hello Sophie' }).waitFor();
    await page.getByRole('heading', { name: 'My commitments and guardrails' }).waitFor();
    await fitsThePhone(page);
    await shot(page, '77-client-space-english');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { name: 'Bonjour Sophie' }).waitFor();
    // The same space on a tablet: one comfortable column.
    await page.setViewportSize({ width: 820, height: 1180 });
    await fitsThePhone(page);
    await shot(page, '77b-client-space-tablet');
    await page.setViewportSize({ width: 390, height: 844 });
  });

  it('lets the coach hear of it: a low-alliance alert, a shared-journal alert, the entry on the timeline', async () => {
    const alerts = (await api('GET', '/api/v1/alerts')) as { items: { kind: string; engagementId: string }[] };
    const kinds = alerts.items.filter((a) => a.engagementId === ids.engagement).map((a) => a.kind);
    expect(kinds).toContain('alliance_low');
    expect(kinds).toContain('journal_shared');
    const timeline = (await api('GET', `/api/v1/engagements/${ids.engagement}/timeline`)) as { entries: { kind: string; situation?: string; emotions?: unknown[] }[] };
    expect(timeline.entries.find((e) => e.kind === 'journal')).toMatchObject({
      situation: SITUATION,
      emotions: [
        { name: 'irritation', intensity: 7 },
        { name: 'sadness', intensity: 4 },
      ],
    });
  });

  it('shows the coach the alerts and the progress charts in her own screens', async () => {
    const desk = await coach.newPage();
    await desk.goto(`${server.base}/alerts`);
    await desk.getByText('Alliance basse').first().waitFor();
    await desk.getByText('Journal partagé').first().waitFor();
    await desk.screenshot({ path: join(SCREENSHOT_DIR, '79c-coach-alerts.png'), fullPage: true });
    await desk.goto(`${server.base}/engagements/${ids.engagement}`);
    await desk.getByRole('tab', { name: 'Progression' }).click();
    await desk.getByRole('heading', { name: 'Alliance de travail' }).waitFor();
    // Charts are drawn (canvas), and their numbers are beside them for screen readers.
    await desk.waitForFunction(() => document.querySelectorAll('canvas').length >= 2);
    const tables = await desk.locator('table').allInnerTexts();
    // Her before check-in (4 and 3) and the alliance score of her after check-in (3/4/2/3 → 3).
    const numbers = tables.join('\n');
    expect(numbers).toContain(OBJECTIVES[0]!);
    expect(numbers).toMatch(/\b4\b/);
    expect(numbers).toMatch(/\b3\b/);
    await desk.screenshot({ path: join(SCREENSHOT_DIR, '79d-coach-progress.png'), fullPage: true });
    await desk.close();
  });

  it('signs out; a used link then says so kindly and offers a new one', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByText('Vous êtes sorti·e de votre espace. À bientôt.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/espace/connexion');
    await page.goto(`${server.base}/espace`);
    await page.getByRole('heading', { name: 'Recevoir un lien de connexion' }).waitFor();

    await page.goto(clientLink);
    await page.getByRole('heading', { name: 'Ce lien ne fonctionne plus' }).waitFor();
    await page.getByLabel(/^Votre adresse e-mail/).fill('sophie@example.test');
    await fitsThePhone(page);
    await shot(page, '78-link-used');
    await page.getByRole('button', { name: 'Recevoir mon lien' }).click();
    await page.getByText('un lien de connexion est en route', { exact: false }).waitFor();
    // The same answer for an address nobody knows.
    await page.getByRole('button', { name: 'Essayer une autre adresse' }).click();
    await page.getByLabel(/^Votre adresse e-mail/).fill('inconnue@example.test');
    await page.getByRole('button', { name: 'Recevoir mon lien' }).click();
    await page.getByText('un lien de connexion est en route', { exact: false }).waitFor();
    // A new link did go to her, and works.
    const fresh = await linkFor('sophie@example.test');
    expect(fresh).not.toBe(clientLink);
    await page.goto(fresh);
    await page.getByRole('heading', { name: 'Bonjour Sophie' }).waitFor();
  });

  it('shows the sponsor attendance, as the contract allows, and nothing of what was said or written', async () => {
    const invitation = await api('POST', `/api/v1/engagements/${ids.engagement}/sponsor-invitation`, {});
    expect(invitation).toMatchObject({ kind: 'sponsor', sentTo: 'rh@horizon.example.test' });
    const sponsor = await phone();
    const sp = await sponsor.newPage();
    sp.setDefaultTimeout(15_000);
    await sp.goto(await linkFor('rh@horizon.example.test'));
    await sp.getByRole('heading', { name: 'Accompagnement de Sophie Marchand' }).waitFor();
    expect(new URL(sp.url()).pathname).toBe('/espace/commanditaire');
    await sp.getByText('Le contrat prévoit que le commanditaire suive la présence aux séances.').waitFor();
    await sp.getByRole('heading', { name: 'Présence aux séances' }).waitFor();
    await sp.getByRole('heading', { name: 'Ce que le contrat ne permet pas de voir' }).waitFor();
    const text = await sp.locator('body').innerText();
    expect(text).toMatch(/Tenues\s*1/);
    expect(text).toMatch(/Prévues au contrat\s*6/);
    for (const secret of [...OBJECTIVES, GUARDRAIL, COMMITMENT, SUMMARY, SITUATION, THOUGHTS, NEEDS, AFTER_COMMENT, EVENT, ACCOUNT, TESTIMONIAL, 'irritation', 'tristesse']) {
      expect(text, secret).not.toContain(secret);
    }
    await fitsThePhone(sp);
    await shot(sp, '79-sponsor-view');
    // Her own pages stay out of reach: the sponsor is sent back to her one page.
    await sp.goto(`${server.base}/espace/journal`);
    await sp.getByRole('heading', { name: 'Accompagnement de Sophie Marchand' }).waitFor();
    expect(new URL(sp.url()).pathname).toBe('/espace/commanditaire');
    const space = await sponsor.request.get(`${server.base}/api/v1/portal/space?engagementId=${ids.engagement}`);
    expect([401, 403, 404]).toContain(space.status());
    await sponsor.close();
  });
});
