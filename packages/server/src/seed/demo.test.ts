import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { client } from '../testing/harness.js';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemoPractice } from './demo.js';

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
