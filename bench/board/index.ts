// Live board latency: 2, 10 and 50 clients moving figures on one board, against a bare Hocuspocus and a bare y-websocket server.
/*
 * npm run bench -- board [--clients 2,10,50] [--seconds 20] [--rate 20] [--warmup 2]
 *                        [--moves 10000] [--database-url postgres://…]
 *
 * For each load, N clients join one board and each moves its own figure `rate` times
 * a second for `seconds` seconds (after a warm-up that is not measured). Latency is
 * from a client's change to its arrival in every other client's document. The same
 * load runs against three servers, each in a process of its own, in an order that
 * rotates from one load to the next:
 *   - Alliance, as `npm start` runs it (embedded database unless --database-url),
 *     clients joining through an editing share link, every update sealed and written
 *     before it is acknowledged;
 *   - a bare Hocuspocus 3 server (no extension, no storage);
 *   - a bare y-websocket server (the reference connection handler, in memory).
 * Server CPU (share of one core) and peak memory are read from /proc. Then, on a new
 * Alliance board, the same clients make 10,000 moves between them and a newcomer
 * measures the document she receives.
 * Prints one JSON line per load on stdout; progress on stderr.
 */
import { parseArgs } from 'node:util';
import * as Y from 'yjs';
import { log, percentile } from '../lib/load.js';
import { watchUsage } from '../lib/process-usage.js';
import { type BenchClient, connect, makeMoves, placeFigures, runMoves } from './clients.js';
import { startAlliance, startBareHocuspocus, startBareYwebsocket, type SyncServer } from './servers.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '2,10,50' },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2' },
    moves: { type: 'string', default: '10000' },
    'database-url': { type: 'string' },
  },
});
const positive = (value: string, name: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const LOADS = args.clients.split(',').map((c) => Math.round(positive(c, 'clients')));
const SECONDS = positive(args.seconds, 'seconds');
const RATE = positive(args.rate, 'rate');
const WARMUP = positive(args.warmup, 'warmup');
const MOVES = Math.round(positive(args.moves, 'moves'));
const tenth = (n: number) => Math.round(n * 10) / 10;

async function connectAll(server: SyncServer, board: { id: string; token: string }, count: number): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  // A few at a time, as people arrive, rather than fifty handshakes in one instant.
  for (let i = 0; i < count; i += 10) {
    const wave = Array.from({ length: Math.min(10, count - i) }, () => connect(server.protocol, server.base, board.id, board.token));
    clients.push(...(await Promise.all(wave)));
  }
  return clients;
}

interface LoadFigures {
  p50: number;
  p99: number;
  max: number;
  movesPerSecond: number;
  lost: number;
  cpuPercent: number;
  peakRssMb: number;
}

async function measure(server: SyncServer, count: number): Promise<LoadFigures> {
  const board = await server.newBoard(`Charge de ${count}`);
  const clients = await connectAll(server, board, count);
  try {
    await placeFigures(clients);
    const usage = watchUsage(server.pid);
    const run = await runMoves(clients, RATE, SECONDS, WARMUP);
    const { cpuPercent, peakRssBytes } = usage.stop();
    const sorted = run.latencies.sort((a, b) => a - b);
    const figures = {
      p50: tenth(percentile(sorted, 50)),
      p99: tenth(percentile(sorted, 99)),
      max: tenth(sorted.at(-1) ?? 0),
      movesPerSecond: tenth(run.movesSent / run.seconds),
      lost: run.expected - run.received,
      cpuPercent: tenth(cpuPercent),
      peakRssMb: tenth(peakRssBytes / 2 ** 20),
    };
    log(`  ${server.name}: ${count} clients: p50 ${figures.p50} ms, p99 ${figures.p99} ms, max ${figures.max} ms, ${run.received}/${run.expected} deliveries, ${figures.movesPerSecond} moves/s, server ${figures.cpuPercent}% CPU, ${figures.peakRssMb} MB`);
    return figures;
  } finally {
    clients.forEach((c) => c.close());
  }
}

/** The document a newcomer receives after the load's clients made MOVES moves between them. */
async function documentBytesAfterMoves(server: SyncServer, count: number): Promise<number> {
  const board = await server.newBoard(`${MOVES} déplacements`);
  const clients = await connectAll(server, board, count);
  try {
    await placeFigures(clients);
    await makeMoves(clients, MOVES);
    const newcomer = await connect(server.protocol, server.base, board.id, board.token);
    const bytes = Y.encodeStateAsUpdate(newcomer.doc).byteLength;
    newcomer.close();
    return bytes;
  } finally {
    clients.forEach((c) => c.close());
  }
}

const servers = [await startAlliance(args['database-url']), await startBareHocuspocus(), await startBareYwebsocket()];
try {
  for (const [index, count] of LOADS.entries()) {
    log(`${count} clients, ${RATE} moves/s each, ${SECONDS} s measured after ${WARMUP} s`);
    const order = [...servers.slice(index % 3), ...servers.slice(0, index % 3)];
    const figures: Partial<Record<SyncServer['name'], LoadFigures>> = {};
    for (const server of order) figures[server.name] = await measure(server, count);
    const docBytes = await documentBytesAfterMoves(servers[0]!, count);
    log(`  alliance: document after ${MOVES} moves: ${docBytes} bytes`);
    const { alliance, hocuspocus, ywebsocket } = figures as Record<SyncServer['name'], LoadFigures>;
    process.stdout.write(
      `${JSON.stringify({
        clients: count,
        p50_ms: alliance.p50,
        p99_ms: alliance.p99,
        hocuspocus_p99_ms: hocuspocus.p99,
        ywebsocket_p99_ms: ywebsocket.p99,
        ratio_vs_hocuspocus: Math.round((alliance.p99 / hocuspocus.p99) * 100) / 100,
        doc_bytes_after_10k_moves: docBytes,
        ratio_vs_ywebsocket: Math.round((alliance.p99 / ywebsocket.p99) * 100) / 100,
        hocuspocus_p50_ms: hocuspocus.p50,
        ywebsocket_p50_ms: ywebsocket.p50,
        max_ms: alliance.max,
        moves_per_second: alliance.movesPerSecond,
        lost_deliveries: { alliance: alliance.lost, hocuspocus: hocuspocus.lost, ywebsocket: ywebsocket.lost },
        server_cpu_percent: { alliance: alliance.cpuPercent, hocuspocus: hocuspocus.cpuPercent, ywebsocket: ywebsocket.cpuPercent },
        server_peak_rss_mb: { alliance: alliance.peakRssMb, hocuspocus: hocuspocus.peakRssMb, ywebsocket: ywebsocket.peakRssMb },
        moves_for_doc_bytes: MOVES,
        seconds: SECONDS,
        rate_per_client: RATE,
      })}\n`,
    );
  }
} finally {
  for (const s of servers) await s.stop();
}
// Client libraries may leave reconnection timers behind for servers that are gone.
process.exit(0);
