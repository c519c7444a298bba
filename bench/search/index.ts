// bench/search: 10,000 notes of about 300 words, sealed as in the database; measures
// building a practice's index from them (decrypt + index), memory, and query latency.
// Baseline in the same run: a linear scan of the same decrypted notes for the query words.
import { randomBytes, randomUUID } from 'node:crypto';
import { Vault } from '../../packages/server/src/crypto/vault.js';
import { PracticeIndex, type SearchDocument } from '../../packages/server/src/search/practice-index.js';
import { stripAccents } from '../../packages/server/src/search/terms.js';
import { makeNotes, QUERIES } from './corpus.js';

const NOTES = Number(process.argv.find((a) => a.startsWith('--notes='))?.split('=')[1] ?? 10_000);
const WORDS = 300;
const ROUNDS = 10;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (n: number) => Math.round(n * 100) / 100;

const vault = new Vault(randomBytes(32));
const practiceId = randomUUID();
const keys = vault.forPractice(practiceId, vault.newWrappedPracticeKey());
const clientId = randomUUID();
keys.newClientKey(clientId);
const sealer = keys.client(clientId);
const sealed = makeNotes(NOTES, WORDS).map((text) => sealer.seal({ situation: text }));
if (global.gc) global.gc();
const rssBefore = process.memoryUsage().rss;

// Build: what the first search of a practice costs.
const t0 = performance.now();
const docs: SearchDocument[] = sealed.map((s, i) => ({
  id: `session:${i}`,
  kind: 'session',
  recordId: String(i),
  engagementId: null,
  clientId: null,
  at: '2026-10-01T09:00:00.000Z',
  text: sealer.open<{ situation: string }>(s).situation,
}));
const index = new PracticeIndex();
index.addAll(docs);
const buildMs = performance.now() - t0;
if (global.gc) global.gc();
const rssMb = (process.memoryUsage().rss - rssBefore) / 1e6;

function time(fn: (q: string) => unknown): number[] {
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      const s = performance.now();
      fn(q);
      samples.push(performance.now() - s);
    }
  }
  return samples.sort((a, b) => a - b);
}

let hits = 0;
index.search(QUERIES[0]!, 20); // warm-up
const indexed = time((q) => (hits += index.search(q, 20).length));

const normalised = docs.map((d) => stripAccents(d.text.toLowerCase()));
const scan = time((q) => {
  const words = stripAccents(q.toLowerCase()).split(/\s+/);
  return normalised.filter((t) => words.every((w) => t.includes(w))).slice(0, 20);
});

console.log(
  JSON.stringify({
    notes: NOTES,
    words_per_note: WORDS,
    build_ms: Math.round(buildMs),
    rss_mb: Math.round(rssMb),
    p50_ms: round(percentile(indexed, 50)),
    p95_ms: round(percentile(indexed, 95)),
    queries: indexed.length,
    mean_hits: round(hits / indexed.length),
    baseline_scan_p50_ms: round(percentile(scan, 50)),
    baseline_scan_p95_ms: round(percentile(scan, 95)),
  }),
);
