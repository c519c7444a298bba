import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, TEST_DATABASES, testApp, uniqueEmail } from '../testing/harness.js';

describe.each(TEST_DATABASES)('accounts (%s)', (kind) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(kind, { authLimits: { signInPerMinute: 3, signUpPerMinute: 100 } });
  });
  afterAll(() => app.close());

  it('signs the coach in at once on sign-up and gives her a practice of her own', async () => {
    const coach = client(app);
    const res = await coach.signUp();
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/i);
    const me = await coach.call('GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(coach.email);
    expect(me.body.practice).toMatchObject({ isDemo: false, minimumSessions: 4, deepWorkMin: 6, deepWorkMax: 10 });
    const other = client(app);
    await other.signUp();
    const otherMe = await other.call('GET', '/api/v1/me');
    expect(otherMe.body.practice.id).not.toBe(me.body.practice.id);
  });

  it('stores passwords as argon2id hashes', async () => {
    const coach = client(app);
    await coach.signUp(undefined, 'un mot de passe solide');
    const { db } = app.services;
    const { account, user } = await import('../db/schema.js');
    const { eq } = await import('drizzle-orm');
    const [row] = await db.select({ password: account.password }).from(account).innerJoin(user, eq(user.id, account.userId)).where(eq(user.email, coach.email));
    expect(row?.password).toMatch(/^\$argon2id\$/);
  });

  it('signs out, and a signed-out coach gets 401', async () => {
    const coach = client(app);
    await coach.signUp();
    expect((await coach.call('POST', '/api/auth/sign-out', {})).status).toBe(200);
    expect((await coach.call('GET', '/api/v1/me')).status).toBe(401);
  });

  it('refuses a wrong password in the one error shape, and throttles repeated sign-in attempts', async () => {
    const email = uniqueEmail();
    await client(app).signUp(email, 'le bon mot de passe');
    // better-auth's in-memory limiter is shared by every app in this worker: use an address of this test's own.
    const attacker = client(app, { ip: kind === 'embedded' ? '198.51.100.1' : '198.51.100.2' });
    const first = await attacker.call('POST', '/api/auth/sign-in/email', { email, password: 'mauvais mot de passe' });
    expect(first.status).toBe(401);
    expect(first.body.error.code).toBe('unauthenticated');
    let throttled = false;
    for (let i = 0; i < 5 && !throttled; i++) {
      const res = await attacker.call('POST', '/api/auth/sign-in/email', { email, password: 'mauvais mot de passe' });
      throttled = res.status === 429;
      if (throttled) expect(res.body.error.code).toBe('too_many_requests');
    }
    expect(throttled).toBe(true);
  });

  it('refuses a second account on the same e-mail', async () => {
    const email = uniqueEmail();
    await client(app).signUp(email);
    const again = await client(app).signUp(email);
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.body.error.code).toBeDefined();
  });
});
