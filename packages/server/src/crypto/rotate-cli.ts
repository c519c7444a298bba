// `npm run rotate-master-key`: replaces the master key and re-wraps every practice key. On a PostgreSQL
// server it runs while Alliance keeps serving; on the embedded database, with the server stopped.
import { openForTool } from '../tools/open-for-tool.js';
import { rewrapPracticeKeys, rotateKeyFile } from './rotate.js';

const { config, ring, database } = await openForTool();
try {
  let unopenable: string[];
  if (config.masterKey) {
    // The key lives in the environment: the operator puts the new key first, runs this, then drops the old one.
    const { rewrapped, unopenable: u } = await rewrapPracticeKeys(database.db, ring);
    unopenable = u;
    console.log(`Re-wrapped ${rewrapped} practice key(s) under the first key of ALLIANCE_MASTER_KEY.`);
    console.log('When every server runs with the new key first, remove the old key from ALLIANCE_MASTER_KEY.');
  } else {
    const { rewrapped, unopenable: u } = await rotateKeyFile(database.db, config.dataDir, ring);
    unopenable = u;
    console.log(`New master key written to ${config.dataDir}/master.key; ${rewrapped} practice key(s) re-wrapped.`);
    if (u.length === 0) console.log('Back up the new key file now: the old key no longer opens anything.');
  }
  if (unopenable.length) {
    console.error(`${unopenable.length} practice key(s) open with none of the keys given, so the old key was kept: ${unopenable.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
