// `npm test`: installs what is missing, then runs every test — types, unit and API
// tests (on the embedded database, and on PostgreSQL too when TEST_DATABASE_URL is
// set), live boards and reminders across two server processes (PostgreSQL, and Redis for the boards: only when
// TEST_DATABASE_URL is set, as in CI), and the browser specs in Debian's Chromium
// against the built app.
import { spawnSync } from 'node:child_process';
import { ensureInstalled, root } from './ensure-installed.mjs';

ensureInstalled();

const steps = [
  ['Types', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['Unit and API tests', 'npx', ['vitest', 'run']],
  ...(process.env.TEST_DATABASE_URL
    ? [['Live boards and reminders on two server processes', 'npx', ['vitest', 'run', '--config', 'packages/server/vitest.cluster.config.ts']]]
    : []),
  ['Web build', 'npm', ['run', 'build', '-w', '@alliance/web']],
  ['Browser tests', 'npx', ['vitest', 'run', '--config', 'e2e/vitest.config.ts']],
];

if (!process.env.TEST_DATABASE_URL) {
  console.log('(Live boards and reminders on two server processes: run when TEST_DATABASE_URL names a PostgreSQL server, as .ci/run does.)');
}

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed.`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
