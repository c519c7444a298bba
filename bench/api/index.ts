// GET /api/v1/engagements/:id/timeline against a bare Fastify handler issuing the same SQL, and against Alliance without encryption, on each database.
/*
 * npm run bench -- api [--duration 10] [--rounds 2] [--warmup 3] [--connections 10]
 *                      [--engagements 1000] [--sessions-per-engagement 10]
 *                      [--database embedded|postgres] [--profile DIR]
 *
 * For each database — the embedded one (PGlite in a temporary folder) always, a real
 * PostgreSQL server when BENCH_DATABASE_URL (or DATABASE_URL) is set, in a scratch
 * database created for the run and dropped after it — builds the real app, signs a
 * coach up through better-auth, seeds her practice through the API (./seed.ts), then
 * drives the timeline route with autocannon (from a child process), and the bare
 * baseline (./baseline.ts) the same way: both warmed up, then measured in alternating
 * rounds. Prints one JSON line per database on stdout; everything else on stderr.
 * --profile DIR writes a CPU profile of the server for every measured round
 * (summarise one with bench/lib/profile-summary.mjs); profiled figures run slower.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../packages/server/src/app.js';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from '../../packages/server/src/db/database.js';
import { assertClean, drive, type Figures, log, merge, type Round } from '../lib/load.js';
import { buildBaseline } from './baseline.js';
import { PLAIN_CODEC } from './plain-codec.js';
import type { ValueCodec } from '../../packages/server/src/crypto/vault.js';
import { seedThroughApi } from './seed.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    engagements: { type: 'string', default: '1000' },
    'sessions-per-engagement': { type: 'string', default: '10' },
    database: { type: 'string' },
    profile: { type: 'string' },
  },
});
const positive = (name: keyof typeof args) => {
  const n = Number(args[name]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const DURATION = positive('duration');
const WARMUP = positive('warmup');
const ROUNDS = Math.round(positive('rounds'));
const CONNECTIONS = Math.round(positive('connections'));
const ENGAGEMENTS = Math.round(positive('engagements'));
const SESSIONS_PER = Math.round(positive('sessions-per-engagement'));
const PROFILE_DIR = args.profile ? resolve(args.profile) : undefined;

const PASSWORD = 'bench-alliance-password';
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A database to run on, and how to get rid of it afterwards. */
interface Target {
  kind: DatabaseKind;
  open(): Promise<DatabaseHandle>;
  dispose(): Promise<void>;
}

function embeddedTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-bench-'));
  return {
    kind: 'embedded',
    open: () => openDatabase({ dataDir: dir }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A scratch database on the given server, so runs neither see nor leave anything. */
function postgresTarget(serverUrl: string, suffix: string): Target {
  const name = `alliance_bench_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${process.pid}_${suffix}`;
  const url = new URL(serverUrl);
  const scratch = new URL(serverUrl);
  scratch.pathname = `/${name}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  let created = false;
  return {
    kind: 'postgres',
    async open() {
      await admin(`CREATE DATABASE "${name}"`);
      created = true;
      log(`postgres: scratch database ${name} on ${url.host}`);
      return openDatabase({ databaseUrl: scratch.toString() });
    },
    async dispose() {
      if (!created) return;
      // The pool has been ended, but its connections may take a moment to leave;
      // forcing them out at once would hand their client an error nobody listens to.
      for (let attempt = 0; ; attempt++) {
        try {
          await admin(`DROP DATABASE IF EXISTS "${name}"${attempt === 20 ? ' WITH (FORCE)' : ''}`);
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== '55006' || attempt === 20) throw error;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
    },
  };
}

/** Signs a coach up (or in) through better-auth's own routes; returns the cookie header to send. */
async function authenticate(app: FastifyInstance, path: 'sign-up' | 'sign-in', email: string): Promise<{ cookie: string; userId: string }> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/auth/${path}/email`,
    headers: { origin: 'http://localhost', host: 'localhost' },
    payload: path === 'sign-up' ? { email, password: PASSWORD, name: 'Coach Banc' } : { email, password: PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`${path} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { cookie, userId: (res.json() as { user: { id: string } }).user.id };
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

async function profiled<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await run();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    log(`  profile written to ${file}`);
  }
}

type Label = 'alliance' | 'plain' | 'baseline';
interface Server {
  label: Label;
  url: string;
  /** Asked before every run. */
  headers(): Promise<Record<string, string>>;
}

/**
 * Warms the servers up, then measures them in alternating rounds (A B C, C B A, …) of
 * duration / rounds seconds each, so that whatever else the machine is doing weighs
 * on all alike. Figures are merged over each server's rounds.
 */
async function compare(kind: DatabaseKind, paths: Record<Label, string[]>, servers: Server[]): Promise<Record<Label, Figures>> {
  const run = (s: Server, duration: number, headers: Record<string, string>) =>
    drive({ url: s.url, paths: paths[s.label], connections: CONNECTIONS, duration, headers });
  for (const s of servers) {
    log(`${kind}: ${s.label}: warm-up ${WARMUP} s`);
    assertClean(`${kind} ${s.label} warm-up`, await run(s, WARMUP, await s.headers()));
  }
  const rounds: Record<Label, Round[]> = { alliance: [], plain: [], baseline: [] };
  const each = DURATION / ROUNDS;
  for (let i = 0; i < ROUNDS; i++) {
    for (const s of i % 2 === 0 ? servers : [...servers].reverse()) {
      const file = PROFILE_DIR ? join(PROFILE_DIR, `${kind}-${s.label}-${i + 1}.cpuprofile`) : undefined;
      const result = await profiled(file, async () => run(s, each, await s.headers()));
      assertClean(`${kind} ${s.label} round ${i + 1}`, result);
      log(`${kind}: ${s.label}: round ${i + 1}/${ROUNDS}: ${result.requests} answers in ${result.duration} s`);
      rounds[s.label].push(result);
    }
  }
  const figures = Object.fromEntries(servers.map((s) => [s.label, merge(rounds[s.label])])) as Record<Label, Figures>;
  for (const s of servers) {
    const f = figures[s.label];
    log(`${kind}: ${s.label}: ${round(f.rps)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms (${f.requests} answers, ${CONNECTIONS} connections)`);
  }
  return figures;
}

/** One Alliance on its own database, seeded through its API, listening. */
interface Stack {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  paths: string[];
  userId: string;
  signIn(): Promise<{ cookie: string }>;
}

async function startStack(target: Target, label: string, valueCodec?: ValueCodec): Promise<Stack> {
  const { kind } = target;
  let started = Date.now();
  const database = await target.open();
  const app = await buildApp({
    database,
    masterKey: randomBytes(32),
    logLevel: 'silent',
    authLimits: { signInPerMinute: 10_000, signUpPerMinute: 10_000 },
    valueCodec,
  });
  await app.ready();
  const email = `bench.${process.pid}.${Date.now()}@example.test`;
  const signedUp = await authenticate(app, 'sign-up', email);
  log(`${kind} ${label}: database open, coach signed up (${Date.now() - started} ms)`);
  started = Date.now();
  const seeded = await seedThroughApi(app, signedUp.cookie, { engagements: ENGAGEMENTS, sessionsPerEngagement: SESSIONS_PER });
  await app.services.db.execute(sql`analyze`);
  log(`${kind} ${label}: seeded ${JSON.stringify(seeded.rows)} through ${seeded.requests} API requests in ${round((Date.now() - started) / 1000)} s`);
  // A fresh sign-in before every run: its signed cookie is what a browser holds, and
  // lets better-auth answer from the cookie, without the database, for five minutes.
  const signIn = async () => ({ cookie: (await authenticate(app, 'sign-in', email)).cookie });
  return {
    app,
    database,
    url: await listen(app),
    paths: seeded.engagementIds.map((id) => `/api/v1/engagements/${id}/timeline`),
    userId: signedUp.userId,
    signIn,
  };
}

async function benchOne(makeTarget: (suffix: string) => Target): Promise<Record<string, unknown>> {
  const targets = [makeTarget('enc'), makeTarget('plain')];
  const kind = targets[0]!.kind;
  const stacks: Stack[] = [];
  let baseline: FastifyInstance | undefined;
  try {
    const encrypted = await startStack(targets[0]!, 'encrypted');
    stacks.push(encrypted);
    const plain = await startStack(targets[1]!, 'unencrypted', PLAIN_CODEC);
    stacks.push(plain);

    const { db, practices } = encrypted.app.services;
    const membership = await practices.membershipOf(encrypted.userId);
    if (!membership) throw new Error('the coach has no practice');
    baseline = await buildBaseline(db, membership.practice.id);
    const baselineUrl = await listen(baseline);

    // All three answer, and about the same engagement.
    const probe = encrypted.paths[0]!;
    const { cookie } = await encrypted.signIn();
    const a = await fetch(encrypted.url + probe, { headers: { cookie } });
    const b = await fetch(baselineUrl + probe);
    const c = await fetch(plain.url + plain.paths[0]!, { headers: await plain.signIn() });
    if (a.status !== 200 || b.status !== 200 || c.status !== 200) throw new Error(`probe failed: app ${a.status} ${await a.text()}, baseline ${b.status}, plain ${c.status}`);
    const timeline = (await a.json()) as { entries: { kind: string }[] };
    const rows = (await b.json()) as { sessions: unknown[] };
    const plainTimeline = (await c.json()) as { entries: unknown[] };
    const sessionEntries = timeline.entries.filter((e) => e.kind === 'session').length;
    if (sessionEntries !== rows.sessions.length) throw new Error(`app shows ${sessionEntries} sessions, baseline ${rows.sessions.length}`);
    if (plainTimeline.entries.length !== timeline.entries.length) throw new Error(`unencrypted app shows ${plainTimeline.entries.length} entries, encrypted ${timeline.entries.length}`);
    log(`${kind}: probe ok, ${timeline.entries.length} timeline entries`);

    const figures = await compare(kind, { alliance: encrypted.paths, plain: plain.paths, baseline: encrypted.paths }, [
      { label: 'alliance', url: encrypted.url, headers: encrypted.signIn },
      { label: 'plain', url: plain.url, headers: plain.signIn },
      { label: 'baseline', url: baselineUrl, headers: async () => ({}) },
    ]);
    const { alliance, plain: unencrypted, baseline: bare } = figures;
    return {
      database: kind,
      rps: round(alliance.rps),
      p50_ms: alliance.p50,
      p99_ms: alliance.p99,
      baseline_rps: round(bare.rps),
      ratio: round(alliance.rps / bare.rps, 3),
      baseline_p50_ms: bare.p50,
      baseline_p99_ms: bare.p99,
      unencrypted_rps: round(unencrypted.rps),
      unencrypted_p99_ms: unencrypted.p99,
      // The share of the unencrypted throughput that encryption takes (target ≤ 0.15).
      encryption_cost: round(1 - alliance.rps / unencrypted.rps, 3),
      engagements: ENGAGEMENTS,
      sessions_per_engagement: SESSIONS_PER,
      connections: CONNECTIONS,
      duration_s: DURATION,
      rounds: ROUNDS,
      ...(PROFILE_DIR ? { profiled: true } : {}),
    };
  } finally {
    await baseline?.close();
    for (const s of stacks) {
      await s.app.close();
      await s.database.close();
    }
    for (const t of targets) await t.dispose();
  }
}

const targets: ((suffix: string) => Target)[] = [];
const serverUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
if (args.database && args.database !== 'embedded' && args.database !== 'postgres') throw new Error('--database is embedded or postgres');
if (args.database !== 'postgres') targets.push(() => embeddedTarget());
if (args.database !== 'embedded') {
  if (serverUrl) targets.push((suffix) => postgresTarget(serverUrl, suffix));
  else log('postgres: skipped (set BENCH_DATABASE_URL or DATABASE_URL to a PostgreSQL server to include it)');
}
if (targets.length === 0) throw new Error('nothing to run: --database postgres needs BENCH_DATABASE_URL or DATABASE_URL');
if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });

for (const target of targets) {
  const line = await benchOne(target);
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
