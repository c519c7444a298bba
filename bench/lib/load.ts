import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadOptions {
  /** Base URL of the server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Request paths; each request takes one at random. */
  paths: string[];
  connections: number;
  /** Seconds. */
  duration: number;
  headers?: Record<string, string>;
}

/** One autocannon run, raw. */
export interface Round {
  /** Response time of every answer, in ms. */
  latencies: number[];
  requests: number;
  /** Seconds, as autocannon measured them. */
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}

/** Several rounds against the same server, merged. */
export interface Figures {
  requests: number;
  duration: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
}

/** Drives `url` with autocannon from a child process for one round. */
export function drive(options: LoadOptions): Promise<Round> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./load-child.mjs', import.meta.url)), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [] });
    let result: Round | undefined;
    child.once('message', (m) => (result = m as Round));
    child.once('error', reject);
    child.once('exit', (code, signal) => (result ? resolve(result) : reject(new Error(`load generator exited (${signal ?? code}) with no result`))));
    child.send({ ...options, headers: options.headers ?? {} });
  });
}

/** Fails loudly when a run measured errors rather than answers. */
export function assertClean(label: string, r: Round): void {
  if (r.errors || r.timeouts || r.non2xx) {
    throw new Error(`${label}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx answers (${JSON.stringify(r.statusCodeStats)})`);
  }
  if (r.requests === 0) throw new Error(`${label}: no request completed`);
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
const tenth = (n: number) => Math.round(n * 10) / 10;

/** Throughput over all rounds (answers / seconds) and latency percentiles over every answer. */
export function merge(rounds: Round[]): Figures {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const requests = rounds.reduce((s, r) => s + r.requests, 0);
  const duration = rounds.reduce((s, r) => s + r.duration, 0);
  return { requests, duration, rps: requests / duration, p50: tenth(percentile(latencies, 50)), p90: tenth(percentile(latencies, 90)), p99: tenth(percentile(latencies, 99)) };
}

export const log = (message: string) => process.stderr.write(`${message}\n`);
