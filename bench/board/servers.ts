import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agent, exited, freePort, start } from '../../packages/server/src/testing/processes.js';
import type { Protocol } from './clients.js';

/** A sync server under load, in a process of its own so its CPU and memory can be read. */
export interface SyncServer {
  name: 'alliance' | 'hocuspocus' | 'ywebsocket';
  protocol: Protocol;
  base: string;
  pid: number;
  /** A new, empty board and the token a client connects with. */
  newBoard(title: string): Promise<{ id: string; token: string }>;
  stop(): Promise<void>;
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await exited(child);
}

/**
 * The real Alliance, as `npm start` runs it, on a data folder (embedded database) or a
 * PostgreSQL server of its own; a coach signs up and opens one session, and every
 * board is reached through an editing share link, as a client on a phone reaches it.
 */
export async function startAlliance(databaseUrl?: string): Promise<SyncServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-bench-board-'));
  const { child, base } = await start({
    DATA_DIR: dataDir,
    ALLIANCE_MASTER_KEY: randomBytes(32).toString('base64'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const call = agent(base);
  const must = async (method: string, path: string, body?: unknown) => {
    const res = await call(method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; token: string };
  };
  await must('POST', '/api/auth/sign-up/email', { email: `bench.${Date.now()}@example.test`, password: 'bench-alliance-password', name: 'Coach Banc' });
  const client = await must('POST', '/api/v1/clients', { firstName: 'Banc', lastName: 'Charge' });
  const engagement = await must('POST', '/api/v1/engagements', { clientId: client.id, title: 'Charge du tableau' });
  const session = await must('POST', `/api/v1/engagements/${engagement.id}/sessions`, { scheduledAt: new Date().toISOString(), durationMinutes: 60, mode: 'video' });
  return {
    name: 'alliance',
    protocol: 'hocuspocus',
    base,
    pid: child.pid!,
    async newBoard(title) {
      const board = await must('POST', `/api/v1/sessions/${session.id}/boards`, { title });
      const link = await must('POST', `/api/v1/boards/${board.id}/share-links`, { mode: 'edit', expiresInMinutes: 240 });
      return { id: board.id, token: link.token };
    },
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One of the bare servers in this folder, started with tsx and told its port. */
async function startBare(name: 'hocuspocus' | 'ywebsocket', script: string): Promise<SyncServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), String(port)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening`)));
  });
  return {
    name,
    protocol: name,
    base: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    newBoard: async () => ({ id: randomUUID(), token: 'bench' }),
    stop: () => stopChild(child),
  };
}

export const startBareHocuspocus = () => startBare('hocuspocus', 'bare-hocuspocus.ts');
export const startBareYwebsocket = () => startBare('ywebsocket', 'bare-ywebsocket.ts');
