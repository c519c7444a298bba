import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

describe.each(TEST_DATABASES)('searching notes (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  let engagementId: string;
  let sessionId: string;
  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Claire', lastName: 'Vasseur', role: 'Consultante en stratégie marketing' });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Alliance', objectives: [{ statement: 'Retrouver une relation constructive avec le DG' }] });
    engagementId = en.body.id;
    const se = await coach.call('POST', `/api/v1/engagements/${engagementId}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'video' });
    sessionId = se.body.id;
    await coach.call('PATCH', `/api/v1/sessions/${sessionId}`, { notes: { situation: "Elle éprouve de l'agacement et de la tristesse envers le DG.", emotionsBefore: [{ name: 'colère', intensity: 6 }] } });
    await coach.call('POST', `/api/v1/engagements/${engagementId}/contacts`, { kind: 'phone', occurredAt: '2026-10-05T18:00:00Z', summary: 'Appel après les réunions de la semaine' });
  });
  afterAll(() => app.close());

  const search = async (q: string, who = coach) => (await who.call('GET', `/api/v1/search?q=${encodeURIComponent(q)}`)).body.items as any[];

  it('finds notes accent- and plural-insensitively, with the client named and words highlighted', async () => {
    const hits = await search('tristesses');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: 'session', recordId: sessionId, engagementId, clientName: 'Claire Vasseur' });
    expect(hits[0].highlights.map(([s, e]: [number, number]) => hits[0].snippet.slice(s, e))).toEqual(['tristesse']);
    expect((await search('reunion'))[0].kind).toBe('contact');
    expect((await search('colere'))[0].recordId).toBe(sessionId);
    expect((await search('relation constructive'))[0].kind).toBe('objectives');
    expect((await search('marketing'))[0].kind).toBe('client');
  });

  it('follows a write at once', async () => {
    expect(await search('garde-fous')).toEqual([]);
    await coach.call('PATCH', `/api/v1/sessions/${sessionId}`, { notes: { commitments: 'Mettre en place des garde-fous' } });
    expect((await search('garde-fous')).map((h) => h.recordId)).toEqual([sessionId]);
    await coach.call('POST', `/api/v1/engagements/${engagementId}/learnings`, { statement: 'Le triangle dramatique : sauveur puis persécuteur' });
    expect((await search('persécuteurs'))[0]?.kind).toBe('learning');
  });

  it('never shows another practice’s notes, and refuses an empty query', async () => {
    const other = await signedInCoach(app);
    expect(await search('tristesse', other)).toEqual([]);
    const res = await coach.call('GET', '/api/v1/search?q=');
    expect(res.status).toBe(400);
  });
});
