import { hkdfSync } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor as twoFactorPlugin } from 'better-auth/plugins/two-factor';
import type { Database } from '../db/database.js';
import { account, session, twoFactor, user, verification } from '../db/schema.js';

/** better-auth reads the caller's address from this header, which our adapter sets from the socket. */
export const CLIENT_IP_HEADER = 'x-alliance-client-ip';
export const SESSION_COOKIE_CACHE_SECONDS = 300;
/** @node-rs/argon2's Algorithm.Argon2id; its const enum cannot be imported under isolated modules. */
const ARGON2ID = 2;

export interface AuthLimits {
  signInPerMinute: number;
  signUpPerMinute: number;
}
export const DEFAULT_AUTH_LIMITS: AuthLimits = { signInPerMinute: 10, signUpPerMinute: 10 };

/** The auth secret is derived from the master key, so there is no second secret to keep. */
export function deriveAuthSecret(masterKey: Buffer): string {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'alliance:auth-secret', 32)).toString('base64');
}

export function createAuth(options: {
  db: Database;
  secret: string;
  baseURL?: string;
  limits: AuthLimits;
  onUserCreated: (u: { id: string; name: string }) => Promise<void>;
}) {
  return betterAuth({
    appName: 'Alliance',
    database: drizzleAdapter(options.db, { provider: 'pg', schema: { user, session, account, verification, twoFactor } }),
    secret: options.secret,
    // Without a public URL, Alliance answers on whatever host the coach reached it by (localhost, a LAN name).
    baseURL: options.baseURL ?? { allowedHosts: ['*'], protocol: 'auto', fallback: 'http://localhost' },
    basePath: '/api/auth',
    // Same-origin only: the web app is served by this very server.
    trustedOrigins: (request) => {
      const host = request?.headers.get('host');
      const origins = host ? [`http://${host}`, `https://${host}`] : [];
      return options.baseURL ? [...origins, new URL(options.baseURL).origin] : origins;
    },
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: 8,
      maxPasswordLength: 256,
      password: {
        hash: (password) => hash(password, { algorithm: ARGON2ID }),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
    },
    session: { cookieCache: { enabled: true, maxAge: SESSION_COOKIE_CACHE_SECONDS } },
    rateLimit: {
      enabled: true,
      storage: 'memory',
      window: 60,
      max: 200,
      customRules: {
        '/sign-in/email': { window: 60, max: options.limits.signInPerMinute },
        '/sign-up/email': { window: 60, max: options.limits.signUpPerMinute },
      },
    },
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] } },
    telemetry: { enabled: false },
    // TOTP with recovery codes; its own lockout after repeated wrong codes.
    plugins: [twoFactorPlugin({ issuer: 'Alliance' })],
    databaseHooks: {
      user: { create: { after: async (created) => options.onUserCreated({ id: created.id, name: created.name }) } },
    },
  });
}
export type Auth = ReturnType<typeof createAuth>;
