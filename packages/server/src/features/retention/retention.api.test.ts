import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Coach, signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

describe.each(TEST_DATABASES)('retention (%s)', (kind) => {
  let app: FastifyInstance;
  let coach: Coach;
  beforeAll(async () => {
    app = await testApp(kind);
    coach = await signedInCoach(app);
  });
  afterAll(() => app.close());

  /** An engagement whose story ended on `lastContact`. */
  async function engagementEndedOn(lastContact: string, status: 'closed' | 'active', clientId?: string) {
    const cid = clientId ?? (await coach.call('POST', '/api/v1/clients', { firstName: 'Ancienne', lastName: `Cliente ${lastContact}` })).body.id;
    const en = await coach.call('POST', '/api/v1/engagements', { clientId: cid, title: `Fini en ${lastContact}` });
    await coach.call('POST', `/api/v1/engagements/${en.body.id}/contacts`, { kind: 'phone', occurredAt: `${lastContact}T10:00:00Z`, summary: 'Dernier appel' });
    for (const to of status === 'closed' ? ['contracted', 'active', 'closing', 'closed'] : ['contracted', 'active']) {
      await coach.call('POST', `/api/v1/engagements/${en.body.id}/transitions`, { to });
    }
    await app.services.db.execute(sql`update engagements set updated_at = ${`${lastContact}T10:00:00Z`}::timestamptz where id = ${en.body.id}`);
    return { clientId: cid as string, engagementId: en.body.id as string };
  }

  it('lists finished engagements whose last contact is older than three years, and erases them on confirmation', async () => {
    const old = await engagementEndedOn('2021-05-01', 'closed');
    const recent = await engagementEndedOn('2025-05-01', 'closed');
    const ongoing = await engagementEndedOn('2020-05-01', 'active');
    const shared = await engagementEndedOn('2021-06-01', 'closed');
    const sharedRecent = await engagementEndedOn('2025-06-01', 'closed', shared.clientId);

    const list = await coach.call('GET', '/api/v1/retention');
    expect(list.body.retentionYears).toBe(3);
    const ids = list.body.due.map((d: { engagementId: string }) => d.engagementId);
    expect(ids.sort()).toEqual([old.engagementId, shared.engagementId].sort());
    const oldItem = list.body.due.find((d: { engagementId: string }) => d.engagementId === old.engagementId);
    expect(oldItem).toMatchObject({ clientErasedToo: true, lastActivityAt: '2021-05-01T10:00:00.000Z', dueSince: '2024-05-01T10:00:00.000Z' });
    expect(list.body.due.find((d: { engagementId: string }) => d.engagementId === shared.engagementId).clientErasedToo).toBe(false);

    const refused = await coach.call('POST', '/api/v1/retention/erase', { engagementIds: [old.engagementId, recent.engagementId] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.notDue).toEqual([recent.engagementId]);
    expect((await coach.call('GET', `/api/v1/engagements/${old.engagementId}`)).status).toBe(200);

    // A colleague sees the list but applying the period is the owner's call.
    const invitation = await coach.call('POST', '/api/v1/practice/invitations', { email: 'colleague@example.test' });
    const colleague = await signedInCoach(app);
    expect((await colleague.call('POST', '/api/v1/invitations/accept', { token: invitation.body.token })).status).toBe(200);
    expect((await colleague.call('GET', '/api/v1/retention')).body.due).toHaveLength(2);
    const notOwner = await colleague.call('POST', '/api/v1/retention/erase', { engagementIds: [old.engagementId] });
    expect(notOwner.status).toBe(403);
    expect((await coach.call('GET', `/api/v1/engagements/${old.engagementId}`)).status).toBe(200);

    const erased = await coach.call('POST', '/api/v1/retention/erase', { engagementIds: [old.engagementId, shared.engagementId] });
    expect(erased.body).toEqual({ erasedEngagements: 2, erasedClients: 1 });
    expect((await coach.call('GET', `/api/v1/engagements/${old.engagementId}`)).status).toBe(404);
    expect((await coach.call('GET', `/api/v1/clients/${old.clientId}`)).status).toBe(404);
    expect((await coach.call('GET', `/api/v1/clients/${shared.clientId}`)).status).toBe(200);
    expect((await coach.call('GET', `/api/v1/engagements/${sharedRecent.engagementId}`)).status).toBe(200);
    expect((await coach.call('GET', `/api/v1/engagements/${ongoing.engagementId}`)).status).toBe(200);
  });

  it('follows the practice setting', async () => {
    const other = await signedInCoach(app);
    const res = await other.call('PATCH', '/api/v1/practice', { retentionYears: 11 });
    expect(res.status).toBe(400);
    expect((await other.call('PATCH', '/api/v1/practice', { retentionYears: 5 })).body.retentionYears).toBe(5);
  });
});
