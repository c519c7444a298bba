// `npm start`: installs what is missing, builds the web app when its sources changed, then serves.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, root } from './ensure-installed.mjs';
import { SERVER_NODE_FLAGS } from './node-flags.mjs';

ensureInstalled();

const web = join(root, 'packages/web');
const dist = join(web, 'dist/index.html');
function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}
const stale = !existsSync(dist) || newest(web) > statSync(dist).mtimeMs || newest(join(root, 'packages/api/src')) > statSync(dist).mtimeMs;
if (stale) {
  console.log('Building the web app…');
  const built = spawnSync('npm', ['run', 'build', '-w', '@alliance/web'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', join(root, 'packages/server/src/main.ts')], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
