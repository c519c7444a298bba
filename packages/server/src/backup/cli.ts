// `npm run backup [-- --practice ID] [--dir DIR]` and `npm run restore -- DATA_ARCHIVE KEYS_ARCHIVE`.
// On the embedded database, run them with Alliance stopped (one process owns the data folder).
import { parseArgs } from 'node:util';
import { openForTool } from '../tools/open-for-tool.js';
import { backup, restore } from './backup.js';

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  options: { practice: { type: 'string' }, dir: { type: 'string', default: './backups' } },
  allowPositionals: true,
});
const { ring, database } = await openForTool();
try {
  if (command === 'backup') {
    const files = await backup(database.db, ring.keys()[0]!, values.dir!, values.practice ?? null);
    console.log(`Data archive: ${files.data}`);
    console.log(`Keys archive: ${files.keys} (replaced by every backup: keep only the newest copy)`);
    console.log(Object.entries(files.counts).map(([t, n]) => `${t} ${n}`).join(', '));
  } else if (command === 'restore') {
    const [data, keys] = positionals;
    if (!data || !keys) throw new Error('usage: npm run restore -- DATA_ARCHIVE KEYS_ARCHIVE');
    const report = await restore(database.db, ring.keys(), data, keys);
    console.log(`Restored: ${Object.entries(report.restored).map(([t, n]) => `${t} ${n}`).join(', ')}`);
    if (report.erasedClients) console.log(`${report.erasedClients} client(s) erased since this backup were left out.`);
  } else {
    throw new Error('usage: cli.ts backup|restore …');
  }
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
