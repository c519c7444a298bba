import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';
import { addElement, moveElement, openLiveBoard, waitUntil } from '../../testing/live.js';

describe.each(TEST_DATABASES)('constellation boards (%s)', (kind) => {
  let app: FastifyInstance;
  let base: string;
  let coach: Coach;
  beforeAll(async () => {
    app = await testApp(kind);
    await app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    coach = await signedInCoach(app);
  });
  afterAll(() => app.close());

  async function sessionOf(c: Coach, firstName = 'Sonia') {
    const cl = await c.call('POST', '/api/v1/clients', { firstName, lastName: 'Ferrand' });
    const en = await c.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Ça coince, mais où ?' });
    const se = await c.call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: '2026-11-20T09:00:00Z', durationMinutes: 60, mode: 'video' });
    return { clientId: cl.body.id as string, sessionId: se.body.id as string };
  }
  async function boardWithLink(mode: 'edit' | 'view' = 'edit') {
    const { sessionId, clientId } = await sessionOf(coach);
    const board = await coach.call('POST', `/api/v1/sessions/${sessionId}/boards`, { title: 'Constellation du projet' });
    expect(board.status).toBe(201);
    const link = await coach.call('POST', `/api/v1/boards/${board.body.id}/share-links`, { mode, expiresInMinutes: 60 });
    expect(link.status).toBe(201);
    return { boardId: board.body.id as string, sessionId, clientId, token: link.body.token as string, linkId: link.body.id as string };
  }

  it('creates boards from a session, validates them, and keeps them to the practice', async () => {
    const { sessionId } = await sessionOf(coach);
    const refused = await coach.call('POST', `/api/v1/sessions/${sessionId}/boards`, { title: '' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('title');
    const created = await coach.call('POST', `/api/v1/sessions/${sessionId}/boards`, { title: 'Première image' });
    expect(created.body).toMatchObject({ sessionId, title: 'Première image', control: 'both', locked: false, covert: false });
    expect((await coach.call('GET', `/api/v1/sessions/${sessionId}/boards`)).body.items).toHaveLength(1);
    const patched = await coach.call('PATCH', `/api/v1/boards/${created.body.id}`, { control: 'coach', locked: true });
    expect(patched.body).toMatchObject({ control: 'coach', locked: true });
    expect((await coach.call('PATCH', `/api/v1/boards/${created.body.id}`, { control: 'everyone' })).body.error.details[0].path).toBe('control');

    const stranger = await signedInCoach(app);
    expect((await stranger.call('GET', `/api/v1/boards/${created.body.id}`)).status).toBe(404);
    expect((await stranger.call('POST', `/api/v1/sessions/${sessionId}/boards`, { title: 'x' })).status).toBe(404);
  });

  it('lets the client join by link, live: her moves reach the coach, are stored sealed, and logged as movements', async () => {
    const { boardId, token, clientId } = await boardWithLink();
    const shared = await fetch(`${base}/api/v1/shared-boards/${token}`);
    expect(shared.status).toBe(200);
    expect(await shared.json()).toMatchObject({ boardId, title: 'Constellation du projet', mode: 'edit', coachName: 'Coach Test' });

    const client = await openLiveBoard(base, boardId, { token });
    const coachBoard = await openLiveBoard(base, boardId, { cookie: coach.cookie() });
    addElement(client, 'me', { label: 'Moi-même marqueur', x: 50, y: 80, facing: 0, isClient: true });
    addElement(client, 'boss', { label: 'Le dirigeant', x: 50, y: 20, facing: 180 });
    await client.saved();
    await waitUntil(() => coachBoard.elements.size === 2);
    moveElement(client, 'me', { x: 30, y: 60, facing: 45 });
    await client.saved();
    await waitUntil(() => (coachBoard.elements.get('me')!.get('place') as { x: number }).x === 30);

    const raw = await app.services.db.execute(sql`select sealed from board_updates where board_id = ${boardId}`);
    expect(JSON.stringify(raw)).not.toContain('marqueur');

    const picture = await coach.call('POST', `/api/v1/boards/${boardId}/pictures`, { name: 'Image de départ' });
    expect(picture.status).toBe(201);
    expect(picture.body.isInitial).toBe(true);
    expect(picture.body.elements.map((e: { label: string }) => e.label).sort()).toEqual(['Le dirigeant', 'Moi-même marqueur']);

    const felt = await coach.call('POST', `/api/v1/boards/${boardId}/felt-senses`, { elementId: 'boss', words: 'Seul, le poids de tout', energy: -3 });
    expect(felt.status).toBe(201);
    expect(felt.body).toMatchObject({ elementLabel: 'Le dirigeant', energy: -3 });
    const badEnergy = await coach.call('POST', `/api/v1/boards/${boardId}/felt-senses`, { elementId: 'boss', words: 'x', energy: 9 });
    expect(badEnergy.body.error.details[0].path).toBe('energy');
    const noElement = await coach.call('POST', `/api/v1/boards/${boardId}/felt-senses`, { elementId: 'nobody', words: 'x', energy: 0 });
    expect(noElement.body.error.details[0].path).toBe('elementId');

    const history = await coach.call('GET', `/api/v1/boards/${boardId}/history`);
    expect(history.body.pictures).toHaveLength(1);
    expect(history.body.feltSenses).toHaveLength(1);
    const moved = history.body.movements.find((m: { elementId: string }) => m.elementId === 'me');
    expect(moved).toMatchObject({ by: 'Sonia', label: 'Moi-même marqueur', from: { x: 50, y: 80, facing: 0 }, to: { x: 30, y: 60, facing: 45 } });
    expect(moved.distance).toBeCloseTo(Math.hypot(20, 20), 5);

    // Her board is part of what she receives when she asks for her data.
    const archive = await coach.call('GET', `/api/v1/clients/${clientId}/export`);
    const constellation = archive.body.engagements[0].sessions[0].constellations[0];
    expect(constellation.feltSenses[0].words).toBe('Seul, le poids de tout');
    expect(constellation.pictures[0].name).toBe('Image de départ');
    client.close();
    coachBoard.close();
  });

  it('keeps a watching link and a board held by the coach read-only, and closes a revoked link', async () => {
    const { boardId, token, linkId } = await boardWithLink('view');
    const watcher = await openLiveBoard(base, boardId, { token });
    const coachBoard = await openLiveBoard(base, boardId, { cookie: coach.cookie() });
    addElement(watcher, 'sneaky', { label: 'Ajout refusé', x: 10, y: 10 });
    await new Promise((r) => setTimeout(r, 300));
    expect(coachBoard.elements.has('sneaky')).toBe(false);

    const closed = new Promise<void>((resolve) => watcher.provider.on('close', () => resolve()));
    expect((await coach.call('DELETE', `/api/v1/boards/${boardId}/share-links/${linkId}`)).status).toBe(204);
    await closed;
    await expect(openLiveBoard(base, boardId, { token })).rejects.toMatchObject({ reason: 'link_revoked' });
    expect((await fetch(`${base}/api/v1/shared-boards/${token}`)).status).toBe(404);
    watcher.close();
    coachBoard.close();
  });

  it('refuses strangers: no cookie, another practice, a token of another board', async () => {
    const { boardId } = await boardWithLink();
    const other = await boardWithLink();
    await expect(openLiveBoard(base, boardId, {})).rejects.toMatchObject({ reason: 'unauthorised' });
    await expect(openLiveBoard(base, boardId, { token: other.token })).rejects.toMatchObject({ reason: 'unauthorised' });
    const stranger = await signedInCoach(app);
    await expect(openLiveBoard(base, boardId, { cookie: stranger.cookie() })).rejects.toMatchObject({ reason: 'unauthorised' });
  });

  it('hands control over: the coach cannot move while the client holds it, nobody can once locked', async () => {
    const { boardId, token } = await boardWithLink();
    const client = await openLiveBoard(base, boardId, { token });
    const coachBoard = await openLiveBoard(base, boardId, { cookie: coach.cookie() });
    await coach.call('PATCH', `/api/v1/boards/${boardId}`, { control: 'client' });
    await waitUntil(() => coachBoard.doc.getMap('meta').get('control') === 'client');
    addElement(coachBoard, 'coach-try', { label: 'Essai', x: 1, y: 1 });
    addElement(client, 'client-ok', { label: 'Accepté', x: 2, y: 2 });
    await client.saved();
    await new Promise((r) => setTimeout(r, 300));
    const stored = await coach.call('POST', `/api/v1/boards/${boardId}/pictures`, { name: 'Contrôle' });
    expect(stored.body.elements.map((e: { id: string }) => e.id)).toEqual(['client-ok']);

    await coach.call('PATCH', `/api/v1/boards/${boardId}`, { control: 'both', locked: true });
    await waitUntil(() => client.doc.getMap('meta').get('locked') === true);
    addElement(client, 'client-locked', { label: 'Refusé', x: 3, y: 3 });
    addElement(coachBoard, 'coach-locked', { label: 'Refusé aussi', x: 4, y: 4 });
    await new Promise((r) => setTimeout(r, 300));
    const frozen = await coach.call('POST', `/api/v1/boards/${boardId}/pictures`, { name: 'Figé' });
    expect(frozen.body.elements.map((e: { id: string }) => e.id)).toEqual(['client-ok']);
    client.close();
    coachBoard.close();
  });

  it('finds every acknowledged change after a restart, from the sealed log and its compaction', async () => {
    const { boardId, token } = await boardWithLink();
    const client = await openLiveBoard(base, boardId, { token });
    addElement(client, 'a', { label: 'Le projet', x: 10, y: 10 });
    for (let i = 1; i <= 30; i++) moveElement(client, 'a', { x: 10 + i, y: 10, facing: i });
    await client.saved();
    client.close();
    const practiceId = (await coach.call('GET', '/api/v1/me')).body.practice.id as string;
    const clientId = (await coach.call('GET', `/api/v1/boards/${boardId}`)).body.clientId as string;
    await app.liveBoards.compact({ id: boardId, clientId, practiceId });
    const left = (await app.services.db.execute(sql`select count(*)::int as n from board_updates where board_id = ${boardId}`)) as unknown as { rows: { n: number }[] };
    expect(left.rows[0]!.n).toBe(0);

    const again = await openLiveBoard(base, boardId, { cookie: coach.cookie() });
    expect((again.elements.get('a')!.get('place') as { x: number; facing: number }).x).toBe(40);
    again.close();
  });

  it('merges what each side did while the connection was cut, once it is back', async () => {
    const { boardId, token } = await boardWithLink();
    const client = await openLiveBoard(base, boardId, { token });
    const coachBoard = await openLiveBoard(base, boardId, { cookie: coach.cookie() });
    addElement(client, 'moi', { label: 'Moi', x: 50, y: 50 });
    await client.saved();
    await waitUntil(() => coachBoard.elements.has('moi'));

    // The client's network drops: she keeps moving, the coach adds someone meanwhile.
    client.provider.configuration.websocketProvider.disconnect();
    moveElement(client, 'moi', { x: 10, y: 90, facing: 180 });
    addElement(client, 'soeur', { label: 'Ma sœur', x: 15, y: 85 });
    addElement(coachBoard, 'pere', { label: 'Le père', x: 80, y: 10 });
    await coachBoard.saved();
    expect(coachBoard.elements.has('soeur')).toBe(false);

    await client.provider.configuration.websocketProvider.connect();
    await waitUntil(() => coachBoard.elements.has('soeur') && client.elements.has('pere'));
    expect((coachBoard.elements.get('moi')!.get('place') as { x: number }).x).toBe(10);
    await client.saved();
    client.close();
    coachBoard.close();
  });

  it('exports a picture as SVG, escaping what a label holds, and the report as a PDF', async () => {
    const { boardId, token } = await boardWithLink();
    const client = await openLiveBoard(base, boardId, { token });
    addElement(client, 'x', { label: '<script>alert(1)</script> & « moi »', x: 40, y: 40 });
    await client.saved();
    client.close();
    const pic = await coach.call('POST', `/api/v1/boards/${boardId}/pictures`, { name: 'Départ' });
    const svg = await coach.call('GET', `/api/v1/boards/${boardId}/pictures/${pic.body.id}.svg`);
    expect(svg.status).toBe(200);
    expect(String(svg.headers['content-type'])).toContain('image/svg+xml');
    const text = svg.raw.toString('utf8');
    expect(text.replace(/<\/tspan><tspan[^>]*>/g, ' ')).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; « moi »');
    expect(text).not.toContain('<script>');
    const pdf = await coach.call('GET', `/api/v1/boards/${boardId}/report.pdf?lang=en`);
    expect(pdf.status).toBe(200);
    expect(pdf.raw.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await coach.call('GET', `/api/v1/boards/${boardId}/report.pdf?lang=de`)).body.error.details[0].path).toBe('querystring.lang');
  });
});
