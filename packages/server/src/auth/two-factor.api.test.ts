import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, TEST_DATABASES, testApp, uniqueEmail } from '../testing/harness.js';
import { totpFromUri } from '../testing/totp.js';
import { FAILURES_BEFORE_LOCK } from './lockout.js';

const PASSWORD = 'un mot de passe solide';

describe.each(TEST_DATABASES)('two-factor sign-in and account lockout (%s)', (kind) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(kind);
  });
  afterAll(() => app.close());

  async function coachWithTwoFactor() {
    const email = uniqueEmail('tfa');
    const coach = client(app);
    await coach.signUp(email, PASSWORD);
    const enabled = await coach.call('POST', '/api/auth/two-factor/enable', { password: PASSWORD });
    expect(enabled.status).toBe(200);
    expect(enabled.body.totpURI).toMatch(/^otpauth:\/\/totp\//);
    expect(enabled.body.backupCodes.length).toBeGreaterThanOrEqual(8);
    const confirmed = await coach.call('POST', '/api/auth/two-factor/verify-totp', { code: totpFromUri(enabled.body.totpURI) });
    expect(confirmed.status).toBe(200);
    return { email, coach, uri: enabled.body.totpURI as string, backupCodes: enabled.body.backupCodes as string[] };
  }

  it('shows two-step sign-in as on in /me the moment it is confirmed', async () => {
    const coach = client(app);
    await coach.signUp(uniqueEmail('fresh'), PASSWORD);
    expect((await coach.call('GET', '/api/v1/me')).body.user.twoFactorEnabled).toBe(false);
    const enabled = await coach.call('POST', '/api/auth/two-factor/enable', { password: PASSWORD });
    expect((await coach.call('POST', '/api/auth/two-factor/verify-totp', { code: totpFromUri(enabled.body.totpURI) })).status).toBe(200);
    expect((await coach.call('GET', '/api/v1/me')).body.user.twoFactorEnabled).toBe(true);
    expect((await coach.call('POST', '/api/auth/two-factor/disable', { password: PASSWORD })).status).toBe(200);
    expect((await coach.call('GET', '/api/v1/me')).body.user.twoFactorEnabled).toBe(false);
  });

  it('asks for a code after the password once TOTP is set up, and accepts a recovery code', async () => {
    const { email, uri, backupCodes } = await coachWithTwoFactor();
    const again = client(app);
    const first = await again.call('POST', '/api/auth/sign-in/email', { email, password: PASSWORD });
    expect(first.status).toBe(200);
    expect(first.body.twoFactorRedirect).toBe(true);
    expect((await again.call('GET', '/api/v1/me')).status).toBe(401);
    const wrong = await again.call('POST', '/api/auth/two-factor/verify-totp', { code: '000000' === totpFromUri(uri) ? '111111' : '000000' });
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    const ok = await again.call('POST', '/api/auth/two-factor/verify-totp', { code: totpFromUri(uri) });
    expect(ok.status).toBe(200);
    const me = await again.call('GET', '/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.twoFactorEnabled).toBe(true);

    const lost = client(app);
    await lost.call('POST', '/api/auth/sign-in/email', { email, password: PASSWORD });
    expect((await lost.call('POST', '/api/auth/two-factor/verify-backup-code', { code: backupCodes[0] })).status).toBe(200);
    expect((await lost.call('GET', '/api/v1/me')).status).toBe(200);
  });

  it('lets a practice require it: coaches without a second factor reach nothing but /me', async () => {
    const owner = client(app);
    await owner.signUp(uniqueEmail('owner'), PASSWORD);
    const refused = await owner.call('PATCH', '/api/v1/practice', { requireTwoFactor: true });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].path).toBe('requireTwoFactor');

    const { coach } = await coachWithTwoFactor();
    expect((await coach.call('PATCH', '/api/v1/practice', { requireTwoFactor: true })).body.requireTwoFactor).toBe(true);
    const invitation = await coach.call('POST', '/api/v1/practice/invitations', { email: 'colleague@example.test' });
    const colleague = client(app);
    await colleague.signUp(uniqueEmail('colleague'), PASSWORD);
    await colleague.call('POST', '/api/v1/invitations/accept', { token: invitation.body.token });
    const blocked = await colleague.call('GET', '/api/v1/clients');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.details.reason).toBe('two_factor_required');
    expect((await colleague.call('GET', '/api/v1/me')).status).toBe(200);
    expect((await coach.call('GET', '/api/v1/clients')).status).toBe(200);
  });

  it('locks an account after repeated wrong passwords, whatever the address', async () => {
    const email = uniqueEmail('locked');
    await client(app).signUp(email, PASSWORD);
    for (let i = 0; i < FAILURES_BEFORE_LOCK; i++) {
      const res = await client(app, { ip: `203.0.113.${i + 1}` }).call('POST', '/api/auth/sign-in/email', { email, password: 'wrong password here' });
      expect(res.status).toBe(401);
    }
    const locked = await client(app, { ip: '203.0.113.99' }).call('POST', '/api/auth/sign-in/email', { email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.error.details.reason).toBe('ACCOUNT_LOCKED');
    // Other accounts are untouched.
    const other = uniqueEmail('free');
    await client(app).signUp(other, PASSWORD);
    expect((await client(app, { ip: '203.0.113.99' }).call('POST', '/api/auth/sign-in/email', { email: other, password: PASSWORD })).status).toBe(200);
  });
});
