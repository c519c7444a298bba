import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every setting is optional and has a default
 * that needs no extra service: one coach on a laptop runs with none of them.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  // Only this machine by default: coaching data is not for the whole network unless the coach says so.
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  PUBLIC_URL: z.string().url().optional(),
  // Several Alliance processes behind one address share live boards through Redis.
  REDIS_URL: z.string().url().optional().or(z.literal('').transform(() => undefined)),
  ALLIANCE_MASTER_KEY: z.string().optional(),
  DEMO: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // How often due reminders, overdue commitments and the alerts digest are looked for; 0 turns them off in this process.
  REMINDER_INTERVAL_MS: z.coerce.number().int().min(0).default(300_000),
  // E-mail goes out through this server (smtp://user:pass@host:587 or smtps://…:465). Without it,
  // messages wait in the outbox, where the coach reads them.
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, hostname: /^.+$/, error: 'must be an smtp:// or smtps:// address' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_FROM: z.string().trim().regex(/@/, 'must contain an e-mail address').default('Alliance <no-reply@localhost>'),
  // How often waiting e-mail is sent; 0 turns sending off in this process.
  MAIL_INTERVAL_MS: z.coerce.number().int().min(0).default(10_000),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string | undefined;
  redisUrl: string | undefined;
  masterKey: string | undefined;
  seedDemo: boolean;
  logLevel: string;
  webDistDir: string;
  reminderIntervalMs: number;
  /** The mail server's address, credentials included: never print it (mail/mailer.ts `smtpHost` gives what can be shown). */
  smtpUrl: string | undefined;
  smtpFrom: string;
  mailIntervalMs: number;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${fields}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL,
    redisUrl: e.REDIS_URL,
    masterKey: e.ALLIANCE_MASTER_KEY,
    seedDemo: e.DEMO === 'on',
    logLevel: e.LOG_LEVEL,
    webDistDir: resolve(import.meta.dirname, '../../web/dist'),
    reminderIntervalMs: e.REMINDER_INTERVAL_MS,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    mailIntervalMs: e.MAIL_INTERVAL_MS,
  };
}

/** Test-only settings, read here so no other module touches process.env. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}

/** The Redis server binary the multi-process board test starts (Debian's redis-server), if any. */
export function testRedisServer(env: Record<string, string | undefined> = process.env): string {
  return env.REDIS_SERVER ?? '/usr/bin/redis-server';
}

/** The environment for a server process a test starts: this one's, with the test's settings on top. */
export function childProcessEnv(overrides: Record<string, string>, env: Record<string, string | undefined> = process.env): Record<string, string | undefined> {
  return { ...env, ...overrides };
}
