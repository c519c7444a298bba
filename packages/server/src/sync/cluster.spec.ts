import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl, testRedisServer } from '../config.js';
import { addElement, moveElement, openLiveBoard, waitUntil } from '../testing/live.js';
import { agent, freePort, startMany } from '../testing/processes.js';

/**
 * Two Alliance processes behind one address, one PostgreSQL and one Redis: a person
 * on each process, and their edits meet. Run by `npm test` when TEST_DATABASE_URL is
 * set (as in CI), since two processes cannot share the embedded database.
 */
describe('live boards across two server processes', () => {
  let redis: ChildProcess;
  let cluster: Awaited<ReturnType<typeof startMany>>;

  beforeAll(async () => {
    const redisPort = await freePort();
    redis = spawn(testRedisServer(), ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const env = { DATABASE_URL: testDatabaseUrl()!, REDIS_URL: `redis://127.0.0.1:${redisPort}`, ALLIANCE_MASTER_KEY: randomBytes(32).toString('base64') };
    cluster = await startMany(2, env);
  }, 120_000);
  afterAll(async () => {
    await cluster?.stop();
    redis?.kill('SIGTERM');
  });

  it('shows the client’s moves on process A to the coach on process B, and back', async () => {
    const [a, b] = [cluster.servers[0]!, cluster.servers[1]!];
    const call = agent(a.base);
    const email = `cluster.${Date.now()}@example.test`;
    expect((await call('POST', '/api/auth/sign-up/email', { email, password: 'correct horse battery', name: 'Cluster' })).status).toBe(200);
    const cl = await call('POST', '/api/v1/clients', { firstName: 'Inès', lastName: 'Deux' });
    const en = await call('POST', '/api/v1/engagements', { clientId: cl.body.id, title: 'Deux serveurs' });
    const se = await call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: new Date().toISOString(), durationMinutes: 60, mode: 'video' });
    const board = await call('POST', `/api/v1/sessions/${se.body.id}/boards`, { title: 'Partagé' });
    const link = await call('POST', `/api/v1/boards/${board.body.id}/share-links`, { mode: 'edit', expiresInMinutes: 60 });

    const client = await openLiveBoard(a.base, board.body.id, { token: link.body.token });
    const coach = await openLiveBoard(b.base, board.body.id, { cookie: call.cookie() });
    addElement(client, 'moi', { label: 'Moi', x: 50, y: 80 });
    moveElement(client, 'moi', { x: 20, y: 30, facing: 90 });
    await waitUntil(() => (coach.elements.get('moi')?.get('place') as { x: number } | undefined)?.x === 20, 10_000);
    addElement(coach, 'equipe', { label: 'L’équipe', x: 70, y: 20 });
    await waitUntil(() => client.elements.has('equipe'), 10_000);
    expect(client.elements.size).toBe(2);
    client.close();
    coach.close();
  }, 60_000);
});
