import { BOARD_DOC } from '@alliance/api';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addElement, openLiveBoard, waitUntil } from '../../packages/server/src/testing/live.js';

/** What a load needs from one connected person, whichever server and protocol. */
export interface BenchClient {
  doc: Y.Doc;
  elements: Y.Map<Y.Map<unknown>>;
  /** Resolves once every local change has been acknowledged (or, for y-websocket, sent). */
  settled(): Promise<void>;
  close(): void;
}

export type Protocol = 'hocuspocus' | 'ywebsocket';

/** Connects like the web app: a Hocuspocus provider (Alliance, bare Hocuspocus) or y-websocket's own. */
export async function connect(protocol: Protocol, base: string, boardId: string, token: string): Promise<BenchClient> {
  if (protocol === 'hocuspocus') {
    const live = await openLiveBoard(base, boardId, { token });
    return { doc: live.doc, elements: live.elements, settled: live.saved, close: live.close };
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(base.replace(/^http/, 'ws'), `board-${boardId}`, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('y-websocket did not sync within 10 s')), 10_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    doc,
    elements: doc.getMap(BOARD_DOC.elements),
    // y-websocket has no acknowledgement: wait until the socket's buffer is empty.
    settled: () => waitUntil(() => (provider.ws?.bufferedAmount ?? 0) === 0),
    close: () => provider.destroy(),
  };
}

/**
 * Where a figure stands after its n-th move: distinct for the first 6,400 moves, so
 * that whoever receives a move can tell which one it was from the place alone.
 */
export function placeOfMove(n: number) {
  return { x: 10 + (n % 80), y: 10 + (Math.floor(n / 80) % 80), facing: n % 360 };
}
export function moveOfPlace(place: { x: number; y: number }): number {
  return place.x - 10 + 80 * (place.y - 10);
}

export const figureOf = (i: number) => `figure-${i}`;

/** Each client places its own figure, then waits until everyone sees everyone's. */
export async function placeFigures(clients: BenchClient[]): Promise<void> {
  clients.forEach((c, i) => addElement(c, figureOf(i), { label: `Figure ${i + 1}`, ...placeOfMove(0) }));
  await Promise.all(clients.map((c) => c.settled()));
  await waitUntil(() => clients.every((c) => c.elements.size >= clients.length), 30_000);
}

export interface LatencyRun {
  /** Latency of every delivery measured, in ms: from the sender's change to another client's document. */
  latencies: number[];
  movesSent: number;
  /** Deliveries expected in the measured window: moves × (clients − 1). */
  expected: number;
  received: number;
  seconds: number;
}

/**
 * Every client moves its figure `rate` times a second for warm-up + `seconds`; only
 * moves made after the warm-up are measured. Senders and receivers share this
 * process's clock (performance.now()).
 */
export async function runMoves(clients: BenchClient[], rate: number, seconds: number, warmupSeconds: number): Promise<LatencyRun> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let received = 0;
  let measuring = false;
  let movesSent = 0;
  const unobserve = clients.map((c) => {
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
      if (transaction.local) return;
      const now = performance.now();
      for (const e of events) {
        const id = e.path[0];
        if (typeof id !== 'string' || !(e instanceof Y.YMapEvent) || !e.keysChanged.has('place')) continue;
        const place = (e.target as Y.Map<unknown>).get('place') as { x: number; y: number };
        const at = sentAt.get(`${id}:${moveOfPlace(place)}`);
        if (at === undefined) continue;
        received++;
        latencies.push(now - at);
      }
    };
    c.elements.observeDeep(observer);
    return () => c.elements.unobserveDeep(observer);
  });

  const interval = 1000 / rate;
  const counters = clients.map(() => 0);
  const timers: NodeJS.Timeout[] = [];
  const stagger = clients.map((_, i) =>
    setTimeout(() => {
      timers.push(
        setInterval(() => {
          const n = ++counters[i]!;
          const id = figureOf(i);
          if (measuring) {
            sentAt.set(`${id}:${moveOfPlace(placeOfMove(n))}`, performance.now());
            movesSent++;
          }
          clients[i]!.elements.get(id)!.set('place', placeOfMove(n));
        }, interval),
      );
    }, (i * interval) / clients.length),
  );
  await sleep(warmupSeconds * 1000);
  measuring = true;
  const started = performance.now();
  await sleep(seconds * 1000);
  measuring = false;
  const elapsed = (performance.now() - started) / 1000;
  stagger.forEach(clearTimeout);
  timers.forEach(clearInterval);
  const expected = movesSent * (clients.length - 1);
  // Stragglers still on the wire count; a delivery that never comes is reported as lost.
  await waitUntil(() => received >= expected, 10_000).catch(() => undefined);
  unobserve.forEach((u) => u());
  return { latencies, movesSent, expected, received, seconds: elapsed };
}

/** 10,000 moves shared among the clients as fast as the server acknowledges them. */
export async function makeMoves(clients: BenchClient[], total: number, batch = 200): Promise<void> {
  const counters = clients.map(() => 0);
  for (let done = 0; done < total; ) {
    const upto = Math.min(total, done + batch);
    for (; done < upto; done++) {
      const i = done % clients.length;
      clients[i]!.elements.get(figureOf(i))!.set('place', placeOfMove(++counters[i]! % 6400));
    }
    await Promise.all(clients.map((c) => c.settled()));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
