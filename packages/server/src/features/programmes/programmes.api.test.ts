import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

/** Seed 003: two days in a city, a phone call between them, then an individual engagement. */
describe.each(TEST_DATABASES)('group programmes, from the group days to the individual engagement (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let programmeId: string;
  let days: { id: string }[];
  let sonia: string;
  let existing: string;
  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    existing = (await coach.call('POST', '/api/v1/clients', { firstName: 'Marc', lastName: 'Aubry' })).body.id;
  }, 60_000);
  afterAll(() => app.close());

  it('creates a two-day programme with its place, capacity and the between-days arrangement', async () => {
    const res = await coach.call('POST', '/api/v1/programmes', {
      title: 'Prendre sa place dans l’équipe',
      place: 'Lyon',
      capacity: 3,
      betweenDays: 'Le coach est joignable par téléphone entre les deux journées, en semaine de 18 h à 19 h.',
      days: [
        { startsAt: '2026-03-19T09:00:00+01:00', endsAt: '2026-03-19T17:30:00+01:00' },
        { startsAt: '2026-03-12T09:00:00+01:00', endsAt: '2026-03-12T17:30:00+01:00' },
      ],
    });
    expect(res.status).toBe(201);
    programmeId = res.body.id;
    days = res.body.days;
    expect(res.body.days.map((d: { startsAt: string }) => d.startsAt)).toEqual(['2026-03-12T08:00:00.000Z', '2026-03-19T08:00:00.000Z']);
    expect(res.body.seatsLeft).toBe(3);
    const list = await coach.call('GET', '/api/v1/programmes');
    expect(list.body.items).toEqual([expect.objectContaining({ id: programmeId, place: 'Lyon', participants: 0, firstDay: '2026-03-12T08:00:00.000Z' })]);
  });

  it('takes participants, new or known, up to its capacity', async () => {
    const first = await coach.call('POST', `/api/v1/programmes/${programmeId}/participants`, { firstName: 'Sonia', lastName: 'Ferrand', email: 'sonia@example.test' });
    expect(first.status).toBe(200);
    sonia = first.body.participants[0].clientId;
    await coach.call('POST', `/api/v1/programmes/${programmeId}/participants`, { clientId: existing });
    const third = await coach.call('POST', `/api/v1/programmes/${programmeId}/participants`, { firstName: 'Inès', lastName: 'Robert' });
    expect(third.body.participants.map((p: { name: string }) => p.name)).toEqual(['Sonia Ferrand', 'Marc Aubry', 'Inès Robert']);
    expect(third.body.seatsLeft).toBe(0);
    const full = await coach.call('POST', `/api/v1/programmes/${programmeId}/participants`, { firstName: 'Léa', lastName: 'Petit' });
    expect(full.status).toBe(409);
    expect(full.body.error.details.reason).toBe('full');
  });

  it('marks attendance day by day and logs a phone call between the days', async () => {
    await coach.call('PUT', `/api/v1/programmes/${programmeId}/attendance`, { dayId: days[0]!.id, clientId: sonia, present: true });
    await coach.call('PUT', `/api/v1/programmes/${programmeId}/attendance`, { dayId: days[0]!.id, clientId: existing, present: true });
    const marked = await coach.call('PUT', `/api/v1/programmes/${programmeId}/attendance`, { dayId: days[1]!.id, clientId: sonia, present: true });
    expect(marked.body.days.map((d: { present: number }) => d.present)).toEqual([2, 1]);
    const call = await coach.call('POST', `/api/v1/programmes/${programmeId}/contacts`, {
      clientId: sonia,
      kind: 'phone',
      initiatedBy: 'client',
      occurredAt: '2026-03-15T18:20:00+01:00',
      durationMinutes: 15,
      summary: 'Un petit incident avec son manager ; elle voulait en parler avant la deuxième journée.',
    });
    expect(call.status).toBe(201);
    const her = call.body.participants.find((p: { clientId: string }) => p.clientId === sonia);
    expect(her.attended).toEqual([days[0]!.id, days[1]!.id]);
    expect(her.contacts).toEqual([expect.objectContaining({ kind: 'phone', phase: 'between', summary: expect.stringContaining('petit incident') })]);
  });

  it('keeps the coach’s notes on a participant, sealed', async () => {
    const res = await coach.call('PUT', `/api/v1/programmes/${programmeId}/participants/${sonia}/notes`, { notes: 'Très en retrait le premier jour ; a pris la parole le second.' });
    expect(res.status).toBe(200);
    expect(res.body.participants.find((p: { clientId: string }) => p.clientId === sonia).notes).toContain('en retrait');
    const stranger = await coach.call('PUT', `/api/v1/programmes/${programmeId}/participants/00000000-0000-4000-8000-000000000000/notes`, { notes: 'x' });
    expect(stranger.status).toBe(404);
  });

  it('keeps the materials, the notes of each day and each participant’s feedback at the end', async () => {
    const patched = await coach.call('PATCH', `/api/v1/programmes/${programmeId}`, { materials: [{ label: 'Support de la journée 1', url: 'https://example.test/support.pdf' }] });
    expect(patched.status).toBe(200);
    expect(patched.body.materials).toEqual([{ label: 'Support de la journée 1', url: 'https://example.test/support.pdf' }]);
    expect(patched.body.title).toBe('Prendre sa place dans l’équipe');
    const noted = await coach.call('PUT', `/api/v1/programmes/${programmeId}/days/${days[0]!.id}/notes`, { notes: 'Constellation du groupe : la place de chacun dans son équipe.' });
    expect(noted.body.days[0].notes).toContain('Constellation du groupe');
    const fed = await coach.call('PUT', `/api/v1/programmes/${programmeId}/participants/${sonia}/feedback`, { rating: 9, comment: 'Les deux journées m’ont aidée à oser parler.' });
    expect(fed.body.participants.find((p: { clientId: string }) => p.clientId === sonia).feedback).toEqual({ rating: 9, comment: 'Les deux journées m’ont aidée à oser parler.' });
    const tooFew = await coach.call('PATCH', `/api/v1/programmes/${programmeId}`, { capacity: 1 });
    expect(tooFew.status).toBe(400);
    expect(tooFew.body.error.details[0].path).toBe('capacity');
    const badRating = await coach.call('PUT', `/api/v1/programmes/${programmeId}/participants/${sonia}/feedback`, { rating: 11 });
    expect(badRating.status).toBe(400);
  });

  it('starts her individual engagement from the programme, which opens its timeline', async () => {
    const res = await coach.call('POST', `/api/v1/programmes/${programmeId}/participants/${sonia}/engagements`, { title: 'Ça coince, mais où ?' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ clientId: sonia, origin: 'group_programme', title: 'Ça coince, mais où ?' });
    const timeline = (await coach.call('GET', `/api/v1/engagements/${res.body.id}/timeline`)).body;
    expect(timeline.entries.slice(0, 3).map((e: { kind: string }) => e.kind)).toEqual(['programme_day', 'programme_contact', 'programme_day']);
    expect(timeline.entries[0]).toMatchObject({ title: 'Prendre sa place dans l’équipe', attended: true });
    expect(timeline.entries[1]).toMatchObject({ contactKind: 'phone', summary: expect.stringContaining('petit incident') });
    const programme = (await coach.call('GET', `/api/v1/programmes/${programmeId}`)).body;
    expect(programme.participants.find((p: { clientId: string }) => p.clientId === sonia).engagementIds).toEqual([res.body.id]);
  });

  it('refuses bad days with the field named, unknown days and strangers', async () => {
    const bad = await coach.call('POST', '/api/v1/programmes', { title: 'X', place: 'À distance', days: [{ startsAt: '2026-03-12T17:00:00+01:00', endsAt: '2026-03-12T09:00:00+01:00' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['days.0.endsAt']);
    const missing = await coach.call('POST', '/api/v1/programmes', { title: 'X', place: 'Lyon', days: [] });
    expect(missing.status).toBe(400);
    const unknownDay = await coach.call('PUT', `/api/v1/programmes/${programmeId}/attendance`, { dayId: '00000000-0000-4000-8000-000000000000', clientId: sonia, present: true });
    expect(unknownDay.status).toBe(404);
    const outsider = (await coach.call('POST', '/api/v1/clients', { firstName: 'Hors', lastName: 'Programme' })).body.id;
    expect((await coach.call('POST', `/api/v1/programmes/${programmeId}/contacts`, { clientId: outsider, kind: 'phone', occurredAt: '2026-03-15T18:00:00Z', summary: 'x' })).status).toBe(404);
    const other = await signedInCoach(app);
    expect((await other.call('GET', `/api/v1/programmes/${programmeId}`)).status).toBe(404);
    expect((await other.call('GET', '/api/v1/programmes')).body.items).toEqual([]);
  });
});
