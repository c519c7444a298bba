import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInCoach, TEST_DATABASES, testApp } from '../../testing/harness.js';

describe.each(TEST_DATABASES)('inviting a colleague into a practice (%s)', (kind) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(kind);
  });
  afterAll(() => app.close());

  it('lets an invited coach join and see the practice’s clients; the link works once', async () => {
    const owner = await signedInCoach(app);
    const cl = await owner.call('POST', '/api/v1/clients', { firstName: 'Partagée', lastName: 'Cliente' });
    const inv = await owner.call('POST', '/api/v1/practice/invitations', { email: 'Colleague@Example.test' });
    expect(inv.status).toBe(201);
    expect(inv.body.joinPath).toBe(`/join/${inv.body.token}`);
    expect((await owner.call('GET', '/api/v1/practice/invitations')).body.items).toEqual([expect.objectContaining({ email: 'colleague@example.test' })]);

    const colleague = await signedInCoach(app);
    const joined = await colleague.call('POST', '/api/v1/invitations/accept', { token: inv.body.token });
    expect(joined.status).toBe(200);
    const ownerMe = await owner.call('GET', '/api/v1/me');
    expect(joined.body.practice.id).toBe(ownerMe.body.practice.id);
    expect(ownerMe.body.role).toBe('owner');
    expect((await colleague.call('GET', '/api/v1/me')).body.role).toBe('coach');
    expect((await colleague.call('GET', `/api/v1/clients/${cl.body.id}`)).body.lastName).toBe('Cliente');
    const members = (await owner.call('GET', '/api/v1/practice/members')).body.items;
    expect(members.map((m: { role: string }) => m.role)).toEqual(['owner', 'coach']);
    // A colleague is not the owner.
    expect((await colleague.call('POST', '/api/v1/practice/invitations', { email: 'x@example.test' })).status).toBe(403);

    const third = await signedInCoach(app);
    expect((await third.call('POST', '/api/v1/invitations/accept', { token: inv.body.token })).status).toBe(404);
  });

  it('refuses to fold a practice that already holds clients, and honours revocation', async () => {
    const owner = await signedInCoach(app);
    const inv = await owner.call('POST', '/api/v1/practice/invitations', { email: 'busy@example.test' });
    const busy = await signedInCoach(app);
    await busy.call('POST', '/api/v1/clients', { firstName: 'Sa', lastName: 'Cliente' });
    const refused = await busy.call('POST', '/api/v1/invitations/accept', { token: inv.body.token });
    expect(refused.status).toBe(409);
    expect((await busy.call('GET', '/api/v1/clients')).body.items).toHaveLength(1);

    expect((await owner.call('DELETE', `/api/v1/practice/invitations/${inv.body.id}`)).status).toBe(204);
    const fresh = await signedInCoach(app);
    expect((await fresh.call('POST', '/api/v1/invitations/accept', { token: inv.body.token })).status).toBe(404);
  });
});
