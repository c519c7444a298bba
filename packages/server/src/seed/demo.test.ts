import { randomBytes } from 'node:crypto';
import type { BoardHistory } from '@alliance/api';
import { faces, movementsBetween } from '@alliance/domain';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { client } from '../testing/harness.js';
import { DEMO_COACH_NAME, DEMO_EMAIL, DEMO_PASSWORD, seedDemoPractice } from './demo.js';

// The demo is seeded only into an empty installation, so this suite has a database of its own.
describe('the demo practice', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await openDatabase({ inMemory: true });
    app = await buildApp({ database, masterKey: randomBytes(32), logLevel: 'silent' });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('is seeded on first start with two engagements shaped like the seed cases', async () => {
    // Seeded relative to today: the dashboard reads the real clock.
    const seeded = await seedDemoPractice(app, new Date());
    expect(seeded).toEqual({ email: DEMO_EMAIL, password: DEMO_PASSWORD });
    const demo = client(app);
    expect((await demo.call('POST', '/api/auth/sign-in/email', { email: DEMO_EMAIL, password: DEMO_PASSWORD })).status).toBe(200);
    const me = await demo.call('GET', '/api/v1/me');
    expect(me.body.practice.isDemo).toBe(true);
    const engagements = (await demo.call('GET', '/api/v1/engagements')).body.items;
    expect(engagements.map((e: { origin: string }) => e.origin).sort()).toEqual(['group_programme', 'referral']);
    const alliance = engagements.find((e: { origin: string }) => e.origin === 'referral');
    const timeline = (await demo.call('GET', `/api/v1/engagements/${alliance.id}/timeline`)).body;
    expect(timeline.entries.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['contract', 'session', 'feedback', 'learning', 'journal']));
    // Seed 000's guardrails, and seed 003's testimonial given with consent.
    expect((await demo.call('GET', `/api/v1/engagements/${alliance.id}/commitments`)).body.items.filter((c: { kind: string }) => c.kind === 'guardrail')).toHaveLength(2);
    const coince = engagements.find((e: { origin: string }) => e.origin === 'group_programme');
    expect((await demo.call('GET', `/api/v1/engagements/${coince.id}/testimonial`)).body.attribution).toBe('Sonia');
    const coinceTimeline = (await demo.call('GET', `/api/v1/engagements/${coince.id}/timeline`)).body;
    // Seed 003: the two days of the group programme she attended, then a call before the session, the session, a call after it.
    expect(coinceTimeline.entries.filter((e: { kind: string }) => e.kind !== 'status' && e.kind !== 'contract').map((e: { kind: string }) => e.kind).slice(0, 5)).toEqual([
      'programme_day',
      'programme_day',
      'contact',
      'session',
      'contact',
    ]);
    expect(coinceTimeline.entries[0]).toMatchObject({ kind: 'programme_day', title: 'Trouver sa place au travail', attended: true });
    // The programme as the coach recorded it: two days in Marseille, her attendance, the number shared between the days.
    const [programme] = (await demo.call('GET', '/api/v1/programmes')).body.items;
    expect(programme).toMatchObject({ title: 'Trouver sa place au travail', place: 'Marseille', participants: 1 });
    const detail = (await demo.call('GET', `/api/v1/programmes/${programme.id}`)).body;
    expect(detail.betweenDays).toContain('numéro de téléphone');
    expect(detail.participants).toEqual([expect.objectContaining({ clientId: coince.clientId, attended: detail.days.map((d: { id: string }) => d.id), engagementIds: [coince.id] })]);
    const dashboard = (await demo.call('GET', '/api/v1/dashboard')).body;
    expect(dashboard.upcomingSessions).toHaveLength(1);
    expect(dashboard.attention.some((a: { reasons: { kind: string }[] }) => a.reasons.some((r) => r.kind === 'closing_below_plan'))).toBe(true);
  });

  it("holds seed 000's constellation on the held session: pictures, movements and felt senses, the board where the session left it", async () => {
    const demo = client(app);
    await demo.call('POST', '/api/auth/sign-in/email', { email: DEMO_EMAIL, password: DEMO_PASSWORD });
    const alliance = (await demo.call('GET', '/api/v1/engagements')).body.items.find((e: { origin: string }) => e.origin === 'referral');
    const sessions = (await demo.call('GET', `/api/v1/engagements/${alliance.id}/timeline`)).body.entries.filter((e: { kind: string }) => e.kind === 'session');
    const held = sessions.find((s: { status: string }) => s.status === 'held');
    const boards = (await demo.call('GET', `/api/v1/sessions/${held.id}/boards`)).body.items;
    expect(boards.map((b: { title: string }) => b.title)).toEqual(['Constellation']);
    // The planned session has no board yet.
    const planned = sessions.find((s: { status: string }) => s.status === 'planned');
    expect((await demo.call('GET', `/api/v1/sessions/${planned.id}/boards`)).body.items).toEqual([]);

    const history = (await demo.call('GET', `/api/v1/boards/${boards[0].id}/history`)).body as BoardHistory;
    const [initial, resolution] = history.pictures;
    expect(history.pictures.map((p) => [p.name, p.isInitial, p.isResolution, p.takenBy])).toEqual([
      ['Au départ', true, false, DEMO_COACH_NAME],
      ['Après le mouvement', false, true, DEMO_COACH_NAME],
    ]);
    // Her recorded first name is a label, as a coach writes it: the case study's anonymiser has something to turn.
    const labels = ['Claire', 'Sa solution (son bébé)', 'Le DG', "L'entreprise cliente", 'La mission', 'Son besoin de contrôle'];
    expect(initial!.elements.map((e) => e.label)).toEqual(labels);
    expect(initial!.elements.filter((e) => e.isClient).map((e) => e.label)).toEqual(['Claire']);
    expect(initial!.elements.map((e) => e.kind)).toEqual(['person', 'solution', 'person', 'organisation', 'mission', 'need']);

    // Who faces whom, before and after: her eyes on her solution, the CEO turned to his company, his back to her; then the two face each other.
    const place = (p: typeof initial, label: string) => p!.elements.find((e) => e.label === label)!.place;
    expect(faces(place(initial, 'Claire'), place(initial, 'Sa solution (son bébé)'))).toBe(true);
    expect(faces(place(initial, 'Le DG'), place(initial, 'Claire'))).toBe(false);
    expect(faces(place(initial, 'Le DG'), place(initial, "L'entreprise cliente"))).toBe(true);
    expect(faces(place(resolution, 'Claire'), place(resolution, 'Le DG'))).toBe(true);
    expect(faces(place(resolution, 'Le DG'), place(resolution, 'Claire'))).toBe(true);

    // The movements she made on her screen, all between the two pictures, as the movement log writes them.
    expect(movementsBetween(history.movements, initial!.takenAt, resolution!.takenAt)).toHaveLength(history.movements.length);
    expect(history.movements.map((m) => [m.label, m.by])).toEqual([
      ['Sa solution (son bébé)', 'Claire'],
      ['Son besoin de contrôle', 'Claire'],
      ['Claire', 'Claire'],
      ['Le DG', 'Claire'],
    ]);
    const turn = history.movements.find((m) => m.label === 'Le DG')!;
    expect([Math.round(turn.distance), turn.turnedDegrees]).toEqual([0, 171]);
    for (const m of history.movements) expect(m.to).toEqual(place(resolution, m.label));

    // What she felt in each place, in the session's hour, before and after the movements.
    expect(history.feltSenses.map((f) => [f.elementLabel, f.energy])).toEqual([
      ['Claire', -3],
      ['Le DG', -2],
      ['Sa solution (son bébé)', -1],
      ['Le DG', 2],
      ['Claire', 3],
    ]);
    const start = Date.parse(held.at);
    for (const f of history.feltSenses) {
      expect(f.recordedAt > initial!.takenAt && f.recordedAt < resolution!.takenAt).toBe(true);
      expect(Date.parse(f.recordedAt) - start).toBeLessThan(60 * 60_000);
    }
    expect(history.feltSenses.find((f) => f.energy === -2)!.words).toContain('personne ne voit ce que nous avons déjà changé');

    // The live board opens where the session ended: a picture taken now is the resolution picture.
    const now = await demo.call('POST', `/api/v1/boards/${boards[0].id}/pictures`, { name: 'Aujourd’hui' });
    expect(now.status).toBe(201);
    expect(now.body.elements).toEqual(resolution!.elements);
  });

  it('is removed in one click, with its account, and never comes back', async () => {
    const demo = client(app);
    await demo.call('POST', '/api/auth/sign-in/email', { email: DEMO_EMAIL, password: DEMO_PASSWORD });
    expect((await demo.call('DELETE', '/api/v1/demo')).status).toBe(204);
    // The browser still holds the removed account's cookie for a moment: it opens nothing.
    expect((await demo.call('GET', '/api/v1/clients')).status).toBe(401);
    expect((await demo.call('POST', '/api/auth/sign-in/email', { email: DEMO_EMAIL, password: DEMO_PASSWORD })).status).toBe(401);
    expect(await seedDemoPractice(app)).toBeNull();
  });

  it('cannot be used to remove a real practice', async () => {
    const coach = client(app);
    await coach.signUp();
    const res = await coach.call('DELETE', '/api/v1/demo');
    expect(res.status).toBe(403);
    expect((await coach.call('GET', '/api/v1/me')).status).toBe(200);
  });
});
