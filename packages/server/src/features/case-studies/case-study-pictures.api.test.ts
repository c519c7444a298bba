import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';
import { addElement, moveElement, openLiveBoard } from '../../testing/live.js';

/** A picture's labels as they read: a long label is drawn on several lines, so a name could straddle two. */
const labelsRead = (svg: string) => svg.replace(/<\/tspan><tspan[^>]*>/g, ' ');

/** Every real name the records, the notes or a label hold: none may reach a reader. */
const REAL_NAMES = /Solène|Solene|Le Bihan|Bihan|Kerlouan|Yannick|Morvan|Hervé|Herve|Quéméner|Quemener/i;

describe.each(TEST_DATABASES)('a case study shows the constellation pictures, re-labelled by the anonymiser (%s)', (kind) => {
  let app: FastifyInstance;
  let base: string;
  let coach: Coach;
  let engagementId: string;
  let initialId: string;
  let resolutionId: string;
  let foreignId: string;
  let id: string;

  /** A held session with a board, two elements per person named in the records, and its pictures. */
  async function engagementWithBoard(firstName: string, labels: { me: string; boss: string; org: string; other: string }) {
    const org = await coach.call('POST', '/api/v1/organisations', { name: 'Brasserie Kerlouan', contactName: 'Yannick Morvan' });
    const cl = await coach.call('POST', '/api/v1/clients', { firstName, lastName: 'Le Bihan', organisationId: org.body.id, role: 'consultante' });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: `${firstName} et son client` });
    const notes = { situation: `${firstName} Le Bihan est en froid avec Yannick Morvan, le directeur de la Brasserie Kerlouan.`, toolsUsed: 'Constellation systémique en individuel.' };
    const se = await coach.call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'video', status: 'held', notes });
    const board = await coach.call('POST', `/api/v1/sessions/${se.body.id}/boards`, { title: 'Constellation' });
    const live = await openLiveBoard(base, board.body.id, { cookie: coach.cookie() });
    addElement(live, 'me', { label: labels.me, x: 30, y: 70, facing: 0, isClient: true });
    addElement(live, 'boss', { label: labels.boss, x: 50, y: 25, facing: 180 });
    addElement(live, 'org', { label: labels.org, kind: 'organisation', x: 75, y: 55, facing: null });
    addElement(live, 'other', { label: labels.other, kind: 'mission', x: 20, y: 30, facing: 90 });
    await live.saved();
    const first = await coach.call('POST', `/api/v1/boards/${board.body.id}/pictures`, { name: `Au départ, ${firstName} seule` });
    moveElement(live, 'me', { x: 45, y: 50, facing: 0 });
    await live.saved();
    const last = await coach.call('POST', `/api/v1/boards/${board.body.id}/pictures`, { name: 'Après le mouvement' });
    await coach.call('PATCH', `/api/v1/boards/${board.body.id}/pictures/${last.body.id}`, { isResolution: true });
    live.close();
    return { engagementId: en.body.id as string, initialId: first.body.id as string, resolutionId: last.body.id as string };
  }

  beforeAll(async () => {
    app = await testApp(kind);
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    coach = await signedInCoach(app);
    ({ engagementId, initialId, resolutionId } = await engagementWithBoard('Solène', {
      me: 'Solène',
      boss: 'Yannick Morvan',
      org: 'Brasserie Kerlouan',
      // A name the text never mentions, and markup: anonymised and escaped all the same.
      other: 'Hervé Quéméner & <la mission>',
    }));
    // Another engagement of the same practice: its pictures are never this case's.
    foreignId = (await engagementWithBoard('Gaëlle', { me: 'Gaëlle', boss: 'Le DG', org: 'Son entreprise', other: 'La mission' })).initialId;
  }, 120_000);
  afterAll(() => app.close());

  it('drafts the first and resolution pictures as images, drawn with the labels the text review gives', async () => {
    const res = await coach.call('POST', `/api/v1/engagements/${engagementId}/case-studies`, { language: 'fr' });
    expect(res.status).toBe(201);
    id = res.body.id;
    expect(res.body.markdown).toContain(`](board-picture:${initialId} "Première image : « Au départ, Solène seule »")`);
    expect(res.body.markdown).toContain(`](board-picture:${resolutionId} "Image de résolution : « Après le mouvement »")`);
    const { text, pictures } = res.body.review;
    expect(pictures.map((p: { id: string }) => p.id)).toEqual([initialId, resolutionId]);
    // The review turns "Solène Le Bihan" in the text; the picture says the same of "Solène".
    expect(text).toContain('la personne accompagnée');
    for (const p of pictures) {
      expect(labelsRead(p.svg)).not.toMatch(REAL_NAMES);
      expect(p.alt).not.toMatch(REAL_NAMES);
      expect(p.caption).not.toMatch(REAL_NAMES);
      expect(labelsRead(p.svg)).toMatch(/>La personne accompagnée</i);
      expect(p.svg).toContain('&amp; &lt;la mission&gt;');
      expect(p.svg).not.toContain('<la mission>');
    }
    expect(pictures[0].caption).toMatch(/^Première image : « Au départ, .+ seule »$/);
    expect(pictures[0].alt).toMatch(/^Première image de la constellation : /);
  }, 120_000);

  it('shows no picture once its line is deleted, and none of another engagement', async () => {
    const current = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const markdown = `${current.markdown.replace(/\n!\[[^\n]*board-picture:[^\n]*\n/, '\n')}\n![Une autre](board-picture:${foreignId} "Volée")\n\n![Inventée](board-picture:00000000-0000-4000-8000-000000000000)\n`;
    const patched = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown });
    expect(patched.status).toBe(200);
    expect(patched.body.review.pictures.map((p: { id: string }) => p.id)).toEqual([resolutionId]);
    const restored = await coach.call('PATCH', `/api/v1/case-studies/${id}`, { markdown: `${current.markdown}\n![Une autre](board-picture:${foreignId} "Volée")\n` });
    expect(restored.body.review.pictures.map((p: { id: string }) => p.id)).toEqual([initialId, resolutionId]);
  });

  it('publishes the pictures with the text: figures on the public page, SVG files without a real name', async () => {
    const current = (await coach.call('GET', `/api/v1/case-studies/${id}`)).body;
    const whole = `${current.title}\n\n${current.markdown}`;
    const decisions = current.review.spans.filter((s: any) => s.decision === null).map((s: any) => ({ text: whole.slice(s.start, s.end), type: s.type, action: 'accept' }));
    // The draft's prompts for what the records lack are deleted, as the coach would before publishing.
    await coach.call('PATCH', `/api/v1/case-studies/${id}`, { decisions, markdown: current.markdown.replace(/\[À compléter :[^\]]*\]\n\n/g, '') });
    await coach.call('PUT', `/api/v1/case-studies/${id}/consent`, { kind: 'client', scope: 'anonymised', givenOn: '2026-11-20' });
    const published = await coach.call('POST', `/api/v1/case-studies/${id}/publish`);
    expect(published.status).toBe(200);
    const path = new URL(published.body.publicUrl).pathname;

    const page = await app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(REAL_NAMES);
    expect(page.body).toContain(`<figure class="picture"><img src="${path}/pictures/${initialId}.svg" alt="Première image de la constellation : `);
    expect(page.body).toMatch(/<figcaption>Image de résolution : « Après le mouvement »<\/figcaption><\/figure>/);
    // A figure stands alone, never inside a paragraph; the other engagement's picture shows nothing.
    expect(page.body).not.toMatch(/<p><figure/);
    expect(page.body).not.toContain(foreignId);
    expect(page.body).not.toContain('Volée');

    const svg = await app.inject({ method: 'GET', url: `${path}/pictures/${initialId}.svg` });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(labelsRead(svg.body)).not.toMatch(REAL_NAMES);
    expect(svg.body).toMatch(/<title>Première image de la constellation : [^<]+<\/title>/);
    expect(labelsRead(svg.body)).toMatch(/>La personne accompagnée</i);
    expect(svg.body).toContain('&amp; &lt;la mission&gt;');

    // Only a published article's own pictures are served, to anyone.
    expect((await app.inject({ method: 'GET', url: `${path}/pictures/${foreignId}.svg` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `${path}/pictures/not-an-id.svg` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `${path.replace(/[^/]+$/, 'nope')}/pictures/${initialId}.svg` })).statusCode).toBe(404);
    await coach.call('POST', `/api/v1/case-studies/${id}/unpublish`);
    expect((await app.inject({ method: 'GET', url: `${path}/pictures/${initialId}.svg` })).statusCode).toBe(404);
  });

  it('lists the telling details of the labels drawn, each with its label, until the coach masks them', async () => {
    const other = await engagementWithBoard('Maëlle', { me: 'Maëlle', boss: 'Sa mère et ses 3 enfants', org: 'Son entreprise', other: 'Son fils de 12 ans' });
    const created = await coach.call('POST', `/api/v1/engagements/${other.engagementId}/case-studies`, { language: 'fr' });
    // Her own words around the picture: the labels are nowhere in the text, only in the drawing.
    const markdown = `Elle prépare la réunion.\n\n![La première image](board-picture:${other.initialId})\n`;
    const saved = await coach.call('PATCH', `/api/v1/case-studies/${created.body.id}`, { title: 'Un cas', markdown });
    expect(saved.status).toBe(200);
    type Detail = { start: number; end: number; kind: string; label?: string };
    const listed = (details: Detail[]) => details.map((d) => [d.kind, d.label, d.label?.slice(d.start, d.end)]);
    expect(listed(saved.body.review.details)).toEqual([
      ['family', 'Sa mère et ses 3 enfants', '3 enfants'],
      ['age', 'Son fils de 12 ans', 'de 12 ans'],
    ]);
    // Masked as a passage she adds: gone from the list, and the label is drawn with her words.
    const masked = await coach.call('PATCH', `/api/v1/case-studies/${created.body.id}`, { added: [{ text: '3 enfants', type: 'person', replacement: 'enfants' }] });
    expect(listed(masked.body.review.details)).toEqual([['age', 'Son fils de 12 ans', 'de 12 ans']]);
    expect(labelsRead(masked.body.review.pictures[0].svg)).toContain('>Sa mère et ses enfants<');
    expect(masked.body.review.pictures[0].svg).not.toContain('3 enfants');
  }, 120_000);

  it('carries the pictures into the supervision copies, anonymised', async () => {
    const md = await coach.call('GET', `/api/v1/case-studies/${id}/supervision.md`);
    expect(md.status).toBe(200);
    const text = md.raw.toString('utf8');
    const images = [...text.matchAll(/\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'));
    expect(images).toHaveLength(2);
    for (const svg of images) expect(labelsRead(svg)).not.toMatch(REAL_NAMES);
    expect(text).not.toContain('board-picture:');
    expect(text).not.toMatch(REAL_NAMES);
    expect(text).toMatch(/\n\*Image de résolution : « Après le mouvement »\*\n/);

    const pdf = await coach.call('GET', `/api/v1/case-studies/${id}/supervision.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });
});
