import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config.js';
import { agent, startMany } from '../testing/processes.js';

/**
 * Two Alliance processes on one PostgreSQL, both looking for due reminders five times
 * a second: the client still gets one reminder. Run by `npm test` when
 * TEST_DATABASE_URL is set (as in CI), since two processes cannot share the embedded database.
 */
describe('reminders across two server processes', () => {
  let cluster: Awaited<ReturnType<typeof startMany>>;

  beforeAll(async () => {
    cluster = await startMany(2, { DATABASE_URL: testDatabaseUrl()!, ALLIANCE_MASTER_KEY: randomBytes(32).toString('base64'), REMINDER_INTERVAL_MS: '200' });
  }, 120_000);
  afterAll(() => cluster?.stop());

  it('writes a session reminder exactly once', async () => {
    const call = agent(cluster.servers[0]!.base);
    const email = `reminders.${Date.now()}@example.test`;
    expect((await call('POST', '/api/auth/sign-up/email', { email, password: 'correct horse battery', name: 'Coach Rappel' })).status).toBe(200);
    const client = (await call('POST', '/api/v1/clients', { firstName: 'Sonia', lastName: 'Ferrand', email: 'sonia.reminder@example.test' })).body as { id: string };
    const engagement = (await call('POST', '/api/v1/engagements', { clientId: client.id, title: 'Ça coince, mais où ?' })).body as { id: string };
    const inTwoHours = new Date(Date.now() + 2 * 3_600_000).toISOString();
    expect((await call('POST', `/api/v1/engagements/${engagement.id}/sessions`, { scheduledAt: inTwoHours, durationMinutes: 60, mode: 'phone' })).status).toBe(201);

    const outbox = async () => ((await call('GET', '/api/v1/outbox')).body as { items: { to: string }[] }).items;
    const deadline = Date.now() + 10_000;
    while ((await outbox()).length === 0) {
      if (Date.now() > deadline) throw new Error('no reminder within 10 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    // Both processes keep looking for a while: still one.
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await outbox()).map((m) => m.to)).toEqual(['sonia.reminder@example.test']);
  });
});
