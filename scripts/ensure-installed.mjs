// Installs dependencies when a fresh clone has none, so `npm start` and `npm test` are the only commands a newcomer needs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function ensureInstalled() {
  const marker = join(root, 'node_modules/.package-lock.json');
  if (existsSync(marker) && existsSync(join(root, 'node_modules/tsx'))) return;
  console.log('Installing dependencies (first run)…');
  const args = existsSync(join(root, 'package-lock.json')) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  const r = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('npm could not install the dependencies; see the messages above.');
    process.exit(r.status ?? 1);
  }
}
