// `npm run bench -- NAME [args…]`: runs bench/NAME/index.ts with tsx and the server's
// Node flags (node-flags.mjs), forwarding the remaining arguments. Without a name, lists
// the benchmarks. Each benchmark prints one JSON line of figures per case on stdout and
// its progress on stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, root } from './ensure-installed.mjs';
import { SERVER_NODE_FLAGS } from './node-flags.mjs';

const benchDir = join(root, 'bench');

/** bench/NAME/index.ts for every NAME, with the first line of its leading comment. */
function available() {
  if (!existsSync(benchDir)) return [];
  return readdirSync(benchDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(benchDir, d.name, 'index.ts')))
    .map((d) => {
      const first = readFileSync(join(benchDir, d.name, 'index.ts'), 'utf8').split('\n')[0] ?? '';
      return { name: d.name, summary: first.startsWith('//') ? first.replace(/^\/\/\s*/, '') : '' };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function list(stream) {
  const benches = available();
  stream.write('Usage: npm run bench -- NAME [options]\n\nBenchmarks:\n');
  for (const b of benches) stream.write(`  ${b.name.padEnd(10)} ${b.summary}\n`);
  if (benches.length === 0) stream.write('  (none)\n');
  stream.write('\nFigures and how they were obtained: docs/benchmarks.md\n');
}

const [name, ...rest] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h') {
  list(process.stdout);
  process.exit(0);
}
if (!available().some((b) => b.name === name)) {
  process.stderr.write(`No benchmark named "${name}".\n\n`);
  list(process.stderr);
  process.exit(1);
}

ensureInstalled();
const r = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', join(benchDir, name, 'index.ts'), ...rest], { cwd: root, stdio: 'inherit' });
if (r.error) throw r.error;
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status ?? 1);
