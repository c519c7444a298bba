// Summarises a V8 .cpuprofile (from `npm run bench -- api --profile DIR`, or node --cpu-prof):
// where the main thread's time went, by package and by function, self and inclusive.
//   node bench/lib/profile-summary.mjs FILE.cpuprofile [--top 25] [--focus NAME]
// --focus NAME lists the callees (inclusive) under every frame whose function name is NAME.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, focus: { type: 'string' } } });
const top = Number(values.top);
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));

// Self time per node from the samples and their time deltas.
const byId = new Map(profile.nodes.map((n) => [n.id, { ...n, self: 0, parent: null }]));
for (const n of byId.values()) for (const c of n.children ?? []) byId.get(c).parent = n;
for (let i = 0; i < profile.samples.length; i++) byId.get(profile.samples[i]).self += profile.timeDeltas[i] ?? 0;
const total = [...byId.values()].reduce((s, n) => s + n.self, 0);

function bucket(frame) {
  const { url, functionName } = frame.callFrame;
  if (functionName === '(idle)') return '(idle)';
  if (functionName === '(garbage collector)') return '(gc)';
  if (functionName === '(program)') return '(program)';
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  const s = url.match(/packages\/([^/]+)\/src\/(.*)$/);
  if (s) return `alliance:${s[1]}/${s[2].split('/').slice(0, -1).join('/') || s[2]}`;
  if (url.startsWith('node:') || url === '') return functionName ? `node/native` : '(native)';
  if (url.includes('/bench/')) return 'bench';
  return url.split('/').slice(-2).join('/');
}
const ms = (us) => (us / 1000).toFixed(0).padStart(7);
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;

function table(title, map) {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v)} ms ${pct(v)}  ${k}`);
}

// Self time by package, and by function.
const selfByBucket = new Map();
const selfByFn = new Map();
for (const n of byId.values()) {
  const b = bucket(n);
  selfByBucket.set(b, (selfByBucket.get(b) ?? 0) + n.self);
  const f = `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/packages\//, 'packages/')}:${n.callFrame.lineNumber + 1}`;
  selfByFn.set(f, (selfByFn.get(f) ?? 0) + n.self);
}

// Inclusive time per function: a sample counts once per distinct function on its stack.
const inclByFn = new Map();
const inclByBucket = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  const seenF = new Set();
  const seenB = new Set();
  for (let n = byId.get(profile.samples[i]); n; n = n.parent) {
    const f = `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/packages\//, 'packages/')}:${n.callFrame.lineNumber + 1}`;
    if (!seenF.has(f)) (seenF.add(f), inclByFn.set(f, (inclByFn.get(f) ?? 0) + dt));
    const b = bucket(n);
    if (!seenB.has(b)) (seenB.add(b), inclByBucket.set(b, (inclByBucket.get(b) ?? 0) + dt));
  }
}

console.log(`total ${ms(total)} ms sampled`);
table('Self time by package', selfByBucket);
table('Inclusive time by package (a package counts when anywhere on the stack)', inclByBucket);
table('Self time by function', selfByFn);
table('Inclusive time by function', inclByFn);

if (values.focus) {
  const under = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    const stack = [];
    for (let n = byId.get(profile.samples[i]); n; n = n.parent) stack.push(n);
    const at = stack.findLastIndex((n) => n.callFrame.functionName === values.focus);
    if (at <= 0) continue;
    const callee = stack[at - 1];
    const k = `${callee.callFrame.functionName || '(anonymous)'}  ${bucket(callee)}`;
    under.set(k, (under.get(k) ?? 0) + dt);
  }
  table(`Direct callees under ${values.focus} (inclusive)`, under);
}
