import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../testing/harness.js';
import { sendDueReminders } from './worker.js';

describe.each(TEST_DATABASES)('reminders the day before (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  const deps = () => ({ db: app.services.db, vault: app.services.vault, practices: app.services.practices });
  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const claire = (await coach.call('POST', '/api/v1/clients', { firstName: 'Claire', lastName: 'Vasseur', email: 'claire@example.test' })).body.id;
    const quiet = (await coach.call('POST', '/api/v1/clients', { firstName: 'Paul', lastName: 'Silence', email: 'paul@example.test', remindersOff: true })).body.id;
    for (const clientId of [claire, quiet]) {
      const en = (await coach.call('POST', '/api/v1/engagements', { clientId, title: 'Suivi' })).body.id;
      await coach.call('POST', `/api/v1/engagements/${en}/sessions`, { scheduledAt: '2031-03-30T09:00:00+02:00', durationMinutes: 60, mode: 'video' });
    }
    const programme = (
      await coach.call('POST', '/api/v1/programmes', { title: 'Prendre sa place', place: 'Lyon', days: [{ startsAt: '2031-03-30T08:30:00+02:00', endsAt: '2031-03-30T17:00:00+02:00' }] })
    ).body.id;
    await coach.call('POST', `/api/v1/programmes/${programme}/participants`, { clientId: claire });
    await coach.call('POST', `/api/v1/programmes/${programme}/participants`, { firstName: 'Sans', lastName: 'Adresse' });
  }, 60_000);
  afterAll(() => app.close());

  it('writes nothing two days before, then each reminder once, however many passes run at once', async () => {
    expect(await sendDueReminders(deps(), new Date('2031-03-28T08:00:00Z'))).toBe(0);
    const now = new Date('2031-03-29T08:00:00Z');
    const passes = await Promise.all([sendDueReminders(deps(), now), sendDueReminders(deps(), now), sendDueReminders(deps(), now)]);
    expect(passes.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await sendDueReminders(deps(), new Date('2031-03-29T09:00:00Z'))).toBe(0);
    const outbox = (await coach.call('GET', '/api/v1/outbox')).body.items;
    expect(outbox.map((m: any) => [m.kind, m.to]).sort()).toEqual([
      ['programme_reminder', 'claire@example.test'],
      ['session_reminder', 'claire@example.test'],
    ]);
    expect(outbox.find((m: any) => m.kind === 'session_reminder').body).toContain('dimanche 30 mars 2031 à 09:00');
  });

  it('keeps one practice’s outbox from another', async () => {
    const other = await signedInCoach(app);
    expect((await other.call('GET', '/api/v1/outbox')).body.items).toEqual([]);
  });
});
