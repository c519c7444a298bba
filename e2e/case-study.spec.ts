import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAlliance, launchBrowser, removeDir, type RunningServer, SCREENSHOT_DIR, signInAsDemo, startServer } from './support.js';

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
  let editorUrl = '';

  const shot = async (page: Page, name: string) => {
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  };
  /** Nothing wider than the screen: no sideways scroll, and the decision box's right edge within it. */
  const fitsTheScreen = async (page: Page) => {
    const { width, scroll, box } = (await page.evaluate(
      `({ width: window.innerWidth, scroll: document.documentElement.scrollWidth, box: document.querySelector('.span-at-caret')?.getBoundingClientRect().right ?? 0 })`,
    )) as { width: number; scroll: number; box: number };
    expect(scroll).toBeLessThanOrEqual(width);
    expect(box).toBeLessThanOrEqual(width);
  };
  const axe = async (page: Page, within = 'document') => {
    await page.addScriptTag({ content: AXE });
    const result = (await page.evaluate(`axe.run(${within}, { resultTypes: ["violations"] })`)) as { violations: { id: string; impact: string; nodes: unknown[] }[] };
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
    await signInAsDemo(coach, server.base);
    const alliance = await demoAlliance(coach, server.base);
    await coach.goto(`${server.base}/engagements/${alliance.id}`);
    await coach.getByText('Étude de cas', { exact: true }).click();
    await coach.getByRole('button', { name: 'Rédiger une étude de cas' }).click();
    await coach.waitForURL(/\/case-studies\/[0-9a-f-]{36}$/);
    const text = coach.getByLabel('Texte (Markdown)');
    await expect.poll(() => text.inputValue()).toContain('## Le déplacement');
    // The seeds' arc in the coach's voice, from the records: her first name, the count, no prompt left.
    const draft = await text.inputValue();
    expect(draft).toContain("Claire me raconte : les relations avec l'entreprise cliente");
    expect(draft).toContain("Avec ce travail : elle retrouve l'empathie pour son client");
    expect(draft).toContain("*Accompagnement en cours : 1 séance d'une heure sur 4 prévues.*");
    expect(draft).not.toContain('[À compléter');
    // The preview reads her as the anonymiser calls her.
    const preview = coach.locator('.preview__text');
    await expect.poll(() => preview.innerText()).toContain('La personne accompagnée me raconte : les relations');
    expect(await preview.innerText()).not.toMatch(REAL_NAMES);
    await shot(coach, '47-case-study-draft');
    // The first and resolution pictures are image lines; the preview draws them, the labels anonymised.
    expect(await text.inputValue()).toMatch(/!\[Première image de la constellation : [^\]]*Claire[^\]]*\]\(board-picture:[0-9a-f-]{36} "Première image : « Au départ »"\)/);
    const figures = coach.locator('.preview__text figure.picture img');
    await expect.poll(() => figures.count()).toBe(2);
    for (const alt of await figures.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).alt))) expect(alt).not.toMatch(REAL_NAMES);
    await expect.poll(() => figures.first().evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await coach.locator('.preview__text figure.picture').first().scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '48-case-study-preview-pictures.png') });
  });

  it('deletes a duplicate draft from the list, from the keyboard, after asking', async () => {
    const original = coach.url();
    // A second click on "Rédiger une étude de cas" makes a duplicate draft, as a coach who tried twice finds in her list.
    const engagements = (await (await coach.request.get(`${server.base}/api/v1/engagements`)).json()) as { items: { id: string; title: string }[] };
    await coach.goto(`${server.base}/engagements/${engagements.items.find((e) => e.title === "Recréer l'alliance avec son client")!.id}`);
    await coach.getByText('Étude de cas', { exact: true }).click();
    await coach.getByRole('button', { name: 'Rédiger une étude de cas' }).click();
    await coach.waitForURL((url) => /\/case-studies\/[0-9a-f-]{36}$/.test(url.pathname) && url.href !== original, { timeout: 30_000 });
    const duplicate = new URL(coach.url()).pathname;

    await coach.goto(`${server.base}/case-studies`);
    const rows = coach.locator('ul.case-list > li');
    await expect.poll(() => rows.count()).toBe(2);
    // Same title twice: each row says when it was last changed, and so does its button's name.
    const titles = await rows.locator('.summary-list__title').allInnerTexts();
    expect(new Set(titles).size).toBe(1);
    expect(await rows.first().innerText()).toMatch(/Rédigée en français, modifiée le \d+ \S+ \d{4}/);
    const row = rows.filter({ has: coach.locator(`a[href="${duplicate}"]`) });
    const remove = row.getByRole('button', { name: /^Supprimer « Recréer l'alliance avec son client », modifiée le / });

    // From the keyboard: the title, then Tab to "Supprimer", Enter opens the question with the focus on its answer.
    await row.getByRole('link').focus();
    await coach.keyboard.press('Tab');
    expect(await remove.evaluate((b) => b === document.activeElement)).toBe(true);
    await coach.keyboard.press('Enter');
    const dialog = coach.getByRole('dialog', { name: "Supprimer le brouillon « Recréer l'alliance avec son client » ?" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('L’accompagnement, ses séances et ses notes restent intacts.');
    expect(await coach.evaluate(() => document.activeElement?.textContent)).toBe('Supprimer le brouillon');
    expect(await axe(coach, '{ include: ["dialog"] }')).toEqual([]);
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '47b-case-study-delete-draft.png') });
    // Escape changes her mind: nothing deleted, the focus back on the button.
    await coach.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await rows.count()).toBe(2);
    expect(await remove.evaluate((b) => b === document.activeElement)).toBe(true);
    // On a phone the question fits the screen too.
    await coach.setViewportSize({ width: 390, height: 844 });
    await coach.keyboard.press('Enter');
    await dialog.waitFor();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '47b-case-study-delete-draft-phone.png') });
    await coach.setViewportSize({ width: 1366, height: 900 });
    await coach.keyboard.press('Enter');

    // Deleted: the row goes, the list says so where the focus now stands, the case is gone from the server.
    const said = coach.getByRole('status').filter({ hasText: "L’étude « Recréer l'alliance avec son client » est supprimée." });
    await said.waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await said.evaluate((p) => p === document.activeElement)).toBe(true);
    expect(await rows.locator(`a[href="${duplicate}"]`).count()).toBe(0);
    expect((await coach.request.get(`${server.base}/api/v1${duplicate}`)).status()).toBe(404);
    await shot(coach, '47b-case-study-list-after-delete');

    // Back to the case she keeps.
    await coach.goto(original);
    await coach.getByLabel('Texte (Markdown)').waitFor();
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
    // The consent's date is written as the French screen writes it (jj/mm/aaaa), whatever the browser's own language.
    const consent = coach.getByRole('region', { name: 'Consentement à la publication' });
    const saveConsent = consent.getByRole('button', { name: 'Enregistrer le consentement' });
    // Her space holds no consent of hers: said as such, with the basis named and what to do, never as a generic conflict.
    await consent.getByLabel('Le consentement qu’elle a donné dans son espace').check();
    await saveConsent.click();
    await consent.getByText(/^Fondement : la personne accompagnée n’a pas donné son consentement dans son espace, ou l’a retiré\./).waitFor();
    // A composite statement too short: the field says by how much, the form's message names the field.
    await consent.getByLabel('Cas composite ou romancé').check();
    const statement = consent.getByLabel('Votre déclaration');
    await statement.fill('Inventé');
    await saveConsent.click();
    await consent.getByText('Le consentement n’est pas enregistré : vérifiez « Votre déclaration ».').waitFor();
    await consent.getByText('Votre déclaration est trop courte : écrivez au moins 10 caractères pour dire en quoi le cas est composite ou romancé.').waitFor();
    expect(await statement.getAttribute('aria-invalid')).toBe('true');
    expect(await consent.innerText()).not.toMatch(/conflit|Too small|expected/);
    await consent.scrollIntoViewIfNeeded();
    await consent.screenshot({ path: join(SCREENSHOT_DIR, '50-case-study-consent-errors.png') });
    // Back to her consent: the other basis's message goes with it.
    await consent.getByLabel('La personne accompagnée a consenti').check();
    expect(await consent.getByRole('alert').count()).toBe(0);
    const givenOn = consent.getByLabel('Consentement donné le');
    const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
    expect(await givenOn.inputValue()).toBe(today);
    expect(await givenOn.getAttribute('aria-describedby')).toBe('consent-given-on-hint');
    await givenOn.fill('31/04/2025');
    await givenOn.press('Tab');
    await consent.getByText('Cette date n’existe pas ou n’est pas au format jj/mm/aaaa', { exact: false }).waitFor();
    expect(await givenOn.getAttribute('aria-invalid')).toBe('true');
    await consent.scrollIntoViewIfNeeded();
    await consent.screenshot({ path: join(SCREENSHOT_DIR, '50-case-study-consent-date-invalid.png') });
    // From the keyboard: a date typed, then a day earlier with the down arrow.
    await givenOn.fill('02/05/2025');
    await givenOn.press('ArrowDown');
    expect(await givenOn.inputValue()).toBe('01/05/2025');
    expect(await givenOn.getAttribute('aria-invalid')).toBeNull();
    await consent.screenshot({ path: join(SCREENSHOT_DIR, '50-case-study-consent-date.png') });
    await saveConsent.click();
    await coach.getByText(/^Consentement de la personne accompagnée \(Anonymisé\), donné le 1 mai 2025\./).waitFor();
    await coach.getByRole('button', { name: 'Publier sur ma page' }).click();
    await coach.getByText('Publication impossible : des passages sensibles attendent encore votre décision.').waitFor();
    // The review counts people, then the other names, as the coach decides them; their passages are the detail.
    // "Claire" and "Claire Vasseur" are one person: one row, her full name first, her first name under it.
    const review = coach.getByRole('region', { name: 'Relecture de l’anonymisation' });
    const said = await review.getByRole('status').first().innerText();
    const count = /^1 personne et (\d+) noms? sensibles? attend(?:ent)? votre décision \((\d+) passages\)\./.exec(said);
    expect(count).not.toBeNull();
    // The places on the proposal, whose rows say « Proposition retenue (facultatif) », are counted apart, as hers to check.
    expect(said).toMatch(/\. Facultatif : \d+ lieux? (et \d+ dates? )?garde(?:nt)? la proposition d’Alliance, à vérifier si vous le souhaitez\.$/);
    const place = review.locator('.review-list > li').filter({ has: coach.locator('.review-item__what .tag', { hasText: 'Lieu' }) }).first();
    expect(await place.locator('.review-item__why').innerText()).toMatch(/· Proposition retenue \(facultatif\)$/);
    expect(Number(count![1]) + 1).toBeLessThan(Number(count![2]));
    const rows = review.locator('.review-list > li');
    const claire = rows.filter({ has: coach.locator('.review-item__what mark', { hasText: /^Claire Vasseur$/ }) });
    expect(await claire.locator('.review-item__what').first().innerText()).toMatch(/Claire Vasseur \(\d+ passages\)/);
    expect(await claire.locator('.review-item__names').innerText()).toMatch(/^Autres noms : Claire \(\d+ passages\)$/);
    // No row of her first name alone: each row is led by its person or name.
    const heads = await rows.evaluateAll((lis) => lis.map((li) => li.querySelector(':scope > .review-item__what mark')?.textContent));
    expect(heads).toContain('Claire Vasseur');
    expect(heads).not.toContain('Claire');
    await shot(coach, '50-case-study-review');
    // Each of her names can still be decided alone, folded away under her row, each action naming the one name it decides.
    const byName = claire.getByText('Décider nom par nom');
    await byName.click();
    await claire.getByRole('button', { name: 'Garder tel quel pour « Claire » seulement' }).waitFor();
    await claire.getByLabel('Remplacer par pour « Claire Vasseur » seulement').waitFor();
    expect(await axe(coach, '{ include: [".review-list"] }')).toEqual([]);
    await claire.scrollIntoViewIfNeeded();
    await claire.screenshot({ path: join(SCREENSHOT_DIR, '50-case-study-review-person.png') });
    await byName.click();
    await claire.getByRole('button', { name: 'Garder tel quel pour « Claire » seulement' }).waitFor({ state: 'hidden' });
  });

  it('highlights the detected passages inside the text, and decides one from there', async () => {
    const text = coach.getByLabel('Texte (Markdown)');
    const layer = coach.locator('.markdown-field .highlight-field__layer');
    const vasseur = layer.locator('mark.hl--open', { hasText: 'Vasseur' }).first();
    await vasseur.waitFor({ state: 'attached' });
    // The text area scrolls, and its highlights with it: bring the coach's sentence into view.
    const top = await vasseur.evaluate((m) => (m as HTMLElement).offsetTop);
    await text.evaluate((el, y) => (el.scrollTop = y), Math.max(0, top - 60));
    await text.scrollIntoViewIfNeeded();
    await expect.poll(() => layer.evaluate((l) => l.scrollTop)).toBe(await text.evaluate((el) => el.scrollTop));
    // A tap on the highlight lands in the text area at that word: the layer lies exactly under it.
    const box = (await vasseur.boundingBox())!;
    await coach.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const decide = coach.getByRole('group', { name: /^Décider pour « [^»]*Vasseur/ });
    await decide.waitFor();
    expect(await coach.locator('.span-at-caret__what').innerText()).toMatch(/Personne « [^»]*Vasseur[^»]* » → « .+ » · À décider/);
    // One decision for her: the box lists all her names and counts all their passages; her full name alone stays a choice.
    const scope = coach.locator('.span-at-caret__name');
    expect(await scope.innerText()).toMatch(/^À décider : \d+ sur \d+\. Cette décision vaut pour tous ses noms, « Claire Vasseur » et « Claire », soit \d+ passages dans le texte\.$/);
    const alone = coach.getByRole('radio', { name: /^« Claire Vasseur » seulement \(1 passage\)$/ });
    expect(await alone.isChecked()).toBe(false);
    expect(await coach.getByRole('radio', { name: /^Tous ses noms \(\d+ passages\)$/ }).isChecked()).toBe(true);
    await shot(coach, '49-case-study-highlights');

    // From the keyboard: a passage of the next person or name waiting is selected in the text and offered here.
    const next = coach.getByRole('button', { name: 'Aller au nom à décider suivant' });
    // People first: the legend counts her as one person, the other names after her, their passages as detail.
    const legend = /à décider \(souligné\) : 1 personne et (\d+) noms? sensibles? en (\d+) passages/.exec(await coach.locator('#markdown-review-legend').innerText());
    expect(legend).not.toBeNull();
    const waiting = 1 + Number(legend![1]);
    expect(waiting).toBeLessThan(Number(legend![2]));
    // "Next" offers each once, Claire under one of her names only, and comes back to her.
    const offered = new Map<string, string>();
    for (let i = 0; i < waiting; i++) {
      await next.click();
      await expect.poll(() => coach.locator('.span-at-caret__what').innerText()).toMatch(/· À décider$/);
      expect(await text.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBeGreaterThan(0);
      const said = await scope.innerText();
      expect(said).toMatch(new RegExp(`^À décider : \\d+ sur ${waiting}\\. Cette décision vaut pour `));
      offered.set(said.split('.')[0]!, await coach.locator('.span-at-caret__what').innerText());
    }
    expect(offered.size).toBe(waiting);
    expect([...offered.values()].filter((what) => /« Claire( Vasseur)? »/.test(what))).toHaveLength(1);
    expect(await coach.locator('.span-at-caret__what').innerText()).toMatch(/^Personne « Claire( Vasseur)? »/);

    // Accepted once, she is accepted under every name: none of her passages waits, and she is no longer counted.
    await coach.getByRole('group', { name: /^Décider pour « Claire/ }).getByRole('button', { name: /^Accepter « / }).click();
    await expect.poll(() => layer.locator('mark.hl--open', { hasText: /Claire|Vasseur/ }).count()).toBe(0);
    expect(await layer.locator('mark.hl--decided', { hasText: /^Claire$/ }).count()).toBeGreaterThan(1);
    expect(await layer.locator('mark.hl--decided', { hasText: 'Claire Vasseur' }).count()).toBe(1);
    expect(await coach.locator('#markdown-review-legend').innerText()).not.toMatch(/personne/);
    const row = coach.locator('.review-list > li').filter({ has: coach.locator('.review-item__what mark', { hasText: /^Claire Vasseur$/ }) });
    expect(await row.locator('.review-item__why').innerText()).toMatch(/· Accepté$/);

    // Typing moves the highlights after the edit with their words, and drops none at wrong places.
    const sentence = (await text.inputValue()).indexOf("Claire Vasseur m'a écrit");
    await text.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), sentence);
    await text.pressSequentially('Depuis, ');
    const marks = await layer.locator('mark').evaluateAll((ms) => ms.map((m) => m.textContent));
    const value = await text.inputValue();
    const starts = await layer.evaluate((l) => {
      let at = 0;
      const out: [number, string][] = [];
      for (const n of l.childNodes) {
        if (n.nodeName === 'MARK') out.push([at, n.textContent ?? '']);
        at += (n.textContent ?? '').length;
      }
      return out;
    });
    expect(marks.length).toBeGreaterThan(0);
    for (const [at, word] of starts) expect(value.slice(at, at + word.length)).toBe(word);
    // Once saved, the text is reviewed again and every highlight is back.
    await coach.getByText(/^Texte modifié :/).waitFor({ state: 'hidden' });
    await layer.locator('mark', { hasText: 'Vasseur' }).first().waitFor({ state: 'attached' });

    expect(await axe(coach, '{ include: [".markdown-review", ".review-panel"] }')).toEqual([]);

    await coach.setViewportSize({ width: 390, height: 844 });
    const phoneTop = await layer.locator('mark', { hasText: 'Vasseur' }).first().evaluate((m) => (m as HTMLElement).offsetTop);
    await text.evaluate((el, y) => (el.scrollTop = y), Math.max(0, phoneTop - 120));
    // The layer follows the text area's scroll on the next frame: a tap before it would miss on a busy machine.
    await expect.poll(() => layer.evaluate((l) => l.scrollTop)).toBe(await text.evaluate((el) => el.scrollTop));
    await shot(coach, '49-case-study-highlights-phone');
    // On a phone's width too, a tap on a highlight is a tap on its words.
    const place = (await layer.locator('mark', { hasText: 'Montpellier' }).first().boundingBox())!;
    await coach.mouse.click(place.x + place.width / 2, place.y + place.height / 2);
    await expect.poll(() => coach.locator('.span-at-caret__what').innerText()).toMatch(/^Lieu « Montpellier »/);
    // Its decision box fits the phone, its long proposal wrapped inside its button, every control in reach.
    const decision = coach.locator('.span-at-caret');
    const accept = decision.getByRole('button', { name: 'Accepter « une grande ville du sud de la France »' });
    await accept.waitFor();
    await fitsTheScreen(coach);
    for (const control of [accept, decision.getByRole('button', { name: 'Garder tel quel' }), decision.getByLabel('Remplacer par : Montpellier'), decision.getByRole('button', { name: 'Remplacer', exact: true })]) {
      const b = (await control.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(390);
      expect(b.height).toBeGreaterThanOrEqual(40);
    }
    await decision.scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '49-case-study-decision-phone.png') });
    // A person's box too, with her names listed and the choice of one name alone: within the phone, a finger's height.
    const herName = layer.locator('mark', { hasText: /^Claire Vasseur$/ });
    const herTop = await herName.evaluate((m) => (m as HTMLElement).offsetTop);
    await text.evaluate((el, y) => (el.scrollTop = y), Math.max(0, herTop - 120));
    await text.scrollIntoViewIfNeeded();
    await expect.poll(() => layer.evaluate((l) => l.scrollTop)).toBe(await text.evaluate((el) => el.scrollTop));
    const her = (await herName.boundingBox())!;
    await coach.mouse.click(her.x + her.width / 2, her.y + her.height / 2);
    await expect.poll(() => coach.locator('.span-at-caret__what').innerText()).toMatch(/^Personne « Claire Vasseur »/);
    await fitsTheScreen(coach);
    for (const choice of await decision.locator('.span-at-caret__choice').all()) {
      const b = (await choice.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(390);
      expect(b.height).toBeGreaterThanOrEqual(40);
    }
    await decision.scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '49-case-study-decision-person-phone.png') });
    // And on a tablet, upright and sideways.
    for (const size of [{ width: 768, height: 1024 }, { width: 1024, height: 768 }]) {
      await coach.setViewportSize(size);
      await fitsTheScreen(coach);
      await decision.scrollIntoViewIfNeeded();
      await coach.screenshot({ path: join(SCREENSHOT_DIR, `49-case-study-decision-${size.width}.png`) });
    }
    await coach.setViewportSize({ width: 1366, height: 900 });
    await fitsTheScreen(coach);
  });

  it('marks a name in the title as in the text, decides it from there, and previews the Markdown as the public page will show it', async () => {
    const title = coach.getByLabel('Titre', { exact: true });
    // Claire is accepted under the names she had; "Mme Vasseur" is a new name of hers, which waits for a decision.
    await title.fill("Mme Vasseur : recréer l'alliance avec son client, une histoire de contrats et de garde-fous");
    const text = coach.getByLabel('Texte (Markdown)');
    // A list right after a sentence, as a coach types it: the public page makes it a list, and so must the preview.
    await text.fill(`${await text.inputValue()}Ce qu'elle garde de la séance :\n- un garde-fou avant chaque réunion\n- un espace où *déposer* ses réactions\n`);
    const preview = coach.locator('.preview__text');
    const items = preview.locator('ul').last().locator('li');
    // A pause in the typing saves, the server reviews, and the preview follows.
    await expect.poll(() => items.allInnerTexts(), { timeout: 15_000 }).toEqual(['un garde-fou avant chaque réunion', 'un espace où déposer ses réactions']);
    expect(await items.last().locator('em').innerText()).toBe('déposer');
    const before = await preview.locator('p', { hasText: "Ce qu'elle garde de la séance :" }).innerText();
    expect(before.trim().endsWith("Ce qu'elle garde de la séance :")).toBe(true);
    expect(await preview.locator('h3').innerText()).not.toMatch(REAL_NAMES);
    // The composer's sections are sections of the preview, under its title, as on the public page.
    expect(await preview.locator('h4', { hasText: 'Le déplacement' }).count()).toBe(1);

    // The name in the title is marked over its very words, and a tap on it opens its decision under the title.
    const layer = coach.locator('.highlight-field--line .highlight-field__layer');
    const name = layer.locator('mark.hl--open', { hasText: 'Vasseur' });
    await name.waitFor({ state: 'attached' });
    const marked = await layer.locator('mark').allInnerTexts();
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(/^(Mme )?Vasseur$/);
    const inTitle = (await title.inputValue()).indexOf(marked[0]!);
    // The name itself, which the box and its decision go by: the mark may take "Mme" in with it.
    const vasseur = marked[0]!.replace(/^Mme /, '');
    const tapName = async () => {
      // The field in the middle of the screen, not under the sticky top bar; filled, the title scrolled to its end and its
      // first word out of sight: brought back as a coach would, the layer following on the next frame.
      await title.evaluate((el) => {
        el.scrollIntoView({ block: 'center' });
        el.scrollLeft = 0;
      });
      await expect.poll(() => layer.evaluate((l) => l.scrollLeft)).toBe(await title.evaluate((el) => el.scrollLeft));
      const box = (await name.boundingBox())!;
      await coach.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const caret = await title.evaluate((el: HTMLInputElement) => el.selectionStart ?? -1);
      expect(caret).toBeGreaterThanOrEqual(inTitle);
      expect(caret).toBeLessThanOrEqual(inTitle + marked[0]!.length);
    };
    await tapName();
    const titleField = coach.locator('.markdown-review').filter({ has: title });
    const decide = titleField.getByRole('group', { name: /^Décider pour « (Mme )?Vasseur »/ });
    await decide.waitFor();
    expect(await coach.locator('.span-at-caret').count()).toBe(1);
    expect(await titleField.locator('.span-at-caret__what').innerText()).toMatch(/^Personne « (Mme )?Vasseur » → « .+ » · À décider/);
    // Hers: deciding it decides her again, under all her names, the new one with them.
    expect(await titleField.locator('.span-at-caret__name').innerText()).toMatch(/^À décider : 1 sur \d+\. Cette décision vaut pour tous ses noms, « Claire Vasseur », « (Mme )?Vasseur » et « Claire », soit \d+ passages dans le texte\.$/);
    // The review lists it under her (met first, in the title), waiting while the names she had stay accepted.
    const herRow = coach.locator('.review-list > li').filter({ has: coach.locator('.review-item__what mark', { hasText: /^Claire Vasseur$/ }) });
    await expect.poll(() => herRow.locator('.review-item__names').innerText()).toMatch(/^Autres noms : (Mme )?Vasseur \(1 passage, À décider\), Claire \(\d+ passages\)$/);
    await items.first().scrollIntoViewIfNeeded();
    await shot(coach, '49-case-study-title-and-list');
    expect(await axe(coach, '{ include: [".markdown-review", ".preview"] }')).toEqual([]);

    await coach.setViewportSize({ width: 390, height: 844 });
    // A title longer than the field scrolls sideways, and its highlights with it.
    await title.focus();
    await title.press('End');
    await expect.poll(() => title.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expect.poll(() => layer.evaluate((l) => l.scrollLeft)).toBe(await title.evaluate((el) => el.scrollLeft));
    await title.press('Home');
    await expect.poll(() => layer.evaluate((l) => l.scrollLeft)).toBe(0);
    await tapName();
    await decide.waitFor();
    // Under the title too, the box fits the phone.
    await fitsTheScreen(coach);
    await items.first().scrollIntoViewIfNeeded();
    await shot(coach, '49-case-study-title-and-list-phone');
    await coach.setViewportSize({ width: 1366, height: 900 });
    // Back in the text, the one decision box follows the caret there.
    await text.click();
    const bodyField = coach.locator('.markdown-review').filter({ has: text });
    await bodyField.locator('.span-at-caret').waitFor();
    expect(await coach.locator('.span-at-caret').count()).toBe(1);

    // Her own words typed under the title wait for her while the box moves to another of her names in the body.
    await tapName();
    await decide.waitFor();
    await titleField.getByLabel(`Remplacer par : ${vasseur}`).fill('S.');
    const bodyLayer = coach.locator('.markdown-field .highlight-field__layer');
    const inBody = bodyLayer.locator('mark', { hasText: /^Claire$/ }).first();
    const top = await inBody.evaluate((m) => (m as HTMLElement).offsetTop);
    await text.evaluate((el, y) => (el.scrollTop = y), Math.max(0, top - 60));
    // The box under the title (its choices one under the other) may push the text below the window: brought into view.
    await text.scrollIntoViewIfNeeded();
    await expect.poll(() => bodyLayer.evaluate((l) => l.scrollTop)).toBe(await text.evaluate((el) => el.scrollTop));
    const mark = (await inBody.boundingBox())!;
    await coach.mouse.click(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await bodyField.getByRole('group', { name: /^Décider pour « Claire »/ }).waitFor();
    expect(await bodyField.getByLabel('Remplacer par : Claire').inputValue()).toBe('S.');

    // From the end of the text, the next to decide is her, at her passage left in the title.
    await text.press('Control+End');
    await coach.getByRole('button', { name: 'Aller au nom à décider suivant' }).click();
    await decide.waitFor();
    expect(await title.evaluate((el: HTMLInputElement) => [document.activeElement === el, el.selectionStart, el.selectionEnd])).toEqual([true, inTitle, inTitle + marked[0]!.length]);
    expect(await titleField.getByLabel(`Remplacer par : ${vasseur}`).inputValue()).toBe('S.');
    await shot(coach, '49-case-study-next-in-title');
  });

  it('lists the telling details to check in their sentence, and generalises one in one click', async () => {
    const text = coach.getByLabel('Texte (Markdown)');
    await text.fill(`${await text.inputValue()}\nÀ 42 ans, elle dirige une équipe de 120 personnes dans une PME annécienne.\n`);
    const details = coach.getByRole('region', { name: 'Détails à vérifier' });
    const row = (words: string) => details.getByRole('listitem').filter({ has: coach.locator('mark', { hasText: words }) });
    const headcount = row('de 120 personnes');
    await headcount.waitFor();
    expect(await headcount.innerText()).toContain('Effectif');
    expect(await headcount.locator('q').innerText()).toContain('elle dirige une équipe de 120 personnes dans une PME annécienne.');
    expect(await headcount.getByRole('textbox').inputValue()).toBe("d'une centaine de personnes");
    expect(await row('42 ans').getByRole('textbox').inputValue()).toBe('la quarantaine');
    // The demonym is a place, masked like one: the preview no longer says where.
    const preview = coach.locator('.preview__text');
    await expect.poll(() => preview.innerText()).toContain('dans une PME de la région');
    expect(await axe(coach, '{ include: [".review-details"] }')).toEqual([]);
    await details.scrollIntoViewIfNeeded();
    await details.screenshot({ path: join(SCREENSHOT_DIR, '50-case-study-details.png') });

    await headcount.getByRole('button', { name: 'Masquer « de 120 personnes » par « d\'une centaine de personnes »' }).click();
    await expect.poll(() => preview.innerText()).toContain("elle dirige une équipe d'une centaine de personnes");
    await headcount.waitFor({ state: 'detached' });
    expect(await row('42 ans').count()).toBe(1);
  });

  it('decides one passage apart from its name, from the keyboard, and says so when the text no longer holds it', async () => {
    const text = coach.getByLabel('Texte (Markdown)');
    const before = await text.inputValue();
    // In the DG's own words her role reads badly (« Merci la consultante »): there, and there only, she gets a first name.
    await text.fill(`${before}\nLe DG lui écrit : « Merci Claire, pour ce moment. »\n`);
    const layer = coach.locator('.markdown-field .highlight-field__layer');
    const claires = layer.locator('mark', { hasText: /^Claire$/ });
    const had = await claires.count();
    // Saved after a pause and reviewed again: the new passage is marked.
    await expect.poll(() => claires.count(), { timeout: 15_000 }).toBe(had + 1);
    const quoted = claires.last();
    const top = await quoted.evaluate((m) => (m as HTMLElement).offsetTop);
    await text.evaluate((el, y) => (el.scrollTop = y), Math.max(0, top - 60));
    await text.scrollIntoViewIfNeeded();
    await expect.poll(() => layer.evaluate((l) => l.scrollTop)).toBe(await text.evaluate((el) => el.scrollTop));
    const box = (await quoted.boundingBox())!;
    await coach.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const decision = coach.locator('.span-at-caret');
    // She is accepted: this passage, like all hers, takes the proposal.
    await expect.poll(() => decision.locator('.span-at-caret__what').innerText()).toMatch(/^Personne « Claire » → « .+ » · Accepté$/);

    // From the keyboard: the choice of what the decision is for, then her words, in that order.
    const everyName = decision.getByRole('radio', { name: /^Tous ses noms \(\d+ passages\)$/ });
    expect(await everyName.isChecked()).toBe(true);
    await everyName.focus();
    await coach.keyboard.press('ArrowDown');
    await coach.keyboard.press('ArrowDown');
    expect(await decision.getByRole('radio', { name: 'Ce passage seulement' }).isChecked()).toBe(true);
    // (Her name in the title, « Mme Vasseur », still waits: she is still counted among those to decide.)
    expect(await decision.locator('.span-at-caret__name').innerText()).toMatch(/^À décider : \d+ sur \d+\. Cette décision ne vaut que pour ce passage ; ses autres passages suivent la décision de leur nom\.$/);
    for (let i = 0; i < 3; i++) await coach.keyboard.press('Tab');
    expect(await coach.evaluate(() => document.activeElement?.id)).toBe('span-at-caret-own');
    await coach.keyboard.type('Sophie');
    await coach.keyboard.press('Enter');

    // Replaced there only: the box says so and what her name has elsewhere; the passage is framed in the text.
    await expect.poll(() => decision.locator('.span-at-caret__what').innerText()).toBe('Personne « Claire » → « Sophie » · Remplacé pour ce passage');
    expect(await decision.locator('.span-at-caret__own-decision p').innerText()).toBe('Ce passage a sa propre décision. Ailleurs, « Claire » : Accepté.');
    expect(await layer.locator('mark.hl--own').allInnerTexts()).toEqual(['Claire']);
    expect(await coach.locator('#markdown-review-legend').innerText()).toContain('décidé pour ce seul passage (encadré)');
    const preview = coach.locator('.preview__text');
    await expect.poll(() => preview.innerText()).toContain('Le DG lui écrit : « Merci Sophie, pour ce moment. »');
    expect(await preview.innerText()).not.toMatch(REAL_NAMES);
    // Her row lists it, in its words, with the way back to her name's decision.
    const herRow = coach.locator('.review-list > li').filter({ has: coach.locator('.review-item__what mark', { hasText: /^Claire Vasseur$/ }) });
    const own = herRow.locator('.review-item__own');
    expect(await own.innerText()).toMatch(/^Un passage a sa propre décision :\s+« Le DG lui écrit : « Merci Claire, pour ce moment\. » ».*Sophie · Remplacé\s+Suivre la décision du nom$/s);
    expect(await axe(coach, '{ include: [".markdown-review", ".review-panel"] }')).toEqual([]);
    await decision.scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '49-case-study-passage-decision.png') });
    await own.scrollIntoViewIfNeeded();
    await herRow.screenshot({ path: join(SCREENSHOT_DIR, '50-case-study-review-own-passage.png') });

    // On a phone, the box and its three choices fit, each a finger's height.
    await coach.setViewportSize({ width: 390, height: 844 });
    await fitsTheScreen(coach);
    const choices = await decision.locator('.span-at-caret__choice').all();
    expect(choices).toHaveLength(3);
    for (const choice of choices) {
      const b = (await choice.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(390);
      expect(b.height).toBeGreaterThanOrEqual(40);
    }
    await decision.scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '49-case-study-passage-decision-phone.png') });
    await coach.setViewportSize({ width: 1366, height: 900 });

    // The words right after it rewritten: her decision no longer applies there, nor anywhere else; the screen says so and she forgets it.
    await text.fill(`${before}\nLe DG lui écrit : « Merci Claire, pour cette séance. »\n`);
    const stale = coach.getByRole('region', { name: 'Une décision de passage ne s’applique plus' });
    await stale.waitFor({ timeout: 15_000 });
    const item = await stale.getByRole('listitem').innerText();
    expect(item).toContain('« Merci Claire, pour ce moment.');
    expect(item).toMatch(/· Remplacé par « Sophie »\s+Oublier$/);
    await expect.poll(() => preview.innerText()).not.toContain('Sophie');
    expect(await preview.innerText()).not.toMatch(REAL_NAMES);
    expect(await layer.locator('mark.hl--own').count()).toBe(0);
    expect(await axe(coach, '{ include: [".review-panel"] }')).toEqual([]);
    await stale.scrollIntoViewIfNeeded();
    await stale.screenshot({ path: join(SCREENSHOT_DIR, '50-case-study-review-stale-passage.png') });
    await stale.getByRole('button', { name: /^Oublier la décision « Remplacé par « Sophie » » du passage / }).click();
    await stale.waitFor({ state: 'detached' });
    // The text as it was before.
    await text.fill(before);
    await coach.getByText(/^Texte modifié :/).waitFor({ state: 'hidden' });
    await expect.poll(() => preview.innerText(), { timeout: 15_000 }).not.toContain('cette séance');
  });

  it('publishes once every sensitive passage is decided', async () => {
    await coach.getByRole('button', { name: 'Accepter toutes les propositions' }).click();
    await coach.getByText('Tous les noms sensibles sont décidés.').waitFor();
    editorUrl = coach.url();
    const publication = coach.getByRole('region', { name: 'Publication', exact: true });
    const publish = publication.getByRole('button', { name: 'Publier sur ma page' });

    // « Garder tel quel » on her first name, which her consent (« Anonymisé ») does not cover: the refusal names it, whose it is, and what to do.
    const caseApi = `${server.base}/api/v1/case-studies/${editorUrl.split('/').pop()}`;
    const decisions = ((await (await coach.request.get(caseApi)).json()) as { decisions: { text: string; type: string; action: string }[] }).decisions;
    expect(decisions.some((d) => d.text === 'Claire' && d.type === 'person')).toBe(true);
    const keepClaire = decisions.map((d) => (d.text === 'Claire' && d.type === 'person' ? { text: d.text, type: d.type, action: 'keep' } : d));
    expect((await coach.request.patch(caseApi, { data: { decisions: keepClaire } })).status()).toBe(200);
    await coach.reload();
    await publish.click();
    const kept = publication.getByRole('alert').filter({ hasText: 'au-delà de son consentement (« Anonymisé »)' });
    await kept.waitFor();
    expect(await kept.getByRole('listitem').allInnerTexts()).toEqual(['« Claire » : son prénom']);
    expect(await kept.innerText()).toContain('enregistrez plutôt la portée qu’elle a réellement donnée');
    await publication.scrollIntoViewIfNeeded();
    await publication.screenshot({ path: join(SCREENSHOT_DIR, '51-case-study-kept-beyond-consent.png') });
    expect((await coach.request.patch(caseApi, { data: { decisions } })).status()).toBe(200);
    await coach.reload();

    // The telling details left in clear wait for her to have read them: listed here, with the one confirmation.
    await publish.click();
    await publication.getByText('Publication impossible : des détails à vérifier n’ont pas encore été relus.', { exact: false }).waitFor();
    const unread = publication.locator('.details-check');
    expect(await unread.getByRole('listitem').allInnerTexts()).toContain('« 42 ans » (Âge)');
    expect(await axe(coach, '{ include: [".split-layout > .stack:last-child"] }')).toEqual([]);
    await publication.scrollIntoViewIfNeeded();
    await publication.screenshot({ path: join(SCREENSHOT_DIR, '51-case-study-details-unread.png') });
    await unread.getByRole('button', { name: 'J’ai relu ces détails' }).click();
    await publication.getByText(/^Détails à vérifier relus le /).waitFor();
    // Her confirmation answers the refusal: it goes.
    expect(await publication.getByRole('alert').count()).toBe(0);

    await publish.click();
    await coach.getByText(/^Publiée le/).waitFor();
    publicUrl = (await coach.getByRole('link', { name: 'Page publique' }).getAttribute('href'))!;
    expect(publicUrl).toMatch(/\/p\/cabinet-de-demonstration\/[a-z0-9-]+$/);
    // Its address, in the card, opens the article in a new tab: her editor stays where it was.
    const address = publication.getByRole('link', { name: publicUrl });
    expect(await address.getAttribute('href')).toBe(publicUrl);
    expect(await address.getAttribute('target')).toBe('_blank');
    expect(await address.getAttribute('rel')).toBe('noopener noreferrer');
    // It reads as the address, and a screen reader hears where it opens.
    expect(await address.evaluate((a) => a.firstChild?.textContent)).toBe(publicUrl);
    await publication.getByRole('link', { name: `${publicUrl} (s’ouvre dans un nouvel onglet)`, exact: true }).waitFor();
    const [tab] = await Promise.all([coach.context().waitForEvent('page'), address.click()]);
    await tab!.waitForLoadState();
    expect(tab!.url()).toBe(publicUrl);
    await tab!.close();
    expect(coach.url()).toBe(editorUrl);
    await shot(coach, '51-case-study-published');
    await publication.scrollIntoViewIfNeeded();
    await publication.screenshot({ path: join(SCREENSHOT_DIR, '51-case-study-published-address.png') });
  });

  it('warns before deleting a published case: it would leave her public page at once, with its comments', async () => {
    await coach.goto(`${server.base}/case-studies`);
    const row = coach.locator('ul.case-list > li').filter({ has: coach.locator('.tag', { hasText: 'Publiée' }) });
    await row.getByRole('button', { name: /^Supprimer « / }).click();
    const dialog = coach.getByRole('dialog', { name: /^Supprimer l’étude publiée « / });
    await dialog.waitFor();
    expect(await dialog.locator('.callout--warning').innerText()).toBe(
      'Cette étude est en ligne sur votre page publique : la supprimer l’en retire aussitôt, efface ses commentaires, et son adresse ne mènera plus nulle part. La suppression est définitive.',
    );
    expect(await dialog.innerText()).toContain('ouvrez-la et choisissez « Retirer de ma page ».');
    await dialog.getByRole('button', { name: 'Supprimer et retirer de ma page' }).waitFor();
    expect(await axe(coach, '{ include: ["dialog"] }')).toEqual([]);
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '51b-case-study-delete-published.png') });
    // She cancels: the case stays listed and published.
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.count()).toBe(1);
    expect((await coach.request.get(publicUrl)).status()).toBe(200);
  });

  it('shows the heading and introduction the coach wrote for her public page, escaped', async () => {
    await coach.goto(`${server.base}/settings`);
    const card = coach.getByRole('form', { name: 'Votre page publique' });
    await card.getByLabel('Titre de la page').fill('Accompagner les dirigeantes <et leurs équipes>');
    await card.getByLabel('Présentation').fill('Coach professionnelle certifiée, à Lyon et à distance.\n\nDes accompagnements racontés avec l’accord des personnes.');
    await card.getByRole('button', { name: 'Enregistrer' }).click();
    await card.getByText('Page publique enregistrée.').waitFor();
    await card.scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '51-settings-public-page.png') });

    const home = publicUrl.replace(/[^/]+$/, '');
    await reader.goto(home);
    await reader.getByRole('heading', { level: 1, name: 'Accompagner les dirigeantes <et leurs équipes>' }).waitFor();
    expect(await reader.title()).toBe('Accompagner les dirigeantes <et leurs équipes> — Cabinet de démonstration');
    expect(await reader.locator('p.intro').allInnerTexts()).toEqual(['Coach professionnelle certifiée, à Lyon et à distance.', 'Des accompagnements racontés avec l’accord des personnes.']);
    expect(await reader.locator('meta[property="og:title"]').getAttribute('content')).toBe('Accompagner les dirigeantes <et leurs équipes> — Cabinet de démonstration');
    expect(await axe(reader)).toEqual([]);
    await shot(reader, '51-public-index-phone');
    await coach.goto(home);
    await shot(coach, '51-public-index-desktop');
  });

  it('shows a public page that names no one and passes axe, on a desktop and a phone', async () => {
    await coach.goto(publicUrl);
    await coach.getByRole('heading', { level: 1 }).waitFor();
    expect(await coach.locator('body').innerText()).not.toMatch(REAL_NAMES);
    expect(await axe(coach)).toEqual([]);
    await shot(coach, '52-public-case-desktop');
    // The constellation's pictures: figures whose image and alt text name no one.
    const pictures = coach.locator('figure.picture img');
    expect(await pictures.count()).toBe(2);
    await pictures.first().scrollIntoViewIfNeeded();
    await expect.poll(() => pictures.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
    for (const img of await pictures.evaluateAll((imgs) => imgs.map((i) => ({ alt: (i as HTMLImageElement).alt, src: (i as HTMLImageElement).src })))) {
      expect(img.alt).not.toMatch(REAL_NAMES);
      const svg = await (await coach.request.get(img.src)).text();
      expect(svg).not.toMatch(REAL_NAMES);
      // A long label is drawn on several lines (one tspan each): read it across them.
      expect(svg.replace(/<\/tspan><tspan[^>]*>/g, ' ')).toMatch(/>La personne accompagnée</i);
    }
    expect(await coach.locator('figure.picture figcaption').allInnerTexts()).toEqual(['Première image : « Au départ »', 'Image de résolution : « Après le mouvement »']);
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '52-public-case-pictures-desktop.png') });

    await reader.goto(publicUrl);
    expect(await axe(reader)).toEqual([]);
    await shot(reader, '53-public-case-phone');
    await reader.locator('figure.picture').first().scrollIntoViewIfNeeded();
    await reader.screenshot({ path: join(SCREENSHOT_DIR, '53-public-case-pictures-phone.png') });
  });

  it('takes a reader’s comment for moderation, then shows it once the coach publishes it', async () => {
    await reader.getByLabel(/^Nom/).fill('Lucie');
    await reader.getByLabel(/^E-mail/).fill('lucie@example.test');
    await reader.getByLabel(/^Commentaire( \*)?$/).fill('Très juste : le contrat comme garde-fou.');
    await reader.getByRole('button', { name: 'Envoyer le commentaire' }).click();
    await reader.getByText('Merci ! Votre commentaire sera publié après relecture.').waitFor();
    expect(await reader.locator('ol.comments').count()).toBe(0);

    // A second reader names her: published, it would undo the anonymisation.
    await reader.getByLabel(/^Nom/).fill('Marc');
    await reader.getByLabel(/^E-mail/).fill('marc@example.test');
    await reader.getByLabel(/^Commentaire( \*)?$/).fill('Bravo Claire, on te reconnaît bien !');
    await reader.getByRole('button', { name: 'Envoyer le commentaire' }).click();
    await reader.getByText('Merci ! Votre commentaire sera publié après relecture.').waitFor();

    await coach.goto(`${server.base}/case-studies`);
    const queue = coach.getByRole('list', { name: 'Commentaires à modérer' });
    const plain = queue.getByRole('listitem').filter({ hasText: 'Très juste : le contrat comme garde-fou.' });
    const naming = queue.getByRole('listitem').filter({ hasText: 'Bravo Claire, on te reconnaît bien !' });
    await plain.waitFor();
    // Said before the comment, marked in it; « Rejeter » first, approving only « quand même ».
    await naming.getByText('Ce commentaire nomme quelqu’un de l’accompagnement').waitFor();
    expect(await naming.locator('.comment-warning li').allInnerTexts()).toEqual(['« Claire » : une personne de l’accompagnement']);
    expect(await naming.locator('mark.comment-mark:not(.comment-mark--check)').allInnerTexts()).toEqual(['Claire']);
    expect(await naming.locator('.form-actions > button').allInnerTexts()).toEqual(['Rejeter', 'Approuver quand même']);
    expect(await axe(coach, "document.querySelector('.comment-queue')")).toEqual([]);
    await shot(coach, '54-comment-moderation');
    await coach.setViewportSize({ width: 390, height: 844 });
    await naming.scrollIntoViewIfNeeded();
    await coach.screenshot({ path: join(SCREENSHOT_DIR, '54-comment-moderation-phone.png') });
    await coach.setViewportSize({ width: 1366, height: 900 });

    // From the keyboard: the confirmation opens on « Annuler », so Enter publishes nothing by a slip; Escape closes it.
    await naming.getByRole('button', { name: 'Approuver quand même' }).focus();
    await coach.keyboard.press('Enter');
    const dialog = coach.getByRole('dialog', { name: 'Publier ce commentaire malgré ce qu’il révèle ?' });
    await dialog.waitFor();
    expect(await coach.evaluate('document.activeElement.textContent')).toBe('Annuler');
    await coach.keyboard.press('Tab');
    expect(await coach.evaluate('document.activeElement.textContent')).toBe('Approuver et publier');
    await dialog.screenshot({ path: join(SCREENSHOT_DIR, '54-comment-moderation-confirm.png') });
    await coach.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await coach.evaluate('document.activeElement.textContent')).toBe('Approuver quand même');
    await naming.getByRole('button', { name: 'Rejeter' }).click();
    await naming.waitFor({ state: 'detached' });

    await plain.getByRole('button', { name: 'Publier' }).click();
    await coach.getByText('Aucun commentaire en attente.').waitFor();

    await reader.goto(publicUrl);
    await reader.locator('ol.comments').getByText('Très juste : le contrat comme garde-fou.').waitFor();
    const page = await reader.locator('body').innerText();
    expect(page).not.toContain('lucie@example.test');
    expect(page).not.toMatch(REAL_NAMES);
    await shot(reader, '55-public-case-comment');
  });

  it('keeps the public page as published while the coach edits, says so, and republishes at the same address', async () => {
    await coach.goto(editorUrl);
    const text = coach.getByLabel('Texte (Markdown)');
    await expect.poll(() => text.inputValue()).toContain('## Le déplacement');
    await text.fill(`${await text.inputValue()}\nElle a depuis repris la mission avec plus de sérénité.\n`);
    await coach.getByText('Texte enregistré.').waitFor();
    const publication = coach.getByRole('region', { name: 'Publication', exact: true });
    await publication.getByText('Modifications non publiées.', { exact: false }).waitFor();
    expect(await publication.getByRole('status').innerText()).toMatch(/^Modifications non publiées\. Votre page publique montre encore la version publiée le \d+ \S+ \d{4}\./);
    expect(await coach.locator('.page-header .tag').allInnerTexts()).toEqual(['Publiée', 'Modifications non publiées']);
    // Readers still see the version she published.
    expect(await (await coach.request.get(publicUrl)).text()).not.toContain('plus de sérénité');
    expect(await axe(coach, '{ include: [".split-layout > .stack:last-child", ".page-header"] }')).toEqual([]);
    await shot(coach, '56-case-study-unpublished-changes');
    await publication.scrollIntoViewIfNeeded();
    await publication.screenshot({ path: join(SCREENSHOT_DIR, '56-case-study-unpublished-changes-card.png') });

    await publication.getByRole('button', { name: 'Republier' }).click();
    await publication.getByText('Modifications non publiées.', { exact: false }).waitFor({ state: 'hidden' });
    expect(await publication.getByRole('button', { name: 'Republier' }).count()).toBe(0);
    expect(await publication.getByRole('link', { name: publicUrl }).getAttribute('href')).toBe(publicUrl);
    const article = await (await coach.request.get(publicUrl)).text();
    expect(article).toContain('Elle a depuis repris la mission avec plus de sérénité.');
    expect(article).not.toMatch(REAL_NAMES);
    // Her reader's comment stays with the article.
    expect(article).toContain('Très juste : le contrat comme garde-fou.');
  });
});
