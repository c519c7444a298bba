import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

describe.each(TEST_DATABASES)('the audit trail (%s)', (kind) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(kind);
  });
  afterAll(() => app.close());

  it('records who opened or changed which client’s record, newest first, for that practice only', async () => {
    const coach = client(app, { ip: '192.0.2.44' });
    await coach.signUp();
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Aurore', lastName: 'Suivie' });
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'T' });
    const se = await coach.call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'video' });
    await coach.call('PATCH', `/api/v1/sessions/${se.body.id}`, { notes: { situation: 'x' } });
    await coach.call('GET', `/api/v1/clients/${cl.body.id}`);
    await coach.call('GET', '/api/v1/clients/00000000-0000-4000-8000-000000000000'); // a 404 is not an opening

    const trail = await coach.call('GET', `/api/v1/audit?clientId=${cl.body.id}`);
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e: { action: string; targetKind: string }) => `${e.action} ${e.targetKind}`)).toEqual([
      'read client',
      'update session',
      'create session',
      'create engagement',
      'create client',
    ]);
    expect(trail.body.items[0]).toMatchObject({ actorName: 'Coach Test', ip: '192.0.2.44', clientId: cl.body.id });

    const other = await signedInCoach(app);
    expect((await other.call('GET', `/api/v1/audit?clientId=${cl.body.id}`)).body.items).toEqual([]);
  });

  it('is append-only, and keeps the caller’s address sealed', async () => {
    const coach = client(app, { ip: '192.0.2.45' });
    await coach.signUp();
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'A', lastName: 'B' });
    const { db } = app.services;
    await expect(db.execute(sql`update audit_events set action = 'read' where client_id = ${cl.body.id}`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_events where client_id = ${cl.body.id}`)).rejects.toThrow();
    const raw = (await db.execute(sql`select sealed from audit_events where client_id = ${cl.body.id}`)) as unknown as { rows: { sealed: string }[] };
    expect(raw.rows).toHaveLength(1);
    expect(raw.rows[0]!.sealed).not.toContain('192.0.2.45');
  });

  it('pages through entries that share one instant without skipping or repeating any', async () => {
    const coach = await signedInCoach(app);
    const cl = await coach.call('POST', '/api/v1/clients', { firstName: 'Même', lastName: 'Instant' });
    const { db } = app.services;
    // Five more entries written at the very same instant, as a batch of openings is.
    await db.execute(sql`insert into audit_events (practice_id, at, actor_user_id, action, target_kind, target_id, client_id, sealed)
      select practice_id, '2026-11-01T10:00:00.123Z', actor_user_id, 'read', 'client', target_id, client_id, sealed
      from audit_events, generate_series(1, 5) where client_id = ${cl.body.id}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await coach.call(
        'GET',
        `/api/v1/audit?clientId=${cl.body.id}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((e) => e.id));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect((await coach.call('GET', '/api/v1/audit?cursor=yesterday')).body.error.details[0].path).toBe('querystring.cursor');
  });

  it('refuses a malformed query with a 400', async () => {
    const coach = await signedInCoach(app);
    const res = await coach.call('GET', '/api/v1/audit?limit=0');
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe('querystring.limit');
  });
});
