import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../app.js';
import type { AuthLimits } from '../auth/auth.js';
import { testDatabaseUrl } from '../config.js';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from '../db/database.js';

/**
 * The databases a suite runs against: always the embedded one, and a real
 * PostgreSQL server too when TEST_DATABASE_URL is set (CI sets it).
 */
export const TEST_DATABASES: DatabaseKind[] = testDatabaseUrl() ? ['embedded', 'postgres'] : ['embedded'];

// One database per kind per test worker: a fresh PGlite takes seconds to start.
// Tests need no reset between them because each signs up its own coach, and so
// works in a practice of its own.
const handles = new Map<DatabaseKind, Promise<DatabaseHandle>>();
export function sharedDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  let handle = handles.get(kind);
  if (!handle) {
    handle = kind === 'postgres' ? openDatabase({ databaseUrl: testDatabaseUrl() }) : openDatabase({ inMemory: true });
    handles.set(kind, handle);
  }
  return handle;
}

export async function testApp(kind: DatabaseKind, options: { masterKey?: Buffer; authLimits?: AuthLimits; now?: () => Date } = {}): Promise<FastifyInstance> {
  const database = await sharedDatabase(kind);
  const app = await buildApp({
    database: { ...database, close: async () => {} },
    masterKey: options.masterKey ?? randomBytes(32),
    logLevel: 'silent',
    authLimits: options.authLimits ?? { signInPerMinute: 1_000, signUpPerMinute: 1_000 },
    ...(options.now ? { now: options.now } : {}),
  });
  await app.ready();
  return app;
}

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  raw: Buffer;
}

/** A signed-in coach speaking to the app through inject(), cookies kept. */
export interface Coach {
  email: string;
  call<T = any>(method: InjectOptions['method'], url: string, payload?: unknown): Promise<Response<T>>;
  /** The Cookie header this coach's browser would send (for a WebSocket). */
  cookie(): string;
}

let counter = 0;
export function uniqueEmail(prefix = 'coach'): string {
  counter += 1;
  return `${prefix}.${process.pid}.${Date.now()}.${counter}@example.test`;
}

let addresses = 0;
/** Each test client comes from an address of its own, as distinct coaches would, unless `ip` says otherwise. */
function nextAddress(): string {
  addresses += 1;
  return `10.${(process.pid >> 8) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
}

export function client(app: FastifyInstance, options: { ip?: string } = {}): Coach & { signUp(email?: string, password?: string): Promise<Response> } {
  const jar = new Map<string, string>();
  const ip = options.ip ?? nextAddress();
  let email = '';
  const call = async <T>(method: InjectOptions['method'], url: string, payload?: unknown): Promise<Response<T>> => {
    const res = await app.inject({
      method,
      url,
      remoteAddress: ip,
      headers: {
        origin: 'http://localhost',
        host: 'localhost',
        ...(jar.size ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    for (const c of res.cookies) jar.set(c.name, c.value);
    let body: unknown = undefined;
    try {
      body = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      body = res.body;
    }
    return { status: res.statusCode, body: body as T, headers: res.headers, raw: res.rawPayload };
  };
  return {
    get email() {
      return email;
    },
    call,
    cookie: () => [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
    async signUp(e = uniqueEmail(), password = 'correct horse battery staple') {
      email = e;
      return call('POST', '/api/auth/sign-up/email', { email: e, password, name: 'Coach Test' });
    },
  };
}

export async function signedInCoach(app: FastifyInstance): Promise<Coach> {
  const c = client(app);
  const res = await c.signUp();
  if (res.status !== 200) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return c;
}
