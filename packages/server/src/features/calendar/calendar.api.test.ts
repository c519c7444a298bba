import ICAL from 'ical.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

/** Parses an .ics body with a real RFC 5545 parser and returns its events. */
function eventsOf(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe.each(TEST_DATABASES)('the calendar and its feeds (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let engagementId: string;
  let sessionId: string;
  beforeAll(async () => {
    // The feed shows the last three months and the next year: the test's "today" is set.
    app = await testApp(kind, { now: () => new Date('2026-03-20T12:00:00Z') });
    coach = await signedInCoach(app);
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Claire', lastName: 'Vasseur' });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: "Recréer l'alliance", plannedSessions: 4 });
    engagementId = en.body.id;
    await coach.call('POST', `/api/v1/engagements/${engagementId}/transitions`, { to: 'contracted' });
    // Before and after the March daylight-saving change, both at 9:00 in Paris.
    sessionId = (await coach.call('POST', `/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-03-27T09:00:00+01:00', durationMinutes: 60, mode: 'video', notes: { situation: 'Tensions avec le DG' } })).body.id;
    await coach.call('POST', `/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-03-30T09:00:00+02:00', durationMinutes: 60, mode: 'in_person' });
    await coach.call('POST', '/api/v1/programmes', { title: 'Prendre sa place', place: 'Lyon', days: [{ startsAt: '2026-03-30T08:30:00+02:00', endsAt: '2026-03-30T17:00:00+02:00' }] });
  }, 60_000);
  afterAll(() => app.close());

  it('shows sessions and programme days between two instants, flags two things at once, and lists what is left to schedule', async () => {
    const res = await coach.call('GET', `/api/v1/calendar?from=${encodeURIComponent('2026-03-23T00:00:00+01:00')}&to=${encodeURIComponent('2026-03-30T23:59:00+02:00')}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: any) => [i.kind, i.startsAt, i.conflict])).toEqual([
      ['session', '2026-03-27T08:00:00.000Z', false],
      ['programme_day', '2026-03-30T06:30:00.000Z', true],
      ['session', '2026-03-30T07:00:00.000Z', true],
    ]);
    expect(res.body.items[0]).toMatchObject({ title: 'Claire Vasseur', engagementId, mode: 'video' });
    expect(res.body.unscheduled).toEqual([{ engagementId, title: "Recréer l'alliance", clientName: 'Claire Vasseur', remaining: 2 }]);
    const tooLong = await coach.call('GET', `/api/v1/calendar?from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details[0].path).toBe('to');
  });

  it('serves a private subscription feed that a calendar parser reads, and stops it when revoked', async () => {
    expect((await coach.call('GET', '/api/v1/calendar/feed')).body).toEqual({ active: false, createdAt: null, url: null });
    const created = await coach.call('POST', '/api/v1/calendar/feed');
    expect(created.body.url).toMatch(/\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
    const path = new URL(created.body.url).pathname;
    const feed = await app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const events = eventsOf(feed.body);
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()]).sort()).toEqual([
      ['Prendre sa place', '2026-03-30T06:30:00.000Z'],
      ['Séance · Claire V.', '2026-03-27T08:00:00.000Z'],
      ['Séance · Claire V.', '2026-03-30T07:00:00.000Z'],
    ]);
    expect(feed.body).not.toContain('Tensions');
    expect(feed.body).not.toContain('Vasseur');

    const again = await coach.call('POST', '/api/v1/calendar/feed');
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    await coach.call('DELETE', '/api/v1/calendar/feed');
    expect((await app.inject({ method: 'GET', url: new URL(again.body.url).pathname })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/calendar/not-a-token.ics' })).statusCode).toBe(404);
  });

  it('gives the client an .ics for her session', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/sessions/${sessionId}/invite.ics`, headers: { cookie: coach.cookie() } });
    expect(res.statusCode).toBe(200);
    const [event] = eventsOf(res.body);
    expect(event!.summary).toBe("Séance d'accompagnement avec Coach Test");
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-03-27T09:00:00.000Z');
    expect(event!.location).toBe('En visio');
    const other = await signedInCoach(app);
    expect((await app.inject({ method: 'GET', url: `/api/v1/sessions/${sessionId}/invite.ics`, headers: { cookie: other.cookie() } })).statusCode).toBe(404);
  });
});
