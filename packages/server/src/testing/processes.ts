import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { childProcessEnv } from '../config.js';

const MAIN = resolve(import.meta.dirname, '../main.ts');

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

/** Starts Alliance as its own process, as `npm start` would, on a free port. */
export async function start(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: childProcessEnv({ ...env, PORT: String(port), HOST: '127.0.0.1', DEMO: 'off', LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d) => (err += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${err}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { child, base };
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${err}`);
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

/**
 * Several Alliance processes on one database (a PostgreSQL server: the embedded one
 * cannot be shared), each with a data folder of its own; `stop` ends them and
 * removes the folders.
 */
export async function startMany(count: number, env: Record<string, string>): Promise<{ servers: { child: ChildProcess; base: string }[]; stop: () => Promise<void> }> {
  const dirs = Array.from({ length: count }, () => mkdtempSync(join(tmpdir(), 'alliance-process-')));
  const servers = await Promise.all(dirs.map((dir) => start({ ...env, DATA_DIR: dir })));
  return {
    servers,
    async stop() {
      for (const s of servers) {
        s.child.kill('SIGTERM');
        await exited(s.child);
      }
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** A browser-like caller: JSON in and out, the session cookie kept. */
export function agent(base: string) {
  let cookie = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: { origin: base, ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const set = res.headers.getSetCookie();
    if (set.length) cookie = set.map((c) => c.split(';')[0]).join('; ');
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  };
  return Object.assign(call, { cookie: () => cookie });
}

